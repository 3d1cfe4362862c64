// Daily telemetry generated inside DuckDB from one row of parameters per site, with hash-based pseudo-randomness
// (murmur3's fmix32 on UBIGINT arithmetic, identical to `fmix32` in prng.ts). The same SQL serves the sample
// (parameters chosen by the story) and the --scale benchmark files (parameters generated in SQL), so both have
// the same distributions and neither holds millions of rows in JavaScript.
import type { DuckDBConnection } from '@duckdb/node-api';
import { contractSelectList, sqlString } from './duck.ts';

const MASK = '4294967295::UBIGINT';

export async function defineHashMacros(conn: DuckDBConnection): Promise<void> {
  // Each step references its input at most twice, so the expansion of fmix32 stays small.
  await conn.run(`CREATE OR REPLACE MACRO jdac_xs16(h) AS xor(h, h >> 16)`);
  await conn.run(`CREATE OR REPLACE MACRO jdac_xs13(h) AS xor(h, h >> 13)`);
  await conn.run(`CREATE OR REPLACE MACRO jdac_m1(h) AS ((h * 2246822507::UBIGINT) & ${MASK})`);
  await conn.run(`CREATE OR REPLACE MACRO jdac_m2(h) AS ((h * 3266489909::UBIGINT) & ${MASK})`);
  await conn.run(
    `CREATE OR REPLACE MACRO fmix32(h) AS jdac_xs16(jdac_m2(jdac_xs13(jdac_m1(jdac_xs16(CAST(h AS UBIGINT) & ${MASK})))))`,
  );
  // Uniform [0, 1) from a site key (already a hash), a day number and a stream number.
  await conn.run(
    `CREATE OR REPLACE MACRO u01(k, d, s) AS fmix32(xor(CAST(k AS UBIGINT),
       ((CAST(d AS UBIGINT) * 2654435761::UBIGINT + CAST(s AS UBIGINT) * 2246822519::UBIGINT) & ${MASK}))) / 4294967296.0`,
  );
}

/** Columns of the per-site parameter table (names match TelemetryPlan in story.ts). */
export const SITE_PARAMS_DDL = `CREATE OR REPLACE TABLE site_params (
  site_id VARCHAR, site_key UBIGINT, tech VARCHAR, bandwidth DOUBLE, start_date DATE, end_date DATE,
  base_uptime DOUBLE, rain_dip DOUBLE, base_users DOUBLE, growth DOUBLE, gb_per_user DOUBLE, down_factor DOUBLE,
  gap1_start DATE, gap1_end DATE, gap2_start DATE, gap2_end DATE)`;

/**
 * The rows of site_daily for the sites in `params` (a table or subquery with the site_params columns), cast to
 * the contract types, unordered. Model:
 * - rain: 1 in Dec–Jan, 0.65 in Nov and Feb, 0.3 in Mar, 0 otherwise (rainy season: rain fade on VSAT);
 * - uptime: base (96–98.5) − rain × dip (3–5.5) + noise (sd ≈ 1); outage days (0.8 % dry, up to 2.8 % rainy)
 *   drop to 0–65 %;
 * - down_mbps: bandwidth × factor (VSAT 0.7–0.95, repeater 0.3–0.6) × rain and outage penalties, ≤ bandwidth;
 * - users: base × (1 + growth × years since start) × weekday × noise × uptime/100; data_gb: users × GB per user.
 * Rows inside a gap (gap1/gap2) are missing.
 */
export function siteDailySql(params = 'site_params'): string {
  const days = `
    SELECT p.*, CAST(p.start_date + CAST(unnest(range(CAST(p.end_date - p.start_date AS BIGINT) + 1)) AS INTEGER) AS DATE) AS date
      FROM ${params} p`;
  const drawn = `
    SELECT d.*,
           CAST(date - DATE '2000-01-01' AS BIGINT) AS dn,
           CASE month(date) WHEN 12 THEN 1.0 WHEN 1 THEN 1.0 WHEN 11 THEN 0.65 WHEN 2 THEN 0.65 WHEN 3 THEN 0.3 ELSE 0.0 END AS rain
      FROM (${days}) d
     WHERE NOT coalesce(date BETWEEN gap1_start AND gap1_end, false)
       AND NOT coalesce(date BETWEEN gap2_start AND gap2_end, false)`;
  const randoms = `
    SELECT *,
           u01(site_key, dn, 1) + u01(site_key, dn, 2) + u01(site_key, dn, 3) - 1.5 AS noise,
           u01(site_key, dn, 4) < 0.008 + 0.02 * rain AS outage,
           u01(site_key, dn, 5) AS u_out, u01(site_key, dn, 6) AS u_down,
           u01(site_key, dn, 7) AS u_users, u01(site_key, dn, 8) AS u_gb
      FROM (${drawn})`;
  const uptime = `
    SELECT *,
           round(greatest(0.0, least(100.0,
             CASE WHEN outage THEN 65.0 * u_out ELSE base_uptime - rain_dip * rain + 2.0 * noise END)), 1) AS uptime
      FROM (${randoms})`;
  const measured = `
    SELECT site_id, date, uptime,
           round(least(bandwidth, bandwidth * down_factor * (1.0 - 0.12 * rain) * (0.85 + 0.15 * u_down)
                 * CASE WHEN outage THEN 0.5 ELSE 1.0 END), 1) AS down,
           CAST(round(base_users * (1.0 + growth * (date - start_date) / 365.25)
                 * CASE dayofweek(date) WHEN 0 THEN 0.7 WHEN 6 THEN 0.85 ELSE 1.0 END
                 * (0.8 + 0.4 * u_users) * uptime / 100.0) AS INTEGER) AS users,
           gb_per_user, u_gb
      FROM (${uptime})`;
  const final = `
    SELECT site_id, date, uptime AS uptime_pct, down AS down_mbps,
           round(users * gb_per_user * (0.75 + 0.5 * u_gb), 1) AS data_gb, users
      FROM (${measured})`;
  return `SELECT ${contractSelectList('site_daily')} FROM (${final})`;
}

/**
 * Synthetic site parameters for --scale: `nSites` sites "SIM-0000001"… (VSAT, 5 % repeaters), installed over
 * 2023–2024 and reporting up to `asOf`, with gaps as in the sample.
 */
export function scaleSiteParamsSql(nSites: number, asOf: string, seed: number): string {
  const u = (s: number) => `(fmix32(xor(k, ${s * 374761393}::UBIGINT)) / 4294967296.0)`;
  return `
    WITH base AS (
      SELECT i, fmix32(i * 2654435761 + ${seed >>> 0}) AS k FROM range(1, ${nSites + 1}) t(i)
    ), drawn AS (
      SELECT i, k,
             ${u(1)} < 0.05 AS rep,
             CAST(DATE '2023-01-01' + CAST(floor(${u(2)} * 700) AS INTEGER) AS DATE) AS start_date,
             ${u(3)} AS u3, ${u(4)} AS u4, ${u(5)} AS u5, ${u(6)} AS u6, ${u(7)} AS u7, ${u(8)} AS u8,
             ${u(9)} AS u9, ${u(10)} AS u10, ${u(11)} AS u11, ${u(12)} AS u12, ${u(13)} AS u13,
             ${u(14)} AS u14, ${u(15)} AS u15
        FROM base
    ), sized AS (
      SELECT *, CAST(DATE ${sqlString(asOf)} - start_date AS INTEGER) + 1 AS n,
             CASE WHEN rep THEN [20, 30, 40][1 + CAST(floor(u3 * 3) AS INTEGER)]
                  ELSE [2, 4, 6, 10][1 + CAST(floor(u3 * 4) AS INTEGER)] END AS bw
        FROM drawn
    )
    SELECT 'SIM-' || lpad(CAST(i AS VARCHAR), 7, '0') AS site_id, k AS site_key,
           CASE WHEN rep THEN 'GSM repeater' ELSE 'VSAT' END AS tech, CAST(bw AS DOUBLE) AS bandwidth,
           start_date, CAST(DATE ${sqlString(asOf)} AS DATE) AS end_date,
           round(96 + 2.5 * u4, 1) AS base_uptime, round(3 + 2.5 * u5, 1) AS rain_dip,
           round(CASE WHEN rep THEN 120 + 230 * u6 ELSE 15 + 45 * u6 END, 1) AS base_users,
           round(CASE WHEN rep THEN 0.1 + 0.15 * u7 ELSE 0.05 + 0.1 * u7 END, 3) AS growth,
           round(CASE WHEN rep THEN 0.3 + 0.3 * u8 ELSE (0.05 + 0.02 * bw) * (0.8 + 0.4 * u8) END, 3) AS gb_per_user,
           round(CASE WHEN rep THEN 0.3 + 0.3 * u9 ELSE 0.7 + 0.25 * u9 END, 3) AS down_factor,
           CASE WHEN u10 < 0.35 THEN CAST(start_date + 10 + CAST(floor(u11 * (n // 2 - 34)) AS INTEGER) AS DATE) END AS gap1_start,
           CASE WHEN u10 < 0.35 THEN CAST(start_date + 10 + CAST(floor(u11 * (n // 2 - 34)) AS INTEGER) + 2 + CAST(floor(u12 * 18) AS INTEGER) AS DATE) END AS gap1_end,
           CASE WHEN u13 < 0.12 THEN CAST(start_date + n // 2 + 5 + CAST(floor(u14 * (n - n // 2 - 29)) AS INTEGER) AS DATE) END AS gap2_start,
           CASE WHEN u13 < 0.12 THEN CAST(start_date + n // 2 + 5 + CAST(floor(u14 * (n - n // 2 - 29)) AS INTEGER) + 2 + CAST(floor(u15 * 18) AS INTEGER) AS DATE) END AS gap2_end
      FROM sized`;
}

/** Rows a site_params row yields: its days minus its gaps (gaps lie inside the window and do not overlap). */
export const SITE_ROWS_SQL = `(CAST(end_date - start_date AS BIGINT) + 1
  - coalesce(CAST(gap1_end - gap1_start AS BIGINT) + 1, 0) - coalesce(CAST(gap2_end - gap2_start AS BIGINT) + 1, 0))`;
