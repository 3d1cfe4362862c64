// Pure: the figures of the programme-progress requests → a model with one row per year (the plan's years and the
// years with programme installations): each programme's sites, the year's sites in all, the year's plan and the
// progress against it → the ECharts option (bars stacked by programme, the plan drawn as an outline around them,
// "83 dari 90" on top) and the table that shows exactly those figures, with the since-the-plan-began pair last.
import type { FigureSet } from '../../coordinator/use-figures.ts';
import { formatNumber, type Lang } from '../../i18n/format.ts';
import { formatValue, formatWithUnit, periodLabel } from '../../indicators/describe.ts';
import { type FigureRef, figureAttrs, scopeCode } from '../../indicators/figure.ts';
import { yearCode } from '../../indicators/period.ts';
import type { Figure } from '../../indicators/results.ts';
import type { ChartOption } from '../../ui/chart-types.ts';
import { escapeHtml } from '../../ui/escape.ts';
import type { TableCell, TableModel } from '../../ui/table-model.ts';
import { type ThemeName, TOKENS } from '../../ui/theme.ts';
import { topLegend } from '../legend.ts';

export interface ProgrammeYear {
  year: number;
  /** The period of the year's installations ("2025", "2026-01-01..2026-11-27" while the year runs). */
  period: string;
  /** Programme → its sites installed that year (0, with the attributes of a real 0, where it had none). */
  byProgramme: Record<string, FigureRef>;
  /** The year's programme sites in all. */
  installed: FigureRef;
  plan: Figure | null;
  progress: Figure | null;
}

export interface ProgrammeModel {
  programmes: string[];
  years: ProgrammeYear[];
  cumulative: Figure | null;
  plannedCumulative: Figure | null;
}

export interface ProgrammeSets {
  byProgramme: FigureSet;
  byYear: FigureSet;
  planned: FigureSet;
  progress: FigureSet;
  cumulative?: FigureSet;
  plannedCumulative?: FigureSet;
}

const yearOf = (f: Figure) => Number(f.row.year);

const zero = (set: FigureSet, period: string, programme?: string): FigureRef => ({
  indicator: set.request.indicator,
  period,
  scope: scopeCode(set.request.filters, programme ? { programme } : {}),
  value: 0,
});

/** `sitesAsOf` ends the running year (the period of a year without installations). */
export function toModel(sets: ProgrammeSets, sitesAsOf: string): ProgrammeModel {
  const byProgramme = sets.byProgramme.figures ?? [];
  const byYear = sets.byYear.figures ?? [];
  const planned = sets.planned.figures ?? [];
  const progress = sets.progress.figures ?? [];
  const programmes = [...new Set(byProgramme.map((f) => String(f.row.programme)))].sort();
  const years = [...new Set([...byYear, ...planned].map(yearOf))].filter(Number.isFinite).sort((a, b) => a - b);
  const rows = years.map((year): ProgrammeYear => {
    const installed = byYear.find((f) => yearOf(f) === year);
    const period = installed?.period ?? yearCode(year, sitesAsOf);
    const of: Record<string, FigureRef> = {};
    for (const p of programmes) {
      of[p] = byProgramme.find((f) => yearOf(f) === year && f.row.programme === p) ?? zero(sets.byProgramme, period, p);
    }
    return {
      year,
      period,
      byProgramme: of,
      installed: installed ?? zero(sets.byYear, period),
      plan: planned.find((f) => yearOf(f) === year) ?? null,
      progress: progress.find((f) => yearOf(f) === year) ?? null,
    };
  });
  return {
    programmes,
    years: rows,
    cumulative: sets.cumulative?.figures?.[0] ?? null,
    plannedCumulative: sets.plannedCumulative?.figures?.[0] ?? null,
  };
}

export const isEmpty = (model: ProgrammeModel): boolean => model.years.length === 0;

export interface OptionContext {
  lang: Lang;
  /** "{{installed}} dari {{plan}}" with the numbers filled in. */
  ofPlan: (installed: string, plan: string) => string;
  planLabel: string;
  totalLabel: string;
  ariaDescription: string;
  present?: boolean;
  theme?: ThemeName;
}

const count = (f: FigureRef | null, lang: Lang) => (f ? formatValue('plan_installations', f.value, lang) : '–');

/** The colour of a programme: by its place in the sorted list of the plan's programmes (legend order). */
function programmeColour(i: number, theme: ThemeName): string {
  const palette = TOKENS[theme].series;
  return palette[(i * 3) % palette.length] as string;
}

export function toOption(model: ProgrammeModel, ctx: OptionContext): ChartOption {
  const theme = ctx.theme ?? 'light';
  const labels = model.years.map((y) => periodLabel(y.period, ctx.lang));
  return {
    aria: { enabled: true, label: { description: ctx.ariaDescription } },
    animationDuration: 300,
    animationDurationUpdate: 200,
    grid: { left: 8, right: 8, top: 48, bottom: 8, outerBoundsMode: 'same' },
    legend: topLegend(ctx.present),
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => tooltipHtml(params, model, ctx),
    },
    xAxis: { type: 'category', data: labels, axisTick: { show: false } },
    // The unit is in the subtitle ("satuan: titik"): an axis name would collide with the top label at wall sizes.
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { formatter: (v: number) => formatNumber(v, ctx.lang, 0) },
    },
    series: [
      ...model.programmes.map((p, i) => ({
        type: 'bar',
        name: p,
        stack: 'installed',
        barMaxWidth: 96,
        emphasis: { focus: 'series' },
        itemStyle: { color: programmeColour(i, theme) },
        data: model.years.map((y) => y.byProgramme[p]?.value ?? 0),
      })),
      {
        // The plan as an outline over the stacked bars: what is missing shows as the empty part of the outline.
        type: 'bar',
        name: ctx.planLabel,
        barGap: '-100%',
        barMaxWidth: 96,
        z: 3,
        itemStyle: { color: 'transparent', borderColor: TOKENS[theme].text, borderWidth: 2, borderType: 'dashed' },
        emphasis: { disabled: true },
        data: model.years.map((y) => y.plan?.value ?? null),
        label: {
          show: true,
          position: 'top',
          formatter: (p: { dataIndex: number }) => {
            const y = model.years[p.dataIndex];
            return y?.plan ? ctx.ofPlan(count(y.installed, ctx.lang), count(y.plan, ctx.lang)) : '';
          },
        },
      },
    ],
  };
}

function tooltipHtml(params: unknown, model: ProgrammeModel, ctx: OptionContext): string {
  const list = Array.isArray(params) ? params : [params];
  const first = list[0] as { dataIndex?: number } | undefined;
  const y = first?.dataIndex !== undefined ? model.years[first.dataIndex] : undefined;
  if (!y) return '';
  const lines = model.programmes.map((p) => `${escapeHtml(p)}: <b>${count(y.byProgramme[p] ?? null, ctx.lang)}</b>`);
  lines.push(`${escapeHtml(ctx.totalLabel)}: <b>${count(y.installed, ctx.lang)}</b>`);
  lines.push(`${escapeHtml(ctx.planLabel)}: <b>${count(y.plan, ctx.lang)}</b>`);
  if (y.progress) lines.push(`<b>${escapeHtml(formatWithUnit('plan_progress', y.progress.value, ctx.lang))}</b>`);
  return `<b>${escapeHtml(periodLabel(y.period, ctx.lang))}</b><br/>${lines.join('<br/>')}`;
}

const cell = (f: FigureRef | null, text: (f: FigureRef) => string): TableCell | string =>
  f ? { text: text(f), attrs: figureAttrs(f) } : '–';

export interface TableContext extends OptionContext {
  yearLabel: string;
  progressLabel: string;
  /** The label of the since-the-plan-began row ("Sejak 2022"). */
  sinceLabel: (year: string) => string;
}

export function toTable(model: ProgrammeModel, ctx: TableContext): TableModel {
  const n = (f: FigureRef) => count(f, ctx.lang);
  const pct = (f: FigureRef) => formatWithUnit('plan_progress', f.value, ctx.lang);
  const rows: TableModel['rows'] = model.years.map((y) => ({
    key: String(y.year),
    cells: [
      periodLabel(y.period, ctx.lang),
      ...model.programmes.map((p) => cell(y.byProgramme[p] ?? null, n)),
      cell(y.installed, n),
      cell(y.plan, n),
      cell(y.progress, pct),
    ],
  }));
  if (model.cumulative) {
    rows.push({
      key: 'since',
      cells: [
        `${ctx.sinceLabel(model.cumulative.period.slice(0, 4))} (${periodLabel(model.cumulative.period, ctx.lang)})`,
        ...model.programmes.map(() => '–'),
        cell(model.cumulative, n),
        cell(model.plannedCumulative, n),
        '–',
      ],
    });
  }
  return {
    columns: [
      { key: 'year', label: ctx.yearLabel },
      ...model.programmes.map((p) => ({ key: `p:${p}`, label: p, numeric: true })),
      { key: 'installed', label: ctx.totalLabel, numeric: true },
      { key: 'plan', label: ctx.planLabel, numeric: true },
      { key: 'progress', label: ctx.progressLabel, numeric: true },
    ],
    rows,
  };
}
