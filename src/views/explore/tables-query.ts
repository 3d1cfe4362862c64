// Pure query builders for the two tables of the analyst workspace (villages, sites). Filter values only arrive as
// bound parameters through predicate(); column expressions are written here.
//
// How the filters apply:
//   regency, district   → the village of the row (villages table) or of the site (sites table);
//   programme, tech,
//   status, year        → the sites: a site's year is its installation year, or its budget year while it is not
//                          installed; the villages table counts only the sites that pass, and when a programme,
//                          technology or status filter is set it lists only villages with at least one such site;
//   year                → also picks the coverage year: the latest survey year inside the year range (else the
//                          latest overall) gives each village's best signal and blankspot flag.
// Mean uptime over the last 30 days is counted back from the last day in site_daily (not from today), so sample
// or late data still show a figure; a site that sent nothing in that window has NULL, never 0.
import type { QueryRequest } from '../../data/engine-types.ts';
import { type Filters, normaliseFilters, predicate, type SqlFragment } from '../../filters/filters.ts';

/** A site's year for the year filter: installed → installation year; not yet installed → budget year. */
export const SITE_YEAR = 'coalesce(CAST(year(s.installed_on) AS INTEGER), s.budget_year)';

export function sitePredicate(filters: Filters): SqlFragment {
  return predicate(filters, {
    year: SITE_YEAR,
    programme: 's.programme',
    technology: 's.technology',
    status: 's.status',
  });
}

export function placePredicate(filters: Filters): SqlFragment {
  return predicate(filters, { regency: 'v.regency_code', district: 'v.district_code' });
}

/** Programme, technology or status set: villages without a matching site are left out. */
export function restrictsVillagesToSites(filters: Filters): boolean {
  const f = normaliseFilters(filters);
  return f.programmes.length + f.technologies.length + f.statuses.length > 0;
}

/** The latest coverage year within the year filter, as a one-row CTE body `latest(year)`. */
export function latestCoverageYear(filters: Filters): SqlFragment {
  const years = predicate(filters, { year: 'c.year' });
  return { sql: `SELECT max(c.year) AS year FROM village_coverage c WHERE ${years.sql}`, params: years.params };
}

/**
 * One row per village: code, name, district_code, district_name, regency_code, regency_name, kind, isolated,
 * best_signal, is_blankspot (coverage year = coverage_year), sites (matching the site filters).
 */
export function villagesTableQuery(filters: Filters): QueryRequest {
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
SELECT v.village_code AS code, v.name, v.district_code, v.district_name, v.regency_code, r.name AS regency_name,
  v.kind, v.isolated, c.best_signal, c.is_blankspot, coalesce(sc.sites, 0) AS sites,
  CAST(l.year AS INTEGER) AS coverage_year
FROM villages v
JOIN regencies r ON r.regency_code = v.regency_code
CROSS JOIN latest l
LEFT JOIN village_coverage c ON c.village_code = v.village_code AND c.year = l.year
LEFT JOIN site_counts sc ON sc.village_code = v.village_code
WHERE ${place.sql}${restrictsVillagesToSites(filters) ? ' AND sc.sites IS NOT NULL' : ''}
ORDER BY v.village_code`;
  return {
    sql,
    params: [...latest.params, ...site.params, ...place.params],
    tables: ['villages', 'regencies', 'village_coverage', 'sites'],
  };
}

/** Days counted back from the last telemetry day for the "mean uptime, last 30 days" column (that day included). */
export const RECENT_DAYS = 30;

/**
 * One row per site: site_id, village_code, village_name, district_code, district_name, regency_code,
 * regency_name, programme, technology, status, budget_year, installed_on, bandwidth_mbps, uptime_30d, days_30d.
 */
export function sitesTableQuery(filters: Filters): QueryRequest {
  const place = placePredicate(filters);
  const site = sitePredicate(filters);
  const sql = `
WITH last_day AS (SELECT max(date) AS d FROM site_daily),
recent AS (
  SELECT d.site_id, avg(d.uptime_pct) AS uptime_30d, CAST(count(*) AS INTEGER) AS days_30d
  FROM site_daily d CROSS JOIN last_day l
  WHERE d.date > l.d - INTERVAL ${RECENT_DAYS} DAY AND d.date <= l.d
  GROUP BY d.site_id
)
SELECT s.site_id, s.village_code, v.name AS village_name, v.district_code, v.district_name, v.regency_code,
  r.name AS regency_name, s.programme, s.technology, s.status, s.budget_year, s.installed_on, s.bandwidth_mbps,
  u.uptime_30d, coalesce(u.days_30d, 0) AS days_30d
FROM sites s
JOIN villages v ON v.village_code = s.village_code
JOIN regencies r ON r.regency_code = v.regency_code
LEFT JOIN recent u ON u.site_id = s.site_id
WHERE ${place.sql} AND ${site.sql}
ORDER BY s.site_id`;
  return {
    sql,
    params: [...place.params, ...site.params],
    tables: ['sites', 'villages', 'regencies', 'site_daily'],
  };
}
