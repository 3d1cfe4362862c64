// Pure: the figures of `installations` (per regency and year, and per regency over all years) → a model with every
// regency (a regency without installations shows 0, with the attributes of a real 0) → the ECharts option and the
// table that shows exactly the figures drawn. The briefing reuses these builders.
import type { FigureSet } from '../../coordinator/use-figures.ts';
import type { Lang } from '../../i18n/format.ts';
import { formatNumber } from '../../i18n/format.ts';
import { formatValue, isIncomplete, periodLabel } from '../../indicators/describe.ts';
import { type FigureRef, figureAttrs, scopeCode } from '../../indicators/figure.ts';
import type { AreaName } from '../../indicators/listings/regencies.ts';
import type { ChartOption } from '../../ui/chart-types.ts';
import { escapeHtml } from '../../ui/escape.ts';
import type { TableModel } from '../../ui/table-model.ts';
import { type ThemeName, yearColour } from '../../ui/theme.ts';
import { topLegend } from '../legend.ts';
import { regencyCodes, yearColumns } from '../regency-rows.ts';
import { DIMMED_OPACITY } from '../select-mode.ts';

export interface YearColumn {
  year: number;
  /** The period code of the year's figures ("2025", "2026-01-01..2026-11-27" while the year runs). */
  period: string;
}

export interface RegencyInstallations {
  code: string;
  name: string;
  /** One figure per year column (0 where the regency had none). */
  byYear: Record<number, FigureRef>;
  /** All years of the selection together. */
  total: FigureRef;
}

export interface InstallationsModel {
  years: YearColumn[];
  /** The period code of the totals ("..2026-11-27": every year up to the data date, or the year filter). */
  totalPeriod: string | null;
  /** Sorted by total descending, then by code, so the largest bar is first. */
  regencies: RegencyInstallations[];
}

const zero = (set: FigureSet, period: string, regency: string): FigureRef => ({
  indicator: set.request.indicator,
  period,
  scope: scopeCode(set.request.filters, { regency }),
  value: 0,
});

/**
 * `byYear`: installations by ['regency', 'year']; `totals`: installations by ['regency'] (same filters);
 * `regencies`: the known regencies (code, name). Regencies outside an active regency filter are left out.
 */
export function toModel(byYear: FigureSet, totals: FigureSet, regencies: readonly AreaName[]): InstallationsModel {
  const yearFigures = byYear.figures ?? [];
  const totalFigures = totals.figures ?? [];
  const columns = yearColumns(yearFigures);
  const totalPeriod = totalFigures[0]?.period ?? null;

  const known = new Map(regencies.map((r) => [r.code, r.name]));
  const rows: RegencyInstallations[] = [];
  for (const code of regencyCodes(regencies, yearFigures, byYear.request.filters.regencies)) {
    const byYearOf: Record<number, FigureRef> = {};
    for (const { year, period } of columns) {
      byYearOf[year] =
        yearFigures.find((f) => f.row.regency === code && Number(f.row.year) === year) ?? zero(byYear, period, code);
    }
    const total =
      totalFigures.find((f) => f.row.regency === code) ??
      zero(totals, totalPeriod ?? columns.at(-1)?.period ?? '', code);
    rows.push({ code, name: known.get(code) ?? code, byYear: byYearOf, total });
  }
  rows.sort((a, b) => (b.total.value ?? 0) - (a.total.value ?? 0) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { years: columns, totalPeriod, regencies: rows };
}

export const isEmpty = (model: InstallationsModel): boolean => model.years.length === 0;

/** The regency code of the bar at `dataIndex` (a click on the chart), or null. */
export function regencyAt(model: InstallationsModel, dataIndex: number | undefined): string | null {
  return dataIndex === undefined ? null : (model.regencies[dataIndex]?.code ?? null);
}

/** The label of a year column: "2025", or "2026 s.d. 27 Nov" while the year runs (legend, axis, table). */
export const yearLabel = (column: YearColumn, lang: Lang): string => periodLabel(column.period, lang);

/** The year of a legend entry (series name made by yearLabel), or null. */
export function yearOfSeries(model: InstallationsModel, name: string, lang: Lang): number | null {
  return model.years.find((y) => yearLabel(y, lang) === name)?.year ?? null;
}

/** The year columns still running (labelled "s.d." their data date). */
export const incompleteYears = (model: InstallationsModel): YearColumn[] =>
  model.years.filter((y) => isIncomplete(y.period));

export interface OptionContext {
  lang: Lang;
  totalLabel: string;
  ariaDescription: string;
  /** Presentation mode (wall, briefing): a legend that neither pages nor toggles. */
  present?: boolean;
  /** Cross-filter: the selected regencies; the other bars are dimmed (still drawn and clickable). */
  selected?: readonly string[];
  /** The palette: each year takes its one colour (src/ui/theme.ts yearColour) on every page. */
  theme?: ThemeName;
}

const fmt = (f: FigureRef, lang: Lang) => formatValue('installations', f.value, lang);

export function toOption(model: InstallationsModel, ctx: OptionContext): ChartOption {
  // Horizontal bars: long regency names stay readable; largest on top.
  const names = model.regencies.map((r) => r.name);
  return {
    aria: { enabled: true, label: { description: ctx.ariaDescription } },
    animationDuration: 300,
    animationDurationUpdate: 200,
    grid: { left: 8, right: 48, top: 36, bottom: 8, outerBoundsMode: 'same' },
    legend: topLegend(ctx.present),
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => tooltipHtml(params, model, ctx),
    },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => formatNumber(v, ctx.lang, 0) } },
    yAxis: { type: 'category', data: names, inverse: true, axisTick: { show: false } },
    series: model.years.map((column, i) => ({
      type: 'bar',
      name: yearLabel(column, ctx.lang),
      stack: 'installed',
      barMaxWidth: 28,
      emphasis: { focus: 'series' },
      // The running year is drawn lighter: it is not complete.
      itemStyle: {
        color: yearColour(column.year, ctx.theme ?? 'light'),
        ...(isIncomplete(column.period) ? { opacity: 0.55 } : {}),
      },
      data: model.regencies.map((r) => {
        const value = r.byYear[column.year]?.value ?? 0;
        return ctx.selected?.length && !ctx.selected.includes(r.code)
          ? { value, itemStyle: { opacity: DIMMED_OPACITY } }
          : value;
      }),
      label:
        i === model.years.length - 1
          ? {
              show: true,
              position: 'right',
              formatter: (p: { dataIndex: number }) => {
                const r = model.regencies[p.dataIndex];
                return r ? fmt(r.total, ctx.lang) : '';
              },
            }
          : undefined,
    })),
  };
}

function tooltipHtml(params: unknown, model: InstallationsModel, ctx: OptionContext): string {
  const list = Array.isArray(params) ? params : [params];
  const first = list[0] as { dataIndex?: number } | undefined;
  const r = first?.dataIndex !== undefined ? model.regencies[first.dataIndex] : undefined;
  if (!r) return '';
  const lines = model.years.map((y) => {
    const f = r.byYear[y.year];
    return `${escapeHtml(yearLabel(y, ctx.lang))}: <b>${f ? fmt(f, ctx.lang) : '–'}</b>`;
  });
  lines.push(`${escapeHtml(ctx.totalLabel)}: <b>${fmt(r.total, ctx.lang)}</b>`);
  return `<b>${escapeHtml(r.name)}</b><br/>${lines.join('<br/>')}`;
}

export function toTable(model: InstallationsModel, ctx: OptionContext & { regencyLabel: string }): TableModel {
  return {
    columns: [
      { key: 'regency', label: ctx.regencyLabel },
      ...model.years.map((y) => ({ key: String(y.year), label: yearLabel(y, ctx.lang), numeric: true })),
      { key: 'total', label: ctx.totalLabel, numeric: true },
    ],
    rows: model.regencies.map((r) => ({
      key: r.code,
      cells: [
        r.name,
        ...model.years.map((y) => {
          const f = r.byYear[y.year] as FigureRef;
          return { text: fmt(f, ctx.lang), attrs: figureAttrs(f) };
        }),
        { text: fmt(r.total, ctx.lang), attrs: figureAttrs(r.total) },
      ],
    })),
  };
}
