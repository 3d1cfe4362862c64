// One village in the drill-down (#/explore): its facts with its signal history (one row per survey year), and its
// sites with a monthly uptime summary. Listings rather than indicators: per-village and per-site rows.
// The site rows follow the site filters as the sites table does (src/indicators/listings/sites-table.ts). Their
// uptime reads the per-site monthly cube site_daily_by_site_month (src/data/rollups.ts: sum and count of each
// site's days per month, written at publish time), never the raw site_daily.
import type { QueryRequest } from '../../data/engine-types.ts';
import { SITE_MONTHS } from '../../data/rollups.ts';
import type { Filters } from '../../filters/filters.ts';
import { siteFilter } from './sites-table.ts';

export const VILLAGE_HISTORY = 'village-history';
export const VILLAGE_SITES = 'village-sites';

/** One village with its district and regency names and its coverage history (one row per survey year). */
export function villageHistoryQuery(villageCode: string): QueryRequest {
  const sql = `
SELECT v.village_code AS code, v.name, v.district_code, v.district_name, v.regency_code, r.name AS regency_name,
  v.kind, v.isolated, c.year, c.best_signal, c.is_blankspot
FROM villages v
JOIN regencies r ON r.regency_code = v.regency_code
LEFT JOIN village_coverage c ON c.village_code = v.village_code
WHERE v.village_code = ?
ORDER BY c.year`;
  return { sql, params: [villageCode], tables: ['villages', 'regencies', 'village_coverage'] };
}

/** Calendar months in the uptime summary, the month of the last telemetry day included: the cube's window. */
export const SUMMARY_MONTHS = SITE_MONTHS;

/**
 * The village's sites (site filters apply) with their monthly mean uptime over the last SUMMARY_MONTHS calendar
 * months of telemetry (counted back from the month of the last day in site_daily): one row per site and month,
 * and one row with month NULL for a site without telemetry in the window. uptime_12m is the mean over all the
 * site's days in the window (not the mean of the monthly means). first_month is the window's first month.
 */
export function villageSitesQuery(villageCode: string, filters: Filters): QueryRequest {
  const site = siteFilter(filters);
  // The window's bounds are on every cube row (the same for all): no row means no telemetry at all (NULL, as
  // max(date) over an empty site_daily).
  const sql = `
WITH win AS (
  SELECT max(m.window_from) AS first_month, max(m.window_to) AS last_day FROM site_daily_by_site_month m
),
chosen AS (
  SELECT s.* FROM sites s WHERE s.village_code = ? AND ${site.sql}
),
monthly AS (
  SELECT m.site_id, m.month, m.uptime_sum, m.site_days AS days
  FROM site_daily_by_site_month m
  JOIN chosen c ON c.site_id = m.site_id
)
SELECT c.site_id, c.programme, c.technology, c.status, c.budget_year, c.installed_on, c.bandwidth_mbps,
  strftime(m.month, '%Y-%m') AS month, m.uptime_sum / m.days AS uptime, CAST(m.days AS INTEGER) AS days,
  sum(m.uptime_sum) OVER (PARTITION BY c.site_id) / sum(m.days) OVER (PARTITION BY c.site_id) AS uptime_12m,
  strftime(w.first_month, '%Y-%m') AS first_month
FROM chosen c
CROSS JOIN win w
LEFT JOIN monthly m ON m.site_id = c.site_id
ORDER BY c.site_id, month`;
  return { sql, params: [villageCode, ...site.params], tables: ['sites', 'site_daily_by_site_month'] };
}
