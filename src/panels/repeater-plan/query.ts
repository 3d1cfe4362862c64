// Every GSM repeater unit (technology 'GSM repeater'), whatever its status, with its village and the village's
// best cellular signal before and after:
//   before = the year before installation; for a unit not yet installed (installed_on NULL), the latest survey year;
//   after  = the latest survey year, once that year has reached the installation year; none for a planned unit.
// "Latest survey year" is max(year) of village_coverage (from the data, not the clock). A village without a
// coverage row for that year gives NULL (shown as '–').
// Filters: year (budget year: the plan's year), regency, district, programme, technology, status.
import type { QueryRequest } from '../../data/engine-types.ts';
import { type Filters, predicate } from '../../filters/filters.ts';

export const PANEL_ID = 'repeater-plan';

export function repeaterPlanQuery(filters: Filters): QueryRequest {
  const p = predicate(filters, {
    year: 's.budget_year',
    regency: 'v.regency_code',
    district: 'v.district_code',
    programme: 's.programme',
    technology: 's.technology',
    status: 's.status',
  });
  const sql = `
WITH latest AS (SELECT max(year) AS y FROM village_coverage),
units AS (
  SELECT s.site_id, s.status, s.installed_on, s.village_code,
    v.name AS village_name, v.district_name, v.regency_code, r.name AS regency_name,
    CASE WHEN s.installed_on IS NULL THEN l.y ELSE year(s.installed_on) - 1 END AS before_year,
    CASE WHEN s.installed_on IS NOT NULL AND l.y >= year(s.installed_on) THEN l.y END AS after_year
  FROM sites s
  JOIN villages v ON v.village_code = s.village_code
  JOIN regencies r ON r.regency_code = v.regency_code
  CROSS JOIN latest l
  WHERE s.technology = 'GSM repeater' AND ${p.sql}
)
SELECT u.site_id, u.status, strftime(u.installed_on, '%Y-%m-%d') AS installed_on,
  u.village_code, u.village_name, u.district_name, u.regency_code, u.regency_name,
  CAST(u.before_year AS INTEGER) AS before_year, cb.best_signal AS before_signal,
  CAST(u.after_year AS INTEGER) AS after_year, ca.best_signal AS after_signal
FROM units u
LEFT JOIN village_coverage cb ON cb.village_code = u.village_code AND cb.year = u.before_year
LEFT JOIN village_coverage ca ON ca.village_code = u.village_code AND ca.year = u.after_year
ORDER BY u.regency_code, u.village_name, u.site_id`;
  return { sql, params: p.params, tables: ['sites', 'villages', 'regencies', 'village_coverage'] };
}
