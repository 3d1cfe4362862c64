// The target columns of `targets` (planned installations, blankspot target) for a request.
import type { QueryRequest } from '../../data/engine-types.ts';
import { and, orderBy, where, yearRange } from '../scopes.ts';
import type { ResolvedRequest } from '../types.ts';

/**
 * A target column of `targets`: the province row (regency_code NULL) without a regency filter or breakdown; per
 * regency with the regency breakdown; with a regency filter, the sum of the selected regencies' rows for a year only
 * when every selected regency has one (else no figure).
 */
export function targetColumn(req: ResolvedRequest, column: 'planned_installations' | 'blankspot_target'): QueryRequest {
  const years = and(where(req, {}, 't.year'), yearRange('t.year', req.range));
  const byYear = req.by.includes('year');
  const byRegency = req.by.includes('regency');
  const regencies = req.filters.regencies;
  // A target is a stock: without a year breakdown it is the latest target year in range. A plan is a flow: summed
  // over the years in range. Every row says which years it covers (period_from, period_to).
  const latestOnly = column === 'blankspot_target' && !byYear;
  const place = regencies.length
    ? { sql: `t.regency_code IN (${regencies.map(() => '?').join(', ')})`, params: [...regencies] as string[] }
    : byRegency
      ? { sql: 't.regency_code IS NOT NULL', params: [] }
      : { sql: 't.regency_code IS NULL', params: [] };
  const rows = and(years, place);
  // With a regency filter and no regency breakdown, a year counts only when every selected regency has a value.
  const complete = regencies.length > 0 && !byRegency;
  const sql = `
WITH per AS (
  SELECT t.year, ${byRegency ? 't.regency_code' : 'NULL'} AS regency,
    CASE WHEN ${complete ? 'count(t.' + column + ') = ?' : 'TRUE'} THEN sum(t.${column}) END AS v
  FROM targets t WHERE ${rows.sql}
  GROUP BY t.year${byRegency ? ', t.regency_code' : ''}
),
picked AS (
  SELECT * FROM per ${latestOnly ? 'WHERE year = (SELECT max(year) FROM per)' : ''}
)
SELECT ${byYear ? 'year AS "year", ' : ''}${byRegency ? 'regency AS "regency", ' : ''}
  CAST(CASE WHEN count(*) = count(v) THEN sum(v) END AS INTEGER) AS value,
  strftime(make_date(CAST(min(year) AS BIGINT), 1, 1), '%Y-%m-%d') AS period_from,
  strftime(make_date(CAST(max(year) AS BIGINT), 12, 31), '%Y-%m-%d') AS period_to
FROM picked
${byYear || byRegency ? `GROUP BY ${[byYear ? 'year' : null, byRegency ? 'regency' : null].filter(Boolean).join(', ')}` : ''}
${orderBy(req.by)}`;
  return { sql, params: [...(complete ? [regencies.length] : []), ...rows.params], tables: ['targets'] };
}
