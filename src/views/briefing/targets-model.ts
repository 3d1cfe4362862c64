// Pure: the catalog's plan figures (plan_installations, planned_installations, plan_progress) → the rows of the
// targets slide: the province per year, the regencies in the latest year with regency plans, the regency plans
// added up — and the bars their charts draw (src/panels/installations-by-regency/targets-option.ts) and the tables
// that show exactly those figures, each number with its data-* attributes.
// A year or regency with a plan but no programme site installed has no plan_installations row: its count is 0,
// shown as the indicator's figure for that period and scope (what its definition gives).

import { NO_FILTERS } from '../../filters/filters.ts';
import type { Lang } from '../../i18n/format.ts';
import { periodLabel } from '../../indicators/describe.ts';
import { type FigureRef, figureAttrs, scopeCode } from '../../indicators/figure.ts';
import { yearCode } from '../../indicators/period.ts';
import { type PlanBar, type Variance, varianceOf } from '../../panels/installations-by-regency/targets-option.ts';
import type { TableCell, TableModel } from '../../ui/table-model.ts';
import { atYear, hasValue, regencyOf, yearOf } from './figures.ts';
import type { PlanFigures } from './narrative-programme.ts';
import { figureText } from './sentence.ts';

const SUM_KEY = 'regency-plan-sum';

export interface PlanRow {
  key: string;
  label: string;
  installed: FigureRef | null;
  planned: FigureRef | null;
  progress: FigureRef | null;
  variance: Variance;
}

function row(
  key: string,
  label: string,
  installed: FigureRef | null,
  planned: FigureRef | null,
  progress: FigureRef | null,
  zero: FigureRef,
): PlanRow {
  const inst = installed ?? (hasValue(planned) ? zero : null);
  return {
    key,
    label,
    installed: inst,
    planned,
    progress,
    variance: hasValue(progress) ? varianceOf(progress.value) : 'none',
  };
}

/** The province per year, up to the data year (future plans are not progress yet). */
export function provinceRows(plan: PlanFigures, sitesAsOf: string, lang: Lang): PlanRow[] {
  const dataYear = Number(sitesAsOf.slice(0, 4));
  const years = [...new Set([...plan.planned, ...plan.installed].map(yearOf))].filter((y) => y <= dataYear).sort();
  return years.map((y) => {
    const installed = atYear(plan.installed, y);
    const code = installed?.period ?? yearCode(y, sitesAsOf);
    return row(String(y), periodLabel(code, lang), installed, atYear(plan.planned, y), atYear(plan.progress, y), {
      indicator: 'plan_installations',
      period: code,
      scope: '',
      value: 0,
    });
  });
}

/** Every regency in year `year`: lowest progress first, regencies without a plan last (then by code). */
export function regencyRows(
  plan: PlanFigures,
  year: number,
  regencies: readonly { code: string; name: string }[],
  sitesAsOf: string,
): PlanRow[] {
  const at = (refs: readonly FigureRef[], code: string) =>
    refs.find((r) => yearOf(r) === year && regencyOf(r) === code) ?? null;
  const rows = regencies.map((r) =>
    row(r.code, r.name, at(plan.installed, r.code), at(plan.planned, r.code), at(plan.progress, r.code), {
      indicator: 'plan_installations',
      period: yearCode(year, sitesAsOf),
      scope: scopeCode(NO_FILTERS, { regency: r.code }),
      value: 0,
    }),
  );
  const pct = (r: PlanRow) => (hasValue(r.progress) ? Math.round(r.progress.value) : Number.POSITIVE_INFINITY);
  return rows.sort((a, b) => pct(a) - pct(b) || a.key.localeCompare(b.key));
}

export function toBars(rows: readonly PlanRow[]): PlanBar[] {
  return rows.map((r) => ({
    key: r.key,
    label: r.label,
    installed: r.installed?.value ?? null,
    planned: r.planned?.value ?? null,
    percent: r.progress?.value ?? null,
    variance: r.variance,
  }));
}

export interface PlanTableLabels {
  key: string;
  installed: string;
  planned: string;
  percent: string;
  class: string;
  variance: Record<Variance, string>;
}

const cell = (ref: FigureRef | null, lang: Lang): string | TableCell =>
  ref ? { text: figureText(ref, lang), attrs: figureAttrs(ref) } : '–';

/** One row per bar (and per regency without a plan); extra rows (the regency plans added up, the province). */
export function planTable(
  rows: readonly PlanRow[],
  labels: PlanTableLabels,
  lang: Lang,
  extra: readonly PlanRow[] = [],
): TableModel {
  return {
    columns: [
      { key: 'key', label: labels.key },
      { key: 'installed', label: labels.installed, numeric: true },
      { key: 'planned', label: labels.planned, numeric: true },
      { key: 'percent', label: labels.percent, numeric: true },
      { key: 'class', label: labels.class },
    ],
    rows: [...rows, ...extra].map((r) => ({
      key: r.key,
      cells: [
        r.label,
        cell(r.installed, lang),
        cell(r.planned, lang),
        cell(r.progress, lang),
        r.key === SUM_KEY ? '' : labels.variance[r.variance],
      ],
    })),
  };
}

/** The extra rows of the regency table: the regency plans added up, and the province, in the same year. */
export function regencyTableExtras(
  province: PlanFigures,
  regencyPlanSum: readonly FigureRef[],
  year: number,
  labels: { sum: string; province: string },
  sitesAsOf: string,
): PlanRow[] {
  const sum = atYear(regencyPlanSum, year);
  const installed = atYear(province.installed, year);
  return [
    { key: SUM_KEY, label: labels.sum, installed: null, planned: sum, progress: null, variance: 'none' },
    row('province', labels.province, installed, atYear(province.planned, year), atYear(province.progress, year), {
      indicator: 'plan_installations',
      period: yearCode(year, sitesAsOf),
      scope: '',
      value: 0,
    }),
  ];
}
