// The KPI cards' queries, one per group of figures. All pure: Filters → {sql, params, tables}.
// Relative windows come from the data (max(date) in site_daily), never from the clock.
import type { QueryRequest } from '../../data/engine-types.ts';
import { type Filters, predicate } from '../../filters/filters.ts';

export const PANEL_ID = 'kpis';

export const KPI_QUERY_IDS = {
  coverage: 'kpis-coverage',
  installations: 'kpis-installations',
  uptime: 'kpis-uptime',
  repeaters: 'kpis-repeaters',
} as const;

/**
 * Blankspot villages and villages with 4G in the first and in the latest survey year (one row per year; one row
 * when both are the same year, none when nothing matches). Only villages with a coverage row that year count:
 * a village missing from a year's survey is in neither the numerator nor the denominator of that year.
 * Filters: year (survey year), regency, district.
 */
export function coverageQuery(filters: Filters): QueryRequest {
  const p = predicate(filters, { year: 'c.year', regency: 'v.regency_code', district: 'v.district_code' });
  const sql = `
WITH cov AS (
  SELECT c.year, c.best_signal, c.is_blankspot
  FROM village_coverage c JOIN villages v ON v.village_code = c.village_code
  WHERE ${p.sql}
),
bounds AS (SELECT min(year) AS first_year, max(year) AS latest_year FROM cov)
SELECT CAST(c.year AS INTEGER) AS year,
  CAST(count(*) AS INTEGER) AS villages,
  CAST(count(*) FILTER (WHERE c.is_blankspot) AS INTEGER) AS blankspot,
  CAST(count(*) FILTER (WHERE c.best_signal = '4G') AS INTEGER) AS four_g
FROM cov c JOIN bounds b ON c.year = b.first_year OR c.year = b.latest_year
GROUP BY c.year
ORDER BY c.year`;
  return { sql, params: p.params, tables: ['village_coverage', 'villages'] };
}

/**
 * Installed sites per year of installation (installed = installed_on not null; a site decommissioned later still
 * counts in the year it was installed). Filters: year of installation, regency, district, programme, technology,
 * status.
 */
export function installationsQuery(filters: Filters): QueryRequest {
  const p = predicate(filters, {
    year: 'year(s.installed_on)',
    regency: 'v.regency_code',
    district: 'v.district_code',
    programme: 's.programme',
    technology: 's.technology',
    status: 's.status',
  });
  const sql = `
SELECT CAST(year(s.installed_on) AS INTEGER) AS year, CAST(count(*) AS INTEGER) AS sites
FROM sites s JOIN villages v ON v.village_code = s.village_code
WHERE s.installed_on IS NOT NULL AND ${p.sql}
GROUP BY year(s.installed_on)
ORDER BY year`;
  return { sql, params: p.params, tables: ['sites', 'villages'] };
}

/**
 * Mean uptime over site-days in the last 30 days of telemetry and in the 30 days before. The window ends at the
 * latest date in site_daily (within the year filter only, so a site filter never moves the as-of date): current =
 * (end − 29 … end), previous = (end − 59 … end − 30). The previous figure is NULL unless the selected sites'
 * telemetry starts on or before end − 59, i.e. unless there are 60 days of data; a partial window is never shown
 * as if it were complete. Filters: year (of the telemetry date), regency, district, programme, technology, status.
 *
 * Read from the rollups of site_daily (src/data/rollups.ts): the window end and the selection's first day from the
 * weekly cells, the two windows from the daily cells (which keep the 60 days before every year's last day). Same
 * figures as uptimeRawQuery over the raw site-days; sites without a village row are left out, as by its join.
 */
export function uptimeQuery(filters: Filters): QueryRequest {
  const window = predicate(filters, { year: 'r.year' });
  const cells = (year: string) =>
    predicate(filters, {
      year,
      regency: 'r.regency_code',
      district: 'r.district_code',
      programme: 'r.programme',
      technology: 'r.technology',
      status: 'r.status',
    });
  const weekly = cells('r.year');
  const daily = cells('year(r.date)');
  const sql = `
WITH w AS (SELECT max(r.last_date) AS end_date FROM site_daily_by_week r WHERE ${window.sql}),
sel AS (
  SELECT min(r.first_date) AS first_date
  FROM site_daily_by_week r
  WHERE r.programme IS NOT NULL AND r.regency_code IS NOT NULL AND ${weekly.sql}
),
win AS (
  SELECT
    sum(r.uptime_sum) FILTER (WHERE r.date > w.end_date - 30) AS current_sum,
    sum(r.site_days) FILTER (WHERE r.date > w.end_date - 30) AS current_days,
    sum(r.uptime_sum) FILTER (WHERE r.date <= w.end_date - 30) AS previous_sum,
    sum(r.site_days) FILTER (WHERE r.date <= w.end_date - 30) AS previous_days
  FROM site_daily_by_day r
  JOIN w ON r.date > w.end_date - 60 AND r.date <= w.end_date
  WHERE r.programme IS NOT NULL AND r.regency_code IS NOT NULL AND ${daily.sql}
),
agg AS (
  SELECT w.end_date, sel.first_date,
    win.current_sum / win.current_days AS current_uptime,
    win.previous_sum / win.previous_days AS previous_uptime,
    coalesce(win.current_days, 0) AS current_site_days,
    coalesce(win.previous_days, 0) AS previous_site_days
  FROM w CROSS JOIN sel CROSS JOIN win
  WHERE w.end_date IS NOT NULL AND sel.first_date IS NOT NULL
)
SELECT strftime(end_date, '%Y-%m-%d') AS end_date,
  strftime(end_date - 29, '%Y-%m-%d') AS current_from,
  strftime(end_date - 59, '%Y-%m-%d') AS previous_from,
  strftime(end_date - 30, '%Y-%m-%d') AS previous_to,
  CAST(current_uptime AS DOUBLE) AS current_uptime,
  CAST(CASE WHEN first_date <= end_date - 59 THEN previous_uptime END AS DOUBLE) AS previous_uptime,
  CAST(current_site_days AS INTEGER) AS current_site_days,
  CAST(CASE WHEN first_date <= end_date - 59 THEN previous_site_days ELSE 0 END AS INTEGER) AS previous_site_days
FROM agg`;
  return {
    sql,
    params: [...window.params, ...weekly.params, ...daily.params],
    tables: ['site_daily_by_week', 'site_daily_by_day'],
  };
}

/**
 * Mean uptime over site-days in the last 30 days of telemetry and in the 30 days before. The window ends at the
 * latest date in site_daily (within the year filter only, so a site filter never moves the as-of date): current =
 * (end − 29 … end), previous = (end − 59 … end − 30). The previous figure is NULL unless the selected sites'
 * telemetry starts on or before end − 59, i.e. unless there are 60 days of data; a partial window is never shown
 * as if it were complete. Filters: year (of the telemetry date), regency, district, programme, technology, status.
 */
/** The same figures as uptimeQuery, computed from the raw site-days (reference for tests and the benchmark). */
export function uptimeRawQuery(filters: Filters): QueryRequest {
  const window = predicate(filters, { year: 'year(d.date)' });
  const p = predicate(filters, {
    year: 'year(t.date)',
    regency: 'v.regency_code',
    district: 'v.district_code',
    programme: 's.programme',
    technology: 's.technology',
    status: 's.status',
  });
  const sql = `
WITH w AS (SELECT max(d.date) AS end_date FROM site_daily d WHERE ${window.sql}),
days AS (
  SELECT t.date, t.uptime_pct
  FROM site_daily t
  JOIN sites s ON s.site_id = t.site_id
  JOIN villages v ON v.village_code = s.village_code
  WHERE ${p.sql}
),
agg AS (
  SELECT w.end_date,
    min(days.date) AS first_date,
    avg(days.uptime_pct) FILTER (WHERE days.date > w.end_date - 30 AND days.date <= w.end_date) AS current_uptime,
    avg(days.uptime_pct) FILTER (WHERE days.date > w.end_date - 60 AND days.date <= w.end_date - 30)
      AS previous_uptime,
    count(*) FILTER (WHERE days.date > w.end_date - 30 AND days.date <= w.end_date) AS current_site_days,
    count(*) FILTER (WHERE days.date > w.end_date - 60 AND days.date <= w.end_date - 30) AS previous_site_days
  FROM w JOIN days ON TRUE
  WHERE w.end_date IS NOT NULL
  GROUP BY w.end_date
)
SELECT strftime(end_date, '%Y-%m-%d') AS end_date,
  strftime(end_date - 29, '%Y-%m-%d') AS current_from,
  strftime(end_date - 59, '%Y-%m-%d') AS previous_from,
  strftime(end_date - 30, '%Y-%m-%d') AS previous_to,
  CAST(current_uptime AS DOUBLE) AS current_uptime,
  CAST(CASE WHEN first_date <= end_date - 59 THEN previous_uptime END AS DOUBLE) AS previous_uptime,
  CAST(current_site_days AS INTEGER) AS current_site_days,
  CAST(CASE WHEN first_date <= end_date - 59 THEN previous_site_days ELSE 0 END AS INTEGER) AS previous_site_days
FROM agg`;
  return { sql, params: [...window.params, ...p.params], tables: ['site_daily', 'sites', 'villages'] };
}

/**
 * GSM repeater units: planned = every unit of the plan whatever its status (planned, active, offline,
 * decommissioned); active = status 'active'. One row, always. The status filter does not apply (the card compares
 * statuses); the year filter applies to the budget year (the plan's year). Filters: year (budget year), regency,
 * district, programme, technology.
 */
export function repeatersQuery(filters: Filters): QueryRequest {
  const p = predicate(filters, {
    year: 's.budget_year',
    regency: 'v.regency_code',
    district: 'v.district_code',
    programme: 's.programme',
    technology: 's.technology',
  });
  const sql = `
SELECT CAST(count(*) AS INTEGER) AS planned,
  CAST(count(*) FILTER (WHERE s.status = 'active') AS INTEGER) AS active
FROM sites s JOIN villages v ON v.village_code = s.village_code
WHERE s.technology = 'GSM repeater' AND ${p.sql}`;
  return { sql, params: p.params, tables: ['sites', 'villages'] };
}
