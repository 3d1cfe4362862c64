import { beforeAll, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../../tests/helpers/duckdb-node.ts';
import { knownValuesQuery, toKnownValues } from './known-values.ts';

let engine: TestEngine;
beforeAll(async () => {
  engine = await createTestEngine();
  engine.load('regencies', [{ regency_code: '15.02', bps_code: '1502', name: 'Merangin', type: 'Kabupaten' }]);
  engine.load('villages', [
    {
      village_code: '15.02.01.2001',
      district_code: '15.02.01',
      district_name: 'Jangkat',
      regency_code: '15.02',
      name: 'Renah Kemumu',
      kind: 'desa',
      isolated: true,
    },
  ]);
  engine.load('sites', [
    {
      site_id: 'IDD23-001',
      village_code: '15.02.01.2001',
      programme: 'Dumisake Internet Desa',
      technology: 'VSAT',
      status: 'active',
      budget_year: 2023,
      installed_on: '2023-05-02',
      bandwidth_mbps: 4,
    },
    {
      site_id: 'RPT24-01',
      village_code: '15.02.01.2001',
      programme: 'Dumisake GSM Repeater',
      technology: 'GSM repeater',
      status: 'planned',
      budget_year: 2024,
      installed_on: null,
      bandwidth_mbps: null,
    },
  ]);
  engine.load('village_coverage', [
    { village_code: '15.02.01.2001', year: 2021, best_signal: 'none', is_blankspot: true },
  ]);
  engine.load('targets', [{ year: 2025, regency_code: null, planned_installations: 40, blankspot_target: 240 }]);
});

it('lists the values that exist in the data, with labels', async () => {
  const known = toKnownValues(await engine.run(knownValuesQuery()));
  expect(known.years).toEqual([2021, 2023, 2025]);
  expect(known.regencies).toEqual(['15.02']);
  expect(known.districts).toEqual(['15.02.01']);
  expect(known.programmes).toEqual(['Dumisake GSM Repeater', 'Dumisake Internet Desa']);
  expect(known.technologies).toEqual(['GSM repeater', 'VSAT']);
  expect(known.statuses).toEqual(['active', 'planned']);
  expect(known.labels['regency:15.02']).toBe('Merangin');
  expect(known.labels['district:15.02.01']).toBe('Jangkat');
});
