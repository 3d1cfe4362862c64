// Pure query builders for the drill-down: province → regencies → districts → villages → one village's sites with
// their history. The drilled code is a bound parameter; the level picks column expressions from the whitelist
// below. Filters apply as in the tables (tables-query.ts).
import type { QueryRequest } from '../../data/engine-types.ts';
import type { Filters } from '../../filters/filters.ts';
import { latestCoverageYear, placePredicate, restrictsVillagesToSites, sitePredicate } from './tables-query.ts';

export type AreaLevel = 'province' | 'regency' | 'district';

/** What each level lists: the area code and name columns, and the scope (bound to the drilled code). */
const LEVELS: Record<AreaLevel, { code: string; name: string; scope: string | null }> = {
  province: { code: 'v.regency_code', name: 'r.name', scope: null },
  regency: { code: 'v.district_code', name: 'v.district_name', scope: 'v.regency_code = ?' },
  district: { code: 'v.village_code', name: 'v.name', scope: 'v.district_code = ?' },
};

/**
 * The areas one level down from `code` (null = the province): code, name, villages, blankspot (villages without
 * cellular signal in the latest coverage year), sites (matching the site filters), coverage_year; and, meaningful
 * where each area is one village (district level): kind, isolated, best_signal.
 */
export function areasQuery(level: AreaLevel, code: string | null, filters: Filters): QueryRequest {
  const l = LEVELS[level];
  if (l.scope !== null && code === null) throw new Error(`Drill-down level ${level} needs a code`);
  const latest = latestCoverageYear(filters);
  const site = sitePredicate(filters);
  const place = placePredicate(filters);
  const sql = `
WITH latest AS (${latest.sql}),
site_counts AS (
  SELECT s.village_code, CAST(count(*) AS INTEGER) AS sites
  FROM sites s
  WHERE ${site.sql}
  GROUP BY s.village_code
)
SELECT ${l.code} AS code, min(${l.name}) AS name,
  CAST(count(*) AS INTEGER) AS villages,
  CAST(count(*) FILTER (WHERE c.is_blankspot) AS INTEGER) AS blankspot,
  CAST(coalesce(sum(sc.sites), 0) AS INTEGER) AS sites,
  CAST(min(l.year) AS INTEGER) AS coverage_year,
  min(v.kind) AS kind, bool_or(v.isolated) AS isolated, min(c.best_signal) AS best_signal
FROM villages v
JOIN regencies r ON r.regency_code = v.regency_code
CROSS JOIN latest l
LEFT JOIN village_coverage c ON c.village_code = v.village_code AND c.year = l.year
LEFT JOIN site_counts sc ON sc.village_code = v.village_code
WHERE ${l.scope ?? 'TRUE'} AND ${place.sql}${restrictsVillagesToSites(filters) ? ' AND sc.sites IS NOT NULL' : ''}
GROUP BY ${l.code}
ORDER BY code`;
  return {
    sql,
    params: [...latest.params, ...site.params, ...(l.scope !== null ? [code] : []), ...place.params],
    tables: ['villages', 'regencies', 'village_coverage', 'sites'],
  };
}

/** One village with its district and regency names and its coverage history (one row per survey year). */
export function villageQuery(villageCode: string): QueryRequest {
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

/** Calendar months in the uptime summary, the month of the last telemetry day included. */
export const SUMMARY_MONTHS = 12;

/**
 * The village's sites (site filters apply) with their monthly mean uptime over the last SUMMARY_MONTHS calendar
 * months of telemetry (counted back from the month of the last day in site_daily): one row per site and month,
 * and one row with month NULL for a site without telemetry in the window. uptime_12m is the mean over all the
 * site's days in the window (not the mean of the monthly means). first_month is the window's first month.
 */
export function villageSitesQuery(villageCode: string, filters: Filters): QueryRequest {
  const site = sitePredicate(filters);
  const sql = `
WITH last_day AS (SELECT max(date) AS d FROM site_daily),
win AS (
  SELECT CAST(date_trunc('month', d) - INTERVAL ${SUMMARY_MONTHS - 1} MONTH AS DATE) AS first_month, d AS last_day
  FROM last_day
),
chosen AS (
  SELECT s.* FROM sites s WHERE s.village_code = ? AND ${site.sql}
),
monthly AS (
  SELECT d.site_id, CAST(date_trunc('month', d.date) AS DATE) AS month,
    sum(d.uptime_pct) AS uptime_sum, count(*) AS days
  FROM site_daily d
  JOIN chosen c ON c.site_id = d.site_id
  CROSS JOIN win w
  WHERE d.date >= w.first_month AND d.date <= w.last_day
  GROUP BY d.site_id, month
)
SELECT c.site_id, c.programme, c.technology, c.status, c.budget_year, c.installed_on, c.bandwidth_mbps,
  strftime(m.month, '%Y-%m') AS month, m.uptime_sum / m.days AS uptime, CAST(m.days AS INTEGER) AS days,
  sum(m.uptime_sum) OVER (PARTITION BY c.site_id) / sum(m.days) OVER (PARTITION BY c.site_id) AS uptime_12m,
  strftime(w.first_month, '%Y-%m') AS first_month
FROM chosen c
CROSS JOIN win w
LEFT JOIN monthly m ON m.site_id = c.site_id
ORDER BY c.site_id, month`;
  return { sql, params: [villageCode, ...site.params], tables: ['sites', 'site_daily'] };
}
