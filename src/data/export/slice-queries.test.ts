// The slice queries run in DuckDB-WASM's Node build over fixture rows; expected rows counted by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../../../tests/helpers/duckdb-node.ts';
import { type SliceFilters, sitesSliceQuery, villagesSliceQuery } from './slice-queries.ts';

const NONE: SliceFilters = {
  yearFrom: null,
  yearTo: null,
  regencies: [],
  districts: [],
  programmes: [],
  technologies: [],
  statuses: [],
};

let engine: TestEngine;

beforeAll(async () => {
  engine = await createTestEngine();
  engine.load('regencies', [
    { regency_code: '15.01', bps_code: '1501', name: 'Kerinci', type: 'Kabupaten' },
    { regency_code: '15.02', bps_code: '1502', name: 'Merangin', type: 'Kabupaten' },
  ]);
  const village = (code: string, isolated = false) => ({
    village_code: code,
    district_code: code.slice(0, 8),
    district_name: `Kec ${code.slice(0, 8)}`,
    regency_code: code.slice(0, 5),
    name: `Desa ${code}`,
    kind: 'desa',
    isolated,
  });
  engine.load('villages', [
    village('15.01.01.2001'),
    village('15.02.01.2001', true),
    village('15.02.02.2003'),
    village('15.02.02.2004'),
  ]);
  engine.load('village_coverage', [
    { village_code: '15.02.01.2001', year: 2022, best_signal: 'none', is_blankspot: true },
    { village_code: '15.02.01.2001', year: 2024, best_signal: '4G', is_blankspot: false },
    { village_code: '15.02.02.2003', year: 2023, best_signal: '2G', is_blankspot: false },
  ]);
  const site = (id: string, v: string, programme: string, status: string, year: number, on: string | null) => ({
    site_id: id,
    village_code: v,
    programme,
    technology: programme.includes('Repeater') ? 'GSM repeater' : 'VSAT',
    status,
    budget_year: year,
    installed_on: on,
    bandwidth_mbps: on ? 4.5 : null,
  });
  engine.load('sites', [
    site('IDD23-001', '15.01.01.2001', 'Dumisake Internet Desa', 'active', 2023, '2023-03-01'),
    site('IDD23-002', '15.02.01.2001', 'Dumisake Internet Desa', 'offline', 2023, '2023-07-15'),
    site('IDD24-001', '15.02.02.2003', 'Dumisake Internet Desa', 'active', 2024, '2024-02-01'),
    site('RPT24-01', '15.02.02.2003', 'Dumisake GSM Repeater', 'planned', 2024, null),
  ]);
  const day = (site_id: string, date: string, uptime_pct: number) => ({
    site_id,
    date,
    uptime_pct,
    down_mbps: 3,
    data_gb: 1,
    users: 10,
  });
  engine.load('site_daily', [
    day('IDD23-001', '2024-03-31', 90),
    day('IDD23-001', '2024-03-30', 100),
    day('IDD23-001', '2024-02-01', 0), // more than 30 days before the last day: not counted
    day('IDD24-001', '2024-03-15', 50),
  ]);
});

describe('sites slice', () => {
  it('returns every site with its village, district and regency, typed', async () => {
    const rows = await engine.run(sitesSliceQuery(NONE));
    expect(rows.map((r) => r.site_id)).toEqual(['IDD23-001', 'IDD23-002', 'IDD24-001', 'RPT24-01']);
    expect(rows[1]).toEqual({
      site_id: 'IDD23-002',
      village_code: '15.02.01.2001',
      village_name: 'Desa 15.02.01.2001',
      district_code: '15.02.01',
      district_name: 'Kec 15.02.01',
      regency_code: '15.02',
      regency_name: 'Merangin',
      programme: 'Dumisake Internet Desa',
      technology: 'VSAT',
      status: 'offline',
      budget_year: 2023,
      installed_on: '2023-07-15',
      bandwidth_mbps: 4.5,
      uptime_30d: null,
      days_30d: 0,
    });
    expect(rows.map((r) => [r.uptime_30d, r.days_30d])).toEqual([
      [95, 2],
      [null, 0],
      [50, 1],
      [null, 0],
    ]);
    expect(Object.keys(rows[0] ?? {})).toEqual(sitesSliceQuery(NONE).columns.map((c) => c.name));
  });

  it('follows year (installation, else budget year), regency and status through bound values', async () => {
    const y2024 = await engine.run(sitesSliceQuery({ ...NONE, yearFrom: 2024, yearTo: 2024 }));
    expect(y2024.map((r) => r.site_id)).toEqual(['IDD24-001', 'RPT24-01']);
    const merangin = await engine.run(sitesSliceQuery({ ...NONE, regencies: ['15.02'], statuses: ['active'] }));
    expect(merangin.map((r) => r.site_id)).toEqual(['IDD24-001']);
    const hostile = await engine.run(sitesSliceQuery({ ...NONE, regencies: ["15.02' OR '1'='1"] }));
    expect(hostile).toEqual([]);
  });
});

describe('villages slice', () => {
  it('returns every village with the coverage of the latest survey year and its site counts', async () => {
    const rows = await engine.run(villagesSliceQuery(NONE));
    expect(
      rows.map((r) => [r.village_code, r.coverage_year, r.best_signal, r.is_blankspot, r.sites, r.active_sites]),
    ).toEqual([
      ['15.01.01.2001', 2024, null, null, 1, 1],
      ['15.02.01.2001', 2024, '4G', false, 1, 0],
      ['15.02.02.2003', 2024, null, null, 2, 1],
      ['15.02.02.2004', 2024, null, null, 0, 0],
    ]);
    expect(rows[1]?.isolated).toBe(true);
    expect(Object.keys(rows[0] ?? {})).toEqual(villagesSliceQuery(NONE).columns.map((c) => c.name));
  });

  it('takes the latest survey year within the year range and keeps only villages with matching sites', async () => {
    const upTo2023 = await engine.run(villagesSliceQuery({ ...NONE, yearTo: 2023, regencies: ['15.02'] }));
    expect(upTo2023.map((r) => [r.village_code, r.coverage_year, r.best_signal, r.sites])).toEqual([
      ['15.02.01.2001', 2023, null, 1],
      ['15.02.02.2003', 2023, '2G', 0],
      ['15.02.02.2004', 2023, null, 0],
    ]);
    const only2022 = await engine.run(villagesSliceQuery({ ...NONE, yearFrom: 2022, yearTo: 2022 }));
    expect(only2022.find((r) => r.village_code === '15.02.01.2001')?.is_blankspot).toBe(true);
    const repeaters = await engine.run(villagesSliceQuery({ ...NONE, programmes: ['Dumisake GSM Repeater'] }));
    expect(repeaters.map((r) => [r.village_code, r.sites])).toEqual([['15.02.02.2003', 1]]);
    const district = await engine.run(villagesSliceQuery({ ...NONE, districts: ['15.02.02'] }));
    expect(district.map((r) => r.village_code)).toEqual(['15.02.02.2003', '15.02.02.2004']);
  });
});
