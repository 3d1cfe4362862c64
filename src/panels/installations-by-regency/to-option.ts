// Pure: query rows → a model → the ECharts option and the table that shows exactly the figures drawn.

import type { Row } from '../../data/rows.ts';
import type { Lang } from '../../i18n/format.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { ChartOption } from '../../ui/chart-types.ts';
import { escapeHtml } from '../../ui/escape.ts';
import type { TableModel } from '../../ui/table-model.ts';

export interface RegencyInstallations {
  code: string;
  name: string;
  byYear: Record<number, number>;
  total: number;
}

export interface InstallationsModel {
  years: number[];
  /** Sorted by total descending, then by code, so the largest bar is first. */
  regencies: RegencyInstallations[];
}

export function toModel(rows: readonly Row[]): InstallationsModel {
  const byCode = new Map<string, RegencyInstallations>();
  const years = new Set<number>();
  for (const row of rows) {
    const code = String(row.regency_code);
    let r = byCode.get(code);
    if (!r) {
      r = { code, name: String(row.regency_name), byYear: {}, total: 0 };
      byCode.set(code, r);
    }
    if (row.year !== null && row.year !== undefined) {
      const year = Number(row.year);
      const sites = Number(row.sites);
      years.add(year);
      r.byYear[year] = (r.byYear[year] ?? 0) + sites;
      r.total += sites;
    }
  }
  const regencies = [...byCode.values()].sort((a, b) => b.total - a.total || a.code.localeCompare(b.code));
  return { years: [...years].sort((a, b) => a - b), regencies };
}

/** The regency code of the bar at `dataIndex` (a click on the chart), or null. */
export function regencyAt(model: InstallationsModel, dataIndex: number | undefined): string | null {
  return dataIndex === undefined ? null : (model.regencies[dataIndex]?.code ?? null);
}

/** The year of a legend entry (series name made by `yearLabel`), or null. */
export function yearOfSeries(
  model: InstallationsModel,
  name: string,
  yearLabel: (year: number) => string,
): number | null {
  return model.years.find((y) => yearLabel(y) === name) ?? null;
}

export interface OptionContext {
  lang: Lang;
  yearLabel: (year: number) => string;
  totalLabel: string;
  ariaDescription: string;
}

export function toOption(model: InstallationsModel, ctx: OptionContext): ChartOption {
  // Horizontal bars: long regency names stay readable; largest on top.
  const names = model.regencies.map((r) => r.name);
  return {
    aria: { enabled: true, label: { description: ctx.ariaDescription } },
    animationDuration: 300,
    animationDurationUpdate: 200,
    grid: { left: 8, right: 48, top: 36, bottom: 8, outerBoundsMode: 'same' },
    legend: { top: 0, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => tooltipHtml(params, model, ctx),
    },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => formatNumber(v, ctx.lang, 0) } },
    yAxis: { type: 'category', data: names, inverse: true, axisTick: { show: false } },
    series: model.years.map((year, i) => ({
      type: 'bar',
      name: ctx.yearLabel(year),
      stack: 'installed',
      emphasis: { focus: 'series' },
      data: model.regencies.map((r) => r.byYear[year] ?? 0),
      label:
        i === model.years.length - 1
          ? {
              show: true,
              position: 'right',
              formatter: (p: { dataIndex: number }) =>
                formatNumber(model.regencies[p.dataIndex]?.total ?? 0, ctx.lang, 0),
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
  const lines = model.years.map(
    (y) => `${escapeHtml(ctx.yearLabel(y))}: <b>${formatNumber(r.byYear[y] ?? 0, ctx.lang, 0)}</b>`,
  );
  lines.push(`${escapeHtml(ctx.totalLabel)}: <b>${formatNumber(r.total, ctx.lang, 0)}</b>`);
  return `<b>${escapeHtml(r.name)}</b><br/>${lines.join('<br/>')}`;
}

export function toTable(model: InstallationsModel, ctx: OptionContext & { regencyLabel: string }): TableModel {
  return {
    columns: [
      { key: 'regency', label: ctx.regencyLabel },
      ...model.years.map((y) => ({ key: String(y), label: ctx.yearLabel(y), numeric: true })),
      { key: 'total', label: ctx.totalLabel, numeric: true },
    ],
    rows: model.regencies.map((r) => ({
      key: r.code,
      cells: [
        r.name,
        ...model.years.map((y) => formatNumber(r.byYear[y] ?? 0, ctx.lang, 0)),
        formatNumber(r.total, ctx.lang, 0),
      ],
    })),
  };
}
