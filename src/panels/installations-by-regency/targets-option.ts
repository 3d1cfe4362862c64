// Pure: the briefing's two plan charts, from bars the briefing builds out of the catalog's figures
// (plan_installations against planned_installations, plan_progress): the province per year, and the regencies in
// one year. Progress classes are read from the DISPLAYED whole percentage, so a label and its colour never
// disagree (99,6 % is shown as 100 % and counts as met). Each class is its own series, so the legend names every
// colour in words. Tooltips escape every text from the data.
import { formatNumber, formatPercent, type Lang } from '../../i18n/format.ts';
import type { ChartOption } from '../../ui/chart-types.ts';
import { escapeHtml } from '../../ui/escape.ts';

export const VARIANCES = ['met', 'near', 'far'] as const;
export type Variance = (typeof VARIANCES)[number] | 'none';

/** Lower bounds (in whole percent, as shown) of the classes: ≥ 100 met, 80–99 near, < 80 far. */
export const MET_PERCENT = 100;
export const NEAR_PERCENT = 80;

/** The class of a progress percentage (raw plan_progress value), read from its whole-percent display. */
export function varianceOf(percent: number | null): Variance {
  if (percent === null || !Number.isFinite(percent)) return 'none';
  const shown = Math.round(percent);
  return shown >= MET_PERCENT ? 'met' : shown >= NEAR_PERCENT ? 'near' : 'far';
}

/** One bar: a year of the province, or a regency in one year. */
export interface PlanBar {
  key: string;
  /** The category label ("2024", "2026 s.d. 27 Nov", "Merangin"). */
  label: string;
  /** plan_installations. */
  installed: number | null;
  /** planned_installations; null without a plan. */
  planned: number | null;
  /** plan_progress (raw); null without a plan or a plan of 0. */
  percent: number | null;
  variance: Variance;
}

export interface PlanOptionContext {
  lang: Lang;
  /** Legend text of each class, in words (what the colour means). */
  varianceLabels: Record<(typeof VARIANCES)[number], string>;
  plannedLabel: string;
  installedLabel: string;
  targetLineLabel: string;
  ariaDescription: string;
  palette: { met: string; near: string; far: string; planned: string };
  /** Axis name of the counts. */
  sitesAxis: string;
  /** Text scale of the chart theme (1 at a desk), for the line height of two-line labels. */
  scale?: number;
  /** Presentation mode (briefing, wall): legend entries do not toggle their series. */
  present?: boolean;
}

/**
 * A plain legend under the chart wraps onto a second line in a narrow panel (a scroll legend would hide the classes'
 * words); the grid leaves room for two lines at the chart's text scale.
 */
const legend = (ctx: PlanOptionContext, data?: string[]) => ({
  bottom: 0,
  type: 'plain',
  ...(ctx.present ? { selectedMode: false } : {}),
  ...(data ? { data } : {}),
});
const grid = (ctx: PlanOptionContext, right: number) => {
  const s = ctx.scale ?? 1;
  return { left: 8, right, top: Math.round(36 * s), bottom: Math.round(64 * s), outerBoundsMode: 'same' };
};

const pct = (p: number | null, lang: Lang) => formatPercent(p === null ? null : p / 100, lang, 0);
const count = (n: number | null, lang: Lang) => formatNumber(n, lang, 0);

function classSeries(
  bars: readonly PlanBar[],
  value: (bar: PlanBar) => number | null,
  label: (bar: PlanBar) => string,
  ctx: PlanOptionContext,
  horizontal: boolean,
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
      position: horizontal ? 'right' : 'top',
      lineHeight: Math.round(15 * (ctx.scale ?? 1)),
      formatter: (p: { dataIndex: number }) => {
        const bar = bars[p.dataIndex];
        return bar && bar.variance === v ? label(bar) : '';
      },
    },
    data: bars.map((bar) => (bar.variance === v ? value(bar) : null)),
  }));
}

function tooltip(bars: readonly PlanBar[], ctx: PlanOptionContext) {
  return {
    trigger: 'axis',
    axisPointer: { type: 'shadow' },
    formatter: (params: unknown) => {
      const list = Array.isArray(params) ? params : [params];
      const i = (list[0] as { dataIndex?: number } | undefined)?.dataIndex;
      const bar = i === undefined ? undefined : bars[i];
      if (!bar) return '';
      return [
        `<b>${escapeHtml(bar.label)}</b>`,
        `${escapeHtml(ctx.installedLabel)}: <b>${escapeHtml(count(bar.installed, ctx.lang))}</b>`,
        `${escapeHtml(ctx.plannedLabel)}: <b>${escapeHtml(count(bar.planned, ctx.lang))}</b>`,
        bar.variance === 'none'
          ? ''
          : `${escapeHtml(pct(bar.percent, ctx.lang))} · ${escapeHtml(ctx.varianceLabels[bar.variance])}`,
      ]
        .filter(Boolean)
        .join('<br/>');
    },
  };
}

/** The province per year: programme sites installed, coloured by the year's class, beside the plan. */
export function planByYearOption(bars: readonly PlanBar[], ctx: PlanOptionContext): ChartOption {
  const { lang } = ctx;
  return {
    aria: { enabled: true, label: { description: ctx.ariaDescription } },
    animationDuration: 300,
    animationDurationUpdate: 200,
    grid: grid(ctx, 16),
    legend: legend(ctx),
    tooltip: tooltip(bars, ctx),
    xAxis: {
      type: 'category',
      data: bars.map((b) => b.label),
      axisTick: { alignWithLabel: true },
      // Every year named; "2026 s.d. 27 Nov" on two lines.
      axisLabel: { interval: 0, formatter: (v: string) => v.replace(/^(\d{4}) /, '$1\n') },
    },
    yAxis: {
      type: 'value',
      name: ctx.sitesAxis,
      min: 0,
      minInterval: 1,
      axisLabel: { formatter: (v: number) => count(v, lang) },
    },
    series: [
      ...classSeries(
        bars,
        (b) => b.installed,
        (b) => (b.percent === null ? count(b.installed, lang) : `${count(b.installed, lang)}\n${pct(b.percent, lang)}`),
        ctx,
        false,
      ),
      {
        type: 'bar',
        name: ctx.plannedLabel,
        barMaxWidth: 48,
        barGap: '15%',
        data: bars.map((b) => b.planned),
        itemStyle: { color: ctx.palette.planned, opacity: 0.35, borderColor: ctx.palette.planned, borderWidth: 1 },
        label: {
          show: true,
          position: 'top',
          formatter: (p: { value: unknown }) => count(p.value === null ? null : Number(p.value), lang),
        },
      },
    ],
  };
}

/**
 * Regencies in one year: progress in percent of each regency's plan, coloured by class, with the 100 % line.
 * Regencies without a plan are not drawn (the table lists them).
 */
export function planByRegencyOption(bars: readonly PlanBar[], ctx: PlanOptionContext): ChartOption {
  const { lang } = ctx;
  const drawn = bars.filter((b) => b.variance !== 'none');
  const highest = Math.max(MET_PERCENT, ...drawn.map((b) => Math.round(b.percent ?? 0)));
  const step = highest <= MET_PERCENT ? 25 : 50;
  const max = Math.ceil(highest / step) * step;
  const series = classSeries(
    drawn,
    (b) => b.percent,
    (b) => `${pct(b.percent, lang)} · ${count(b.installed, lang)}/${count(b.planned, lang)}`,
    ctx,
    true,
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
    grid: grid(ctx, 96),
    // Only the classes drawn are named.
    legend: legend(
      ctx,
      VARIANCES.filter((v) => drawn.some((b) => b.variance === v)).map((v) => ctx.varianceLabels[v]),
    ),
    tooltip: tooltip(drawn, ctx),
    xAxis: {
      type: 'value',
      min: 0,
      max,
      interval: step,
      axisLabel: { formatter: (v: number) => pct(v, lang) },
    },
    yAxis: { type: 'category', data: drawn.map((b) => b.label), inverse: true, axisTick: { show: false } },
    series,
  };
}
