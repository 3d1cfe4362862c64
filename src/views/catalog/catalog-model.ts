// Pure helpers of the catalog view: file sizes and the rules of a contract column as plain descriptors (the view
// turns them into words through i18n), the screens that show each indicator, and published dates as reported.
import type { ColumnSpec, DatasetSpec } from '../../data/contract.ts';
import { formatDate, formatNumber, type Lang, TIME_ZONE } from '../../i18n/format.ts';
import { formatValue } from '../../indicators/describe.ts';
import type { IndicatorId } from '../../indicators/types.ts';
import { PANEL_IDS, type PanelDef, type PanelId } from '../../panels/define-panel.ts';
import { PANELS } from '../../panels/registry.ts';

export type SizeUnit = 'B' | 'KB' | 'MB' | 'GB';

/** 1377386 → { value: "1,3", unit: "MB", exact: "1.377.386" } (id). Binary multiples, one decimal from KB up. */
export function fileSize(bytes: number, lang: Lang): { value: string; unit: SizeUnit; exact: string } {
  const units: SizeUnit[] = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let i = 0;
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024;
    i++;
  }
  return {
    value: formatNumber(value, lang, i === 0 ? 0 : 1),
    unit: units[i] as SizeUnit,
    exact: formatNumber(bytes, lang, 0),
  };
}

export type ColumnRule =
  | { kind: 'oneOf'; values: readonly string[] }
  | { kind: 'pattern'; pattern: string }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'min'; min: number }
  | { kind: 'max'; max: number }
  | { kind: 'references'; target: string };

/** What a column accepts beyond its type, in the order the dictionary lists it. */
export function columnRules(c: ColumnSpec): ColumnRule[] {
  const rules: ColumnRule[] = [];
  if (c.values) rules.push({ kind: 'oneOf', values: c.values });
  if (c.pattern) rules.push({ kind: 'pattern', pattern: c.pattern.source });
  if (c.min !== undefined && c.max !== undefined) rules.push({ kind: 'range', min: c.min, max: c.max });
  else if (c.min !== undefined) rules.push({ kind: 'min', min: c.min });
  else if (c.max !== undefined) rules.push({ kind: 'max', max: c.max });
  if (c.references) rules.push({ kind: 'references', target: `${c.references.dataset}.${c.references.column}` });
  return rules;
}

export function isKeyColumn(spec: DatasetSpec, column: string): boolean {
  return spec.key.includes(column);
}

/** Manifest frequency → i18n key under catalog.frequency. */
export function frequencyKey(f: 'harian' | 'bulanan' | 'tahunan' | 'tidak tetap'): string {
  return f === 'tidak tetap' ? 'tidakTetap' : f;
}

// ── Indicators: where each is shown, and how a published figure compares ─────────────────────────────────────────

/** A screen that shows an indicator: a registry panel, or a part of the explore or briefing screens. */
export type IndicatorScreen =
  | { kind: 'panel'; panel: PanelId }
  | { kind: 'explore'; part: 'drill' }
  | { kind: 'briefing'; part: BriefingPart };

export type BriefingPart = 'status' | 'targets' | 'blankspot' | 'map' | 'repeaters' | 'trends' | 'regency';

/**
 * The screens that show figures outside the registry's panels (the registry cannot list them): the explore
 * drill-down (src/views/explore/drill-model.ts) and the briefing slides (src/views/briefing/deck-requests.ts).
 * Kept here, small and by hand, because one view never imports another.
 */
export const STATIC_SCREENS: readonly { screen: IndicatorScreen; indicators: readonly IndicatorId[] }[] = [
  {
    screen: { kind: 'explore', part: 'drill' },
    indicators: ['villages_total', 'blankspot_villages', 'sites_in_service'],
  },
  {
    screen: { kind: 'briefing', part: 'status' },
    indicators: [
      'blankspot_villages',
      'blankspot_target',
      'plan_installations',
      'planned_installations',
      'plan_progress',
      'uptime',
      'repeaters_active',
      'repeaters_planned',
      'repeater_progress',
    ],
  },
  {
    screen: { kind: 'briefing', part: 'targets' },
    indicators: ['plan_installations', 'planned_installations', 'plan_progress'],
  },
  { screen: { kind: 'briefing', part: 'blankspot' }, indicators: ['blankspot_villages', 'villages_served'] },
  {
    screen: { kind: 'briefing', part: 'map' },
    indicators: ['blankspot_share', 'blankspot_villages', 'sites_per_100_villages'],
  },
  {
    screen: { kind: 'briefing', part: 'repeaters' },
    indicators: ['repeaters_planned', 'repeaters_active', 'repeater_progress'],
  },
  { screen: { kind: 'briefing', part: 'trends' }, indicators: ['uptime'] },
  {
    screen: { kind: 'briefing', part: 'regency' },
    indicators: [
      'blankspot_villages',
      'plan_installations',
      'planned_installations',
      'plan_progress',
      'sites_in_service',
    ],
  },
];

/** Every screen that shows `id`: the registry's panels that list it (in registry order), then the static screens. */
export function indicatorScreens(
  id: IndicatorId,
  panels: Readonly<Record<PanelId, Pick<PanelDef, 'indicators'>>> = PANELS,
): IndicatorScreen[] {
  const fromPanels: IndicatorScreen[] = PANEL_IDS.filter((p) => panels[p].indicators.includes(id)).map((panel) => ({
    kind: 'panel',
    panel,
  }));
  return [...fromPanels, ...STATIC_SCREENS.filter((s) => s.indicators.includes(id)).map((s) => s.screen)];
}

/** The i18n key of a panel's strings: 'regency-map' → 'regencyMap' (src/i18n/i18n.ts registers them so). */
export const panelMessagesKey = (panel: PanelId): string =>
  panel.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

const monthFormats = new Map<Lang, Intl.DateTimeFormat>();

/** A published period or date as reported: "2021", "Jul 2022", "2022–2024", "27 Des 2023". */
export function reportedDate(value: string, lang: Lang): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, lang);
  if (/^\d{4}-\d{2}$/.test(value)) {
    let f = monthFormats.get(lang);
    if (!f) {
      f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
        month: 'short',
        year: 'numeric',
        timeZone: TIME_ZONE,
      });
      monthFormats.set(lang, f);
    }
    return f.format(new Date(`${value}-15T12:00:00+07:00`));
  }
  return value.replace('..', '–');
}

/** A difference with its sign: "+12", "−3", "0" (the indicator's digits). */
export function signedValue(id: IndicatorId, value: number, lang: Lang): string {
  const text = formatValue(id, Math.abs(value), lang);
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}
