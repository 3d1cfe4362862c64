// Pure: the numbers of the drill-down are indicators. Each level asks for villages_total, blankspot_villages and
// sites_in_service broken down by the level's areas (by ['regency'] at the province, ['district'] in a regency) and
// for the drilled area as a whole (the total row), with the drilled code as a filter; each number cell carries the
// figure's data-* attributes. The area names (and, in a district, the villages' own facts) come from the drill-areas
// listing.
import type { FigureSet } from '../../coordinator/use-figures.ts';
import type { Manifest } from '../../data/manifest.ts';
import type { Row } from '../../data/rows.ts';
import type { Filters } from '../../filters/filters.ts';
import type { Lang } from '../../i18n/format.ts';
import { INDICATORS, resolve } from '../../indicators/catalog.ts';
import { formatValue, ignoredNote } from '../../indicators/describe.ts';
import { type FigureAttrs, figureAttrs } from '../../indicators/figure.ts';
import { type AreaLevel, drillFilters } from '../../indicators/listings/drill-areas.ts';
import { asOfFor, type Figure, toFigures } from '../../indicators/results.ts';
import type { Breakdown, IndicatorId, IndicatorRequest } from '../../indicators/types.ts';

export const DRILL_INDICATORS = ['villages_total', 'blankspot_villages', 'sites_in_service'] as const;
export type DrillIndicator = (typeof DRILL_INDICATORS)[number];

/**
 * A breakdown row that is absent means 0 for a count of rows passing a condition (no village, no site in service
 * there); for blankspot villages it means the area has no survey row that year: no figure, not 0.
 */
const ZERO_WHEN_ABSENT: Record<DrillIndicator, boolean> = {
  villages_total: true,
  blankspot_villages: false,
  sites_in_service: true,
};

/** The breakdown of a level's rows (null in a district, whose rows are villages, a listing). */
export function levelBreakdown(level: AreaLevel): Breakdown | null {
  return level === 'province' ? 'regency' : level === 'regency' ? 'district' : null;
}

/** The requests of one drill position: per area (when the level has a breakdown), then the area as a whole. */
export function drillRequests(level: AreaLevel, code: string | null, filters: Filters): IndicatorRequest[] {
  const scoped = drillFilters(level, code, filters);
  const by = levelBreakdown(level);
  const perArea = by ? DRILL_INDICATORS.map((indicator) => ({ indicator, filters: scoped, by: [by] })) : [];
  return [...perArea, ...DRILL_INDICATORS.map((indicator) => ({ indicator, filters: scoped }))];
}

export interface DrillCell {
  text: string;
  attrs?: FigureAttrs;
}

export interface DrillNumbers {
  /** Area code → indicator → cell (empty in a district). */
  byArea: Map<string, Record<DrillIndicator, DrillCell>>;
  total: Record<DrillIndicator, DrillCell>;
  /** The period code of the blankspot figures (e.g. "2026-01-01..2026-11-27"), for the column heading. */
  blankspotPeriod: string | null;
  /** Every set answers the current requests (not the previous filters' figures kept on screen). */
  fresh: boolean;
}

const PENDING: DrillCell = { text: '…' };
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function cell(id: IndicatorId, fig: Figure | undefined, lang: Lang): DrillCell {
  if (!fig || fig.value === null) return { text: '–' };
  return { text: formatValue(id, fig.value, lang), attrs: figureAttrs(fig) };
}

/**
 * The cells of a drill position from the figure sets of drillRequests (same order). `areas` are the listing's area
 * codes (an area without a breakdown row gets 0 or "–", see ZERO_WHEN_ABSENT).
 */
export function drillNumbers(
  level: AreaLevel,
  requests: readonly IndicatorRequest[],
  sets: readonly FigureSet[],
  areas: readonly string[],
  manifest: Pick<Manifest, 'as_of' | 'datasets'>,
  lang: Lang,
): DrillNumbers {
  const by = levelBreakdown(level);
  const n = DRILL_INDICATORS.length;
  const current = (i: number) => {
    const set = sets[i];
    const req = requests[i];
    return set?.figures && req && same(set.request, resolve(req)) ? set : undefined;
  };
  const byArea = new Map<string, Record<DrillIndicator, DrillCell>>();
  const perArea = by ? DRILL_INDICATORS.map((_, k) => current(k)) : [];
  if (by) {
    for (const area of areas) {
      const row = {} as Record<DrillIndicator, DrillCell>;
      DRILL_INDICATORS.forEach((id, k) => {
        const set = perArea[k];
        if (!set?.figures) {
          row[id] = PENDING;
          return;
        }
        const fig = set.figures.find((f) => String(f.row[by]) === area);
        const absent =
          fig === undefined && ZERO_WHEN_ABSENT[id]
            ? toFigures(set.request, [{ [by]: area, value: 0 }], asOfFor(INDICATORS[id], manifest))[0]
            : undefined;
        row[id] = cell(id, fig ?? absent, lang);
      });
      byArea.set(area, row);
    }
  }
  const total = {} as Record<DrillIndicator, DrillCell>;
  const totals = DRILL_INDICATORS.map((_, k) => current((by ? n : 0) + k));
  DRILL_INDICATORS.forEach((id, k) => {
    const set = totals[k];
    total[id] = set?.figures ? cell(id, set.figures[0], lang) : PENDING;
  });
  const blankspotSet = totals[DRILL_INDICATORS.indexOf('blankspot_villages')];
  return {
    byArea,
    total,
    blankspotPeriod: blankspotSet?.figures?.[0]?.period ?? null,
    fresh: [...perArea, ...totals].every((s) => s !== undefined),
  };
}

/** "Filter program tidak berlaku untuk angka ini." per drill indicator that ignores an active filter. */
export function drillIgnored(filters: Filters, lang: Lang): { indicator: DrillIndicator; note: string }[] {
  return DRILL_INDICATORS.flatMap((indicator) => {
    const note = ignoredNote(indicator, filters, lang);
    return note ? [{ indicator, note }] : [];
  });
}

/** The area codes of the listing rows. */
export const areaCodes = (rows: readonly Row[] | undefined): string[] => (rows ?? []).map((r) => String(r.code));
