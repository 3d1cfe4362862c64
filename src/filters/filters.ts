// Filter state shared by every panel, and the one way it reaches SQL: a predicate with `?` placeholders and a list
// of bound values. Column expressions come from the panel's code (a whitelist), never from the URL or the user.
import type { Cell } from '../data/rows.ts';

export interface Filters {
  yearFrom: number | null;
  yearTo: number | null;
  regencies: readonly string[];
  districts: readonly string[];
  programmes: readonly string[];
  technologies: readonly string[];
  statuses: readonly string[];
}

export type Dimension = 'year' | 'regency' | 'district' | 'programme' | 'technology' | 'status';

export const NO_FILTERS: Filters = {
  yearFrom: null,
  yearTo: null,
  regencies: [],
  districts: [],
  programmes: [],
  technologies: [],
  statuses: [],
};

export interface SqlFragment {
  sql: string;
  params: Cell[];
}

const uniqueSorted = (xs: readonly string[]) => [...new Set(xs)].sort();

/** Canonical form (sorted, de-duplicated lists) so that equal filters give equal query keys. */
export function normaliseFilters(f: Filters): Filters {
  let { yearFrom, yearTo } = f;
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
  return {
    yearFrom,
    yearTo,
    regencies: uniqueSorted(f.regencies),
    districts: uniqueSorted(f.districts),
    programmes: uniqueSorted(f.programmes),
    technologies: uniqueSorted(f.technologies),
    statuses: uniqueSorted(f.statuses),
  };
}

const LIST_DIMENSIONS: readonly [Dimension, keyof Filters][] = [
  ['regency', 'regencies'],
  ['district', 'districts'],
  ['programme', 'programmes'],
  ['technology', 'technologies'],
  ['status', 'statuses'],
];

/**
 * `columns` maps each dimension this panel can filter on to a column expression written in the panel's code.
 * Dimensions without a column are ignored by that panel. Returns `TRUE` when nothing applies.
 */
export function predicate(filters: Filters, columns: Partial<Record<Dimension, string>>): SqlFragment {
  const f = normaliseFilters(filters);
  const parts: string[] = [];
  const params: Cell[] = [];
  if (columns.year) {
    if (f.yearFrom !== null) {
      parts.push(`${columns.year} >= ?`);
      params.push(f.yearFrom);
    }
    if (f.yearTo !== null) {
      parts.push(`${columns.year} <= ?`);
      params.push(f.yearTo);
    }
  }
  for (const [dim, key] of LIST_DIMENSIONS) {
    const column = columns[dim];
    const values = f[key] as readonly string[];
    if (!column || values.length === 0) continue;
    parts.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  }
  return { sql: parts.length ? parts.join(' AND ') : 'TRUE', params };
}

/** The values selected on one list dimension (the marks a chart of that dimension highlights). */
export function selectedValues(filters: Filters, dimension: Exclude<Dimension, 'year'>): readonly string[] {
  const f = normaliseFilters(filters);
  return dimension === 'regency'
    ? f.regencies
    : dimension === 'district'
      ? f.districts
      : dimension === 'programme'
        ? f.programmes
        : dimension === 'technology'
          ? f.technologies
          : f.statuses;
}

/**
 * Cross-filtering leaves out a chart's own clause (as Mosaic's cross-filter does): a chart that shows the regencies
 * and lets one click a regency asks for every regency, whatever regencies are selected, so the selection can be
 * highlighted among the others and changed with the next click; every other filter still applies to it, and every
 * other chart applies this one's selection. `own` names the dimensions the chart itself selects on.
 */
export function withoutOwnSelection(filters: Filters, own: readonly Dimension[]): Filters {
  const f = normaliseFilters(filters);
  const drop = (d: Dimension) => own.includes(d);
  return {
    yearFrom: drop('year') ? null : f.yearFrom,
    yearTo: drop('year') ? null : f.yearTo,
    regencies: drop('regency') ? [] : f.regencies,
    districts: drop('district') ? [] : f.districts,
    programmes: drop('programme') ? [] : f.programmes,
    technologies: drop('technology') ? [] : f.technologies,
    statuses: drop('status') ? [] : f.statuses,
  };
}
