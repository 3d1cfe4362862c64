// The panel's SQL runs in DuckDB-WASM (Node build) over fixture rows; the expected figures are counted by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../../../tests/helpers/duckdb-node.ts';
import type { Row } from '../../data/rows.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import { blankspotQuery } from './query.ts';
import { toModel } from './to-option.ts';

let engine: TestEngine;

// Villages: A and B in Merangin (districts 15.02.01 and 15.02.02), C and D in Kerinci, K in Kota Jambi.
const A = '15.02.01.2001';
const B = '15.02.02.2002';
const C = '15.01.01.2001';
const D = '15.01.01.2002';
const K = '15.71.01.1001';

const village = (code: string) => ({
  village_code: code,
  district_code: code.slice(0, 8),
  district_name: 'D',
  regency_code: code.slice(0, 5),
  name: `V ${code}`,
  kind: 'desa',
  isolated: false,
});

// Coverage: no village has a row in 2023 (the gap year).
//          2021  2022  2024  2025
//   A      none  none  none  none
//   B      none  4G    none  none   ← blankspot again after having signal: counted in 2021, 2024 and 2025
//   C      none  none  3G    3G
//   D      none  none  none  4G
//   K      4G    4G    4G    4G     ← Kota Jambi never has a blankspot
const SIGNALS: Record<string, string[]> = {
  [A]: ['none', 'none', 'none', 'none'],
  [B]: ['none', '4G', 'none', 'none'],
  [C]: ['none', 'none', '3G', '3G'],
  [D]: ['none', 'none', 'none', '4G'],
  [K]: ['4G', '4G', '4G', '4G'],
};
const COVERAGE_YEARS = [2021, 2022, 2024, 2025];

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
  budget_year: installed_on ? Number(installed_on.slice(0, 4)) : 2024,
  installed_on,
  bandwidth_mbps: installed_on ? 4 : null,
});

async function load(e: TestEngine) {
  e.load('regencies', [
    { regency_code: '15.01', bps_code: '1501', name: 'Kerinci', type: 'Kabupaten' },
    { regency_code: '15.02', bps_code: '1502', name: 'Merangin', type: 'Kabupaten' },
    { regency_code: '15.71', bps_code: '1571', name: 'Kota Jambi', type: 'Kota' },
  ]);
  e.load('villages', [A, B, C, D, K].map(village));
  e.load(
    'village_coverage',
    Object.entries(SIGNALS).flatMap(([code, signals]) =>
      signals.map((best_signal, i) => ({
        village_code: code,
        year: COVERAGE_YEARS[i] ?? null,
        best_signal,
        is_blankspot: best_signal === 'none',
      })),
    ),
  );
  e.load('sites', [
    site('S1', A, 'BAKTI Internet Desa', 'VSAT', 'active', '2022-06-01'), // serves A from 2022
    site('S2', B, 'Dumisake Internet Desa', 'VSAT', 'active', '2023-03-01'), // serves B when blankspot (2024, 2025)
    site('S3', D, 'Dumisake Internet Desa', 'VSAT', 'decommissioned', '2021-05-01'), // never serves; installed 2021
    site('S4', D, 'Dumisake GSM Repeater', 'GSM repeater', 'planned', null), // not installed, serves nothing
    site('S5', C, 'BAKTI BTS 4G', 'BTS 4G', 'active', '2024-02-01'), // a tower: an installation, not Internet Desa
    site('S6', C, 'Dumisake Internet Desa', 'VSAT', 'planned', '2022-01-10'), // planned (with a planned date): nothing
    site('S7', A, 'Dumisake Internet Desa', 'VSAT', 'offline', '2024-07-01'), // offline still serves; A counted once
    site('S8', K, 'Operator', 'fibre/radio', 'active', '2025-09-09'), // installation in 2025
  ]);
  e.load('targets', [
    { year: 2022, regency_code: null, planned_installations: 2, blankspot_target: 3 },
    { year: 2024, regency_code: null, planned_installations: 2, blankspot_target: 2 },
    { year: 2026, regency_code: null, planned_installations: 1, blankspot_target: 0 }, // stretches the range to 2026
    { year: 2022, regency_code: '15.02', planned_installations: 1, blankspot_target: 2 },
    { year: 2024, regency_code: '15.01', planned_installations: 1, blankspot_target: 1 },
    { year: 2024, regency_code: '15.02', planned_installations: 1, blankspot_target: 1 },
  ]);
}

beforeAll(async () => {
  engine = await createTestEngine();
  await load(engine);
});

type Line = [number, number | null, number | null, number | null, number | null];
const run = async (filters: Filters): Promise<Line[]> =>
  (await engine.run(blankspotQuery(filters))).map((r: Row) => [
    r.year as number,
    r.blankspot as number | null,
    r.served as number | null,
    r.installations as number | null,
    r.target as number | null,
  ]);

describe('blankspot reduction (SQL in DuckDB-WASM)', () => {
  it('returns every year of the range, NULL where coverage has no rows, with the two measures side by side', async () => {
    expect(await run(NO_FILTERS)).toEqual([
      // year, blankspot, served, installations, target
      [2021, 4, 0, 1, null], // A B C D blank; only S3 (decommissioned) existed → 0 served; S3 installed
      [2022, 3, 1, 1, 3], // A C D blank (B has 4G); A served by S1; C's S6 is planned; S1 installed, S6 not
      [2023, null, null, 1, null], // no coverage rows: missing, not 0; S2 installed
      [2024, 3, 2, 2, 2], // A B D blank (B again); A (S1, S7) and B (S2) served; S5, S7 installed
      [2025, 2, 2, 1, null], // A B blank, both served; S8 installed
      [2026, null, null, 0, 0], // only a target: no coverage, no installation
    ]);
  });

  it('filters by regency: a regency without blankspots gives zeros, targets are summed only when all are set', async () => {
    expect(await run({ ...NO_FILTERS, regencies: ['15.02'] })).toEqual([
      [2021, 2, 0, 0, null], // A B
      [2022, 1, 1, 1, 2], // A, served by S1; Merangin's own target row
      [2023, null, null, 1, null], // S2
      [2024, 2, 2, 1, 1], // A B, both served; S7
      [2025, 2, 2, 0, null],
      [2026, null, null, 0, null], // the province target is not Merangin's
    ]);
    expect(await run({ ...NO_FILTERS, regencies: ['15.71'] })).toEqual([
      [2021, 0, 0, 0, null], // coverage rows exist, none blankspot → 0, not missing
      [2022, 0, 0, 0, null],
      [2023, null, null, 0, null],
      [2024, 0, 0, 0, null],
      [2025, 0, 0, 1, null], // S8
      [2026, null, null, 0, null],
    ]);
    const both = await run({ ...NO_FILTERS, regencies: ['15.01', '15.02'] });
    // 2022: only Merangin has a target row → no target; 2024: 1 (Kerinci) + 1 (Merangin) = 2
    expect(both.map((l) => [l[0], l[4]])).toEqual([
      [2021, null],
      [2022, null],
      [2023, null],
      [2024, 2],
      [2025, null],
      [2026, null],
    ]);
  });

  it('filters by district (no target at that level) and by year range', async () => {
    expect(await run({ ...NO_FILTERS, districts: ['15.02.02'] })).toEqual([
      [2021, 1, 0, 0, null], // B blank
      [2022, 0, 0, 0, null], // B has 4G
      [2023, null, null, 1, null], // S2
      [2024, 1, 1, 0, null], // B blank again, served by S2
      [2025, 1, 1, 0, null],
      [2026, null, null, 0, null],
    ]);
    const years = await run({ ...NO_FILTERS, yearFrom: 2022, yearTo: 2024 });
    expect(years.map((l) => l[0])).toEqual([2022, 2023, 2024]);
    expect(years[1]).toEqual([2023, null, null, 1, null]);
  });

  it('applies programme and status filters to installations and served only', async () => {
    expect(await run({ ...NO_FILTERS, programmes: ['BAKTI Internet Desa'] })).toEqual([
      [2021, 4, 0, 0, null],
      [2022, 3, 1, 1, 3], // S1
      [2023, null, null, 0, null],
      [2024, 3, 1, 0, 2], // only A (S1); B's S2 is Dumisake
      [2025, 2, 1, 0, null],
      [2026, null, null, 0, 0],
    ]);
    const offline = await run({ ...NO_FILTERS, statuses: ['offline'] });
    // S7 (offline, installed 2024 in A): served 2024 and 2025, one installation in 2024
    expect(offline.map((l) => [l[0], l[2], l[3]])).toEqual([
      [2021, 0, 0],
      [2022, 0, 0],
      [2023, null, 0],
      [2024, 1, 1],
      [2025, 1, 0],
      [2026, null, 0],
    ]);
    const decommissioned = await run({ ...NO_FILTERS, statuses: ['decommissioned'] });
    // S3 is an installation of 2021 but never serves a village
    expect(decommissioned.map((l) => [l[0], l[2], l[3]])).toEqual([
      [2021, 0, 1],
      [2022, 0, 0],
      [2023, null, 0],
      [2024, 0, 0],
      [2025, 0, 0],
      [2026, null, 0],
    ]);
  });

  it('projects from the last two years with data and adds the years it needs', async () => {
    const model = toModel(await engine.run(blankspotQuery(NO_FILTERS)));
    // 2024: 3, 2025: 2 → −1 a year → 1 in 2026, 0 in 2027
    expect(model.projection).toMatchObject({
      kind: 'falling',
      fromYear: 2024,
      lastYear: 2025,
      slope: -1,
      zeroYear: 2027,
    });
    expect(model.years.map((y) => [y.year, y.projection])).toEqual([
      [2021, null],
      [2022, null],
      [2023, null],
      [2024, null],
      [2025, 2],
      [2026, 1],
      [2027, 0],
    ]);
    expect(model.hasData).toBe(true);
  });

  it('treats a hostile filter value as a value, not as SQL', async () => {
    const rows = await engine.run(blankspotQuery({ ...NO_FILTERS, regencies: ["15.02' OR '1'='1"] }));
    expect(rows.every((r) => r.blankspot === null && r.installations === 0 && r.target === null)).toBe(true);
    expect(toModel(rows).hasData).toBe(false);
  });
});

describe('blankspot reduction with no data at all', () => {
  it('returns no rows and an empty model', async () => {
    const empty = await createTestEngine();
    for (const id of ['regencies', 'villages', 'village_coverage', 'sites', 'targets'] as const) empty.load(id, []);
    const rows = await empty.run(blankspotQuery(NO_FILTERS));
    expect(rows).toEqual([]);
    expect(toModel(rows)).toMatchObject({ years: [], hasData: false, projection: { kind: 'none' } });
  });
});
