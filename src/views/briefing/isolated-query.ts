// Isolated villages (villages.isolated) with the sites that serve them: one row per isolated village, with its
// first installed, not decommissioned site (programme, technology, date) and its best cellular signal in the latest
// survey year (max(year) of village_coverage — from the data, not the clock; NULL when the village has no row then).
import type { QueryRequest } from '../../data/engine-types.ts';
import type { Filters } from '../../filters/filters.ts';

export const ISOLATED_QUERY_ID = 'briefing-isolated';

export function isolatedQuery(_filters?: Filters): QueryRequest {
  const sql = `
WITH latest AS (SELECT max(year) AS y FROM village_coverage),
serving AS (
  SELECT s.village_code, s.programme, s.technology, s.installed_on, s.site_id,
    row_number() OVER (PARTITION BY s.village_code ORDER BY s.installed_on, s.site_id) AS k,
    count(*) OVER (PARTITION BY s.village_code) AS sites
  FROM sites s
  WHERE s.installed_on IS NOT NULL AND s.status <> 'decommissioned'
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
WHERE v.isolated
ORDER BY v.regency_code, v.name, v.village_code`;
  return { sql, params: [], tables: ['villages', 'regencies', 'sites', 'village_coverage'] };
}
