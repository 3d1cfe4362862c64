// Installed sites per regency and year of installation. Planned sites (no installed_on) are not installations;
// decommissioned sites still count in the year they were installed. Every regency appears, also with no sites.
import type { QueryRequest } from '../../data/engine-types.ts';
import { type Filters, predicate } from '../../filters/filters.ts';

export const PANEL_ID = 'installations-by-regency';

export function installationsQuery(filters: Filters): QueryRequest {
  const inner = predicate(filters, {
    year: 'year(s.installed_on)',
    regency: 'v.regency_code',
    district: 'v.district_code',
    programme: 's.programme',
    technology: 's.technology',
    status: 's.status',
  });
  const outer = predicate(filters, { regency: 'r.regency_code' });
  const sql = `
WITH installed AS (
  SELECT v.regency_code, CAST(year(s.installed_on) AS INTEGER) AS year, CAST(count(*) AS INTEGER) AS sites
  FROM sites s JOIN villages v ON v.village_code = s.village_code
  WHERE s.installed_on IS NOT NULL AND ${inner.sql}
  GROUP BY v.regency_code, year(s.installed_on)
)
SELECT r.regency_code, r.name AS regency_name, i.year, coalesce(i.sites, 0) AS sites
FROM regencies r LEFT JOIN installed i ON i.regency_code = r.regency_code
WHERE ${outer.sql}
ORDER BY r.regency_code, i.year`;
  return { sql, params: [...inner.params, ...outer.params], tables: ['sites', 'villages', 'regencies'] };
}
