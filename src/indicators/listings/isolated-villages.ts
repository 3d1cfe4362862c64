// Isolated villages (villages.isolated) with the sites that serve them: one row per isolated village, with its first
// site in service (installed, status active or offline — as `sites_in_service` counts them), how many of its sites
// are in service, and its best cellular signal in the latest survey year (max(year) of village_coverage, from the
// data, never the clock; NULL when the village has no row that year). A listing, not an indicator: the rows are
// shown as a table. Honours the regency and district filters (VILLAGE_SCOPE); the other filters do not apply.
import type { QueryRequest } from '../../data/engine-types.ts';
import { type Filters, predicate } from '../../filters/filters.ts';
import { IN_SERVICE } from '../defs/common.ts';
import { VILLAGE_SCOPE } from '../scopes.ts';

export const ISOLATED_VILLAGES = 'isolated-villages';

/** The filter dimensions the listing honours (the rest are said to be ignored on screen). */
export const ISOLATED_VILLAGES_FILTERS = ['regency', 'district'] as const;

/**
 * Columns: village_code, village_name, district_name, regency_code, regency_name, site_id, programme, technology,
 * installed_on ('YYYY-MM-DD' of the first site in service; NULL when none), sites (sites in service),
 * coverage_year (latest survey year; NULL without coverage data), best_signal.
 */
export function isolatedVillagesQuery(filters: Filters): QueryRequest {
  const place = predicate(filters, { regency: VILLAGE_SCOPE.regency, district: VILLAGE_SCOPE.district });
  const sql = `
WITH latest AS (SELECT max(c.year) AS y FROM village_coverage c),
serving AS (
  SELECT s.village_code, s.programme, s.technology, s.installed_on, s.site_id,
    row_number() OVER (PARTITION BY s.village_code ORDER BY s.installed_on, s.site_id) AS k,
    count(*) OVER (PARTITION BY s.village_code) AS sites
  FROM sites s
  WHERE ${IN_SERVICE}
)
SELECT v.village_code, v.name AS village_name, v.district_name, v.regency_code, r.name AS regency_name,
  sv.site_id, sv.programme, sv.technology, strftime(sv.installed_on, '%Y-%m-%d') AS installed_on,
  CAST(coalesce(sv.sites, 0) AS INTEGER) AS sites,
  CAST(l.y AS INTEGER) AS coverage_year, c.best_signal
FROM villages v
JOIN regencies r ON r.regency_code = v.regency_code
CROSS JOIN latest l
LEFT JOIN serving sv ON sv.village_code = v.village_code AND sv.k = 1
LEFT JOIN village_coverage c ON c.village_code = v.village_code AND c.year = l.y
WHERE v.isolated AND ${place.sql}
ORDER BY v.regency_code, v.name, v.village_code`;
  return { sql, params: place.params, tables: ['villages', 'regencies', 'sites', 'village_coverage'] };
}
