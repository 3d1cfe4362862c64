// The panel's SQL runs in DuckDB-WASM (Node build) over fixture rows; the expected figures are counted by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../../../tests/helpers/duckdb-node.ts';
import { NO_FILTERS } from '../../filters/filters.ts';
import { installationsQuery } from './query.ts';
import { toModel } from './to-option.ts';

let engine: TestEngine;

beforeAll(async () => {
  engine = await createTestEngine();
  engine.load('regencies', [
    { regency_code: '15.01', bps_code: '1501', name: 'Kerinci', type: 'Kabupaten' },
    { regency_code: '15.02', bps_code: '1502', name: 'Merangin', type: 'Kabupaten' },
    { regency_code: '15.71', bps_code: '1571', name: 'Kota Jambi', type: 'Kota' },
  ]);
  const village = (code: string, regency: string) => ({
    village_code: code,
    district_code: code.slice(0, 8),
    district_name: 'D',
    regency_code: regency,
    name: `V ${code}`,
    kind: 'desa',
    isolated: false,
  });
  engine.load('villages', [
    village('15.01.01.2001', '15.01'),
    village('15.02.01.2001', '15.02'),
    village('15.02.02.2003', '15.02'),
  ]);
  const site = (id: string, village_code: string, programme: string, status: string, installed_on: string | null) => ({
    site_id: id,
    village_code,
    programme,
    technology: programme.includes('Repeater') ? 'GSM repeater' : 'VSAT',
    status,
    budget_year: installed_on ? Number(installed_on.slice(0, 4)) : 2024,
    installed_on,
    bandwidth_mbps: installed_on ? 4 : null,
  });
  engine.load('sites', [
    site('IDD23-001', '15.01.01.2001', 'Dumisake Internet Desa', 'active', '2023-03-01'),
    site('IDD23-002', '15.02.01.2001', 'Dumisake Internet Desa', 'offline', '2023-07-15'),
    site('IDD24-001', '15.02.02.2003', 'Dumisake Internet Desa', 'active', '2024-02-01'),
    site('IDD24-002', '15.02.01.2001', 'Dumisake Internet Desa', 'decommissioned', '2024-05-05'),
    site('RPT24-01', '15.02.02.2003', 'Dumisake GSM Repeater', 'planned', null),
  ]);
});

describe('installations per regency (SQL in DuckDB-WASM)', () => {
  it('counts installed sites per regency and year; planned sites are not installations', async () => {
    const model = toModel(await engine.run(installationsQuery(NO_FILTERS)));
    expect(model.years).toEqual([2023, 2024]);
    expect(model.regencies.map((r) => [r.code, r.byYear[2023] ?? 0, r.byYear[2024] ?? 0, r.total])).toEqual([
      ['15.02', 1, 2, 3], // the decommissioned site counts in the year it was installed
      ['15.01', 1, 0, 1],
      ['15.71', 0, 0, 0], // a regency with no sites still appears, with zero
    ]);
  });

  it('follows the year, regency and status filters through bound parameters', async () => {
    const y2024 = toModel(await engine.run(installationsQuery({ ...NO_FILTERS, yearFrom: 2024, yearTo: 2024 })));
    expect(y2024.regencies.find((r) => r.code === '15.02')?.total).toBe(2);
    expect(y2024.regencies.find((r) => r.code === '15.01')?.total).toBe(0);

    const merangin = toModel(await engine.run(installationsQuery({ ...NO_FILTERS, regencies: ['15.02'] })));
    expect(merangin.regencies.map((r) => r.code)).toEqual(['15.02']);

    const active = toModel(await engine.run(installationsQuery({ ...NO_FILTERS, statuses: ['active'] })));
    expect(active.regencies.map((r) => r.total)).toEqual([1, 1, 0]);
  });

  it('treats a hostile filter value as a value, not as SQL', async () => {
    const rows = await engine.run(installationsQuery({ ...NO_FILTERS, regencies: ["15.02' OR '1'='1"] }));
    expect(rows).toEqual([]);
  });
});
