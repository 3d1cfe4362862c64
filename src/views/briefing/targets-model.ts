// Pure: target rows → a model (progress and its variance class per year and per regency) → the two slide charts
// (province per year; regencies in one year) and the tables that show exactly the figures drawn.
// Progress is installed / planned as a whole percentage; the class is read from that displayed percentage, so the
// label and the colour never disagree (99,6 % is shown as 100 % and counts as met).
import type { Row } from '../../data/rows.ts';
import { formatNumber, formatPercent, type Lang } from '../../i18n/format.ts';
import type { ChartOption } from '../../ui/chart-types.ts';
import { escapeHtml } from '../../ui/escape.ts';
import type { TableModel } from '../../ui/table-model.ts';

export const VARIANCES = ['met', 'near', 'far'] as const;
export type Variance = (typeof VARIANCES)[number] | 'none';

/** Lower bounds (in whole percent) of the classes: ≥ 100 met, 80–99 near, < 80 far. */
export const MET_PERCENT = 100;
export const NEAR_PERCENT = 80;

export interface TargetRow {
  year: number;
  /** null = the whole province. */
  regencyCode: string | null;
  regencyName: string | null;
  /** Installations planned; null when no target was set for that year and area. */
  planned: number | null;
  installed: number;
  /** Whole percent of the plan installed; null without a plan (or a plan of 0). */
  percent: number | null;
  variance: Variance;
  blankspotTarget: number | null;
  /** Villages without signal at the end of that year; null when there is no coverage data for it. */
  blankspot: number | null;
}

export interface TargetsModel {
  /** Province rows, by year. */
  province: TargetRow[];
  /** Regency rows (every regency for every year that has regency targets), by year then code. */
  regencies: TargetRow[];
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export function progressOf(installed: number, planned: number | null): { percent: number | null; variance: Variance } {
  if (planned === null || planned <= 0) return { percent: null, variance: 'none' };
  const percent = Math.round((installed / planned) * 100);
  const variance = percent >= MET_PERCENT ? 'met' : percent >= NEAR_PERCENT ? 'near' : 'far';
  return { percent, variance };
}

export function toTargetsModel(rows: readonly Row[]): TargetsModel {
  const all = rows.map((r): TargetRow => {
    const planned = num(r.planned);
    const installed = num(r.installed) ?? 0;
    return {
      year: Number(r.year),
      regencyCode: r.regency_code === null || r.regency_code === undefined ? null : String(r.regency_code),
      regencyName: r.regency_name === null || r.regency_name === undefined ? null : String(r.regency_name),
      planned,
      installed,
      ...progressOf(installed, planned),
      blankspotTarget: num(r.blankspot_target),
      blankspot: num(r.blankspot),
    };
  });
  const byYear = (a: TargetRow, b: TargetRow) =>
    a.year - b.year || (a.regencyCode ?? '').localeCompare(b.regencyCode ?? '');
  return {
    province: all.filter((r) => r.regencyCode === null).sort(byYear),
    regencies: all.filter((r) => r.regencyCode !== null).sort(byYear),
  };
}

/** The latest province target year up to the data's year (the year being reported on), or null. */
export function statusYear(model: TargetsModel, dataYear: number): number | null {
  const years = model.province.filter((r) => r.year <= dataYear).map((r) => r.year);
  return years.length ? Math.max(...years) : null;
}

/** The latest year with regency targets up to the data's year, or null. */
export function regencyTargetYear(model: TargetsModel, dataYear: number): number | null {
  const years = model.regencies.filter((r) => r.year <= dataYear && r.planned !== null).map((r) => r.year);
  return years.length ? Math.max(...years) : null;
}

/** Regencies in one year, lowest progress first (no target last), then by code. */
export function regenciesIn(model: TargetsModel, year: number): TargetRow[] {
  return model.regencies
    .filter((r) => r.year === year)
    .sort(
      (a, b) =>
        (a.percent ?? Number.POSITIVE_INFINITY) - (b.percent ?? Number.POSITIVE_INFINITY) ||
        (a.regencyCode ?? '').localeCompare(b.regencyCode ?? ''),
    );
}

/** Province rows up to the data year (future plans are not progress yet). */
export function provinceUpTo(model: TargetsModel, dataYear: number): TargetRow[] {
  return model.province.filter((r) => r.year <= dataYear);
}

export interface VariancePalette {
  met: string;
  near: string;
  far: string;
  /** The plan's marker. */
  planned: string;
}

export interface TargetsOptionContext {
  lang: Lang;
  /** Legend text of each class, in words (what the colour means). */
  varianceLabels: Record<(typeof VARIANCES)[number], string>;
  plannedLabel: string;
  installedLabel: string;
  targetLineLabel: string;
  ariaDescription: string;
  palette: VariancePalette;
  /** Axis name of the percentage. */
  sitesAxis: string;
  /** Text scale of the chart theme (1 at a desk), for the line height of two-line labels. */
  scale?: number;
}

const pct = (p: number | null, lang: Lang) => formatPercent(p === null ? null : p / 100, lang, 0);
const count = (n: number | null, lang: Lang) => formatNumber(n, lang, 0);

/** One series per class: a bar sits in the series of its class, so the legend names each colour in words. */
function classSeries<T extends { variance: Variance }>(
  items: readonly T[],
  value: (item: T) => number | null,
  label: (item: T) => string,
  ctx: TargetsOptionContext,
  extra: Record<string, unknown> = {},
) {
  return VARIANCES.map((v) => ({
    type: 'bar',
    name: ctx.varianceLabels[v],
    stack: 'progress',
    barMaxWidth: 48,
    itemStyle: { color: ctx.palette[v] },
    emphasis: { focus: 'series' },
    label: {
      show: true,
      position: extra.horizontal ? 'right' : 'top',
      lineHeight: Math.round(15 * (ctx.scale ?? 1)),
      formatter: (p: { dataIndex: number }) => {
        const item = items[p.dataIndex];
        return item && item.variance === v ? label(item) : '';
      },
    },
    data: items.map((item) => (item.variance === v ? value(item) : null)),
  }));
}

/** Province: installed per year, coloured by the year's class, with the plan as markers. */
export function provinceOption(rows: readonly TargetRow[], ctx: TargetsOptionContext): ChartOption {
  const { lang } = ctx;
  return {
    aria: { enabled: true, label: { description: ctx.ariaDescription } },
    animationDuration: 300,
    animationDurationUpdate: 200,
    grid: { left: 8, right: 16, top: 56, bottom: 8, outerBoundsMode: 'same' },
    legend: { top: 0, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const list = Array.isArray(params) ? params : [params];
        const i = (list[0] as { dataIndex?: number } | undefined)?.dataIndex;
        const r = i === undefined ? undefined : rows[i];
        if (!r) return '';
        return [
          `<b>${escapeHtml(String(r.year))}</b>`,
          `${escapeHtml(ctx.installedLabel)}: <b>${escapeHtml(count(r.installed, lang))}</b>`,
          `${escapeHtml(ctx.plannedLabel)}: <b>${escapeHtml(count(r.planned, lang))}</b>`,
          r.variance === 'none'
            ? ''
            : `${escapeHtml(pct(r.percent, lang))} · ${escapeHtml(ctx.varianceLabels[r.variance])}`,
        ]
          .filter(Boolean)
          .join('<br/>');
      },
    },
    xAxis: { type: 'category', data: rows.map((r) => String(r.year)), axisTick: { alignWithLabel: true } },
    yAxis: {
      type: 'value',
      name: ctx.sitesAxis,
      min: 0,
      minInterval: 1,
      axisLabel: { formatter: (v: number) => count(v, lang) },
    },
    series: [
      ...classSeries(
        rows,
        (r) => r.installed,
        (r) => (r.percent === null ? count(r.installed, lang) : `${count(r.installed, lang)}\n${pct(r.percent, lang)}`),
        ctx,
      ),
      {
        type: 'bar',
        name: ctx.plannedLabel,
        barMaxWidth: 48,
        barGap: '15%',
        data: rows.map((r) => r.planned),
        itemStyle: { color: ctx.palette.planned, opacity: 0.35, borderColor: ctx.palette.planned, borderWidth: 1 },
        label: {
          show: true,
          position: 'top',
          opacity: 1,
          formatter: (p: { value: unknown }) => count(Number(p.value), lang),
        },
      },
    ],
  };
}

/** Regencies in one year: progress in percent, coloured by class, with the 100 % line. No-target regencies are left
 * out of the chart (the table lists them). */
export function regencyOption(rows: readonly TargetRow[], ctx: TargetsOptionContext): ChartOption {
  const { lang } = ctx;
  const drawn = rows.filter((r) => r.variance !== 'none');
  const max = Math.max(MET_PERCENT, ...drawn.map((r) => r.percent ?? 0));
  const series = classSeries(
    drawn,
    (r) => r.percent,
    (r) => `${pct(r.percent, lang)} · ${count(r.installed, lang)}/${count(r.planned, lang)}`,
    ctx,
    { horizontal: true },
  );
  const first = series[0] as Record<string, unknown> | undefined;
  if (first) {
    first.markLine = {
      silent: true,
      symbol: 'none',
      lineStyle: { type: 'dashed', color: ctx.palette.planned, width: 2 },
      label: { formatter: ctx.targetLineLabel, position: 'start' },
      data: [{ xAxis: MET_PERCENT }],
    };
  }
  return {
    aria: { enabled: true, label: { description: ctx.ariaDescription } },
    animationDuration: 300,
    animationDurationUpdate: 200,
    grid: { left: 8, right: 96, top: 64, bottom: 8, outerBoundsMode: 'same' },
    legend: { top: 0, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => {
        const list = Array.isArray(params) ? params : [params];
        const i = (list[0] as { dataIndex?: number } | undefined)?.dataIndex;
        const r = i === undefined ? undefined : drawn[i];
        if (!r || r.variance === 'none') return '';
        return [
          `<b>${escapeHtml(r.regencyName ?? '')}</b>`,
          `${escapeHtml(ctx.installedLabel)}: <b>${escapeHtml(count(r.installed, lang))}</b>`,
          `${escapeHtml(ctx.plannedLabel)}: <b>${escapeHtml(count(r.planned, lang))}</b>`,
          `${escapeHtml(pct(r.percent, lang))} · ${escapeHtml(ctx.varianceLabels[r.variance])}`,
        ].join('<br/>');
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: Math.ceil(max / 20) * 20,
      interval: max <= 200 ? 20 : 50,
      axisLabel: { formatter: (v: number) => pct(v, lang) },
    },
    yAxis: {
      type: 'category',
      data: drawn.map((r) => r.regencyName ?? r.regencyCode ?? ''),
      inverse: true,
      axisTick: { show: false },
    },
    series,
  };
}

export interface TargetsTableContext {
  lang: Lang;
  areaLabel: string;
  yearLabel: string;
  plannedLabel: string;
  installedLabel: string;
  percentLabel: string;
  classLabel: string;
  /** Text of each class in the table, including 'none' ("tidak ada target"). */
  varianceText: Record<Variance, string>;
}

/** The table of a target chart: one row per bar (and per regency without a target). */
export function targetsTable(rows: readonly TargetRow[], by: 'year' | 'regency', ctx: TargetsTableContext): TableModel {
  const { lang } = ctx;
  return {
    columns: [
      { key: 'key', label: by === 'year' ? ctx.yearLabel : ctx.areaLabel },
      { key: 'installed', label: ctx.installedLabel, numeric: true },
      { key: 'planned', label: ctx.plannedLabel, numeric: true },
      { key: 'percent', label: ctx.percentLabel, numeric: true },
      { key: 'class', label: ctx.classLabel },
    ],
    rows: rows.map((r) => ({
      key: by === 'year' ? String(r.year) : (r.regencyCode ?? ''),
      cells: [
        by === 'year' ? String(r.year) : (r.regencyName ?? r.regencyCode ?? ''),
        count(r.installed, lang),
        count(r.planned, lang),
        pct(r.percent, lang),
        ctx.varianceText[r.variance],
      ],
    })),
  };
}
