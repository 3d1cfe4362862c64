// The map's SQL runs in DuckDB-WASM (Node build) over fixture rows; the expected figures are counted by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../../../tests/helpers/duckdb-node.ts';
import type { Row } from '../../data/rows.ts';
import { NO_FILTERS } from '../../filters/filters.ts';
import { districtLevelQuery, type Metric, regencyLevelQuery } from './query.ts';

let engine: TestEngine;

// Villages (district → villages):
//   Kerinci 15.01:     15.01.01 (2001, 2002), 15.01.02 (2001)
//   Merangin 15.02:    15.02.01 Jangkat (2001, 2002, 2003, 2004), 15.02.02 Bangko (2001, 2002), 15.02.03 Tabir (2001)
//   Kota Jambi 15.71:  15.71.01 (1001, 1002)
//   Kota Sungai Penuh 15.72: no villages at all
const VILLAGES: [string, string][] = [
  ['15.01.01.2001', 'Gunung Raya'],
  ['15.01.01.2002', 'Gunung Raya'],
  ['15.01.02.2001', 'Danau Kerinci'],
  ['15.02.01.2001', 'Jangkat'],
  ['15.02.01.2002', 'Jangkat'],
  ['15.02.01.2003', 'Jangkat'],
  ['15.02.01.2004', 'Jangkat'],
  ['15.02.02.2001', 'Bangko'],
  ['15.02.02.2002', 'Bangko'],
  ['15.02.03.2001', 'Tabir'],
  ['15.71.01.1001', 'Kota Baru'],
  ['15.71.01.1002', 'Kota Baru'],
];

// Best signal at the end of 2025 (the latest year). 15.02.01.2004 has no 2025 row at all.
const SIGNAL_2025: Record<string, string> = {
  '15.01.01.2001': 'none',
  '15.01.01.2002': '4G',
  '15.01.02.2001': 'none',
  '15.02.01.2001': 'none',
  '15.02.01.2002': 'none',
  '15.02.01.2003': '2G',
  '15.02.02.2001': '4G',
  '15.02.02.2002': '3G',
  '15.02.03.2001': 'none',
  '15.71.01.1001': '4G',
  '15.71.01.1002': '4G',
};

beforeAll(async () => {
  engine = await createTestEngine();
  engine.load('regencies', [
    { regency_code: '15.01', bps_code: '1501', name: 'Kerinci', type: 'Kabupaten' },
    { regency_code: '15.02', bps_code: '1502', name: 'Merangin', type: 'Kabupaten' },
    { regency_code: '15.71', bps_code: '1571', name: 'Kota Jambi', type: 'Kota' },
    { regency_code: '15.72', bps_code: '1572', name: 'Kota Sungai Penuh', type: 'Kota' },
  ]);
  engine.load(
    'villages',
    VILLAGES.map(([code, district]) => ({
      village_code: code,
      district_code: code.slice(0, 8),
      district_name: district,
      regency_code: code.slice(0, 5),
      name: `Desa ${code}`,
      kind: 'desa',
      isolated: false,
    })),
  );
  engine.load('village_coverage', [
    // 2024: every village (including 15.02.01.2004) was still without signal.
    ...VILLAGES.map(([code]) => ({ village_code: code, year: 2024, best_signal: 'none', is_blankspot: true })),
    ...Object.entries(SIGNAL_2025).map(([code, signal]) => ({
      village_code: code,
      year: 2025,
      best_signal: signal,
      is_blankspot: signal === 'none',
    })),
  ]);
  const site = (id: string, village_code: string, programme: string, installed_on: string | null) => ({
    site_id: id,
    village_code,
    programme,
    technology: programme.includes('Repeater') ? 'GSM repeater' : 'VSAT',
    status: installed_on ? 'active' : 'planned',
    budget_year: installed_on ? Number(installed_on.slice(0, 4)) : 2024,
    installed_on,
    bandwidth_mbps: installed_on ? 4 : null,
  });
  engine.load('sites', [
    site('IDD23-001', '15.01.01.2001', 'Dumisake Internet Desa', '2023-03-01'),
    site('RPT24-09', '15.01.02.2001', 'Dumisake GSM Repeater', null), // planned: not installed
    site('IDD23-002', '15.02.01.2001', 'Dumisake Internet Desa', '2023-07-15'),
    site('RPT24-01', '15.02.01.2001', 'Dumisake GSM Repeater', '2024-06-01'),
    site('BAKTI22-001', '15.02.03.2001', 'BAKTI Internet Desa', '2022-09-09'),
  ]);
});

async function values(request: ReturnType<typeof regencyLevelQuery>) {
  const rows = await engine.run(request);
  return Object.fromEntries(rows.map((r: Row) => [String(r.code), r.value]));
}
const province = (metric: Metric, filters = NO_FILTERS) => values(regencyLevelQuery(metric, filters));
const districts = (metric: Metric, code: string, filters = NO_FILTERS) =>
  values(districtLevelQuery(metric, code, filters));

describe('regency map SQL, province level (DuckDB-WASM)', () => {
  it('counts installed sites per regency; a regency with no sites is there with 0', async () => {
    // Kerinci: IDD23-001 (the planned repeater is not installed) = 1; Merangin: IDD23-002, RPT24-01, BAKTI22-001 = 3.
    expect(await province('sites')).toEqual({ '15.01': 1, '15.02': 3, '15.71': 0, '15.72': 0 });
  });

  it('returns code, name and the same columns for every metric', async () => {
    for (const metric of ['sites', 'blankspot', 'share'] as const) {
      const rows = await engine.run(regencyLevelQuery(metric, NO_FILTERS));
      expect(rows.map((r) => [r.code, r.name])).toEqual([
        ['15.01', 'Kerinci'],
        ['15.02', 'Merangin'],
        ['15.71', 'Kota Jambi'],
        ['15.72', 'Kota Sungai Penuh'],
      ]);
      expect(Object.keys(rows[0] ?? {}).sort()).toEqual(
        ['code', 'coverage_year', 'covered', 'name', 'value', 'villages'].sort(),
      );
    }
  });

  it('counts blankspot villages in the latest coverage year (2025), not in earlier years', async () => {
    // 2025 'none': Kerinci 15.01.01.2001 + 15.01.02.2001 = 2; Merangin 15.02.01.2001, .2002 + 15.02.03.2001 = 3;
    // Kota Jambi none = 0; Sungai Penuh has no villages = 0. (15.02.01.2004 has no 2025 row: not counted.)
    expect(await province('blankspot')).toEqual({ '15.01': 2, '15.02': 3, '15.71': 0, '15.72': 0 });
    const rows = await engine.run(regencyLevelQuery('blankspot', NO_FILTERS));
    expect(rows.every((r) => r.coverage_year === 2025)).toBe(true);
  });

  it('computes the share of villages with signal over all villages', async () => {
    // Kerinci: 15.01.01.2002 covered of 3 villages = 1/3. Merangin: 15.02.01.2003, 15.02.02.2001, .2002 covered
    // of 7 villages (15.02.01.2004 has no 2025 row: in the denominator, not covered) = 3/7.
    // Kota Jambi 2/2 = 1. Sungai Penuh: no villages → no share (NULL, never 0).
    const rows = await engine.run(regencyLevelQuery('share', NO_FILTERS));
    expect(rows.map((r) => [r.code, r.covered, r.villages])).toEqual([
      ['15.01', 1, 3],
      ['15.02', 3, 7],
      ['15.71', 2, 2],
      ['15.72', 0, 0],
    ]);
    const share = await province('share');
    expect(share['15.01']).toBeCloseTo(1 / 3, 10);
    expect(share['15.02']).toBeCloseTo(3 / 7, 10);
    expect(share['15.71']).toBe(1);
    expect(share['15.72']).toBeNull();
  });

  it('takes the latest coverage year inside the year filter', async () => {
    // Up to 2024: every village was blankspot in 2024 → Kerinci 3, Merangin 7 (with 15.02.01.2004), Kota Jambi 2.
    const to2024 = { ...NO_FILTERS, yearTo: 2024 };
    expect(await province('blankspot', to2024)).toEqual({ '15.01': 3, '15.02': 7, '15.71': 2, '15.72': 0 });
    expect(await province('share', to2024)).toEqual({ '15.01': 0, '15.02': 0, '15.71': 0, '15.72': null });
    // No coverage year at all in the window: no value (NULL), not a misleading 0.
    const from2026 = { ...NO_FILTERS, yearFrom: 2026 };
    expect(await province('blankspot', from2026)).toEqual({
      '15.01': null,
      '15.02': null,
      '15.71': null,
      '15.72': null,
    });
  });

  it('follows the site, regency and district filters through bound parameters', async () => {
    const repeaters = { ...NO_FILTERS, programmes: ['Dumisake GSM Repeater'] };
    expect(await province('sites', repeaters)).toEqual({ '15.01': 0, '15.02': 1, '15.71': 0, '15.72': 0 });
    const y2023 = { ...NO_FILTERS, yearFrom: 2023, yearTo: 2023 };
    expect(await province('sites', y2023)).toEqual({ '15.01': 1, '15.02': 1, '15.71': 0, '15.72': 0 });
    expect(await province('sites', { ...NO_FILTERS, regencies: ['15.02'] })).toEqual({ '15.02': 3 });
    // Only the villages of district 15.02.01 count: sites 2 there; blankspot .2001, .2002 = 2.
    const jangkat = { ...NO_FILTERS, districts: ['15.02.01'] };
    expect(await province('sites', jangkat)).toEqual({ '15.01': 0, '15.02': 2, '15.71': 0, '15.72': 0 });
    expect(await province('blankspot', jangkat)).toEqual({ '15.01': 0, '15.02': 2, '15.71': 0, '15.72': 0 });
  });

  it('treats a hostile filter value as a value, not as SQL', async () => {
    expect(await engine.run(regencyLevelQuery('sites', { ...NO_FILTERS, regencies: ["15.02' OR '1'='1"] }))).toEqual(
      [],
    );
  });
});

describe('regency map SQL, district level for one regency (bound parameter)', () => {
  it('lists every district of Merangin with its installed sites, also with 0', async () => {
    // 15.02.01: IDD23-002 + RPT24-01 = 2; 15.02.02: none = 0; 15.02.03: BAKTI22-001 = 1.
    const rows = await engine.run(districtLevelQuery('sites', '15.02', NO_FILTERS));
    expect(rows.map((r) => [r.code, r.name, r.value])).toEqual([
      ['15.02.01', 'Jangkat', 2],
      ['15.02.02', 'Bangko', 0],
      ['15.02.03', 'Tabir', 1],
    ]);
  });

  it('binds the regency code as a parameter, not in the SQL text', () => {
    const request = districtLevelQuery('share', '15.02', NO_FILTERS);
    expect(request.sql).not.toContain('15.02');
    expect(request.params.filter((p) => p === '15.02').length).toBe(2);
  });

  it('counts blankspot villages per district; a district with no blankspot village shows 0', async () => {
    // 15.02.01: .2001, .2002 = 2; 15.02.02 (Bangko: 4G and 3G) = 0; 15.02.03: .2001 = 1.
    expect(await districts('blankspot', '15.02')).toEqual({ '15.02.01': 2, '15.02.02': 0, '15.02.03': 1 });
  });

  it('computes the share per district by hand', async () => {
    // 15.02.01: only .2003 covered of 4 = 0,25; 15.02.02: 2 of 2 = 1; 15.02.03: 0 of 1 = 0.
    expect(await districts('share', '15.02')).toEqual({ '15.02.01': 0.25, '15.02.02': 1, '15.02.03': 0 });
    // Another regency gives its own districts only: Kerinci 15.01.01 1 of 2, 15.01.02 0 of 1.
    expect(await districts('share', '15.01')).toEqual({ '15.01.01': 0.5, '15.01.02': 0 });
  });

  it('narrows to the district filter and ignores the regency filter inside the drilled regency', async () => {
    expect(await districts('sites', '15.02', { ...NO_FILTERS, districts: ['15.02.03'] })).toEqual({ '15.02.03': 1 });
    expect(await districts('sites', '15.02', { ...NO_FILTERS, regencies: ['15.01'] })).toEqual({
      '15.02.01': 2,
      '15.02.02': 0,
      '15.02.03': 1,
    });
  });

  it('treats a hostile regency code as a value', async () => {
    expect(await engine.run(districtLevelQuery('blankspot', "15.02' OR '1'='1", NO_FILTERS))).toEqual([]);
  });
});
