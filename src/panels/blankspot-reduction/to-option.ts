// Pure: query rows → a model (years, the two measures, installations, target, projection) → the ECharts option and
// the table that shows exactly the figures drawn. A year without coverage data stays null: a gap, never a zero.
import type { Row } from '../../data/rows.ts';
import type { Lang } from '../../i18n/format.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { ChartOption } from '../../ui/chart-types.ts';
import { escapeHtml } from '../../ui/escape.ts';
import type { TableModel } from '../../ui/table-model.ts';
import { type Projection, projectToZero } from './projection.ts';

export interface BlankspotYear {
  year: number;
  /** Villages without cellular signal at year end; null when there is no coverage data that year. */
  blankspot: number | null;
  /** Blankspot villages with a working Internet Desa point installed by year end; null without coverage data. */
  served: number | null;
  /** Sites installed that year; null for projection-only years beyond the data. */
  installations: number | null;
  target: number | null;
  /** Projected blankspot count (from the last actual year on); null elsewhere. */
  projection: number | null;
}

export interface BlankspotModel {
  years: BlankspotYear[];
  projection: Projection;
  /** False when the filtered data has nothing to draw. */
  hasData: boolean;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export function toModel(rows: readonly Row[]): BlankspotModel {
  const years: BlankspotYear[] = rows
    .map((r) => ({
      year: Number(r.year),
      blankspot: num(r.blankspot),
      served: num(r.served),
      installations: num(r.installations) ?? 0,
      target: num(r.target),
      projection: null as number | null,
    }))
    .sort((a, b) => a.year - b.year);
  const projection = projectToZero(years.map((y) => ({ year: y.year, value: y.blankspot })));
  if (projection.kind === 'falling') {
    const byYear = new Map(years.map((y) => [y.year, y]));
    for (const p of projection.points) {
      let y = byYear.get(p.year);
      if (!y) {
        y = { year: p.year, blankspot: null, served: null, installations: null, target: null, projection: null };
        byYear.set(p.year, y);
        years.push(y);
      }
      y.projection = p.value;
    }
    years.sort((a, b) => a.year - b.year);
  }
  const hasData = years.some((y) => y.blankspot !== null || (y.installations ?? 0) > 0 || y.target !== null);
  return { years, projection, hasData };
}

export interface SeriesLabels {
  blankspot: string;
  served: string;
  installations: string;
  target: string;
  projection: string;
}

export interface OptionContext {
  lang: Lang;
  labels: SeriesLabels;
  villagesAxis: string;
  sitesAxis: string;
  /** Shown in the tooltip for a year without coverage data. */
  missing: string;
  ariaDescription: string;
}

const yearText = (y: BlankspotYear) => String(y.year);
const fmt = (v: number | null, lang: Lang, digits = 0) => formatNumber(v, lang, digits);

export function toOption(model: BlankspotModel, ctx: OptionContext): ChartOption {
  const { labels, lang } = ctx;
  const axisNumber = (v: number) => formatNumber(v, lang, 0);
  const line = (name: string, data: (number | null)[], extra: Record<string, unknown> = {}) => ({
    type: 'line',
    name,
    data,
    connectNulls: false,
    showSymbol: true,
    symbolSize: 7,
    z: 3,
    emphasis: { focus: 'series' },
    ...extra,
  });
  return {
    aria: { enabled: true, label: { description: ctx.ariaDescription } },
    animationDuration: 300,
    animationDurationUpdate: 200,
    grid: { left: 8, right: 8, top: 64, bottom: 8, outerBoundsMode: 'same' },
    legend: { top: 0, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => tooltipHtml(params, model, ctx),
    },
    xAxis: { type: 'category', data: model.years.map(yearText), axisTick: { alignWithLabel: true } },
    yAxis: [
      {
        type: 'value',
        name: ctx.villagesAxis,
        min: 0,
        minInterval: 1,
        axisLabel: { formatter: axisNumber },
      },
      {
        type: 'value',
        name: ctx.sitesAxis,
        min: 0,
        minInterval: 1,
        splitLine: { show: false },
        axisLabel: { formatter: axisNumber },
      },
    ],
    series: [
      line(
        labels.blankspot,
        model.years.map((y) => y.blankspot),
        { lineStyle: { width: 3 } },
      ),
      line(
        labels.served,
        model.years.map((y) => y.served),
      ),
      {
        type: 'bar',
        name: labels.installations,
        yAxisIndex: 1,
        barMaxWidth: 22,
        itemStyle: { opacity: 0.55 },
        emphasis: { focus: 'series' },
        data: model.years.map((y) => y.installations),
      },
      line(
        labels.target,
        model.years.map((y) => y.target),
        { lineStyle: { type: 'dashed', width: 2 }, symbol: 'rect', symbolSize: 6 },
      ),
      line(
        labels.projection,
        model.years.map((y) => y.projection),
        { lineStyle: { type: 'dashed', width: 2 }, symbol: 'emptyCircle', symbolSize: 5 },
      ),
    ],
  };
}

function tooltipHtml(params: unknown, model: BlankspotModel, ctx: OptionContext): string {
  const list = Array.isArray(params) ? params : [params];
  const first = list[0] as { dataIndex?: number } | undefined;
  const y = first?.dataIndex !== undefined ? model.years[first.dataIndex] : undefined;
  if (!y) return '';
  const { labels, lang } = ctx;
  const line = (label: string, value: string) => `${escapeHtml(label)}: <b>${escapeHtml(value)}</b>`;
  const lines: string[] = [];
  if (y.blankspot === null && y.projection === null) lines.push(escapeHtml(ctx.missing));
  if (y.blankspot !== null) lines.push(line(labels.blankspot, fmt(y.blankspot, lang)));
  if (y.served !== null) lines.push(line(labels.served, fmt(y.served, lang)));
  if (y.installations !== null) lines.push(line(labels.installations, fmt(y.installations, lang)));
  if (y.target !== null) lines.push(line(labels.target, fmt(y.target, lang)));
  if (y.projection !== null) lines.push(line(labels.projection, fmt(y.projection, lang, 1)));
  return `<b>${escapeHtml(yearText(y))}</b><br/>${lines.join('<br/>')}`;
}

export function toTable(model: BlankspotModel, ctx: OptionContext & { yearLabel: string }): TableModel {
  const { labels, lang } = ctx;
  return {
    columns: [
      { key: 'year', label: ctx.yearLabel },
      { key: 'blankspot', label: labels.blankspot, numeric: true },
      { key: 'served', label: labels.served, numeric: true },
      { key: 'installations', label: labels.installations, numeric: true },
      { key: 'target', label: labels.target, numeric: true },
      { key: 'projection', label: labels.projection, numeric: true },
    ],
    rows: model.years.map((y) => ({
      key: String(y.year),
      cells: [
        yearText(y),
        fmt(y.blankspot, lang),
        fmt(y.served, lang),
        fmt(y.installations, lang),
        fmt(y.target, lang),
        fmt(y.projection, lang, 1),
      ],
    })),
  };
}

/** i18n key (under blankspotReduction.projection) and values for the sentence that states the method and result. */
export function projectionSentence(
  p: Projection,
  lang: Lang,
): { key: 'none' | 'insufficient' | 'reached' | 'flat' | 'rising' | 'falling'; values: Record<string, string> } {
  switch (p.kind) {
    case 'none':
      return { key: 'none', values: {} };
    case 'insufficient':
    case 'reached':
      return { key: p.kind, values: { year: String(p.lastYear) } };
    case 'flat':
    case 'rising':
      return {
        key: p.kind,
        values: { from: String(p.fromYear), to: String(p.lastYear), rate: formatNumber(Math.abs(p.slope), lang, 1) },
      };
    case 'falling':
      return {
        key: 'falling',
        values: {
          from: String(p.fromYear),
          to: String(p.lastYear),
          rate: formatNumber(-p.slope, lang, 1),
          year: String(p.zeroYear),
        },
      };
  }
}
