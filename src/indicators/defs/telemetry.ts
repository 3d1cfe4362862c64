// Indicators of the village internet sites' daily telemetry: uptime, downlink, data volume and daily users.
// Read from the rollups of site_daily (src/data/rollups.ts: sums and counts per cell, never means), so no figure
// scans raw telemetry and every mean is sum / count over the selected cells — the same as over the site-days.
// Site-days count only when their site is in `sites` and its village in `villages` (as a join would).
//
// Grain: by week → the weekly cells; by day or with a date range → the daily cells (which hold the 60 days up to
// each year's last telemetry day, where the 30-day windows fall, and every short data range); otherwise the
// weekly cells. Every row returns period_from and period_to: the days it covers, clipped to the data.
import type { QueryRequest } from '../../data/engine-types.ts';
import { UPTIME_WINDOW_DAYS } from '../../data/rollups.ts';
import type { SqlFragment } from '../../filters/filters.ts';
import { daysBetween } from '../period.ts';
import { and, CELL_SCOPE, groupBy, orderBy, where } from '../scopes.ts';
import type { IndicatorDef, ResolvedRequest } from '../types.ts';
import { PRODUCER, t } from './common.ts';

type Measure = 'uptime' | 'downlink' | 'data' | 'users';

const MEASURE_SQL: Record<Measure, { value: string; numerator: string; denominator: string }> = {
  uptime: {
    value: 'sum(r.uptime_sum) / sum(r.site_days)',
    numerator: 'sum(r.uptime_sum)',
    denominator: 'sum(r.site_days)',
  },
  downlink: {
    value: 'sum(r.down_sum) / sum(r.site_days)',
    numerator: 'sum(r.down_sum)',
    denominator: 'sum(r.site_days)',
  },
  data: { value: 'sum(r.data_gb)', numerator: 'sum(r.data_gb)', denominator: 'NULL' },
  // users per day: user-days over the calendar days of the period the data cover
  users: {
    value: "sum(r.users) / (datediff('day', min(r.pf), max(r.pt)) + 1)",
    numerator: 'sum(r.users)',
    denominator: "(datediff('day', min(r.pf), max(r.pt)) + 1)",
  },
};

/** A range of whole calendar years: the weekly cells (cut at New Year) select it exactly. */
const wholeYears = (r: ResolvedRequest['range']) => r !== null && r.from.endsWith('-01-01') && r.to.endsWith('-12-31');

function telemetryQuery(req: ResolvedRequest, measure: Measure): QueryRequest {
  const weekly = req.by.includes('week') || (!req.by.includes('day') && (req.range === null || wholeYears(req.range)));
  // The daily cells hold the UPTIME_WINDOW_DAYS days up to each year's last telemetry day (and short data spans):
  // a longer range that is not whole years would silently miss days, so it is refused, not answered.
  if (!weekly && req.range && daysBetween(req.range.from, req.range.to) > UPTIME_WINDOW_DAYS)
    throw new Error(
      `${req.indicator}: a range of ${daysBetween(req.range.from, req.range.to)} days is longer than the ${UPTIME_WINDOW_DAYS} days kept per day; ask for whole years or a week breakdown`,
    );
  const table = weekly ? 'site_daily_by_week' : 'site_daily_by_day';
  const columns = { ...CELL_SCOPE, week: "strftime(r.week, '%Y-%m-%d')", day: "strftime(r.date, '%Y-%m-%d')" };
  const cells = where(req, CELL_SCOPE, weekly ? 'r.year' : 'CAST(year(r.date) AS INTEGER)');
  const range: SqlFragment = !req.range
    ? { sql: 'TRUE', params: [] }
    : weekly
      ? {
          sql: 'r.first_date >= CAST(? AS DATE) AND r.last_date <= CAST(? AS DATE)',
          params: [req.range.from, req.range.to],
        }
      : { sql: 'r.date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)', params: [req.range.from, req.range.to] };
  // The days a row covers: its week or day (or the whole selection) inside the data's first and last day, the year
  // filter and the range. Bounds are bound parameters.
  const lows: SqlFragment[] = [{ sql: 'b.first_day', params: [] }];
  const highs: SqlFragment[] = [{ sql: 'b.last_day', params: [] }];
  const { yearFrom, yearTo } = req.filters;
  if (yearFrom !== null) lows.push({ sql: 'make_date(CAST(? AS BIGINT), 1, 1)', params: [yearFrom] });
  if (yearTo !== null) highs.push({ sql: 'make_date(CAST(? AS BIGINT), 12, 31)', params: [yearTo] });
  if (req.range) {
    lows.push({ sql: 'CAST(? AS DATE)', params: [req.range.from] });
    highs.push({ sql: 'CAST(? AS DATE)', params: [req.range.to] });
  }
  const start = req.by.includes('week') ? 'r.week' : req.by.includes('day') ? 'r.date' : 'b.first_day';
  const end = req.by.includes('week') ? 'r.week + 6' : req.by.includes('day') ? 'r.date' : 'b.last_day';
  const g = groupBy(req.by, columns);
  const m = MEASURE_SQL[measure];
  const p = and(cells, range);
  const sql = `
WITH b AS (SELECT min(w.first_date) AS first_day, max(w.last_date) AS last_day FROM site_daily_by_week w),
k AS (
  SELECT r.*, greatest(${start}, ${lows.map((x) => x.sql).join(', ')}) AS pf,
    least(${end}, ${highs.map((x) => x.sql).join(', ')}) AS pt
  FROM ${table} r CROSS JOIN b
  WHERE r.programme IS NOT NULL AND r.regency_code IS NOT NULL AND ${p.sql}
)
SELECT ${g.select}CAST(${m.value} AS DOUBLE) AS value, CAST(${m.numerator} AS DOUBLE) AS numerator,
  CAST(${m.denominator} AS DOUBLE) AS denominator,
  strftime(min(r.pf), '%Y-%m-%d') AS period_from, strftime(max(r.pt), '%Y-%m-%d') AS period_to
FROM k r
${g.group} ${orderBy(req.by)}`;
  return {
    sql,
    params: [...lows.flatMap((x) => x.params), ...highs.flatMap((x) => x.params), ...p.params],
    tables: [...new Set([table, 'site_daily_by_week'] as const)],
  };
}

const BASE = {
  filters: ['year', 'regency', 'district', 'programme', 'technology', 'status'],
  breakdowns: ['week', 'day', 'regency', 'district', 'programme', 'technology', 'status'],
  period: 'window',
  producer: PRODUCER,
  sources: ['site_daily', 'sites', 'villages'],
  asOfSource: 'site_daily',
} as const;

export const uptime: IndicatorDef = {
  ...BASE,
  id: 'uptime',
  name: t('Ketersediaan layanan (uptime)', 'Service uptime'),
  short: t('Uptime', 'Uptime'),
  unit: 'percent',
  kind: 'mean',
  digits: 1,
  polarity: 1,
  baseline: 'previous-window',
  query: (req) => telemetryQuery(req, 'uptime'),
};

export const downlink: IndicatorDef = {
  ...BASE,
  id: 'downlink',
  name: t('Kecepatan unduh rata-rata', 'Mean downlink speed'),
  short: t('Kecepatan unduh', 'Downlink'),
  unit: 'mbps',
  kind: 'mean',
  digits: 1,
  polarity: 1,
  baseline: 'previous-window',
  query: (req) => telemetryQuery(req, 'downlink'),
};

export const dataVolume: IndicatorDef = {
  ...BASE,
  id: 'data_volume',
  name: t('Volume data', 'Data volume'),
  short: t('Volume data', 'Data volume'),
  unit: 'gb',
  kind: 'flow',
  digits: 0,
  polarity: 1,
  baseline: 'previous-window',
  query: (req) => telemetryQuery(req, 'data'),
};

export const dailyUsers: IndicatorDef = {
  ...BASE,
  id: 'daily_users',
  name: t('Pengguna harian rata-rata', 'Mean daily users'),
  short: t('Pengguna harian', 'Daily users'),
  unit: 'users',
  kind: 'mean',
  digits: 0,
  polarity: 1,
  baseline: 'previous-window',
  query: (req) => telemetryQuery(req, 'users'),
};
