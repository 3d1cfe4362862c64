// The publish step for rollups: files written by native DuckDB give, through the telemetry indicators of the
// catalog (which read only rollups), the same figures as SQL written here over the raw site-days (a decommissioned
// site, gaps, a site-day of an unknown site, a week across New Year), and the index ties them to the source files.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetId } from '../../src/data/contract.ts';
import type { QueryRequest } from '../../src/data/engine-types.ts';
import { type Manifest, parseManifest } from '../../src/data/manifest.ts';
import {
  onDemandDatasetsIn,
  parseRollupIndex,
  publishedRollup,
  ROLLUP_IDS,
  type RollupIndexJson,
} from '../../src/data/rollups.ts';
import type { Cell, Row } from '../../src/data/rows.ts';
import { type Filters, NO_FILTERS } from '../../src/filters/filters.ts';
import { indicatorQuery } from '../../src/indicators/catalog.ts';
import type { DateRange, IndicatorId } from '../../src/indicators/types.ts';
import { openDuck, queryRows, sqlString } from './duck.ts';
import { fixtureCsv } from './duckdb-wasm-node.ts';
import { buildManifest } from './manifest.ts';
import { typedSource, writeRollups } from './rollup.ts';

let dir: string;
let manifest: Manifest;
let index: RollupIndexJson;
let conn: DuckDBConnection;

const village = (code: string) => ({
  village_code: code,
  district_code: code.slice(0, 8),
  district_name: 'D',
  regency_code: code.slice(0, 5),
  name: `V ${code}`,
  kind: 'desa',
  isolated: false,
});
const site = (site_id: string, village_code: string, programme: string, technology: string, status: string) => ({
  site_id,
  village_code,
  programme,
  technology,
  status,
  budget_year: 2023,
  installed_on: '2023-06-01',
  bandwidth_mbps: 4,
});

function dates(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** A1 every day; A2 with a 10-day gap; B1 decommissioned on 15 Jan 2024; GHOST not in the register. */
const TELEMETRY: Record<string, Cell>[] = [
  ...dates('2023-10-01', '2024-03-31').map((date, i) => ({
    site_id: 'A1',
    date,
    uptime_pct: 90 + (i % 7) / 10,
    down_mbps: 4.5,
    data_gb: 10.2,
    users: 5 + (i % 3),
  })),
  ...dates('2023-10-01', '2024-03-31')
    .filter((d) => d < '2023-12-27' || d > '2024-01-05')
    .map((date) => ({ site_id: 'A2', date, uptime_pct: 99.1, down_mbps: 2, data_gb: 20.4, users: 7 })),
  ...dates('2023-10-01', '2024-01-15').map((date) => ({
    site_id: 'B1',
    date,
    uptime_pct: 60.3,
    down_mbps: 3,
    data_gb: 6,
    users: 2,
  })),
  ...dates('2024-03-01', '2024-03-31').map((date) => ({
    site_id: 'GHOST',
    date,
    uptime_pct: 1,
    down_mbps: 1,
    data_gb: 1,
    users: 1,
  })),
];

const FIXTURES: Partial<Record<DatasetId, Record<string, Cell>[]>> = {
  villages: [village('15.01.01.2001'), village('15.02.01.2001'), village('15.02.02.2003')],
  sites: [
    site('A1', '15.02.01.2001', 'Dumisake Internet Desa', 'VSAT', 'active'),
    site('A2', '15.01.01.2001', 'Dumisake Internet Desa', 'VSAT', 'active'),
    site('B1', '15.02.02.2003', 'BAKTI Internet Desa', 'VSAT', 'decommissioned'),
  ],
  site_daily: TELEMETRY,
};

async function run(req: QueryRequest): Promise<Row[]> {
  const reader = await conn.runAndReadAll(req.sql, [...req.params] as (string | number)[]);
  return reader
    .getRowObjectsJS()
    .map((r) =>
      Object.fromEntries(
        Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v instanceof Date ? v : v]),
      ),
    ) as Row[];
}

function expectSameRows(actual: readonly Row[], expected: readonly Row[]) {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, i) => {
    const want = expected[i] as Row;
    for (const [k, v] of Object.entries(row)) {
      const w = want[k];
      if (typeof v === 'number' && typeof w === 'number')
        expect(Math.abs(v - w)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(w)));
      else expect([k, v]).toEqual([k, w]);
    }
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jdac-rollup-'));
  for (const [id, rows] of Object.entries(FIXTURES)) {
    writeFileSync(join(dir, `${id}.csv`), `${fixtureCsv(id as DatasetId, rows)}\n`);
  }
  manifest = await buildManifest(dir);
  index = (await writeRollups(dir, manifest)).index;
  // Raw tables from the CSV files, rollup tables from the Parquet files the step wrote.
  conn = await openDuck();
  for (const id of Object.keys(FIXTURES)) {
    await conn.run(`CREATE TABLE "${id}" AS ${typedSource(id as DatasetId, join(dir, `${id}.csv`), 'csv')}`);
  }
  for (const t of index.tables) {
    const files = t.files.map((f) => sqlString(join(dir, f.path))).join(', ');
    await conn.run(`CREATE TABLE "${t.id}" AS SELECT * FROM read_parquet([${files}])`);
  }
});

afterAll(() => {
  conn?.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run data:rollup', () => {
  it('writes an index that ties the rollups to the source files', () => {
    const parsed = parseRollupIndex(JSON.parse(readFileSync(join(dir, 'rollups.json'), 'utf8')));
    expect(parsed?.tables.map((t) => t.id)).toEqual([...ROLLUP_IDS]);
    for (const id of ROLLUP_IDS) expect(publishedRollup(parsed, manifest, id)).not.toBeNull();
    // A new sites file: the rollups are stale and are not used.
    const changed = parseManifest({
      ...manifest,
      datasets: manifest.datasets.map((d) =>
        d.id === 'sites' ? { ...d, files: d.files.map((f) => ({ ...f, sha256: 'f'.repeat(64) })) } : d,
      ),
    });
    for (const id of ROLLUP_IDS) expect(publishedRollup(parsed, changed, id)).toBeNull();
  });

  it('keeps sums and counts per week cell, cut at New Year, with gaps and a decommissioned site', async () => {
    // Week of Mon 25 Dec 2023 (ends Sun 31 Dec, all in 2023): B1 7 days × 60.3; A1 7 days; A2 only 25–26 Dec
    // (its gap runs 27 Dec – 5 Jan). Week of Mon 1 Jan 2024: A1 7 days, A2 6–7 Jan, B1 7 days.
    const rows = await queryRows(
      conn,
      `SELECT year, strftime(week, '%Y-%m-%d') AS week, programme, CAST(sum(site_days) AS INTEGER) AS site_days,
         round(sum(uptime_sum), 6) AS uptime_sum
       FROM site_daily_by_week WHERE week IN (DATE '2023-12-25', DATE '2024-01-01') AND programme IS NOT NULL
       GROUP BY ALL ORDER BY week, programme`,
    );
    const a1 = (from: string, to: string) =>
      TELEMETRY.filter((r) => r.site_id === 'A1' && String(r.date) >= from && String(r.date) <= to).reduce(
        (s, r) => s + Number(r.uptime_pct),
        0,
      );
    expect(rows.map((r) => [r.year, r.week, r.programme, r.site_days])).toEqual([
      [2023, '2023-12-25', 'BAKTI Internet Desa', 7],
      [2023, '2023-12-25', 'Dumisake Internet Desa', 9],
      [2024, '2024-01-01', 'BAKTI Internet Desa', 7],
      [2024, '2024-01-01', 'Dumisake Internet Desa', 9],
    ]);
    expect(rows[0]?.uptime_sum).toBeCloseTo(7 * 60.3, 6);
    expect(rows[1]?.uptime_sum).toBeCloseTo(a1('2023-12-25', '2023-12-31') + 2 * 99.1, 6);
    expect(rows[3]?.uptime_sum).toBeCloseTo(a1('2024-01-01', '2024-01-07') + 2 * 99.1, 6);
    // (1 Jan 2024 is a Monday: no week straddles this New Year; the trends tests cover 30 Dec 2024 – 5 Jan 2025.)
    // B1 stops after 15 Jan 2024: no cell of it later.
    const [last] = await queryRows(
      conn,
      `SELECT strftime(max(last_date), '%Y-%m-%d') AS d FROM site_daily_by_week WHERE programme = 'BAKTI Internet Desa'`,
    );
    expect(last?.d).toBe('2024-01-15');
    // The unknown site's days are kept (they end the range) with no programme.
    const [ghost] = await queryRows(
      conn,
      'SELECT CAST(sum(site_days) AS INTEGER) AS n FROM site_daily_by_week WHERE programme IS NULL',
    );
    expect(ghost?.n).toBe(31);
  });

  it('keeps per-site sums and counts over the last 30 days and the last 12 months', async () => {
    // The last telemetry day is 2024-03-31: the 30 days are 2024-03-02 … 2024-03-31 (A1, A2 and GHOST every day;
    // B1 stopped on 15 Jan), the 12 months April 2023 … March 2024 (all of the fixture).
    const recent = await queryRows(
      conn,
      `SELECT site_id, site_days, uptime_sum, strftime(window_from, '%Y-%m-%d') AS f, strftime(window_to, '%Y-%m-%d') AS t
       FROM site_daily_by_site_30d ORDER BY site_id`,
    );
    const a1 = TELEMETRY.filter((r) => r.site_id === 'A1' && String(r.date) >= '2024-03-02').reduce(
      (s, r) => s + Number(r.uptime_pct),
      0,
    );
    expect(recent.map((r) => [r.site_id, r.site_days, r.f, r.t])).toEqual([
      ['A1', 30, '2024-03-02', '2024-03-31'],
      ['A2', 30, '2024-03-02', '2024-03-31'],
      ['GHOST', 30, '2024-03-02', '2024-03-31'],
    ]);
    expect(recent[0]?.uptime_sum).toBeCloseTo(a1, 9);
    expect(recent[1]?.uptime_sum).toBeCloseTo(30 * 99.1, 9);
    const months = await queryRows(
      conn,
      `SELECT site_id, strftime(month, '%Y-%m') AS month, site_days, uptime_sum,
         strftime(window_from, '%Y-%m-%d') AS f, strftime(window_to, '%Y-%m-%d') AS t
       FROM site_daily_by_site_month WHERE site_id IN ('A2', 'B1') ORDER BY site_id, month`,
    );
    // A2: 26 days in December (gap from the 27th) and 26 in January (from the 6th); B1: 15 days in January.
    expect(months.map((r) => [r.site_id, r.month, r.site_days])).toEqual([
      ['A2', '2023-10', 31],
      ['A2', '2023-11', 30],
      ['A2', '2023-12', 26],
      ['A2', '2024-01', 26],
      ['A2', '2024-02', 29],
      ['A2', '2024-03', 31],
      ['B1', '2023-10', 31],
      ['B1', '2023-11', 30],
      ['B1', '2023-12', 31],
      ['B1', '2024-01', 15],
    ]);
    expect(months[2]?.uptime_sum).toBeCloseTo(26 * 99.1, 9);
    expect(months[9]?.uptime_sum).toBeCloseTo(15 * 60.3, 9);
    expect(new Set(months.map((r) => `${r.f}..${r.t}`))).toEqual(new Set(['2023-04-01..2024-03-31']));
  });

  it('gives the telemetry indicators the raw figures under every filter', async () => {
    // Each filter state with its predicate over the raw site-days (a: site_daily ⋈ sites ⋈ villages), written here.
    const filterSets: [Filters, string][] = [
      [NO_FILTERS, 'TRUE'],
      [{ ...NO_FILTERS, yearFrom: 2023, yearTo: 2023 }, 'year(a.date) = 2023'],
      [{ ...NO_FILTERS, yearFrom: 2024, yearTo: 2024 }, 'year(a.date) = 2024'],
      [{ ...NO_FILTERS, regencies: ['15.02'] }, `a.regency_code = '15.02'`],
      [{ ...NO_FILTERS, districts: ['15.02.02'] }, `a.district_code = '15.02.02'`],
      [{ ...NO_FILTERS, programmes: ['BAKTI Internet Desa'] }, `a.programme = 'BAKTI Internet Desa'`],
      [{ ...NO_FILTERS, statuses: ['decommissioned'] }, `a.status = 'decommissioned'`],
      [
        { ...NO_FILTERS, yearFrom: 2024, technologies: ['VSAT'], regencies: ['15.01'] },
        `year(a.date) >= 2024 AND a.technology = 'VSAT' AND a.regency_code = '15.01'`,
      ],
    ];
    const attributed = `SELECT d.*, v.regency_code, v.district_code, s.programme, s.technology, s.status
      FROM site_daily d JOIN sites s USING (site_id) JOIN villages v ON v.village_code = s.village_code`;
    const [bounds] = await queryRows(
      conn,
      `SELECT strftime(min(date), '%Y-%m-%d') AS lo, strftime(max(date), '%Y-%m-%d') AS hi FROM site_daily`,
    );
    const dataFirst = String(bounds?.lo);
    const dataLast = String(bounds?.hi);
    const figure = async (id: IndicatorId, filters: Filters, by: 'week' | null, range: DateRange | null = null) =>
      run(indicatorQuery({ indicator: id, filters, by: by ? [by] : [], range }));
    for (const [f, pred] of filterSets) {
      // By week: means over the week's site-days, sums, and users per calendar day of the week (clipped to the data
      // and to the year filter).
      const lo = [`DATE '${dataFirst}'`, ...(f.yearFrom ? [`DATE '${f.yearFrom}-01-01'`] : [])];
      const hi = [`DATE '${dataLast}'`, ...(f.yearTo ? [`DATE '${f.yearTo}-12-31'`] : [])];
      const raw = await queryRows(
        conn,
        `SELECT strftime(w, '%Y-%m-%d') AS week, up, down, gb,
           users / (datediff('day', greatest(w, ${lo.join(', ')}), least(CAST(w + 6 AS DATE), ${hi.join(', ')})) + 1) AS daily_users
         FROM (SELECT CAST(date_trunc('week', a.date) AS DATE) AS w, avg(a.uptime_pct) AS up, avg(a.down_mbps) AS down,
                 sum(a.data_gb) AS gb, sum(a.users) AS users
               FROM (${attributed}) a WHERE ${pred} GROUP BY 1) ORDER BY week`,
      );
      const pick = (rows: Row[]): Row[] => rows.map((r) => ({ week: r.week ?? null, value: r.value ?? null }));
      const want = (k: string): Row[] => raw.map((r) => ({ week: String(r.week), value: Number(r[k]) }));
      expectSameRows(pick(await figure('uptime', f, 'week')), want('up'));
      expectSameRows(pick(await figure('downlink', f, 'week')), want('down'));
      expectSameRows(pick(await figure('data_volume', f, 'week')), want('gb'));
      expectSameRows(pick(await figure('daily_users', f, 'week')), want('daily_users'));
      // The whole selection in one figure.
      const [all] = await queryRows(conn, `SELECT avg(a.uptime_pct) AS up FROM (${attributed}) a WHERE ${pred}`);
      const [one] = await figure('uptime', f, null);
      expect(Number(one?.value)).toBeCloseTo(Number(all?.up), 9);
    }
    // Non-trivial results: weekly grain over 6 months; the 30-day window ending on the data's last day (day grain).
    expect((await figure('uptime', NO_FILTERS, 'week')).length).toBeGreaterThan(25);
    const window = { from: '2024-03-02', to: '2024-03-31' };
    const [uptime] = await figure('uptime', NO_FILTERS, null, window);
    const [rawWindow] = await queryRows(
      conn,
      `SELECT avg(a.uptime_pct) AS up FROM (${attributed}) a WHERE a.date BETWEEN DATE '2024-03-02' AND DATE '2024-03-31'`,
    );
    expect(Number(uptime?.value)).toBeCloseTo(Number(rawWindow?.up), 9);
    expect([uptime?.period_from, uptime?.period_to]).toEqual(['2024-03-02', '2024-03-31']);
  });
});

describe('raw site_daily on demand', () => {
  it('is loaded for a console statement only when the statement names it', () => {
    expect(onDemandDatasetsIn('SELECT count(*) FROM site_daily')).toEqual(['site_daily']);
    expect(onDemandDatasetsIn('select * from "SITE_DAILY" d join sites s using (site_id)')).toEqual(['site_daily']);
    expect(onDemandDatasetsIn('SELECT * FROM site_daily_by_week')).toEqual([]);
    expect(onDemandDatasetsIn('SELECT * FROM sites')).toEqual([]);
  });
});

describe('public/data/rollups.json', () => {
  it('is current for the published data (else run npm run data:rollup)', () => {
    const published = parseManifest(JSON.parse(readFileSync('public/data/manifest.json', 'utf8')));
    const stored = parseRollupIndex(JSON.parse(readFileSync('public/data/rollups.json', 'utf8')));
    for (const id of ROLLUP_IDS) expect(publishedRollup(stored, published, id), id).not.toBeNull();
  });
});
