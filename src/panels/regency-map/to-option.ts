// Pure: query rows → a model → the choropleth option and the table that lists exactly the values the map colours.
import type { FeatureCollection } from '../../data/geo.ts';
import type { Row } from '../../data/rows.ts';
import { formatNumber, formatPercent, type Lang } from '../../i18n/format.ts';
import type { ChartOption } from '../../ui/chart-types.ts';
import { escapeHtml } from '../../ui/escape.ts';
import type { TableModel } from '../../ui/table-model.ts';
import type { Metric } from './query.ts';

export const REGENCY_MAP = 'jambi-regencies';

/** Registered map name: the province's regencies, or the districts of one regency (registered filtered). */
export function mapName(regencyCode: string | null): string {
  return regencyCode === null ? REGENCY_MAP : `jambi-districts-${regencyCode}`;
}

/** Feature code → name, from the GeoJSON properties (for areas that have no row, e.g. filtered out). */
export function featureNames(collection: FeatureCollection): Record<string, string> {
  const names: Record<string, string> = {};
  for (const f of collection.features) {
    const code = f.properties?.code;
    if (typeof code === 'string') names[code] = String(f.properties?.name ?? code);
  }
  return names;
}

export interface Area {
  code: string;
  name: string;
  /** NULL when there is no value (e.g. no coverage year in the window): drawn as "no data", never as 0. */
  value: number | null;
  /** Share only: villages with signal and all villages. */
  covered: number | null;
  villages: number | null;
}

export interface MapModel {
  metric: Metric;
  /** null = province level (regencies); otherwise the regency whose districts are shown. */
  regencyCode: string | null;
  coverageYear: number | null;
  /** Sorted by value, largest first (no value last), then by code. */
  areas: Area[];
}

const num = (v: Row[string] | undefined): number | null =>
  v === null || v === undefined || !Number.isFinite(Number(v)) ? null : Number(v);

export function toModel(rows: readonly Row[], metric: Metric, regencyCode: string | null): MapModel {
  let coverageYear: number | null = null;
  const areas = rows.map((row): Area => {
    coverageYear ??= num(row.coverage_year);
    return {
      code: String(row.code),
      name: String(row.name ?? row.code),
      value: num(row.value),
      covered: num(row.covered),
      villages: num(row.villages),
    };
  });
  areas.sort((a, b) => (b.value ?? -1) - (a.value ?? -1) || a.code.localeCompare(b.code));
  return { metric, regencyCode, coverageYear, areas };
}

/** A metric value in the active language: counts as whole numbers, the share as a percentage. */
export function formatValue(metric: Metric, value: number | null, lang: Lang): string {
  return metric === 'share' ? formatPercent(value, lang, 1) : formatNumber(value, lang, 0);
}

/** "Merangin 30" for the area with the largest value (for the aria description), or '–'. */
export function topArea(model: MapModel, lang: Lang): string {
  const top = model.areas[0];
  return top && top.value !== null ? `${top.name} ${formatValue(model.metric, top.value, lang)}` : '–';
}

export interface OptionContext {
  lang: Lang;
  metricLabel: string;
  highLabel: string;
  lowLabel: string;
  ariaDescription: string;
  /** "5 dari 8 desa" from already formatted numbers. */
  ofVillages: (covered: string, villages: string) => string;
  /** Names of the map's features by code, for areas without a row. */
  featureNames?: Record<string, string>;
}

function visualMax(model: MapModel): number {
  if (model.metric === 'share') return 1;
  return Math.max(1, ...model.areas.map((a) => a.value ?? 0));
}

export function toOption(model: MapModel, ctx: OptionContext): ChartOption {
  return {
    aria: { enabled: true, label: { description: ctx.ariaDescription } },
    animationDuration: 300,
    animationDurationUpdate: 200,
    tooltip: { trigger: 'item', formatter: (params: unknown) => tooltipHtml(params, model, ctx) },
    visualMap: {
      type: 'continuous',
      min: 0,
      max: visualMax(model),
      text: [ctx.highLabel, ctx.lowLabel],
      calculable: true,
      left: 0,
      bottom: 0,
      itemHeight: 120,
      formatter: (v: number) => formatValue(model.metric, v, ctx.lang),
    },
    series: [
      {
        type: 'map',
        name: ctx.metricLabel,
        map: mapName(model.regencyCode),
        nameProperty: 'code',
        aspectScale: 1,
        roam: false,
        selectedMode: false,
        left: 72,
        right: 8,
        top: 8,
        bottom: 8,
        label: { show: false },
        emphasis: { label: { show: false } },
        data: model.areas.map((a) => ({ name: a.code, value: a.value })),
      },
    ],
  };
}

function tooltipHtml(params: unknown, model: MapModel, ctx: OptionContext): string {
  const code = (params as { name?: unknown } | null)?.name;
  if (typeof code !== 'string') return '';
  const area = model.areas.find((a) => a.code === code);
  const name = area?.name ?? ctx.featureNames?.[code] ?? code;
  const lines = [
    `<b>${escapeHtml(name)}</b>`,
    `${escapeHtml(ctx.metricLabel)}: <b>${formatValue(model.metric, area?.value ?? null, ctx.lang)}</b>`,
  ];
  if (model.metric === 'share' && area?.villages) {
    const covered = formatNumber(area.covered, ctx.lang, 0);
    lines.push(escapeHtml(ctx.ofVillages(covered, formatNumber(area.villages, ctx.lang, 0))));
  }
  return lines.join('<br/>');
}

export function toTable(model: MapModel, ctx: { lang: Lang; areaLabel: string; metricLabel: string }): TableModel {
  return {
    columns: [
      { key: 'area', label: ctx.areaLabel },
      { key: 'value', label: ctx.metricLabel, numeric: true },
    ],
    rows: model.areas.map((a) => ({ key: a.code, cells: [a.name, formatValue(model.metric, a.value, ctx.lang)] })),
  };
}
