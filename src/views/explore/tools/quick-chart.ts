// The console's quick chart: the first column as categories, the second (numeric) as values, bar or line.
// Pure: result rows → an ECharts option for the Chart wrapper (src/ui/chart.tsx). Data text in the tooltip goes
// through escapeHtml; at most MAX_POINTS points are drawn.
import type { Cell, Row } from '../../../data/rows.ts';
import type { ChartOption } from '../../../ui/chart-types.ts';
import { escapeHtml } from '../../../ui/escape.ts';

export const MAX_POINTS = 500;

export interface QuickColumn {
  name: string;
  numeric: boolean;
}

export function canChart(columns: readonly QuickColumn[]): boolean {
  return columns.length >= 2 && columns[1]?.numeric === true;
}

export function quickChartOption(
  rows: readonly Row[],
  columns: readonly QuickColumn[],
  kind: 'bar' | 'line',
  ctx: { ariaLabel: string; formatValue: (n: number) => string },
): ChartOption | null {
  if (!canChart(columns)) return null;
  const x = (columns[0] as QuickColumn).name;
  const y = (columns[1] as QuickColumn).name;
  const data = rows.slice(0, MAX_POINTS);
  const label = (c: Cell | undefined) => (c === null || c === undefined ? '–' : String(c));
  return {
    aria: { enabled: true, label: { description: ctx.ariaLabel } },
    animation: false,
    grid: { left: 12, right: 24, top: 32, bottom: 12, containLabel: true },
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const p = (Array.isArray(params) ? params[0] : params) as { dataIndex: number } | undefined;
        const row = p ? data[p.dataIndex] : undefined;
        if (!row) return '';
        const v = row[y];
        return `${escapeHtml(label(row[x]))}<br/>${escapeHtml(y)}: ${typeof v === 'number' ? escapeHtml(ctx.formatValue(v)) : '–'}`;
      },
    },
    xAxis: { type: 'category', data: data.map((r) => label(r[x])) },
    yAxis: { type: 'value', name: y },
    series: [
      {
        type: kind,
        name: y,
        data: data.map((r) => (typeof r[y] === 'number' ? r[y] : null)),
        showSymbol: kind === 'line' && data.length <= 60,
      },
    ],
  };
}
