// Telemetry over time per programme and per technology: mean uptime, mean downlink, summed data volume and users.
// Aggregated in SQL (sums per site and period, then both groupings at once through GROUPING SETS), so the browser
// gets one row per period × group — a few hundred rows — never the raw site-days.
//
// Range: the data's own first and last day (site_daily), inside the year filter when one is set — so the axis ends
// at the dataset's last day even when the selected sites stopped reporting earlier (their end shows as a gap).
// Grain: daily when that range spans ≤ DAILY_MAX_DAYS days (both ends included), otherwise ISO weeks starting on
// Monday. Both period expressions are fixed in this file (PERIOD_SQL); the data range picks one, input never does.
// Gaps: every period of the range is crossed with every group that has data, and the aggregates are LEFT JOINed,
// so a period where a group has no rows comes back as NULL, never as 0.
import type { QueryRequest } from '../../data/engine-types.ts';
import { type Filters, predicate } from '../../filters/filters.ts';

export const PANEL_ID = 'connectivity-trends';

/** A range of at most this many days (first and last day included) is drawn per day; longer ranges per week. */
export const DAILY_MAX_DAYS = 120;

export type Grain = 'day' | 'week';

/** The whitelist of period expressions: a DATE column → the first day of its period. */
export const PERIOD_SQL: Record<Grain, (column: string) => string> = {
  day: (column) => column,
  week: (column) => `CAST(date_trunc('week', ${column}) AS DATE)`,
};

const periodOf = (column: string) =>
  `CASE WHEN g.daily THEN ${PERIOD_SQL.day(column)} ELSE ${PERIOD_SQL.week(column)} END`;

export function trendsQuery(filters: Filters): QueryRequest {
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
