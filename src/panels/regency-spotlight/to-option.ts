// Pure: villages without cellular signal per regency and survey year → a model of every regency (ranked by its
// latest figure, most blankspot villages first) → small multiples: one small bar chart per regency, all on ONE
// shared scale (the same y-axis maximum everywhere), each year in its one colour (src/ui/theme.ts yearColour), and
// a table with exactly the figures drawn. Positions are percentages of the chart, so the layout holds at any size.
import type { FigureSet } from '../../coordinator/use-figures.ts';
import type { Lang } from '../../i18n/format.ts';
import { formatValue, isIncomplete, periodLabel } from '../../indicators/describe.ts';
import { type FigureRef, figureAttrs, scopeCode } from '../../indicators/figure.ts';
import type { AreaName } from '../../indicators/listings/regencies.ts';
import type { ChartOption } from '../../ui/chart-types.ts';
import type { TableModel } from '../../ui/table-model.ts';
import { type ThemeName, TOKENS, yearColour } from '../../ui/theme.ts';
import { regencyCodes, yearColumns } from '../regency-rows.ts';

export interface SpotlightYear {
  year: number;
  /** The period code ("2025", "2026-01-01..2026-11-27" while the survey year runs). */
  period: string;
}

export interface SpotlightRegency {
  code: string;
  name: string;
  /** One figure per year column (0 where the regency had none that year). */
  byYear: Record<number, FigureRef>;
  /** The figure of the last year column. */
  latest: FigureRef | null;
}

export interface SpotlightModel {
  years: SpotlightYear[];
  /** Ranked: latest figure descending, then by code. */
  regencies: SpotlightRegency[];
  /** The largest figure of any regency and year: the one scale every small chart shares. */
  max: number;
}

export function toModel(set: FigureSet, regencies: readonly AreaName[]): SpotlightModel {
  const figures = set.figures ?? [];
  const years = yearColumns(figures);
  const known = new Map(regencies.map((r) => [r.code, r.name]));
  const rows: SpotlightRegency[] = [];
  for (const code of regencyCodes(regencies, figures, set.request.filters.regencies)) {
    const byYear: Record<number, FigureRef> = {};
    for (const { year, period } of years) {
      byYear[year] = figures.find((f) => String(f.row.regency) === code && Number(f.row.year) === year) ?? {
        indicator: set.request.indicator,
        period,
        scope: scopeCode(set.request.filters, { regency: code }),
        value: 0,
      };
    }
    const last = years.at(-1);
    rows.push({ code, name: known.get(code) ?? code, byYear, latest: last ? (byYear[last.year] ?? null) : null });
  }
  const latestOf = (r: SpotlightRegency) => r.latest?.value ?? -1;
  rows.sort((a, b) => latestOf(b) - latestOf(a) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  let max = 0;
  for (const r of rows) for (const f of Object.values(r.byYear)) max = Math.max(max, f.value ?? 0);
  return { years, regencies: rows, max };
}

export const isEmpty = (model: SpotlightModel): boolean => model.years.length === 0 || model.regencies.length === 0;

/** Columns × rows of the small multiples: one cell per regency plus one for the year legend, about 4:3 cells. */
export function cellGrid(regencies: number): { cols: number; rows: number } {
  const cells = regencies + 1;
  const cols = Math.max(1, Math.ceil(Math.sqrt((cells * 4) / 3)));
  return { cols, rows: Math.ceil(cells / cols) };
}

export interface OptionContext {
  lang: Lang;
  theme: ThemeName;
  ariaDescription: string;
}

const pct = (n: number) => `${Math.round(n * 100) / 100}%`;

export function toOption(model: SpotlightModel, ctx: OptionContext): ChartOption {
  const { cols, rows } = cellGrid(model.regencies.length);
  const cellW = 100 / cols;
  const cellH = 100 / rows;
  // Inside a cell: the regency's name on top (the y-axis name), the bars below; axis labels stay inside the cell.
  const titleShare = 0.2;
  const yearText = (y: SpotlightYear) => String(y.year);
  const grids = model.regencies.map((_, i) => {
    const col = i % cols;
    const row = Math.floor(i / cols);
    return {
      left: pct(col * cellW + cellW * 0.04),
      width: pct(cellW * 0.92),
      top: pct(row * cellH + cellH * titleShare),
      height: pct(cellH * (1 - titleShare - 0.04)),
      outerBoundsMode: 'same',
    };
  });
  const legendCell = model.regencies.length;
  const legendLeft = pct((legendCell % cols) * cellW + cellW * 0.06);
  const legendTop = pct(Math.floor(legendCell / cols) * cellH + cellH * 0.06);
  return {
    aria: { enabled: true, label: { description: ctx.ariaDescription } },
    animationDuration: 300,
    animationDurationUpdate: 200,
    grid: grids,
    legend: {
      type: 'plain',
      orient: 'vertical',
      left: legendLeft,
      top: legendTop,
      selectedMode: false,
      data: model.years.map((y) => periodLabel(y.period, ctx.lang)),
    },
    xAxis: model.regencies.map((_, i) => ({
      type: 'category',
      gridIndex: i,
      data: model.years.map(yearText),
      axisTick: { show: false },
    })),
    // One scale for all: the same maximum on every small chart; the values are read from the bar labels. The axis
    // name above each chart is the regency's name (in the theme's axis text size, so it scales with the screen).
    yAxis: model.regencies.map((r, i) => ({
      type: 'value',
      gridIndex: i,
      min: 0,
      // Headroom above the tallest bar for its label, below the regency's name.
      max: Math.max(1, Math.ceil(model.max * 1.25)),
      name: r.name,
      nameLocation: 'end',
      nameTextStyle: { align: 'left', fontWeight: 600, color: TOKENS[ctx.theme].text },
      axisLabel: { show: false },
      splitLine: { show: false },
    })),
    // One series per year (the legend names each year's colour); a series has a bar in every regency's chart.
    series: model.years.flatMap((y, yi) =>
      model.regencies.map((r, i) => ({
        type: 'bar',
        name: periodLabel(y.period, ctx.lang),
        xAxisIndex: i,
        yAxisIndex: i,
        barWidth: '70%',
        barGap: '-100%',
        itemStyle: {
          color: yearColour(y.year, ctx.theme),
          ...(isIncomplete(y.period) ? { opacity: 0.55 } : {}),
        },
        data: model.years.map((_, j) => (j === yi ? (r.byYear[y.year]?.value ?? 0) : null)),
        label: {
          show: yi === model.years.length - 1 || yi === 0,
          position: 'top',
          formatter: () => formatValue('blankspot_villages', r.byYear[y.year]?.value ?? null, ctx.lang),
        },
      })),
    ),
  };
}

export function toTable(model: SpotlightModel, ctx: { lang: Lang; regencyLabel: string }): TableModel {
  return {
    columns: [
      { key: 'regency', label: ctx.regencyLabel },
      ...model.years.map((y) => ({ key: String(y.year), label: periodLabel(y.period, ctx.lang), numeric: true })),
    ],
    rows: model.regencies.map((r) => ({
      key: r.code,
      cells: [
        r.name,
        ...model.years.map((y) => {
          const f = r.byYear[y.year] as FigureRef;
          return { text: formatValue('blankspot_villages', f.value, ctx.lang), attrs: figureAttrs(f) };
        }),
      ],
    })),
  };
}
