// Telemetry over time per programme and per technology: mean uptime, mean downlink, summed data volume and users.
// Aggregated in SQL (sums per period and group, both groupings at once through GROUPING SETS), so the browser gets
// one row per period × group — a few hundred rows — never the raw site-days.
//
// The panel reads the rollups of site_daily (src/data/rollups.ts): sums and counts per (year, ISO week) or per day
// and per combination of the site attributes the filters use. A cross-filter therefore scans a few thousand cells,
// not millions of site-days, and the figures are the same as over the raw rows (trendsRawQuery below, kept as the
// reference the tests and the benchmark compare against).
//
// Range: the data's own first and last day (site_daily), inside the year filter when one is set — so the axis ends
// at the dataset's last day even when the selected sites stopped reporting earlier (their end shows as a gap).
// Grain: daily when that range spans ≤ DAILY_MAX_DAYS days (both ends included), otherwise ISO weeks starting on
// Monday. Both period expressions are fixed in this file (PERIOD_SQL); the data range picks one, input never does.
// Gaps: every period of the range is crossed with every group that has data, and the aggregates are LEFT JOINed,
// so a period where a group has no rows comes back as NULL, never as 0.
import type { QueryRequest } from '../../data/engine-types.ts';
import { DAY_GRAIN_MAX_DAYS } from '../../data/rollups.ts';
import { type Filters, predicate } from '../../filters/filters.ts';

export const PANEL_ID = 'connectivity-trends';

/**
 * A range of at most this many days (first and last day included) is drawn per day; longer ranges per week. The
 * daily rollup keeps every such range at day grain, so the constant lives with the rollup definition.
 */
export const DAILY_MAX_DAYS = DAY_GRAIN_MAX_DAYS;

export type Grain = 'day' | 'week';

/** The whitelist of period expressions: a DATE column → the first day of its period. */
export const PERIOD_SQL: Record<Grain, (column: string) => string> = {
  day: (column) => column,
  week: (column) => `CAST(date_trunc('week', ${column}) AS DATE)`,
};

const periodOf = (column: string) =>
  `CASE WHEN g.daily THEN ${PERIOD_SQL.day(column)} ELSE ${PERIOD_SQL.week(column)} END`;

/** The same figures as trendsQuery, computed from the raw site-days (reference for tests and the benchmark). */
export function trendsRawQuery(filters: Filters): QueryRequest {
  const where = predicate(filters, { year: 'year(d.date)' });
  const bySite = predicate(filters, {
    regency: 'v.regency_code',
    district: 'v.district_code',
    programme: 's.programme',
    technology: 's.technology',
    status: 's.status',
  });
  const byPlace = filters.regencies.length > 0 || filters.districts.length > 0;
  // Site filters become one semi-join, written only when a filter needs it (villages only for a place filter).
  const siteFilter =
    bySite.sql === 'TRUE'
      ? ''
      : `AND d.site_id IN (SELECT s.site_id FROM sites s ${
          byPlace ? 'JOIN villages v ON v.village_code = s.village_code' : ''
        } WHERE ${bySite.sql})`;
  // Sums and counts per site and period first (far fewer rows than site-days), then the join to sites and the two
  // groupings. Means are sum / count over the site-days reported in the period: per day, the mean over the sites
  // that reported; a site that did not report adds nothing (it is not counted as 0).
  const sql = `
WITH bounds AS (
  SELECT min(d.date) AS first_day, max(d.date) AS last_day
  FROM site_daily d
  WHERE ${where.sql}
),
grain AS (
  SELECT first_day, last_day, datediff('day', first_day, last_day) + 1 <= ${DAILY_MAX_DAYS} AS daily
  FROM bounds
  WHERE first_day IS NOT NULL
),
per_site AS (
  SELECT d.site_id, ${periodOf('d.date')} AS period,
         count(*) AS site_days, sum(d.uptime_pct) AS uptime_sum, sum(d.down_mbps) AS down_sum,
         sum(d.data_gb) AS data_gb, sum(d.users) AS users
  FROM site_daily d
  CROSS JOIN grain g
  WHERE ${where.sql} ${siteFilter}
  GROUP BY d.site_id, period
),
agg AS (
  SELECT
    CASE WHEN grouping(s.programme) = 0 THEN 'programme' ELSE 'technology' END AS dim,
    CASE WHEN grouping(s.programme) = 0 THEN s.programme ELSE s.technology END AS grp,
    p.period,
    sum(p.uptime_sum) / sum(p.site_days) AS uptime,
    sum(p.down_sum) / sum(p.site_days) AS downlink,
    CAST(sum(p.data_gb) AS DOUBLE) AS data_gb,
    CAST(sum(p.users) AS DOUBLE) AS users
  FROM per_site p
  JOIN sites s ON s.site_id = p.site_id
  GROUP BY GROUPING SETS ((p.period, s.programme), (p.period, s.technology))
),
groups AS (
  SELECT DISTINCT dim, grp FROM agg
),
periods AS (
  SELECT DISTINCT ${periodOf('CAST(t.day AS DATE)')} AS period
  FROM grain g, unnest(generate_series(CAST(g.first_day AS TIMESTAMP), CAST(g.last_day AS TIMESTAMP), INTERVAL 1 DAY)) AS t(day)
)
SELECT
  gr.dim,
  gr.grp,
  strftime(p.period, '%Y-%m-%d') AS period,
  CASE WHEN g.daily THEN 'day' ELSE 'week' END AS grain,
  strftime(g.first_day, '%Y-%m-%d') AS first_day,
  strftime(g.last_day, '%Y-%m-%d') AS last_day,
  NOT g.daily AND (isodow(g.first_day) <> 1 OR isodow(g.last_day) <> 7) AS partial_weeks,
  a.uptime,
  a.downlink,
  a.data_gb,
  a.users
FROM grain g
CROSS JOIN periods p
CROSS JOIN groups gr
LEFT JOIN agg a ON a.dim = gr.dim AND a.grp = gr.grp AND a.period = p.period
ORDER BY gr.dim, gr.grp, p.period`;
  return {
    sql,
    params: [...where.params, ...where.params, ...bySite.params],
    tables: byPlace ? ['site_daily', 'sites', 'villages'] : ['site_daily', 'sites'],
  };
}

/** Rollup cells whose sites exist (a site-day without a site row is not drawn, as in the raw join to sites). */
const siteColumns = {
  regency: 'r.regency_code',
  district: 'r.district_code',
  programme: 'r.programme',
  technology: 'r.technology',
  status: 'r.status',
} as const;

export function trendsQuery(filters: Filters): QueryRequest {
  const weekYear = predicate(filters, { year: 'w.year' });
  const dayYear = predicate(filters, { year: 'year(r.date)' });
  const rowYear = predicate(filters, { year: 'r.year' });
  const bySite = predicate(filters, siteColumns);
  // Range and grain from the weekly cells (their first and last day), over every site-day as in the raw query.
  // Then the cells of the grain in use: the daily rollup for a short range, the weekly one otherwise.
  const sql = `
WITH bounds AS (
  SELECT min(w.first_date) AS first_day, max(w.last_date) AS last_day
  FROM site_daily_by_week w
  WHERE ${weekYear.sql}
),
grain AS (
  SELECT first_day, last_day, datediff('day', first_day, last_day) + 1 <= ${DAILY_MAX_DAYS} AS daily
  FROM bounds
  WHERE first_day IS NOT NULL
),
cells AS (
  SELECT r.programme, r.technology, r.date AS period, r.site_days, r.uptime_sum, r.down_sum, r.data_gb, r.users
  FROM site_daily_by_day r
  CROSS JOIN grain g
  WHERE g.daily AND r.date BETWEEN g.first_day AND g.last_day AND r.programme IS NOT NULL
    AND ${dayYear.sql} AND ${bySite.sql}
  UNION ALL
  SELECT r.programme, r.technology, r.week AS period, r.site_days, r.uptime_sum, r.down_sum, r.data_gb, r.users
  FROM site_daily_by_week r
  CROSS JOIN grain g
  WHERE NOT g.daily AND r.programme IS NOT NULL AND ${rowYear.sql} AND ${bySite.sql}
),
agg AS (
  SELECT
    CASE WHEN grouping(c.programme) = 0 THEN 'programme' ELSE 'technology' END AS dim,
    CASE WHEN grouping(c.programme) = 0 THEN c.programme ELSE c.technology END AS grp,
    c.period,
    sum(c.uptime_sum) / sum(c.site_days) AS uptime,
    sum(c.down_sum) / sum(c.site_days) AS downlink,
    CAST(sum(c.data_gb) AS DOUBLE) AS data_gb,
    CAST(sum(c.users) AS DOUBLE) AS users
  FROM cells c
  GROUP BY GROUPING SETS ((c.period, c.programme), (c.period, c.technology))
),
groups AS (
  SELECT DISTINCT dim, grp FROM agg
),
periods AS (
  SELECT DISTINCT ${periodOf('CAST(t.day AS DATE)')} AS period
  FROM grain g, unnest(generate_series(CAST(g.first_day AS TIMESTAMP), CAST(g.last_day AS TIMESTAMP), INTERVAL 1 DAY)) AS t(day)
)
SELECT
  gr.dim,
  gr.grp,
  strftime(p.period, '%Y-%m-%d') AS period,
  CASE WHEN g.daily THEN 'day' ELSE 'week' END AS grain,
  strftime(g.first_day, '%Y-%m-%d') AS first_day,
  strftime(g.last_day, '%Y-%m-%d') AS last_day,
  NOT g.daily AND (isodow(g.first_day) <> 1 OR isodow(g.last_day) <> 7) AS partial_weeks,
  a.uptime,
  a.downlink,
  a.data_gb,
  a.users
FROM grain g
CROSS JOIN periods p
CROSS JOIN groups gr
LEFT JOIN agg a ON a.dim = gr.dim AND a.grp = gr.grp AND a.period = p.period
ORDER BY gr.dim, gr.grp, p.period`;
  return {
    sql,
    params: [...weekYear.params, ...dayYear.params, ...bySite.params, ...rowYear.params, ...bySite.params],
    tables: ['site_daily_by_week', 'site_daily_by_day'],
  };
}
