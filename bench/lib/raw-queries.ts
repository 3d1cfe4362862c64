// The exactness reference of the benchmark: the telemetry indicators (uptime, downlink, data_volume, daily_users)
// written again, in SQL over the RAW site-days (site_daily ⋈ sites ⋈ villages), from their definitions in
// docs/indicators.md — not by calling the app's builders (src/indicators/defs/telemetry.ts reads the rollups).
// bench/queries.ts runs both in the same DuckDB-WASM instance and compares the rows cell by cell.
//
// What the docs define, and this file implements:
//   - a site-day counts only when its site is in `sites` and the site's village in `villages` (inner joins);
//   - every filter applies: year → the calendar year of the day; regency/district → the site's village;
//     programme/technology/status → the site;
//   - uptime = Σ uptime_pct / count(site-days); downlink = Σ down_mbps / count(site-days); data_volume = Σ data_gb;
//     daily_users = Σ users / the calendar days of the period, where the period is the row's week (Monday–Sunday),
//     day, or the whole selection, clipped to site_daily's first and last day as a whole, to the year filter and to
//     the range — not the days on which the selected sites reported;
//   - a row per combination of the breakdowns that has site-days (one row, all NULL, without breakdowns and without
//     data), shaped like an indicator row: the breakdown columns, value, numerator, denominator, period_from,
//     period_to ('YYYY-MM-DD'); without site-days there is no value, numerator or denominator (NULL, not 0).
import type { QueryRequest } from '../../src/data/engine-types.ts';
import type { Cell } from '../../src/data/rows.ts';
import { type Filters, normaliseFilters } from '../../src/filters/filters.ts';
import type { DateRange } from '../../src/indicators/types.ts';

export type TelemetryIndicator = 'uptime' | 'downlink' | 'data_volume' | 'daily_users';
export const TELEMETRY_INDICATORS: readonly TelemetryIndicator[] = ['uptime', 'downlink', 'data_volume', 'daily_users'];

/** The breakdowns the reference knows; rows carry them in this order (as the catalog orders them). */
export type RawBreakdown = 'week' | 'day' | 'regency' | 'district' | 'programme' | 'technology' | 'status';
const ORDER: readonly RawBreakdown[] = ['week', 'day', 'regency', 'district', 'programme', 'technology', 'status'];

export interface TelemetryAsk {
  indicator: TelemetryIndicator;
  filters: Filters;
  by: readonly RawBreakdown[];
  range: DateRange | null;
}

export function isTelemetry(id: string): id is TelemetryIndicator {
  return (TELEMETRY_INDICATORS as readonly string[]).includes(id);
}

/** The column of one breakdown over `site_daily d JOIN sites s JOIN villages v`, as text for a row. */
function breakdownColumn(b: RawBreakdown): string {
  switch (b) {
    case 'week':
      return "strftime(CAST(date_trunc('week', d.date) AS DATE), '%Y-%m-%d')";
    case 'day':
      return "strftime(d.date, '%Y-%m-%d')";
    case 'regency':
      return 'v.regency_code';
    case 'district':
      return 'v.district_code';
    case 'programme':
      return 's.programme';
    case 'technology':
      return 's.technology';
    case 'status':
      return 's.status';
  }
}

const VALUE: Record<TelemetryIndicator, { value: string; numerator: string; denominator: string }> = {
  uptime: { value: 'sum(uptime_pct) / count(*)', numerator: 'sum(uptime_pct)', denominator: 'nullif(count(*), 0)' },
  downlink: { value: 'sum(down_mbps) / count(*)', numerator: 'sum(down_mbps)', denominator: 'nullif(count(*), 0)' },
  data_volume: { value: 'sum(data_gb)', numerator: 'sum(data_gb)', denominator: 'NULL' },
  daily_users: {
    value: "sum(users) / (datediff('day', min(pf), max(pt)) + 1)",
    numerator: 'sum(users)',
    denominator: "datediff('day', min(pf), max(pt)) + 1",
  },
};

/** The reference query of one telemetry request over the raw site-days. */
export function rawTelemetryQuery(ask: TelemetryAsk): QueryRequest {
  const f = normaliseFilters(ask.filters);
  const by = ORDER.filter((b) => ask.by.includes(b));
  if (by.length !== new Set(ask.by).size) throw new Error(`raw reference: unknown breakdown in ${ask.by.join(', ')}`);
  if (by.includes('week') && by.includes('day')) throw new Error('raw reference: week and day together');

  // The days one row covers, before clipping: its week, its day, or the whole of site_daily.
  const start = by.includes('week')
    ? "CAST(date_trunc('week', d.date) AS DATE)"
    : by.includes('day')
      ? 'd.date'
      : 'b.first_day';
  const end = by.includes('week')
    ? "CAST(date_trunc('week', d.date) AS DATE) + 6"
    : by.includes('day')
      ? 'd.date'
      : 'b.last_day';
  const lows: string[] = ['b.first_day'];
  const highs: string[] = ['b.last_day'];
  const clipParams: Cell[] = [];
  if (f.yearFrom !== null) {
    lows.push('make_date(CAST(? AS INTEGER), 1, 1)');
    clipParams.push(f.yearFrom);
  }
  if (ask.range) {
    lows.push('CAST(? AS DATE)');
    clipParams.push(ask.range.from);
  }
  const highParams: Cell[] = [];
  if (f.yearTo !== null) {
    highs.push('make_date(CAST(? AS INTEGER), 12, 31)');
    highParams.push(f.yearTo);
  }
  if (ask.range) {
    highs.push('CAST(? AS DATE)');
    highParams.push(ask.range.to);
  }

  // Which site-days count.
  const where: string[] = [];
  const whereParams: Cell[] = [];
  const list = (column: string, values: readonly string[]) => {
    if (values.length === 0) return;
    where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    whereParams.push(...values);
  };
  if (f.yearFrom !== null) {
    where.push('year(d.date) >= ?');
    whereParams.push(f.yearFrom);
  }
  if (f.yearTo !== null) {
    where.push('year(d.date) <= ?');
    whereParams.push(f.yearTo);
  }
  if (ask.range) {
    where.push('d.date BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)');
    whereParams.push(ask.range.from, ask.range.to);
  }
  list('v.regency_code', f.regencies);
  list('v.district_code', f.districts);
  list('s.programme', f.programmes);
  list('s.technology', f.technologies);
  list('s.status', f.statuses);

  const select = by.map((b) => `${breakdownColumn(b)} AS "${b}"`);
  const m = VALUE[ask.indicator];
  const sql = `
WITH b AS (SELECT min(date) AS first_day, max(date) AS last_day FROM site_daily),
days AS (
  SELECT ${select.map((c) => `${c}, `).join('')}d.uptime_pct, d.down_mbps, d.data_gb, d.users,
    greatest(${start}, ${lows.join(', ')}) AS pf,
    least(${end}, ${highs.join(', ')}) AS pt
  FROM site_daily d
  JOIN sites s ON s.site_id = d.site_id
  JOIN villages v ON v.village_code = s.village_code
  CROSS JOIN b
  WHERE ${where.length ? where.join(' AND ') : 'TRUE'}
)
SELECT ${by.map((b) => `"${b}", `).join('')}CAST(${m.value} AS DOUBLE) AS value,
  CAST(${m.numerator} AS DOUBLE) AS numerator, CAST(${m.denominator} AS DOUBLE) AS denominator,
  strftime(min(pf), '%Y-%m-%d') AS period_from, strftime(max(pt), '%Y-%m-%d') AS period_to
FROM days
${by.length ? `GROUP BY ${by.map((b) => `"${b}"`).join(', ')} ORDER BY ${by.map((b) => `"${b}"`).join(', ')}` : ''}`;
  return { sql, params: [...clipParams, ...highParams, ...whereParams], tables: ['site_daily', 'sites', 'villages'] };
}
