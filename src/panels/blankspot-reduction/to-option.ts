// Pure: the model (model.ts) → the ECharts option and the table that shows exactly the figures drawn.
// One measure unit, one axis: villages without signal, blankspot villages served and the target are all villages;
// installations (sites) are not drawn here (the installations panel shows them). The trend line and its range
// (slope ± one standard error) run from the first fitted year to the year the projection sentence names last.
// The incomplete latest year is drawn with a hollow marker and labelled "2026 s.d. 27 Nov".
import { formatNumber, type Lang } from '../../i18n/format.ts';
import { formatValue } from '../../indicators/describe.ts';
import { figureAttrs } from '../../indicators/figure.ts';
import type { Figure } from '../../indicators/results.ts';
import type { ChartOption } from '../../ui/chart-types.ts';
import { escapeHtml } from '../../ui/escape.ts';
import type { TableCell, TableModel } from '../../ui/table-model.ts';
import { type BlankspotModel, type BlankspotYear, yearLabel } from './model.ts';

export interface SeriesLabels {
  blankspot: string;
  served: string;
  target: string;
  projection: string;
  band: string;
}

export interface OptionContext {
  lang: Lang;
  labels: SeriesLabels;
  villagesAxis: string;
  /** Shown in the tooltip for a year without coverage data. */
  missing: string;
  ariaDescription: string;
  /** The colour of the trend line and its range (a theme series colour), so the two read as one. */
  trendColour?: string;
  /** Presentation mode (wall, briefing): legend entries do not toggle their series. */
  present?: boolean;
}

/** The invisible lower edge the range is stacked on (not in the legend, no tooltip). */
export const BAND_BASE = 'band-base';

const round1 = (x: number) => Math.round(x * 10) / 10;
const figureValue = (f: Figure | null) => f?.value ?? null;

/** The incomplete year's point is hollow: drawn, but not a year-end state. */
function point(y: BlankspotYear, f: Figure | null) {
  const value = figureValue(f);
  if (value === null || !y.incomplete) return value;
  return { value, symbol: 'emptyCircle', symbolSize: 10 };
}

/** Up to this many years every year is labelled; beyond, every other year. */
export const ALL_LABELS_UP_TO = 10;

/**
 * Which years the x-axis labels: all of them for a short axis; otherwise every other year counted from the
 * incomplete year (always labelled, "2026 s.d. 27 Nov") or else from the last, and the last year (the horizon the
 * projection sentence names), leaving out a year right next to those two so their labels do not collide.
 */
export function labelledYears(model: BlankspotModel): boolean[] {
  const n = model.years.length;
  if (n <= ALL_LABELS_UP_TO) return model.years.map(() => true);
  const last = n - 1;
  const incomplete = model.years.findIndex((y) => y.incomplete);
  const anchor = incomplete >= 0 ? incomplete : last;
  return model.years.map((_, i) => {
    if (i === anchor || i === last) return true;
    if (Math.abs(i - anchor) < 2 || last - i < 2) return false;
    return (i - anchor) % 2 === 0;
  });
}

export function toOption(model: BlankspotModel, ctx: OptionContext): ChartOption {
  const { labels, lang } = ctx;
  const axisNumber = (v: number) => formatNumber(v, lang, 0);
  const line = (name: string, data: unknown[], extra: Record<string, unknown> = {}) => ({
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
  const years = model.years;
  const shown = labelledYears(model);
  return {
    aria: { enabled: true, label: { description: ctx.ariaDescription } },
    animationDuration: 300,
    animationDurationUpdate: 200,
    grid: { left: 8, right: 16, top: 84, bottom: 8, outerBoundsMode: 'same' },
    legend: {
      top: 0,
      type: 'plain',
      ...(ctx.present ? { selectedMode: false } : {}),
      data: [labels.blankspot, labels.served, labels.target, labels.projection, labels.band],
    },
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => tooltipHtml(params, model, ctx),
    },
    xAxis: {
      type: 'category',
      data: years.map((y) => yearLabel(y, lang).replace(/^(\d{4}) /, '$1\n')),
      axisTick: { alignWithLabel: true },
      axisLabel: { interval: (i: number) => shown[i] ?? false },
    },
    yAxis: {
      type: 'value',
      name: ctx.villagesAxis,
      min: 0,
      minInterval: 1,
      axisLabel: { formatter: axisNumber },
    },
    series: [
      line(
        labels.blankspot,
        years.map((y) => point(y, y.blankspot)),
        { symbol: 'circle', lineStyle: { width: 3 } },
      ),
      line(
        labels.served,
        years.map((y) => point(y, y.served)),
        { symbol: 'circle' },
      ),
      line(
        labels.target,
        years.map((y) => figureValue(y.target)),
        { lineStyle: { type: 'dashed', width: 2 }, symbol: 'rect', symbolSize: 6 },
      ),
      line(
        labels.projection,
        years.map((y) => y.projection?.value ?? null),
        {
          lineStyle: { type: 'dashed', width: 2 },
          symbol: 'none',
          z: 2,
          ...(ctx.trendColour ? { color: ctx.trendColour } : {}),
        },
      ),
      {
        type: 'line',
        name: BAND_BASE,
        data: years.map((y) => y.projection?.low ?? null),
        stack: 'band',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        silent: true,
        tooltip: { show: false },
        z: 1,
      },
      {
        type: 'line',
        name: labels.band,
        data: years.map((y) => (y.projection ? round1(y.projection.high - y.projection.low) : null)),
        stack: 'band',
        symbol: 'none',
        lineStyle: { opacity: 0 },
        areaStyle: { opacity: 0.25 },
        ...(ctx.trendColour ? { color: ctx.trendColour } : {}),
        silent: true,
        z: 1,
      },
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
  if (y.blankspot) lines.push(line(labels.blankspot, formatValue('blankspot_villages', y.blankspot.value, lang)));
  if (y.served) lines.push(line(labels.served, formatValue('villages_served', y.served.value, lang)));
  if (y.target) lines.push(line(labels.target, formatValue('blankspot_target', y.target.value, lang)));
  if (y.projection) {
    lines.push(line(labels.projection, formatNumber(y.projection.value, lang, 1)));
    lines.push(line(labels.band, rangeText(y, lang)));
  }
  return `<b>${escapeHtml(yearLabel(y, lang))}</b><br/>${lines.join('<br/>')}`;
}

const rangeText = (y: BlankspotYear, lang: Lang) =>
  y.projection ? `${formatNumber(y.projection.low, lang, 1)}–${formatNumber(y.projection.high, lang, 1)}` : '–';

/** An indicator's value with its data-* attributes, or a dash. */
function figureCell(f: Figure | null, lang: Lang): TableCell | string {
  return f ? { text: formatValue(f.indicator, f.value, lang), attrs: figureAttrs(f) } : '–';
}

export function toTable(model: BlankspotModel, ctx: OptionContext & { yearLabel: string }): TableModel {
  const { labels, lang } = ctx;
  return {
    columns: [
      { key: 'year', label: ctx.yearLabel },
      { key: 'blankspot', label: labels.blankspot, numeric: true },
      { key: 'served', label: labels.served, numeric: true },
      { key: 'target', label: labels.target, numeric: true },
      { key: 'projection', label: labels.projection, numeric: true },
      { key: 'band', label: labels.band, numeric: true },
    ],
    rows: model.years.map((y) => ({
      key: String(y.year),
      cells: [
        yearLabel(y, lang),
        figureCell(y.blankspot, lang),
        figureCell(y.served, lang),
        figureCell(y.target, lang),
        y.projection ? formatNumber(y.projection.value, lang, 1) : '–',
        rangeText(y, lang),
      ],
    })),
  };
}
