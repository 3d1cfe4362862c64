// The SQL of the rollups of site_daily (what they hold and why they are exact: src/data/rollups.ts). Loaded lazily by
// the browser (only to load or compute a rollup); imported directly by the publish step and the tests.
import type { DatasetId } from './contract.ts';
import {
  DAY_GRAIN_MAX_DAYS,
  ROLLUP_SOURCES,
  type RollupId,
  SITE_MONTHS,
  SITE_RECENT_DAYS,
  UPTIME_WINDOW_DAYS,
} from './rollups.ts';

export type RollupSqlType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'DATE';

export interface RollupSpec {
  id: RollupId;
  /** The datasets it is computed from. */
  sources: readonly DatasetId[];
  columns: readonly { name: string; sql: RollupSqlType }[];
  /** Sort order of the stored rows (dates first: scans of a date range skip whole row groups). */
  order: readonly string[];
  /** SELECT over the source tables (named as the datasets) giving the columns in order, unordered. */
  select: string;
}

const KEY_COLUMNS = [
  { name: 'regency_code', sql: 'VARCHAR' },
  { name: 'district_code', sql: 'VARCHAR' },
  { name: 'programme', sql: 'VARCHAR' },
  { name: 'technology', sql: 'VARCHAR' },
  { name: 'status', sql: 'VARCHAR' },
] as const;

const MEASURE_COLUMNS = [
  { name: 'site_days', sql: 'INTEGER' },
  { name: 'uptime_sum', sql: 'DOUBLE' },
  { name: 'down_sum', sql: 'DOUBLE' },
  { name: 'data_gb', sql: 'DOUBLE' },
  { name: 'users', sql: 'BIGINT' },
] as const;

/** Site-days with the attributes filters use (LEFT JOINs: orphans are kept, with NULL attributes). */
const ATTRIBUTED = `
  SELECT d.date, d.uptime_pct, d.down_mbps, d.data_gb, d.users,
    v.regency_code, v.district_code, s.programme, s.technology, s.status
  FROM site_daily d
  LEFT JOIN sites s ON s.site_id = d.site_id
  LEFT JOIN villages v ON v.village_code = s.village_code`;

const MEASURES = `CAST(count(*) AS INTEGER) AS site_days, CAST(sum(a.uptime_pct) AS DOUBLE) AS uptime_sum,
    CAST(sum(a.down_mbps) AS DOUBLE) AS down_sum, CAST(sum(a.data_gb) AS DOUBLE) AS data_gb,
    CAST(sum(a.users) AS BIGINT) AS users`;

const KEYS = 'a.regency_code, a.district_code, a.programme, a.technology, a.status';

/** The days kept at day grain (see the top of this file), as rows (lo, hi) of inclusive date ranges. */
const DAY_SPANS = `
  WITH years AS (
    SELECT year(date) AS y, min(date) AS f, max(date) AS e FROM site_daily GROUP BY year(date)
  )
  SELECT CAST(e - ${UPTIME_WINDOW_DAYS - 1} AS DATE) AS lo, e AS hi FROM years
  UNION ALL
  SELECT a.f AS lo, b.e AS hi FROM years a JOIN years b ON a.y <= b.y
  WHERE datediff('day', a.f, b.e) + 1 <= ${DAY_GRAIN_MAX_DAYS}`;

/** Per-site measures: what the listings read (uptime), as a sum and a count. */
const SITE_MEASURE_COLUMNS = [
  { name: 'site_days', sql: 'INTEGER' },
  { name: 'uptime_sum', sql: 'DOUBLE' },
] as const;
const SITE_MEASURES = 'CAST(count(*) AS INTEGER) AS site_days, CAST(sum(d.uptime_pct) AS DOUBLE) AS uptime_sum';

/** The last SITE_RECENT_DAYS days of telemetry (site_daily's last day included), one row (NULLs without data). */
const RECENT_WINDOW = `
  SELECT CAST(max(date) - ${SITE_RECENT_DAYS - 1} AS DATE) AS window_from, max(date) AS window_to FROM site_daily`;

/** The last SITE_MONTHS calendar months of telemetry, from the first month's first day to site_daily's last day. */
const MONTHS_WINDOW = `
  SELECT CAST(date_trunc('month', max(date)) - INTERVAL ${SITE_MONTHS - 1} MONTH AS DATE) AS window_from,
    max(date) AS window_to FROM site_daily`;

export const ROLLUPS: Record<RollupId, RollupSpec> = {
  site_daily_by_week: {
    id: 'site_daily_by_week',
    sources: ROLLUP_SOURCES.site_daily_by_week,
    columns: [
      { name: 'year', sql: 'INTEGER' },
      { name: 'week', sql: 'DATE' },
      ...KEY_COLUMNS,
      ...MEASURE_COLUMNS,
      { name: 'first_date', sql: 'DATE' },
      { name: 'last_date', sql: 'DATE' },
    ],
    order: ['year', 'week', ...KEY_COLUMNS.map((c) => c.name)],
    select: `
SELECT CAST(year(a.date) AS INTEGER) AS year, CAST(date_trunc('week', a.date) AS DATE) AS week, ${KEYS},
  ${MEASURES}, min(a.date) AS first_date, max(a.date) AS last_date
FROM (${ATTRIBUTED}) a
GROUP BY year(a.date), date_trunc('week', a.date), ${KEYS}`,
  },
  site_daily_by_day: {
    id: 'site_daily_by_day',
    sources: ROLLUP_SOURCES.site_daily_by_day,
    columns: [{ name: 'date', sql: 'DATE' }, ...KEY_COLUMNS, ...MEASURE_COLUMNS],
    order: ['date', ...KEY_COLUMNS.map((c) => c.name)],
    select: `
SELECT a.date, ${KEYS}, ${MEASURES}
FROM (${ATTRIBUTED}) a
WHERE EXISTS (SELECT 1 FROM (${DAY_SPANS}) sp WHERE a.date BETWEEN sp.lo AND sp.hi)
GROUP BY a.date, ${KEYS}`,
  },
  // Every site_id of site_daily (registered or not) with days in the window; the window's bounds on every row.
  site_daily_by_site_30d: {
    id: 'site_daily_by_site_30d',
    sources: ROLLUP_SOURCES.site_daily_by_site_30d,
    columns: [
      { name: 'site_id', sql: 'VARCHAR' },
      ...SITE_MEASURE_COLUMNS,
      { name: 'window_from', sql: 'DATE' },
      { name: 'window_to', sql: 'DATE' },
    ],
    order: ['site_id'],
    select: `
SELECT d.site_id, ${SITE_MEASURES}, w.window_from, w.window_to
FROM site_daily d CROSS JOIN (${RECENT_WINDOW}) w
WHERE d.date BETWEEN w.window_from AND w.window_to
GROUP BY d.site_id, w.window_from, w.window_to`,
  },
  site_daily_by_site_month: {
    id: 'site_daily_by_site_month',
    sources: ROLLUP_SOURCES.site_daily_by_site_month,
    columns: [
      { name: 'site_id', sql: 'VARCHAR' },
      { name: 'month', sql: 'DATE' },
      ...SITE_MEASURE_COLUMNS,
      { name: 'window_from', sql: 'DATE' },
      { name: 'window_to', sql: 'DATE' },
    ],
    order: ['site_id', 'month'],
    select: `
SELECT d.site_id, CAST(date_trunc('month', d.date) AS DATE) AS month, ${SITE_MEASURES}, w.window_from, w.window_to
FROM site_daily d CROSS JOIN (${MONTHS_WINDOW}) w
WHERE d.date BETWEEN w.window_from AND w.window_to
GROUP BY d.site_id, date_trunc('month', d.date), w.window_from, w.window_to`,
  },
  // Every site_id of site_daily (registered or not): its first and last day of telemetry over the whole history.
  site_daily_by_site_last: {
    id: 'site_daily_by_site_last',
    sources: ROLLUP_SOURCES.site_daily_by_site_last,
    columns: [
      { name: 'site_id', sql: 'VARCHAR' },
      { name: 'site_days', sql: 'INTEGER' },
      { name: 'first_date', sql: 'DATE' },
      { name: 'last_date', sql: 'DATE' },
    ],
    order: ['site_id'],
    select: `
SELECT d.site_id, CAST(count(*) AS INTEGER) AS site_days, min(d.date) AS first_date, max(d.date) AS last_date
FROM site_daily d
GROUP BY d.site_id`,
  },
};

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** ORDER BY list of a rollup (NULLs first, deterministic). */
export function rollupOrder(id: RollupId): string {
  return ROLLUPS[id].order.map((c) => `${quote(c)} ASC NULLS FIRST`).join(', ');
}

/** SELECT of a rollup's rows, typed and sorted (what the publish step writes). */
export function rollupQuery(id: RollupId): string {
  const cols = ROLLUPS[id].columns.map((c) => `CAST(${quote(c.name)} AS ${c.sql}) AS ${quote(c.name)}`).join(', ');
  return `SELECT ${cols} FROM (${ROLLUPS[id].select}) ORDER BY ${rollupOrder(id)}`;
}

/** `CREATE TABLE` of a rollup computed in the database from its source tables (browser fallback, tests). */
export function createRollupSql(id: RollupId, table: string = id): string {
  return `CREATE OR REPLACE TABLE ${quote(table)} AS ${rollupQuery(id)}`;
}

/** A staging table (from a decoded Parquet file) → the typed rollup table, columns in order. */
export function rollupFromStageSql(id: RollupId, stage: string): string[] {
  const cols = ROLLUPS[id].columns.map((c) => `CAST(${quote(c.name)} AS ${c.sql}) AS ${quote(c.name)}`).join(', ');
  return [`CREATE OR REPLACE TABLE ${quote(id)} AS SELECT ${cols} FROM ${quote(stage)}`, `DROP TABLE ${quote(stage)}`];
}
