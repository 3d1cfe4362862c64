// Every GSM repeater unit (technology 'GSM repeater'), whatever its status, with its village and the village's
// best cellular signal before and after: a row listing, not an indicator (its counts are repeaters_planned,
// repeaters_active and repeater_progress, src/indicators/defs/sites.ts, and it honours the same filters so the
// list and the headline always agree).
//   before = the year before installation; for a unit not yet installed (installed_on NULL), the latest survey year;
//   after  = the latest survey year, once that year has reached the installation year; none for a planned unit.
// "Latest survey year" is max(year) of village_coverage (from the data, not the clock). A village without a
// coverage row for that year gives NULL (shown as '–'). Columns: site_id, status, installed_on, village_code,
// village_name, district_name, regency_code, regency_name, before_year, before_signal, after_year, after_signal.
import type { QueryRequest } from '../../data/engine-types.ts';
import { type Filters, predicate } from '../../filters/filters.ts';
import { REPEATER } from '../defs/common.ts';
import { repeatersPlanned } from '../defs/sites.ts';
import { honoured } from '../resolve.ts';
import { SITE_SCOPE, SITES_FROM } from '../scopes.ts';

export const REPEATER_UNITS_LISTING = 'repeater-units';

/** The filters the list honours: those of repeaters_planned (the count of its rows). */
export const REPEATER_UNITS_FILTERS = repeatersPlanned.filters;

export function repeaterUnitsListing(filters: Filters): QueryRequest {
  const p = predicate(honoured(filters, REPEATER_UNITS_FILTERS), SITE_SCOPE);
  const sql = `
WITH latest AS (SELECT max(year) AS y FROM village_coverage),
units AS (
  SELECT s.site_id, s.status, s.installed_on, s.village_code,
    v.name AS village_name, v.district_name, v.regency_code, coalesce(r.name, v.regency_code) AS regency_name,
    CASE WHEN s.installed_on IS NULL THEN l.y ELSE year(s.installed_on) - 1 END AS before_year,
    CASE WHEN s.installed_on IS NOT NULL AND l.y >= year(s.installed_on) THEN l.y END AS after_year
  FROM ${SITES_FROM}
  LEFT JOIN regencies r ON r.regency_code = v.regency_code
  CROSS JOIN latest l
  WHERE ${REPEATER} AND ${p.sql}
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
