// The repeater-units listing runs in DuckDB-WASM (Node build) over fixture rows; expected rows are worked out by
// hand in the comments.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../../../tests/helpers/duckdb-node.ts';
import type { Row } from '../../data/rows.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import { indicatorQuery } from '../catalog.ts';
import { REPEATER_UNITS_FILTERS, repeaterUnitsListing } from './repeater-units.ts';

let engine: TestEngine;

const A = '15.01.01.2001';
const B = '15.01.01.2002';
const C = '15.02.01.2001';
const D = '15.02.02.2001';
const E = '15.02.02.2002';

beforeAll(async () => {
  engine = await createTestEngine();
  engine.load('regencies', [
    { regency_code: '15.01', bps_code: '1501', name: 'Kerinci', type: 'Kabupaten' },
    { regency_code: '15.02', bps_code: '1502', name: 'Merangin', type: 'Kabupaten' },
  ]);
  engine.load(
    'villages',
    [A, B, C, D, E].map((code) => ({
      village_code: code,
      district_code: code.slice(0, 8),
      district_name: `Kec ${code.slice(0, 8)}`,
      regency_code: code.slice(0, 5),
      name: `Desa ${code}`,
      kind: 'desa',
      isolated: false,
    })),
  );
  engine.load('programmes', [
    { programme: 'Dumisake GSM Repeater', kind: 'cellular_coverage', in_plan: true, owner: 'Pemprov', label_en: 'R' },
    { programme: 'SATRIA-1 Repeater', kind: 'cellular_coverage', in_plan: false, owner: 'BAKTI', label_en: 'S' },
    { programme: 'Dumisake Internet Desa', kind: 'village_access', in_plan: true, owner: 'Pemprov', label_en: 'I' },
  ]);
  const cov = (village_code: string, year: number, best_signal: string) => ({
    village_code,
    year,
    best_signal,
    is_blankspot: best_signal === 'none',
  });
  engine.load('village_coverage', [
    // A: blankspot throughout (its repeater is still planned).
    cov(A, 2023, 'none'),
    cov(A, 2024, 'none'),
    cov(A, 2025, 'none'),
    cov(A, 2026, 'none'),
    // B: no coverage row for 2023, the year before its repeater (installed 2024).
    cov(B, 2024, 'none'),
    cov(B, 2025, '3G'),
    cov(B, 2026, '4G'),
    cov(C, 2023, 'none'),
    cov(C, 2024, 'none'),
    cov(C, 2025, '4G'),
    cov(C, 2026, '4G'),
    // D: its repeater was decommissioned; blankspot again by 2026.
    cov(D, 2023, '2G'),
    cov(D, 2024, '2G'),
    cov(D, 2025, '4G'),
    cov(D, 2026, 'none'),
    cov(E, 2023, 'none'),
    cov(E, 2024, 'none'),
    cov(E, 2025, 'none'),
    cov(E, 2026, '3G'),
  ]);
  const rpt = (
    site_id: string,
    village_code: string,
    status: string,
    installed_on: string | null,
    programme = 'Dumisake GSM Repeater',
  ) => ({
    site_id,
    village_code,
    programme,
    technology: 'GSM repeater',
    status,
    budget_year: 2024,
    installed_on,
    bandwidth_mbps: installed_on ? 30 : null,
  });
  engine.load('sites', [
    rpt('RPT24-01', E, 'active', '2026-02-10'),
    rpt('RPT24-02', C, 'active', '2025-03-01'),
    rpt('RPT24-03', A, 'planned', null),
    rpt('RPT24-04', D, 'decommissioned', '2024-12-01'),
    rpt('RPT24-05', B, 'offline', '2024-11-20'),
    // A programme new to the vocabulary; installed after the latest survey year (2026): no "after" yet.
    rpt('SAT27-01', C, 'active', '2027-01-15', 'SATRIA-1 Repeater'),
    // Not a repeater: never listed.
    {
      site_id: 'IDD23-001',
      village_code: A,
      programme: 'Dumisake Internet Desa',
      technology: 'VSAT',
      status: 'active',
      budget_year: 2023,
      installed_on: '2023-05-02',
      bandwidth_mbps: 10,
    },
  ]);
});

const ids = (rows: Row[]) => rows.map((r) => r.site_id);
const list = (f: Filters) => engine.run(repeaterUnitsListing(f));

describe('repeater units listing (SQL in DuckDB-WASM)', () => {
  it('lists every repeater unit with its village and the signal before and after', async () => {
    const rows = await list(NO_FILTERS);
    expect(
      rows.map((u) => [
        u.site_id,
        u.status,
        u.installed_on,
        u.before_year,
        u.before_signal,
        u.after_year,
        u.after_signal,
      ]),
    ).toEqual([
      // Kerinci first (by regency code), then by village name.
      // Planned, installed_on NULL: before = latest survey year (2026), no after.
      ['RPT24-03', 'planned', null, 2026, 'none', null, null],
      // Installed 2024: before = 2023, but B has no 2023 row → signal NULL; after = 2026.
      ['RPT24-05', 'offline', '2024-11-20', 2023, null, 2026, '4G'],
      ['RPT24-02', 'active', '2025-03-01', 2024, 'none', 2026, '4G'],
      // Installed after the latest survey year: before = 2026, no after yet.
      ['SAT27-01', 'active', '2027-01-15', 2026, '4G', null, null],
      // Decommissioned: still listed; its village is blankspot again in 2026.
      ['RPT24-04', 'decommissioned', '2024-12-01', 2023, '2G', 2026, 'none'],
      ['RPT24-01', 'active', '2026-02-10', 2025, 'none', 2026, '3G'],
    ]);
    expect(rows[0]).toMatchObject({
      village_code: A,
      village_name: `Desa ${A}`,
      district_name: 'Kec 15.01.01',
      regency_code: '15.01',
      regency_name: 'Kerinci',
    });
  });

  it('honours the filters of repeaters_planned (regency, district, programme) and no other', async () => {
    expect(REPEATER_UNITS_FILTERS).toEqual(['regency', 'district', 'programme']);
    expect(ids(await list({ ...NO_FILTERS, regencies: ['15.01'] }))).toEqual(['RPT24-03', 'RPT24-05']);
    expect(ids(await list({ ...NO_FILTERS, districts: ['15.02.02'] }))).toEqual(['RPT24-04', 'RPT24-01']);
    expect(ids(await list({ ...NO_FILTERS, programmes: ['SATRIA-1 Repeater'] }))).toEqual(['SAT27-01']);
    expect(await list({ ...NO_FILTERS, programmes: ['Dumisake Internet Desa'] })).toEqual([]);
    // Status, technology and year are not honoured (the panel says so): the whole list.
    expect(await list({ ...NO_FILTERS, statuses: ['planned'], yearFrom: 2026, technologies: ['VSAT'] })).toHaveLength(
      6,
    );
  });

  it('has as many rows as repeaters_planned counts, for the same filters', async () => {
    for (const f of [NO_FILTERS, { ...NO_FILTERS, regencies: ['15.02'] }, { ...NO_FILTERS, statuses: ['active'] }]) {
      const [count] = await engine.run(indicatorQuery({ indicator: 'repeaters_planned', filters: f }));
      expect((await list(f)).length).toBe(count?.value);
    }
  });

  it('treats a hostile filter value as a value, not as SQL', async () => {
    expect(await list({ ...NO_FILTERS, districts: ["15.01.01') OR (1=1"] })).toEqual([]);
  });
});
