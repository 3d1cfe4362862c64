// The one place where filter dimensions and breakdowns meet column expressions. Three scopes cover every
// indicator: a site (sites s JOIN villages v), a village (villages v, with its coverage row c) and a telemetry cell
// of the rollups (r). Column expressions are written here; filter values only arrive as bound parameters.
import type { Cell } from '../data/rows.ts';
import { type Dimension, predicate, type SqlFragment } from '../filters/filters.ts';
import type { Breakdown, DateRange, ResolvedRequest } from './types.ts';

export type ScopeColumns = Partial<Record<Dimension | Breakdown, string>>;

/** A site and its village: `FROM sites s JOIN villages v ON v.village_code = s.village_code`. */
export const SITE_SCOPE: ScopeColumns = {
  regency: 'v.regency_code',
  district: 'v.district_code',
  programme: 's.programme',
  technology: 's.technology',
  status: 's.status',
};

/** A village: `FROM villages v`. */
export const VILLAGE_SCOPE: ScopeColumns = { regency: 'v.regency_code', district: 'v.district_code' };

/** A cell of the telemetry rollups (src/data/rollups.ts), alias r. */
export const CELL_SCOPE: ScopeColumns = {
  regency: 'r.regency_code',
  district: 'r.district_code',
  programme: 'r.programme',
  technology: 'r.technology',
  status: 'r.status',
};

export const SITES_FROM = 'sites s JOIN villages v ON v.village_code = s.village_code';

/** The request's (honoured) filters as one predicate over a scope, the year filter on `year` when given. */
export function where(req: ResolvedRequest, scope: ScopeColumns, year?: string): SqlFragment {
  return predicate(req.filters, year ? { ...scope, year } : scope);
}

/** `column BETWEEN from AND to` for a DATE column (TRUE without a range). */
export function dateRange(column: string, range: DateRange | null): SqlFragment {
  if (!range) return { sql: 'TRUE', params: [] };
  return { sql: `${column} BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)`, params: [range.from, range.to] };
}

/** The calendar years a range touches, on an INTEGER year column (TRUE without a range). */
export function yearRange(column: string, range: DateRange | null): SqlFragment {
  if (!range) return { sql: 'TRUE', params: [] };
  return {
    sql: `${column} BETWEEN ? AND ?`,
    params: [Number(range.from.slice(0, 4)), Number(range.to.slice(0, 4))],
  };
}

/** SELECT and GROUP BY lists for the breakdowns (empty strings when there are none). */
export function groupBy(by: readonly Breakdown[], columns: ScopeColumns): { select: string; group: string } {
  if (by.length === 0) return { select: '', group: '' };
  const exprs = by.map((b) => {
    const expr = columns[b];
    if (!expr) throw new Error(`breakdown "${b}" has no column in this scope`);
    return [b, expr] as const;
  });
  return {
    select: `${exprs.map(([b, e]) => `${e} AS "${b}"`).join(', ')}, `,
    group: `GROUP BY ${exprs.map(([, e]) => e).join(', ')}`,
  };
}

/** ORDER BY the breakdown columns, in order (stable output for tables and tests). */
export function orderBy(by: readonly Breakdown[]): string {
  return by.length === 0 ? '' : `ORDER BY ${by.map((b) => `"${b}"`).join(', ')}`;
}

/** Joins fragments with AND, keeping their parameters in text order. */
export function and(...parts: SqlFragment[]): SqlFragment {
  const kept = parts.filter((p) => p.sql !== 'TRUE');
  return {
    sql: kept.length ? kept.map((p) => p.sql).join(' AND ') : 'TRUE',
    params: kept.flatMap((p) => p.params) as Cell[],
  };
}
