// The isolated-villages listing in DuckDB-WASM (Node build) over a fixture; every expected row is worked out by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../../../tests/helpers/duckdb-node.ts';
import { NO_FILTERS } from '../../filters/filters.ts';
import { isolatedVillagesQuery } from './isolated-villages.ts';

let engine: TestEngine;

const village = (code: string, name: string, isolated = false) => ({
  village_code: code,
  district_code: code.slice(0, 8),
  district_name: `Kec ${code.slice(0, 8)}`,
  regency_code: code.slice(0, 5),
  name,
  kind: 'desa',
  isolated,
});
const site = (
  site_id: string,
  village_code: string,
  installed_on: string | null,
  status = 'active',
  programme = 'Dumisake Internet Desa',
) => ({
  site_id,
  village_code,
  programme,
  technology: 'VSAT',
  status,
  budget_year: 2023,
  installed_on,
  bandwidth_mbps: 10,
});
const cov = (village_code: string, year: number, best_signal: string) => ({
  village_code,
  year,
  best_signal,
  is_blankspot: best_signal === 'none',
});

beforeAll(async () => {
  engine = await createTestEngine();
  engine.load('regencies', [
    { regency_code: '15.01', bps_code: '1501', name: 'Kerinci', type: 'Kabupaten' },
    { regency_code: '15.02', bps_code: '1502', name: 'Merangin', type: 'Kabupaten' },
  ]);
  engine.load('villages', [
    village('15.01.01.2001', 'Sungai A'),
    village('15.01.01.2002', 'Sungai B', true),
    village('15.02.01.2001', 'Renah Kemumu', true),
    village('15.02.23.2008', 'Air Liki', true),
    village('15.02.23.2009', 'Tiangko', true),
  ]);
  engine.load('sites', [
    site('S1', '15.01.01.2001', '2023-03-01'),
    site('S2', '15.01.01.2002', '2023-07-01', 'offline'),
    site('S3', '15.02.01.2001', '2023-09-26'),
    // A later, second site of Renah Kemumu: the first one is listed, both count.
    site('S4', '15.02.01.2001', '2024-02-01', 'active', 'BAKTI Internet Desa'),
    // Air Liki: its only installed site was decommissioned, the other is still planned → not served.
    site('S5', '15.02.23.2008', '2022-05-05', 'decommissioned'),
    site('S7', '15.02.23.2008', null, 'planned'),
  ]);
  engine.load('village_coverage', [
    cov('15.01.01.2002', 2023, 'none'),
    cov('15.02.01.2001', 2023, 'none'),
    cov('15.01.01.2002', 2024, '2G'),
    cov('15.02.01.2001', 2024, 'none'),
    // Air Liki and Tiangko have no 2024 row: their signal is unknown, not "none".
    cov('15.02.23.2008', 2023, 'none'),
  ]);
});

describe('isolated villages listing', () => {
  it('lists every isolated village with its first site in service and its signal in the latest survey year', async () => {
    const rows = await engine.run(isolatedVillagesQuery(NO_FILTERS));
    expect(
      rows.map((r) => [
        r.village_name,
        r.regency_name,
        r.site_id,
        r.installed_on,
        r.sites,
        r.coverage_year,
        r.best_signal,
      ]),
    ).toEqual([
      ['Sungai B', 'Kerinci', 'S2', '2023-07-01', 1, 2024, '2G'],
      ['Air Liki', 'Merangin', null, null, 0, 2024, null],
      ['Renah Kemumu', 'Merangin', 'S3', '2023-09-26', 2, 2024, 'none'],
      ['Tiangko', 'Merangin', null, null, 0, 2024, null],
    ]);
  });

  it('honours the regency and district filters, and ignores the others', async () => {
    const merangin = await engine.run(isolatedVillagesQuery({ ...NO_FILTERS, regencies: ['15.02'] }));
    expect(merangin.map((r) => r.village_name)).toEqual(['Air Liki', 'Renah Kemumu', 'Tiangko']);
    const district = await engine.run(isolatedVillagesQuery({ ...NO_FILTERS, districts: ['15.02.23'] }));
    expect(district.map((r) => r.village_name)).toEqual(['Air Liki', 'Tiangko']);
    const programme = await engine.run(isolatedVillagesQuery({ ...NO_FILTERS, programmes: ['Operator'] }));
    expect(programme).toHaveLength(4);
  });

  it('has no coverage year when there is no coverage data', async () => {
    const empty = await createTestEngine();
    empty.load('regencies', [{ regency_code: '15.01', bps_code: '1501', name: 'Kerinci', type: 'Kabupaten' }]);
    empty.load('villages', [village('15.01.01.2002', 'Sungai B', true)]);
    empty.load('sites', []);
    empty.load('village_coverage', []);
    const rows = await empty.run(isolatedVillagesQuery(NO_FILTERS));
    expect(rows.map((r) => [r.village_name, r.sites, r.coverage_year, r.best_signal])).toEqual([
      ['Sungai B', 0, null, null],
    ]);
  });
});
