// Pure: the map's figures (a rate per area and the counts beside it) and the areas of the drawn boundaries → a model
// → the choropleth option and the table that lists exactly the values the map colours, with their counts. Every
// value keeps its indicator, period and scope. The briefing reuses these builders.
import type { FigureSet } from '../../coordinator/use-figures.ts';
import type { FeatureCollection } from '../../data/geo.ts';
import type { Manifest } from '../../data/manifest.ts';
import type { Lang } from '../../i18n/format.ts';
import { INDICATORS } from '../../indicators/catalog.ts';
import { formatValue, formatWithUnit } from '../../indicators/describe.ts';
import { type FigureRef, figureAttrs, scopeCode } from '../../indicators/figure.ts';
import type { AreaName } from '../../indicators/listings/regencies.ts';
import { asOfFor, type Figure, rowPeriod } from '../../indicators/results.ts';
import type { IndicatorId } from '../../indicators/types.ts';
import type { ChartOption } from '../../ui/chart-types.ts';
import { escapeHtml } from '../../ui/escape.ts';
import type { TableCell, TableModel } from '../../ui/table-model.ts';
import { DIMMED_OPACITY } from '../select-mode.ts';
import { drilledRegency, MAP_COUNTS, type MapCount, type MapMeasure } from './requests.ts';

export const REGENCY_MAP = 'jambi-regencies';

/** Registered map name: the province's regencies, or the districts of one regency (registered filtered). */
export function mapName(regencyCode: string | null): string {
  return regencyCode === null ? REGENCY_MAP : `jambi-districts-${regencyCode}`;
}

/** Feature code → name, from the GeoJSON properties (the areas themselves are named from the data). */
export function featureNames(collection: FeatureCollection): Record<string, string> {
  const names: Record<string, string> = {};
  for (const f of collection.features) {
    const code = f.properties?.code;
    if (typeof code === 'string') names[code] = String(f.properties?.name ?? code);
  }
  return names;
}

export interface Area extends AreaName {
  /** The coloured rate; null when there is no figure (e.g. no village of the area surveyed): "no data", never 0. */
  value: FigureRef | null;
  counts: Record<MapCount, FigureRef | null>;
}

export interface MapModel {
  measure: MapMeasure;
  /** null = province level (regencies); otherwise the regency whose districts are shown. */
  regencyCode: string | null;
  /** The period code of the coloured rate (the latest survey year for a share, the data date for a density). */
  period: string | null;
  /** Sorted by value, largest first (no value last), then by code. */
  areas: Area[];
}

/** Counts that are 0 where an area has no row (no site in service, no village); the survey counts stay missing. */
const ZERO_WHEN_MISSING: readonly MapCount[] = ['villages_total', 'sites_in_service'];

/**
 * `sets`: the figures of mapRequests (measure first, then MAP_COUNTS), all of one level; `areas`: the areas drawn
 * (features of the map, already narrowed to the filters); `manifest`: for the period of a filled-in 0.
 */
export function toModel(
  sets: readonly FigureSet[],
  areas: readonly AreaName[],
  manifest: Pick<Manifest, 'as_of' | 'datasets'>,
): MapModel {
  const [measureSet, ...countSets] = sets;
  if (!measureSet) throw new Error('the map needs its measure figures');
  const level = measureSet.request.by.includes('district') ? 'district' : 'regency';
  const find = (set: FigureSet | undefined, code: string): Figure | null =>
    set?.figures?.find((f) => String(f.row[level]) === code) ?? null;
  const zero = (set: FigureSet, code: string): FigureRef => {
    const def = INDICATORS[set.request.indicator];
    return {
      indicator: set.request.indicator,
      period: set.figures?.[0]?.period ?? rowPeriod(def, set.request, {}, asOfFor(def, manifest)),
      scope: scopeCode(set.request.filters, { [level]: code }),
      value: 0,
    };
  };
  const list: Area[] = areas.map((a) => {
    const counts = {} as Record<MapCount, FigureRef | null>;
    MAP_COUNTS.forEach((c, i) => {
      const set = countSets[i];
      counts[c] = find(set, a.code) ?? (set && ZERO_WHEN_MISSING.includes(c) ? zero(set, a.code) : null);
    });
    return { ...a, value: find(measureSet, a.code), counts };
  });
  const v = (a: Area) => a.value?.value ?? null;
  list.sort((a, b) => (v(b) ?? -1) - (v(a) ?? -1) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    measure: measureSet.request.indicator as MapMeasure,
    regencyCode: drilledRegency(measureSet.request),
    period: measureSet.figures?.[0]?.period ?? null,
    areas: list,
  };
}

/** No area has a value to colour (e.g. no coverage survey in the year filter). */
export const isBlank = (model: MapModel): boolean => model.areas.every((a) => a.value?.value == null);

const fmt = (f: FigureRef | null, lang: Lang) => (f ? formatValue(f.indicator, f.value, lang) : '–');
const withUnit = (id: IndicatorId, f: FigureRef | null, lang: Lang) => formatWithUnit(id, f?.value ?? null, lang);

/** "Merangin 30,5%" for the area with the largest value (for the aria description), or '–'. */
export function topArea(model: MapModel, lang: Lang): string {
  const top = model.areas[0];
  return top?.value && top.value.value !== null ? `${top.name} ${withUnit(model.measure, top.value, lang)}` : '–';
}

export interface OptionContext {
  lang: Lang;
  highLabel: string;
  lowLabel: string;
  ariaDescription: string;
  /** "40 dari 150 desa" from already formatted numbers. */
  ofVillages: (blankspot: string, villages: string) => string;
  /** Presentation mode (wall, briefing): the colour scale has no drag handles; areas are labelled on the map. */
  present?: boolean;
  /**
   * Text scale of the area labels' own sizes (font, line height, offsets) where the chart's layout is not fitted to
   * the screen (the briefing: the slide's chart scale). The wall leaves it at 1: its fitChartLayout scales them.
   */
  labelScale?: number;
  /** The theme's text and surface colours: an area's label, haloed so it reads on a light or a dark fill. */
  labelColours?: { text: string; halo: string };
  /** Cross-filter: the selected areas; the others are dimmed (still drawn and clickable). Empty: none dimmed. */
  selected?: readonly string[];
}

/** A round upper bound for the colour scale (a share never above 100). */
export function scaleMax(model: MapModel): number {
  const top = Math.max(0, ...model.areas.map((a) => a.value?.value ?? 0));
  if (top <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(top));
  const max = Math.ceil(top / step) * step;
  return model.measure === 'blankspot_share' ? Math.min(100, max) : max;
}

/** A mark is dimmed when a selection exists on its dimension and does not hold it. */
export const dimmed = (code: string, selected: readonly string[] | undefined): boolean =>
  selected !== undefined && selected.length > 0 && !selected.includes(code);

/** Line height of the area labels, desk px (12 px text). */
const LABEL_LINE = 14;

/**
 * Presenting (wall, briefing): where a province map's area label goes, in desk px from the area's centre (ECharts puts
 * it on the centroid of the area's largest polygon), scaled like the labels' text. At 24 px (wall, 1080p), 48 px (4K)
 * or the slide's scale, labels at their centres meet (Kota Jambi lies inside Muaro Jambi, Kota Sungai Penuh beside
 * Kerinci) or run into the colour scale. Placed for the map at its true proportions (preserveAspect); to-option.test.ts
 * lays them out with ECharts at the wall's and the briefing's sizes and checks that none meet or leave the chart.
 */
const PRESENT_LABEL_OFFSETS: Readonly<Record<string, readonly [number, number]>> = {
  '15.01': [0, -LABEL_LINE], // Kerinci: a line up, leaving room below for Kota Sungai Penuh
  '15.02': [8, 0], // Merangin: clear of Kota Sungai Penuh
  '15.03': [10, 16], // Sarolangun: down and right, clear of Merangin
  '15.04': [-10, 4], // Batanghari: left, clear of Kota Jambi
  '15.05': [6, 0], // Muaro Jambi
  '15.06': [-4, 0], // Tanjung Jabung Barat: clear of Tanjung Jabung Timur
  '15.71': [16, 2 * LABEL_LINE], // Kota Jambi: two lines below its point (Muaro Jambi's centre), right of Batanghari
  '15.72': [8, LABEL_LINE], // Kota Sungai Penuh: below Kerinci's label, right of the colour scale
};

export function toOption(model: MapModel, ctx: OptionContext): ChartOption {
  const px = (v: number) => Math.round(v * (ctx.labelScale ?? 1));
  return {
    aria: { enabled: true, label: { description: ctx.ariaDescription } },
    animationDuration: 300,
    animationDurationUpdate: 200,
    tooltip: { trigger: 'item', formatter: (params: unknown) => tooltipHtml(params, model, ctx) },
    visualMap: {
      type: 'continuous',
      min: 0,
      max: scaleMax(model),
      text: [ctx.highLabel, ctx.lowLabel],
      calculable: !ctx.present,
      left: 0,
      bottom: 0,
      itemHeight: 120,
      formatter: (v: number) => formatWithUnit(model.measure, v, ctx.lang),
    },
    series: [
      {
        type: 'map',
        name: INDICATORS[model.measure].short[ctx.lang],
        map: mapName(model.regencyCode),
        nameProperty: 'code',
        aspectScale: 1,
        roam: false,
        selectedMode: false,
        left: 72,
        right: 8,
        top: 8,
        bottom: 8,
        // Presenting, the labels are placed for the province's true shape (PRESENT_LABEL_OFFSETS): the map keeps its
        // proportions in any box instead of being stretched to fill it.
        ...(ctx.present ? { preserveAspect: 'contain' as const } : {}),
        // Presenting (wall, briefing), nobody hovers: every area says its name and value on the map itself.
        label: ctx.present
          ? {
              show: true,
              fontSize: px(12),
              fontWeight: 600,
              lineHeight: px(LABEL_LINE),
              color: ctx.labelColours?.text,
              textBorderColor: ctx.labelColours?.halo,
              textBorderWidth: ctx.labelColours ? 3 : 0,
              formatter: areaLabel(model, ctx.lang),
            }
          : { show: false },
        emphasis: { label: { show: !!ctx.present } },
        data: model.areas.map((a) => {
          const offset = ctx.present && model.regencyCode === null ? PRESENT_LABEL_OFFSETS[a.code] : undefined;
          return {
            name: a.code,
            value: a.value?.value ?? null,
            ...(dimmed(a.code, ctx.selected) ? { itemStyle: { opacity: DIMMED_OPACITY } } : {}),
            ...(offset ? { label: { offset: offset.map(px) } } : {}),
          };
        }),
      },
    ],
  };
}

/** Names longer than this many characters are wrapped on a presenting map. */
const WRAP_OVER = 12;

/**
 * A long name on two lines, broken at the space that leaves the longer line shortest ("Tanjung Jabung Timur" →
 * "Tanjung\nJabung Timur", "Kota Sungai Penuh" → "Kota Sungai\nPenuh"); a short name, or one without a space, as it is.
 */
export function wrapName(name: string, over = WRAP_OVER): string {
  if (name.length <= over) return name;
  let best: number | null = null;
  for (let i = name.indexOf(' '); i > 0; i = name.indexOf(' ', i + 1)) {
    const longer = Math.max(i, name.length - i - 1);
    if (best === null || longer < Math.max(best, name.length - best - 1)) best = i;
  }
  return best === null ? name : `${name.slice(0, best)}\n${name.slice(best + 1)}`;
}

/**
 * "Merangin\n17,2%": an area's label on a presenting map, its name and its value (canvas text, not HTML); "–" for an
 * area without a figure. A long name on two lines (wrapName), so that its label is about as wide as the others.
 */
export function areaLabel(model: MapModel, lang: Lang) {
  return (params: unknown): string => {
    const code = (params as { name?: unknown } | null)?.name;
    const area = model.areas.find((a) => a.code === code);
    if (!area) return '';
    const value = area.value?.value ?? null;
    return `${wrapName(area.name)}\n${value === null ? '–' : formatWithUnit(model.measure, value, lang)}`;
  };
}

function tooltipHtml(params: unknown, model: MapModel, ctx: OptionContext): string {
  const code = (params as { name?: unknown } | null)?.name;
  if (typeof code !== 'string') return '';
  const area = model.areas.find((a) => a.code === code);
  if (!area) return '';
  const label = (id: IndicatorId) => escapeHtml(INDICATORS[id].short[ctx.lang]);
  const { blankspot_villages: blank, villages_total: villages, sites_in_service: sites } = area.counts;
  return [
    `<b>${escapeHtml(area.name)}</b>`,
    `${label(model.measure)}: <b>${escapeHtml(withUnit(model.measure, area.value, ctx.lang))}</b>`,
    `${label('blankspot_villages')}: ${escapeHtml(ctx.ofVillages(fmt(blank, ctx.lang), fmt(villages, ctx.lang)))}`,
    `${label('sites_in_service')}: <b>${escapeHtml(fmt(sites, ctx.lang))}</b>`,
  ].join('<br/>');
}

/** The columns of the table: the coloured measure, then the counts. */
export function tableColumns(model: MapModel): IndicatorId[] {
  return [model.measure, ...MAP_COUNTS];
}

export function toTable(model: MapModel, ctx: { lang: Lang; areaLabel: string }): TableModel {
  const cell = (f: FigureRef | null): string | TableCell =>
    f ? { text: fmt(f, ctx.lang), attrs: figureAttrs(f) } : '–';
  return {
    columns: [
      { key: 'area', label: ctx.areaLabel },
      ...tableColumns(model).map((id) => ({ key: id, label: INDICATORS[id].short[ctx.lang], numeric: true })),
    ],
    rows: model.areas.map((a) => ({
      key: a.code,
      cells: [a.name, cell(a.value), ...MAP_COUNTS.map((c) => cell(a.counts[c]))],
    })),
  };
}
