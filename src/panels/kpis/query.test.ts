// The KPI queries run in DuckDB-WASM (Node build) over fixture rows; the expected figures are counted by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../../../tests/helpers/duckdb-node.ts';
import type { QueryRequest } from '../../data/engine-types.ts';
import { ROLLUP_IDS } from '../../data/rollups.ts';
import { createRollupSql } from '../../data/rollups-sql.ts';
import type { Cell, Row } from '../../data/rows.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import { coverageQuery, installationsQuery, repeatersQuery, uptimeQuery, uptimeRawQuery } from './query.ts';
import { coverageModel, installationsModel, repeatersModel, uptimeModel } from './to-option.ts';

let engine: TestEngine;

// Villages: A, B in Kerinci (district 15.01.01); C in Merangin 15.02.01; D, E in Merangin 15.02.02.
const A = '15.01.01.2001';
const B = '15.01.01.2002';
const C = '15.02.01.2001';
const D = '15.02.02.2001';
const E = '15.02.02.2002';

/** Every day from `from` to `to` inclusive, as 'YYYY-MM-DD'. */
function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

beforeAll(async () => {
  engine = await createTestEngine();
  engine.load('regencies', [
    { regency_code: '15.01', bps_code: '1501', name: 'Kerinci', type: 'Kabupaten' },
    { regency_code: '15.02', bps_code: '1502', name: 'Merangin', type: 'Kabupaten' },
  ]);
  const village = (code: string) => ({
    village_code: code,
    district_code: code.slice(0, 8),
    district_name: `Kec ${code.slice(0, 8)}`,
    regency_code: code.slice(0, 5),
    name: `Desa ${code}`,
    kind: 'desa',
    isolated: false,
  });
  engine.load('villages', [A, B, C, D, E].map(village));

  // Coverage 2021–2023. D has no row in 2021 (a year with no data for some villages).
  // A is blankspot in 2021, covered in 2022 and blankspot AGAIN in 2023.
  const cov = (village_code: string, year: number, best_signal: string) => ({
    village_code,
    year,
    best_signal,
    is_blankspot: best_signal === 'none',
  });
  engine.load('village_coverage', [
    cov(A, 2021, 'none'),
    cov(B, 2021, '4G'),
    cov(C, 2021, 'none'),
    cov(E, 2021, 'none'),
    cov(A, 2022, '4G'),
    cov(B, 2022, '4G'),
    cov(C, 2022, 'none'),
    cov(D, 2022, '2G'),
    cov(E, 2022, 'none'),
    cov(A, 2023, 'none'),
    cov(B, 2023, '4G'),
    cov(C, 2023, '3G'),
    cov(D, 2023, '4G'),
    cov(E, 2023, '4G'),
  ]);

  const site = (
    site_id: string,
    village_code: string,
    programme: string,
    technology: string,
    status: string,
    installed_on: string | null,
  ) => ({
    site_id,
    village_code,
    programme,
    technology,
    status,
    budget_year: site_id.startsWith('RPT') ? 2024 : Number(installed_on?.slice(0, 4)),
    installed_on,
    bandwidth_mbps: installed_on ? 10 : null,
  });
  const IDD = 'Dumisake Internet Desa';
  const RPT = 'Dumisake GSM Repeater';
  engine.load('sites', [
    site('IDB22-001', B, 'BAKTI Internet Desa', 'VSAT', 'active', '2022-04-01'),
    site('IDD23-001', A, IDD, 'VSAT', 'active', '2023-03-01'),
    site('IDD23-002', C, IDD, 'VSAT', 'offline', '2023-07-15'),
    site('IDD24-001', D, IDD, 'VSAT', 'active', '2024-02-01'),
    site('IDD24-002', E, IDD, 'VSAT', 'decommissioned', '2024-05-05'),
    site('IDD24-003', C, IDD, 'VSAT', 'active', '2024-06-01'),
    site('RPT24-01', E, RPT, 'GSM repeater', 'active', '2024-11-10'),
    site('RPT24-02', C, RPT, 'GSM repeater', 'active', '2025-03-01'),
    site('RPT24-03', A, RPT, 'GSM repeater', 'planned', null),
    site('RPT24-04', D, RPT, 'GSM repeater', 'decommissioned', '2024-12-01'),
    site('RPT24-05', B, RPT, 'GSM repeater', 'offline', '2025-05-01'),
  ]);

  // Telemetry. The data end on 2026-11-27, so current = 29 Oct – 27 Nov, previous = 29 Sep – 28 Oct.
  // Days before 29 Sep have uptime 0: if they leaked into a window the means would drop visibly.
  const telemetry: Record<string, Cell>[] = [];
  const put = (site_id: string, from: string, to: string, uptime: number) => {
    for (const date of days(from, to)) {
      telemetry.push({ site_id, date, uptime_pct: uptime, down_mbps: 5, data_gb: 1, users: 10 });
    }
  };
  // IDD23-001 (A): 100 in the previous window, 90 in the current one.
  put('IDD23-001', '2026-09-01', '2026-09-28', 0);
  put('IDD23-001', '2026-09-29', '2026-10-28', 100);
  put('IDD23-001', '2026-10-29', '2026-11-27', 90);
  // IDD24-001 (D): 98 then 96.
  put('IDD24-001', '2026-09-01', '2026-09-28', 0);
  put('IDD24-001', '2026-09-29', '2026-10-28', 98);
  put('IDD24-001', '2026-10-29', '2026-11-27', 96);
  // IDD24-002 (E), decommissioned: reports 50 until 10 Oct (12 days of the previous window), then nothing.
  put('IDD24-002', '2026-09-01', '2026-09-28', 0);
  put('IDD24-002', '2026-09-29', '2026-10-10', 50);
  // RPT24-02 (C): only 45 days of telemetry, from 14 Oct, at 80.
  put('RPT24-02', '2026-10-14', '2026-11-27', 80);
  // Telemetry of a site that is not in the register (left out of every figure, but it may end the window), and of
  // earlier years (the 60-day windows of each year's last day are kept at day grain by the daily rollup).
  put('GHOST-01', '2026-11-20', '2026-11-27', 5);
  put('IDD23-001', '2025-10-01', '2025-12-31', 70);
  put('IDD24-001', '2025-11-15', '2025-12-20', 60);
  engine.load('site_daily', telemetry);
  // The uptime KPI reads the rollups of site_daily, computed as the publish step does.
  for (const id of ROLLUP_IDS) engine.sql(createRollupSql(id));
});

async function run<T>(build: (f: Filters) => QueryRequest, f: Filters, model: (rows: readonly Row[]) => T) {
  const rows = await engine.run(build(f));
  if (build === uptimeQuery) expectSameRows(rows, await engine.run(uptimeRawQuery(f)));
  return model(rows);
}

/** Equal rows; numbers equal up to the order of floating-point additions (relative 1e-9). */
function expectSameRows(actual: readonly Row[], expected: readonly Row[]) {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, i) => {
    const want = expected[i] as Row;
    expect(Object.keys(row)).toEqual(Object.keys(want));
    for (const [k, v] of Object.entries(row)) {
      const w = want[k];
      if (typeof v === 'number' && typeof w === 'number') {
        expect(Math.abs(v - w)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(w)));
      } else expect([k, v]).toEqual([k, w]);
    }
  });
}

describe('coverage KPIs: blankspot villages and 4G share, first vs latest year', () => {
  it('compares the latest year with the first, counting only villages surveyed that year', async () => {
    const m = await run(coverageQuery, NO_FILTERS, coverageModel);
    // 2021: rows A, B, C, E (D not surveyed): blankspot A, C, E = 3; 4G: B = 1 of 4.
    expect(m?.first).toEqual({ year: 2021, villages: 4, blankspot: 3, fourG: 1 });
    // 2023: A (blankspot again), B 4G, C 3G, D 4G, E 4G: blankspot 1; 4G 3 of 5.
    expect(m?.latest).toEqual({ year: 2023, villages: 5, blankspot: 1, fourG: 3 });
  });

  it('counts a village that is blankspot again in a later year', async () => {
    // District 15.01.01 = A, B. A: none 2021, 4G 2022, none 2023 → 1 blankspot in both end years.
    const m = await run(coverageQuery, { ...NO_FILTERS, districts: ['15.01.01'] }, coverageModel);
    expect(m?.first).toEqual({ year: 2021, villages: 2, blankspot: 1, fourG: 1 });
    expect(m?.latest).toEqual({ year: 2023, villages: 2, blankspot: 1, fourG: 1 });
  });

  it('follows the regency and year filters', async () => {
    // Merangin = C, D, E. 2021: C, E (D missing) both blankspot, no 4G. 2023: C 3G, D 4G, E 4G.
    const merangin = await run(coverageQuery, { ...NO_FILTERS, regencies: ['15.02'] }, coverageModel);
    expect(merangin).toEqual({
      first: { year: 2021, villages: 2, blankspot: 2, fourG: 0 },
      latest: { year: 2023, villages: 3, blankspot: 0, fourG: 2 },
    });
    // Up to 2022: the latest year becomes 2022 (blankspot C, E; 4G A, B of 5).
    const to2022 = await run(coverageQuery, { ...NO_FILTERS, yearTo: 2022 }, coverageModel);
    expect(to2022?.latest).toEqual({ year: 2022, villages: 5, blankspot: 2, fourG: 2 });
    // A single year: first and latest are the same row.
    const only2022 = await run(coverageQuery, { ...NO_FILTERS, yearFrom: 2022, yearTo: 2022 }, coverageModel);
    expect(only2022?.first).toEqual(only2022?.latest);
    // Nothing matches: no comparison at all.
    expect(await run(coverageQuery, { ...NO_FILTERS, regencies: ['15.71'] }, coverageModel)).toBeNull();
  });
});

describe('installations KPI: sites installed per year', () => {
  it('counts installed sites per year of installation; a planned repeater is not an installation', async () => {
    const m = await run(installationsQuery, NO_FILTERS, installationsModel);
    // 2022: IDB22-001. 2023: IDD23-001/002. 2024: IDD24-001/002 (decommissioned, still counts)/003, RPT24-01,
    // RPT24-04 (decommissioned). 2025: RPT24-02, RPT24-05. RPT24-03 (installed_on NULL) is not counted.
    expect(m.years).toEqual([
      { year: 2022, sites: 1 },
      { year: 2023, sites: 2 },
      { year: 2024, sites: 5 },
      { year: 2025, sites: 2 },
    ]);
    expect(m.total).toBe(10);
  });

  it('follows the programme filter (Dumisake Internet Desa: 2 in 2023, 3 in 2024)', async () => {
    const m = await run(
      installationsQuery,
      { ...NO_FILTERS, programmes: ['Dumisake Internet Desa'] },
      installationsModel,
    );
    expect(m.years).toEqual([
      { year: 2023, sites: 2 },
      { year: 2024, sites: 3 },
    ]);
    expect(m.total).toBe(5);
  });

  it('treats a hostile filter value as a value, not as SQL', async () => {
    const m = await run(installationsQuery, { ...NO_FILTERS, regencies: ["15.02' OR '1'='1"] }, installationsModel);
    expect(m).toEqual({ years: [], total: 0 });
  });
});

describe('uptime KPI: last 30 days of data vs the 30 days before', () => {
  it('takes the window from the data and means over site-days', async () => {
    const m = await run(uptimeQuery, NO_FILTERS, uptimeModel);
    expect(m).toMatchObject({
      endDate: '2026-11-27',
      currentFrom: '2026-10-29',
      previousFrom: '2026-09-29',
      previousTo: '2026-10-28',
    });
    // Current: 30×90 + 30×96 + 30×80 = 7980 over 90 site-days = 88.667 → 88.7.
    expect(m?.current).toBe(88.7);
    // Previous: 30×100 + 30×98 + 12×50 (decommissioned site, until 10 Oct) + 15×80 (RPT24-02 from 14 Oct)
    // = 7740 over 87 site-days = 88.966 → 89.0.
    expect(m?.previous).toBe(89);
  });

  it('leaves the previous figure missing (not 0) when there are fewer than 60 days of telemetry', async () => {
    // District 15.02.01 = village C = RPT24-02 only: telemetry from 14 Oct, 45 days.
    const m = await run(uptimeQuery, { ...NO_FILTERS, districts: ['15.02.01'] }, uptimeModel);
    expect(m?.current).toBe(80);
    expect(m?.previous).toBeNull();
  });

  it('keeps the window end of the whole dataset when the selected sites stopped reporting earlier', async () => {
    // Only the decommissioned site: nothing in the current window, 12 days × 50 in the previous one.
    const m = await run(uptimeQuery, { ...NO_FILTERS, statuses: ['decommissioned'] }, uptimeModel);
    expect(m?.endDate).toBe('2026-11-27');
    expect(m?.current).toBeNull();
    expect(m?.previous).toBe(50);
  });

  it('has no figure at all when there is no telemetry in the selection', async () => {
    expect(await run(uptimeQuery, { ...NO_FILTERS, yearTo: 2024 }, uptimeModel)).toBeNull();
    expect(await run(uptimeQuery, { ...NO_FILTERS, technologies: ['BTS 4G'] }, uptimeModel)).toBeNull();
  });

  it('ends the window at the last day of the latest year in the filter', async () => {
    // Up to 2025: end 31 Dec 2025. Current (2 Dec – 31 Dec): IDD23-001 30 × 70 + IDD24-001 (2–20 Dec) 19 × 60 over
    // 49 site-days = 66.1; previous (2 Nov – 1 Dec): 30 × 70 + 17 × 60 (15 Nov – 1 Dec) = 66.4. Telemetry starts
    // on 1 Oct 2025, more than 59 days before the end, so the previous figure is shown.
    const m = await run(uptimeQuery, { ...NO_FILTERS, yearTo: 2025 }, uptimeModel);
    expect(m).toMatchObject({ endDate: '2025-12-31', current: 66.1, previous: 66.4 });
  });

  it('gives the raw figures under every filter (rollups checked against the site-days)', async () => {
    const filterSets: Filters[] = [
      NO_FILTERS,
      { ...NO_FILTERS, yearFrom: 2025, yearTo: 2025 },
      { ...NO_FILTERS, yearFrom: 2026 },
      { ...NO_FILTERS, regencies: ['15.02'] },
      { ...NO_FILTERS, districts: ['15.02.02'] },
      { ...NO_FILTERS, programmes: ['Dumisake GSM Repeater'] },
      { ...NO_FILTERS, technologies: ['VSAT'], statuses: ['active'] },
      { ...NO_FILTERS, yearTo: 2025, regencies: ['15.01'] },
    ];
    for (const f of filterSets) await run(uptimeQuery, f, uptimeModel);
  });
});

describe('repeaters KPI: planned units vs active', () => {
  it('counts every unit of the plan (any status) and the active ones', async () => {
    // RPT24-01 active, -02 active, -03 planned (no installed_on), -04 decommissioned, -05 offline.
    expect(await run(repeatersQuery, NO_FILTERS, repeatersModel)).toEqual({ planned: 5, active: 2 });
  });

  it('ignores the status filter, follows the regency and budget-year filters', async () => {
    expect(await run(repeatersQuery, { ...NO_FILTERS, statuses: ['active'] }, repeatersModel)).toEqual({
      planned: 5,
      active: 2,
    });
    // Kerinci: RPT24-03 (planned, A) and RPT24-05 (offline, B).
    expect(await run(repeatersQuery, { ...NO_FILTERS, regencies: ['15.01'] }, repeatersModel)).toEqual({
      planned: 2,
      active: 0,
    });
    expect(await run(repeatersQuery, { ...NO_FILTERS, yearFrom: 2025 }, repeatersModel)).toEqual({
      planned: 0,
      active: 0,
    });
  });
});
