// Pure: the figures of one telemetry measure per period and group → a model (every period of the data's range ×
// every group that has data; a period without figures stays a gap, never 0) → the ECharts line option and the table
// of exactly the figures drawn. A period cut short by the range (the first or last week) is labelled. Groups come
// in the data's order (their names sorted), not from a list in code: vocabularies are data. The briefing reuses
// these builders.
import type { FigureSet } from '../../coordinator/use-figures.ts';
import { formatDate, formatNumber, type Lang } from '../../i18n/format.ts';
import { INDICATORS } from '../../indicators/catalog.ts';
import { formatValue, formatWithUnit, UNIT } from '../../indicators/describe.ts';
import { figureAttrs } from '../../indicators/figure.ts';
import { addDays, intersect } from '../../indicators/period.ts';
import type { Figure } from '../../indicators/results.ts';
import type { DateRange } from '../../indicators/types.ts';
import type { ChartOption } from '../../ui/chart-types.ts';
import { escapeHtml } from '../../ui/escape.ts';
import type { TableCell, TableModel } from '../../ui/table-model.ts';
import { topLegend } from '../legend.ts';
import type { Grain, GroupBy, TrendMeasure } from './requests.ts';

export interface TrendGroup {
  name: string;
  /** One figure per model period; null where the group has no figure in that period (a gap, not a zero). */
  figures: (Figure | null)[];
}

export interface TrendsModel {
  measure: TrendMeasure;
  groupBy: GroupBy;
  grain: Grain;
  /** The days drawn: the data's first and last day inside the year filter (null when there are none). */
  span: DateRange | null;
  /** First day of each period ('YYYY-MM-DD'), ascending. */
  periods: string[];
  /** Period start → the days it covers, for periods cut short by the span. */
  partial: Record<string, DateRange>;
  groups: TrendGroup[];
}

/** The Monday of the ISO week of a date. */
export function weekStart(iso: string): string {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return addDays(iso, -((day + 6) % 7));
}

/** Every period start from the span's first to its last day. */
export function periodsOf(span: DateRange, grain: Grain): string[] {
  const out: string[] = [];
  const step = grain === 'week' ? 7 : 1;
  const last = Date.parse(`${span.to}T00:00:00Z`);
  for (let p = grain === 'week' ? weekStart(span.from) : span.from; Date.parse(`${p}T00:00:00Z`) <= last; ) {
    out.push(p);
    p = addDays(p, step);
  }
  return out;
}

/** The unit of a measure in words ("%", "Mbps", "GB", "pengguna"). */
export const unitOf = (measure: TrendMeasure, lang: Lang): string => UNIT[INDICATORS[measure].unit][lang];

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `set`: the figures of trendRequests (one measure by [grain, groupBy]); `span`: the days drawn (telemetrySpan).
 * Without a span the periods are those of the figures.
 */
export function toModel(set: FigureSet, span: DateRange | null): TrendsModel {
  const { request } = set;
  const grain: Grain = request.by.includes('day') ? 'day' : 'week';
  const groupBy: GroupBy = request.by.includes('technology') ? 'technology' : 'programme';
  const figures = set.figures ?? [];
  const periodOf = (f: Figure) => String(f.row[grain]);
  const periods = span ? periodsOf(span, grain) : [...new Set(figures.map(periodOf))].sort();
  const index = new Map(periods.map((p, i) => [p, i]));
  const groups = new Map<string, TrendGroup>();
  for (const f of figures) {
    const i = index.get(periodOf(f));
    if (i === undefined) continue;
    const name = String(f.row[groupBy]);
    let g = groups.get(name);
    if (!g) {
      g = { name, figures: periods.map(() => null) };
      groups.set(name, g);
    }
    g.figures[i] = f;
  }
  const partial: Record<string, DateRange> = {};
  if (span && grain === 'week') {
    for (const p of periods) {
      const covered = intersect({ from: p, to: addDays(p, 6) }, span);
      if (covered && (covered.from !== p || covered.to !== addDays(p, 6))) partial[p] = covered;
    }
  }
  return {
    measure: request.indicator as TrendMeasure,
    groupBy,
    grain,
    span,
    periods,
    partial,
    groups: [...groups.values()].sort((a, b) => byName(a.name, b.name)),
  };
}

export function isEmpty(model: TrendsModel): boolean {
  return model.periods.length === 0 || model.groups.length === 0;
}

const valuesOf = (g: TrendGroup) => g.figures.map((f) => f?.value ?? null);

/** A time-axis value (local midnight, as ECharts parses 'YYYY-MM-DD') back to its calendar date. */
export function isoOfAxisValue(value: number): string {
  const d = new Date(value);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The first period inside the last year of data, or null when the whole range is a year or less. */
export function lastYearStart(model: TrendsModel): string | null {
  const last = model.span?.to ?? model.periods.at(-1);
  const firstPeriod = model.periods[0];
  if (!last || !firstPeriod) return null;
  const cutoff = `${Number(last.slice(0, 4)) - 1}${last.slice(4)}`;
  if (firstPeriod >= cutoff) return null;
  return model.periods.find((p) => p >= cutoff) ?? null;
}

/**
 * The model cut to the window the desk view opens on (the last year of data): what a wall or a slide shows, where
 * nobody can move a zoom slider. Periods, figures, span and partial periods all start at the window, so the subtitle,
 * the chart and its description name the same range. A model of a year or less is returned as it is.
 */
export function lastYearOnly(model: TrendsModel): TrendsModel {
  const start = lastYearStart(model);
  const from = start === null ? -1 : model.periods.indexOf(start);
  if (start === null || from <= 0) return model;
  const periods = model.periods.slice(from);
  return {
    ...model,
    span: model.span ? { from: start, to: model.span.to } : null,
    periods,
    partial: Object.fromEntries(Object.entries(model.partial).filter(([p]) => p >= start)),
    groups: model.groups
      .map((g) => ({ name: g.name, figures: g.figures.slice(from) }))
      .filter((g) => g.figures.some((f) => f !== null)),
  };
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

export interface LabelContext {
  lang: Lang;
  /** "Minggu mulai 23 Nov 2026" for a week's start, or the date of a day. */
  periodHeading: (start: string) => string;
  /** "(sebagian minggu: 23 Nov 2026–27 Nov 2026)" from the covered days in words. */
  partialNote: (covered: string) => string;
}

/** A period's label: its start, and the days it covers when the range cuts it short. */
export function periodText(model: TrendsModel, start: string, ctx: LabelContext, heading = false): string {
  const base = heading ? ctx.periodHeading(start) : formatDate(start, ctx.lang);
  const covered = model.partial[start];
  if (!covered) return base;
  const days =
    covered.from === covered.to
      ? formatDate(covered.from, ctx.lang)
      : `${formatDate(covered.from, ctx.lang)}–${formatDate(covered.to, ctx.lang)}`;
  return `${base} ${ctx.partialNote(days)}`;
}

export interface OptionContext extends LabelContext {
  ariaDescription: string;
  /** Label of the shaded last period when it is cut short ("belum lengkap"). */
  partialLabel: string;
  /**
   * Presentation mode (wall, briefing): no zoom slider and no paged or clickable legend; the model is then drawn
   * whole (cut it to a window first, see lastYearOnly).
   */
  present?: boolean;
}

export function toOption(model: TrendsModel, ctx: OptionContext): ChartOption {
  const { measure } = model;
  const digits = INDICATORS[measure].digits;
  const fmt = (v: number) => formatNumber(v, ctx.lang, digits);
  const zoomStart = lastYearStart(model);
  const axisEnd = model.span && model.span.to > (model.periods.at(-1) ?? '') ? model.span.to : model.periods.at(-1);
  const window = zoomStart && axisEnd ? { startValue: zoomStart, endValue: axisEnd } : { start: 0, end: 100 };
  const dateLabel = (value: number) => formatDate(isoOfAxisValue(value), ctx.lang);
  const lastStart = model.periods.at(-1);
  const lastPartial = lastStart && model.partial[lastStart] && model.span ? lastStart : null;

  const series: Record<string, unknown>[] = [];
  model.groups.forEach((g, k) => {
    const values = valuesOf(g);
    series.push({
      type: 'line',
      name: g.name,
      data: model.periods.map((p, i) => [p, values[i] ?? null]),
      connectNulls: false,
      showSymbol: false,
      sampling: 'lttb',
      triggerEvent: 'line',
      emphasis: { focus: 'series' },
      // The last period, cut short by the data date, is shaded and says so.
      markArea:
        k === 0 && lastPartial && model.span
          ? {
              silent: true,
              itemStyle: { opacity: 0.12 },
              label: { show: true, position: 'insideTopRight', formatter: ctx.partialLabel },
              data: [[{ xAxis: lastPartial }, { xAxis: model.span.to }]],
            }
          : undefined,
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
  });

  return {
    aria: { enabled: true, label: { description: ctx.ariaDescription } },
    animationDuration: 300,
    animationDurationUpdate: 200,
    // The bottom 64 px are the zoom slider's.
    grid: { left: 8, right: 24, top: 56, bottom: ctx.present ? 8 : 64, outerBoundsMode: 'same' },
    legend: topLegend(ctx.present),
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => tooltipHtml(params, model, ctx),
    },
    xAxis: {
      type: 'time',
      min: model.periods[0],
      max: axisEnd,
      axisLabel: { formatter: dateLabel, hideOverlap: true },
    },
    yAxis: {
      type: 'value',
      name: unitOf(measure, ctx.lang),
      scale: measure === 'downlink',
      ...(measure === 'uptime' ? uptimeAxis(model.groups.flatMap(valuesOf)) : {}),
      minInterval: measure === 'daily_users' ? 1 : undefined,
      axisLabel: { formatter: fmt },
    },
    ...(ctx.present
      ? {}
      : {
          dataZoom: [
            { type: 'inside', xAxisIndex: 0, filterMode: 'none', ...window },
            { type: 'slider', xAxisIndex: 0, filterMode: 'none', bottom: 8, labelFormatter: dateLabel, ...window },
          ],
        }),
    series,
  };
}

function tooltipHtml(params: unknown, model: TrendsModel, ctx: OptionContext): string {
  const list = (Array.isArray(params) ? params : [params]) as {
    seriesName?: string;
    marker?: string;
    value?: unknown;
  }[];
  const value = list[0]?.value;
  const period = Array.isArray(value) ? String(value[0]) : undefined;
  const i = period === undefined ? -1 : model.periods.indexOf(period);
  if (period === undefined || i < 0) return '';
  const lines = model.groups.map((g) => {
    const f = g.figures[i] ?? null;
    const marker = list.find((p) => p.seriesName === g.name && typeof p.marker === 'string')?.marker ?? '';
    const shown = f === null ? '–' : formatWithUnit(model.measure, f.value, ctx.lang);
    return `${marker}${escapeHtml(g.name)}: <b>${escapeHtml(shown)}</b>`;
  });
  return `<b>${escapeHtml(periodText(model, period, ctx, true))}</b><br/>${lines.join('<br/>')}`;
}

export interface TableContext extends LabelContext {
  periodColumn: string;
}

/** One row per period, one column per group: every drawn value with its attributes, '–' where the line has a gap. */
export function toTable(model: TrendsModel, ctx: TableContext): TableModel {
  const cell = (f: Figure | null): string | TableCell =>
    f === null ? '–' : { text: formatValue(model.measure, f.value, ctx.lang), attrs: figureAttrs(f) };
  return {
    columns: [
      { key: 'period', label: ctx.periodColumn },
      ...model.groups.map((g) => ({
        key: `g:${g.name}`,
        label: `${g.name} (${unitOf(model.measure, ctx.lang)})`,
        numeric: true,
      })),
    ],
    rows: model.periods.map((p, i) => ({
      key: p,
      cells: [periodText(model, p, ctx), ...model.groups.map((g) => cell(g.figures[i] ?? null))],
    })),
  };
}
