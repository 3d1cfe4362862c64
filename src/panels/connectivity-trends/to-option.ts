// Pure: query rows → a model (periods × groups, NULL kept as null) → the ECharts line option and the table of
// exactly the figures drawn. The measure and the grouping are chosen in the panel; the model holds all of them.

import { PROGRAMMES, TECHNOLOGIES } from '../../data/contract.ts';
import type { Row } from '../../data/rows.ts';
import { formatDate, formatNumber, type Lang } from '../../i18n/format.ts';
import type { ChartOption } from '../../ui/chart-types.ts';
import { escapeHtml } from '../../ui/escape.ts';
import type { TableModel } from '../../ui/table-model.ts';
import type { Grain } from './query.ts';

export const MEASURES = ['uptime', 'downlink', 'data', 'users'] as const;
export type Measure = (typeof MEASURES)[number];
export const GROUP_BYS = ['programme', 'technology'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/** Query column of each measure. */
const COLUMN: Record<Measure, string> = { uptime: 'uptime', downlink: 'downlink', data: 'data_gb', users: 'users' };
/** Decimals shown (tooltip, axis, table): the same everywhere so the table matches what the chart says. */
export const DIGITS: Record<Measure, number> = { uptime: 1, downlink: 1, data: 1, users: 0 };

export interface TrendGroup {
  name: string;
  /** One value per model period; null where the group has no rows in that period (a gap, not a zero). */
  values: Record<Measure, (number | null)[]>;
}

export interface TrendsModel {
  grain: Grain;
  /** First and last day of telemetry in the range ('YYYY-MM-DD'), null when there is none. */
  firstDay: string | null;
  lastDay: string | null;
  /** Weekly grain whose first or last week is cut by the range (sums there cover fewer than seven days). */
  partialWeeks: boolean;
  /** First day of each period, ascending. */
  periods: string[];
  groups: Record<GroupBy, TrendGroup[]>;
}

export interface TrendsView {
  measure: Measure;
  groupBy: GroupBy;
}

const ORDER: Record<GroupBy, readonly string[]> = { programme: PROGRAMMES, technology: TECHNOLOGIES };

function num(cell: Row[string] | undefined): number | null {
  if (cell === null || cell === undefined) return null;
  const n = Number(cell);
  return Number.isFinite(n) ? n : null;
}

export function toModel(rows: readonly Row[]): TrendsModel {
  const first = rows[0];
  const periods = [...new Set(rows.map((r) => String(r.period)))].sort();
  const index = new Map(periods.map((p, i) => [p, i]));
  const groups: Record<GroupBy, Map<string, TrendGroup>> = { programme: new Map(), technology: new Map() };
  for (const row of rows) {
    const dim = row.dim === 'technology' ? 'technology' : row.dim === 'programme' ? 'programme' : null;
    const i = index.get(String(row.period));
    if (!dim || i === undefined) continue;
    const name = String(row.grp);
    let g = groups[dim].get(name);
    if (!g) {
      const empty = () => periods.map((): number | null => null);
      g = { name, values: { uptime: empty(), downlink: empty(), data: empty(), users: empty() } };
      groups[dim].set(name, g);
    }
    for (const m of MEASURES) g.values[m][i] = num(row[COLUMN[m]]);
  }
  const sorted = (dim: GroupBy) => {
    const rank = (name: string) => {
      const k = ORDER[dim].indexOf(name);
      return k < 0 ? ORDER[dim].length : k;
    };
    return [...groups[dim].values()].sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
  };
  return {
    grain: first?.grain === 'day' ? 'day' : 'week',
    firstDay: first?.first_day ? String(first.first_day) : null,
    lastDay: first?.last_day ? String(first.last_day) : null,
    partialWeeks: first?.partial_weeks === true,
    periods,
    groups: { programme: sorted('programme'), technology: sorted('technology') },
  };
}

export function isEmpty(model: TrendsModel): boolean {
  return model.periods.length === 0 || model.groups.programme.length === 0;
}

export interface OptionContext {
  lang: Lang;
  /** Unit of the measure ('%', 'Mbps', 'GB', 'pengguna'): y-axis name and tooltip. */
  unit: string;
  /** Tooltip heading of a period, e.g. 'Minggu mulai 25 Des 2023' or '27 Des 2023'. */
  periodLabel: (iso: string) => string;
  ariaDescription: string;
}

/** '98,5' + '%' → '98,5%'; '3,2' + 'Mbps' → '3,2 Mbps'. */
export function withUnit(text: string, unit: string): string {
  return unit === '%' ? `${text}%` : `${text} ${unit}`;
}

/** A time-axis value (local midnight, as ECharts parses 'YYYY-MM-DD') back to its calendar date. */
export function isoOfAxisValue(value: number): string {
  const d = new Date(value);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The first period inside the last year of data, or null when the whole range is a year or less. */
export function lastYearStart(model: TrendsModel): string | null {
  const last = model.lastDay ?? model.periods.at(-1);
  const firstPeriod = model.periods[0];
  if (!last || !firstPeriod) return null;
  const cutoff = `${Number(last.slice(0, 4)) - 1}${last.slice(4)}`;
  if (firstPeriod >= cutoff) return null;
  return model.periods.find((p) => p >= cutoff) ?? null;
}

/** Indices of values with no neighbour on either side: a line cannot draw them, so they get a dot. */
export function isolatedPoints(values: readonly (number | null)[]): number[] {
  const out: number[] = [];
  values.forEach((v, i) => {
    if (v === null) return;
    const prev = i > 0 ? values[i - 1] : null;
    const next = i < values.length - 1 ? values[i + 1] : null;
    if ((prev === null || prev === undefined) && (next === null || next === undefined)) out.push(i);
  });
  return out;
}

const UPTIME_STEPS = [0.5, 1, 2, 5, 10, 20, 25];

/**
 * The uptime axis from a round lower bound to 100% in equal steps (2–6 of them), so 100 is itself a tick. Left to
 * ECharts with a fixed max of 100, the ticks ran 81, 84, … 99 and a 100 label was squeezed in above the 99.
 */
export function uptimeAxis(values: readonly (number | null)[]): { min: number; max: number; interval: number } {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const lowest = known.length > 0 ? Math.max(0, Math.min(100, ...known)) : 0;
  for (const step of UPTIME_STEPS) {
    const min = Math.min(Math.floor(lowest / step) * step, 100 - 2 * step);
    if ((100 - min) / step <= 6) return { min, max: 100, interval: step };
  }
  return { min: 0, max: 100, interval: 20 };
}

export function toOption(model: TrendsModel, view: TrendsView, ctx: OptionContext): ChartOption {
  const { measure } = view;
  const groups = model.groups[view.groupBy];
  const digits = DIGITS[measure];
  const fmt = (v: number) => formatNumber(v, ctx.lang, digits);
  const zoomStart = lastYearStart(model);
  const zoomEnd = model.periods.at(-1);
  const window = zoomStart && zoomEnd ? { startValue: zoomStart, endValue: zoomEnd } : { start: 0, end: 100 };
  const dateLabel = (value: number) => formatDate(isoOfAxisValue(value), ctx.lang);

  const series: Record<string, unknown>[] = [];
  for (const g of groups) {
    const values = g.values[measure];
    series.push({
      type: 'line',
      name: g.name,
      data: model.periods.map((p, i) => [p, values[i] ?? null]),
      connectNulls: false,
      showSymbol: false,
      sampling: 'lttb',
      triggerEvent: 'line',
      emphasis: { focus: 'series' },
    });
    const lonely = isolatedPoints(values);
    if (lonely.length > 0) {
      // Same name: same legend entry and palette colour as the line.
      series.push({
        type: 'scatter',
        name: g.name,
        data: lonely.map((i) => [model.periods[i], values[i]]),
        symbolSize: 6,
        tooltip: { show: false },
      });
    }
  }

  return {
    aria: { enabled: true, label: { description: ctx.ariaDescription } },
    animationDuration: 300,
    animationDurationUpdate: 200,
    grid: { left: 8, right: 24, top: 56, bottom: 64, outerBoundsMode: 'same' },
    legend: { top: 0, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => tooltipHtml(params, model, view, ctx),
    },
    xAxis: {
      type: 'time',
      min: model.periods[0],
      max: model.periods.at(-1),
      axisLabel: { formatter: dateLabel, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      name: ctx.unit,
      scale: measure === 'downlink',
      ...(measure === 'uptime' ? uptimeAxis(groups.flatMap((g) => g.values.uptime)) : {}),
      minInterval: measure === 'users' ? 1 : undefined,
      axisLabel: { formatter: fmt },
    },
    dataZoom: [
      { type: 'inside', xAxisIndex: 0, filterMode: 'none', ...window },
      { type: 'slider', xAxisIndex: 0, filterMode: 'none', bottom: 8, labelFormatter: dateLabel, ...window },
    ],
    series,
  };
}

function tooltipHtml(params: unknown, model: TrendsModel, view: TrendsView, ctx: OptionContext): string {
  const list = (Array.isArray(params) ? params : [params]) as {
    seriesName?: string;
    marker?: string;
    value?: unknown;
  }[];
  const value = list[0]?.value;
  const period = Array.isArray(value) ? String(value[0]) : undefined;
  const i = period === undefined ? -1 : model.periods.indexOf(period);
  if (period === undefined || i < 0) return '';
  const lines = model.groups[view.groupBy].map((g) => {
    const v = g.values[view.measure][i] ?? null;
    const marker = list.find((p) => p.seriesName === g.name && typeof p.marker === 'string')?.marker ?? '';
    const shown = v === null ? '–' : withUnit(formatNumber(v, ctx.lang, DIGITS[view.measure]), ctx.unit);
    return `${marker}${escapeHtml(g.name)}: <b>${escapeHtml(shown)}</b>`;
  });
  return `<b>${escapeHtml(ctx.periodLabel(period))}</b><br/>${lines.join('<br/>')}`;
}

export interface TableContext {
  lang: Lang;
  unit: string;
  periodColumn: string;
}

/** One row per period, one column per group: every drawn value, '–' where the line has a gap. */
export function toTable(model: TrendsModel, view: TrendsView, ctx: TableContext): TableModel {
  const groups = model.groups[view.groupBy];
  const digits = DIGITS[view.measure];
  return {
    columns: [
      { key: 'period', label: ctx.periodColumn },
      ...groups.map((g) => ({ key: `g:${g.name}`, label: `${g.name} (${ctx.unit})`, numeric: true })),
    ],
    rows: model.periods.map((p, i) => ({
      key: p,
      cells: [
        formatDate(p, ctx.lang),
        ...groups.map((g) => formatNumber(g.values[view.measure][i] ?? null, ctx.lang, digits)),
      ],
    })),
  };
}
