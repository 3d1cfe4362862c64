// The publish-time cubes are exact over the published sample (public/data, 344,812 site-days): the cubes are
// written afresh by the publish step (native DuckDB) into a temporary directory; the app's SQL runs over them and
// its figures are compared with SQL over the raw rows that never reads a cube:
//   - telemetry indicators: tests/reference/indicators.ts, from the period and scope codes the screen would carry,
//     plus a count of the raw site-days (the mean's denominator) written here;
//   - the sites table (uptime over the last 30 days per site) and a village's drill-down (monthly uptime per site),
//     with per-site SQL written here from the listings' documented definitions.
// Counts must be equal; means and sums agree to 1e-9 (relative).
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetId } from '../../src/data/contract.ts';
import type { QueryRequest } from '../../src/data/engine-types.ts';
import { type Manifest, parseManifest, preferredFile } from '../../src/data/manifest.ts';
import type { Row } from '../../src/data/rows.ts';
import { type Filters, NO_FILTERS } from '../../src/filters/filters.ts';
import { indicatorQuery, resolve } from '../../src/indicators/catalog.ts';
import { sitesTableQuery } from '../../src/indicators/listings/sites-table.ts';
import { villageSitesQuery } from '../../src/indicators/listings/village-history.ts';
import { previousWindow, windowEnding } from '../../src/indicators/period.ts';
import { toFigures } from '../../src/indicators/results.ts';
import type { Breakdown, DateRange, IndicatorId } from '../../src/indicators/types.ts';
import { parsePeriod, parseScope, referenceSql } from '../../tests/reference/indicators.ts';
import { openDuck, queryRows, sqlString } from './duck.ts';
import { typedSource, writeRollups } from './rollup.ts';

const DATA = 'public/data';
const RAW: readonly DatasetId[] = ['regencies', 'villages', 'sites', 'site_daily'];
const TELEMETRY: readonly IndicatorId[] = ['uptime', 'downlink', 'data_volume', 'daily_users'];

let dir: string;
let manifest: Manifest;
let raw: DuckDBConnection;
let cubes: DuckDBConnection;
let asOf: string;

const toCell = (v: unknown) =>
  typeof v === 'bigint' ? Number(v) : v instanceof Date ? v.toISOString().slice(0, 10) : v;

async function run(conn: DuckDBConnection, req: QueryRequest): Promise<Row[]> {
  const reader = await conn.runAndReadAll(req.sql, [...req.params] as (string | number)[]);
  return reader
    .getRowObjectsJS()
    .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, toCell(v)]))) as Row[];
}

const close = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

beforeAll(async () => {
  manifest = parseManifest(JSON.parse(readFileSync(join(DATA, 'manifest.json'), 'utf8')));
  asOf = manifest.datasets.find((d) => d.id === 'site_daily')?.as_of ?? manifest.as_of;
  dir = mkdtempSync(join(tmpdir(), 'jdac-cubes-'));
  for (const id of RAW) {
    const d = manifest.datasets.find((x) => x.id === id);
    if (d) copyFileSync(join(DATA, preferredFile(d).path), join(dir, preferredFile(d).path));
  }
  const { index } = await writeRollups(dir, manifest);
  // Two databases: the raw rows only (where the reference runs), and the app's tables: the cubes and the small
  // datasets the listings join (sites, villages, regencies), never site_daily.
  raw = await openDuck();
  cubes = await openDuck();
  for (const id of RAW) {
    const d = manifest.datasets.find((x) => x.id === id);
    if (!d) continue;
    const f = preferredFile(d);
    const source = typedSource(id, join(dir, f.path), f.format);
    await raw.run(`CREATE TABLE "${id}" AS ${source}`);
    if (id !== 'site_daily') await cubes.run(`CREATE TABLE "${id}" AS ${source}`);
  }
  for (const t of index.tables) {
    const files = t.files.map((f) => sqlString(join(dir, f.path))).join(', ');
    await cubes.run(`CREATE TABLE "${t.id}" AS SELECT * FROM read_parquet([${files}])`);
  }
}, 120_000);

afterAll(() => {
  raw?.closeSync();
  cubes?.closeSync();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Filter states drawn from the data: every year, programme, technology and status, two districts, mixes. */
async function filterStates(): Promise<[string, Filters][]> {
  const values = async (sql: string) => (await queryRows(raw, sql)).map((r) => String(r.v));
  const years = (await values('SELECT DISTINCT year(date) AS v FROM site_daily ORDER BY v')).map(Number);
  const programmes = await values('SELECT DISTINCT programme AS v FROM sites ORDER BY v');
  const technologies = await values('SELECT DISTINCT technology AS v FROM sites ORDER BY v');
  const statuses = await values('SELECT DISTINCT status AS v FROM sites ORDER BY v');
  const districts = await values(
    `SELECT v.district_code AS v FROM sites s JOIN villages v USING (village_code)
     GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 2`,
  );
  const regency = String(districts[0]).slice(0, 5);
  const states: [string, Filters][] = [['none', NO_FILTERS]];
  for (const y of years) states.push([`year ${y}`, { ...NO_FILTERS, yearFrom: y, yearTo: y }]);
  for (const p of programmes) states.push([`programme ${p}`, { ...NO_FILTERS, programmes: [p] }]);
  for (const t of technologies) states.push([`technology ${t}`, { ...NO_FILTERS, technologies: [t] }]);
  for (const s of statuses) states.push([`status ${s}`, { ...NO_FILTERS, statuses: [s] }]);
  for (const d of districts) states.push([`district ${d}`, { ...NO_FILTERS, districts: [d] }]);
  states.push([
    `2024–2025, VSAT, regency ${regency}, active|offline`,
    {
      ...NO_FILTERS,
      yearFrom: 2024,
      yearTo: 2025,
      technologies: ['VSAT'],
      regencies: [regency],
      statuses: ['active', 'offline'],
    },
  ]);
  states.push([
    `district ${districts[1]}, two programmes`,
    { ...NO_FILTERS, districts: [String(districts[1])], programmes: programmes.slice(0, 2) },
  ]);
  return states;
}

/** The period a request asks for: its range, else its years (up to the as-of date), else all the telemetry. */
function requestPeriod(filters: Filters, range: DateRange | null): string {
  const first = manifest.datasets.find((d) => d.id === 'site_daily')?.period.start ?? '0001-01-01';
  if (range) return `${range.from}..${range.to}`;
  const from = filters.yearFrom !== null ? `${filters.yearFrom}-01-01` : first;
  const to = filters.yearTo !== null && `${filters.yearTo}-12-31` < asOf ? `${filters.yearTo}-12-31` : asOf;
  return `${[from, first].sort()[1]}..${to}`; // the later of the two dates
}

/** Site-days of the raw rows in a figure's period and scope (registered sites in known villages, as the reference). */
function rawDaysSql(period: string, scope: string): string {
  const span = parsePeriod(period);
  const s = parseScope(scope);
  const list = (col: string, vals?: string[]) =>
    vals?.length ? `${col} IN (${vals.map(sqlString).join(', ')})` : 'TRUE';
  return `SELECT CAST(count(*) AS DOUBLE) AS n
    FROM site_daily d JOIN sites s ON s.site_id = d.site_id JOIN villages v ON v.village_code = s.village_code
    WHERE d.date BETWEEN DATE ${sqlString(span.from ?? '0001-01-01')} AND DATE ${sqlString(span.to)}
      AND ${list('v.regency_code', s.regency)} AND ${list('v.district_code', s.district)}
      AND ${list('s.programme', s.programme)} AND ${list('s.technology', s.technology)} AND ${list('s.status', s.status)}`;
}

describe('telemetry indicators over the cubes = the reference over raw site-days', () => {
  it('for every filter state, with and without a 30-day window, per programme and per district', async () => {
    const headline = windowEnding(asOf, 30);
    const ranges: [string, DateRange | null][] = [
      ['no range', null],
      ['the 30 days to the as-of date', headline],
      ['the 30 days before', previousWindow(headline)],
    ];
    const wrong: string[] = [];
    let checked = 0;
    let days = 0;
    // Every state without breakdown; per programme and per district only for a few states (each row is one more
    // reference query over the raw rows).
    const asks: [string, Filters, DateRange | null, Breakdown[]][] = [];
    // A range is the KPI's window: its period replaces the year filter (src/panels/kpis/requests.ts).
    for (const [label, filters] of await filterStates())
      for (const [rangeLabel, range] of ranges)
        asks.push([
          `${label}; ${rangeLabel}`,
          range ? { ...filters, yearFrom: null, yearTo: null } : filters,
          range,
          [],
        ]);
    const year2025 = { ...NO_FILTERS, yearFrom: 2025, yearTo: 2025 };
    asks.push(['none; by programme', NO_FILTERS, null, ['programme']]);
    asks.push(['2025; by programme', year2025, null, ['programme']]);
    asks.push(['30 days; by programme', NO_FILTERS, headline, ['programme']]);
    asks.push(['30 days; by district', NO_FILTERS, headline, ['district']]);
    asks.push(['2025; by technology, status', year2025, null, ['technology', 'status']]);
    for (const [label, filters, range, by] of asks) {
      for (const indicator of TELEMETRY) {
        const req = { indicator, filters, by, range };
        const rows = await run(cubes, indicatorQuery(req));
        for (const fig of toFigures(resolve(req), rows, asOf)) {
          // No site-day selected: the row carries no period of its own; the reference is asked for the request's.
          const period = parsePeriod(fig.period).from === null ? requestPeriod(filters, range) : fig.period;
          const ref = await queryRows(raw, referenceSql(indicator, period, fig.scope));
          const want = num(ref[0]?.value);
          const where = `${indicator} [${label}] ${period} ${fig.scope}`;
          if (!close(fig.value, want)) wrong.push(`${where}: cubes ${fig.value}, raw ${want}`);
          if (indicator === 'uptime') {
            const [n] = await queryRows(raw, rawDaysSql(period, fig.scope));
            if ((fig.denominator ?? 0) !== Number(n?.n))
              wrong.push(`${where}: ${fig.denominator} site-days, raw ${n?.n}`);
            else days += Number(n?.n);
          }
          checked += 1;
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(300);
    expect(days).toBeGreaterThan(1_000_000);
  }, 600_000);

  it('per week: every week of the data, and of one year under a technology filter', async () => {
    const wrong: string[] = [];
    let weeks = 0;
    const states: Filters[] = [NO_FILTERS, { ...NO_FILTERS, yearFrom: 2025, yearTo: 2025, technologies: ['VSAT'] }];
    for (const filters of states) {
      // Uptime (a mean) over every week of the data; daily users (user-days per calendar day) in one year.
      for (const indicator of (filters === NO_FILTERS ? ['uptime'] : ['daily_users']) as IndicatorId[]) {
        const req = { indicator, filters, by: ['week'] as Breakdown[], range: null };
        for (const fig of toFigures(resolve(req), await run(cubes, indicatorQuery(req)), asOf)) {
          const want = num((await queryRows(raw, referenceSql(indicator, fig.period, fig.scope)))[0]?.value);
          if (!close(fig.value, want)) wrong.push(`${indicator} ${fig.period} ${fig.scope}: ${fig.value} vs ${want}`);
          weeks += 1;
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(weeks).toBeGreaterThan(200);
  }, 600_000);
});

describe('listings over the per-site cubes = per-site SQL over raw site-days', () => {
  it('the sites table: days and mean uptime of each site over the 30 days to the last telemetry day', async () => {
    const rawRecent = new Map(
      (
        await queryRows(
          raw,
          `SELECT site_id, CAST(count(*) AS INTEGER) AS n, avg(uptime_pct) AS up FROM site_daily
           WHERE date BETWEEN (SELECT max(date) - 29 FROM site_daily) AND (SELECT max(date) FROM site_daily)
           GROUP BY site_id`,
        )
      ).map((r) => [String(r.site_id), r]),
    );
    const states: Filters[] = [
      NO_FILTERS,
      { ...NO_FILTERS, statuses: ['offline'] },
      { ...NO_FILTERS, technologies: ['GSM repeater'], yearFrom: 2024, yearTo: 2025 },
    ];
    let withDays = 0;
    for (const filters of states) {
      const rows = await run(cubes, sitesTableQuery(filters));
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) {
        const want = rawRecent.get(String(r.site_id));
        expect(r.days_30d, String(r.site_id)).toBe(want ? Number(want.n) : 0);
        expect(close(num(r.uptime_30d), want ? Number(want.up) : null), `${r.site_id}: ${r.uptime_30d}`).toBe(true);
        if (want) withDays += 1;
      }
    }
    // Every registered site is listed once without filters.
    const [sites] = await queryRows(raw, 'SELECT CAST(count(*) AS INTEGER) AS n FROM sites');
    expect((await run(cubes, sitesTableQuery(NO_FILTERS))).length).toBe(sites?.n);
    expect(withDays).toBeGreaterThan(100);
  });

  it("a village's drill-down: each site's days and mean uptime per month, and over the 12 months", async () => {
    const villages = await queryRows(
      raw,
      'SELECT village_code FROM sites GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 8',
    );
    const window = `(SELECT CAST(date_trunc('month', max(date)) - INTERVAL 11 MONTH AS DATE) FROM site_daily)
      AND (SELECT max(date) FROM site_daily)`;
    let months = 0;
    for (const v of villages) {
      const code = String(v.village_code);
      const rows = await run(cubes, villageSitesQuery(code, NO_FILTERS));
      const want = await queryRows(
        raw,
        `SELECT s.site_id, strftime(date_trunc('month', d.date), '%Y-%m') AS month, CAST(count(d.date) AS INTEGER) AS days,
           avg(d.uptime_pct) AS uptime
         FROM sites s LEFT JOIN site_daily d ON d.site_id = s.site_id AND d.date BETWEEN ${window}
         WHERE s.village_code = ${sqlString(code)} GROUP BY ALL ORDER BY s.site_id, month NULLS LAST`,
      );
      expect(rows.map((r) => [r.site_id, r.month, r.days ?? 0])).toEqual(
        want.map((r) => [r.site_id, r.month, Number(r.days)]),
      );
      for (const [i, r] of rows.entries())
        expect(close(num(r.uptime), num(want[i]?.uptime)), `${code} ${r.site_id} ${r.month}`).toBe(true);
      const overall = await queryRows(
        raw,
        `SELECT s.site_id, avg(d.uptime_pct) AS up FROM sites s LEFT JOIN site_daily d
           ON d.site_id = s.site_id AND d.date BETWEEN ${window}
         WHERE s.village_code = ${sqlString(code)} GROUP BY 1`,
      );
      const per = new Map(overall.map((r) => [String(r.site_id), num(r.up)]));
      for (const r of rows) expect(close(num(r.uptime_12m), per.get(String(r.site_id)) ?? null)).toBe(true);
      months += rows.filter((r) => r.month !== null).length;
    }
    expect(months).toBeGreaterThan(50);
  });
});
