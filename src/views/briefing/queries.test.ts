// The briefing's own SQL (targets against installations; isolated villages with the sites serving them) runs in
// DuckDB-WASM's Node build over fixture rows; the expected figures are worked out by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../../../tests/helpers/duckdb-node.ts';
import { toIsolatedModel } from './isolated-model.ts';
import { isolatedQuery } from './isolated-query.ts';
import { progressOf, regenciesIn, regencyTargetYear, statusYear, toTargetsModel } from './targets-model.ts';
import { targetsQuery } from './targets-query.ts';

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
const site = (site_id: string, village_code: string, installed_on: string | null, status = 'active') => ({
  site_id,
  village_code,
  programme: 'Dumisake Internet Desa',
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
    { regency_code: '15.71', bps_code: '1571', name: 'Kota Jambi', type: 'Kota' },
  ]);
  engine.load('villages', [
    village('15.01.01.2001', 'Sungai A'),
    village('15.01.01.2002', 'Sungai B', true),
    village('15.02.01.2001', 'Renah Kemumu', true),
    village('15.02.23.2008', 'Air Liki', true),
    village('15.71.01.1001', 'Kota A'),
  ]);
  engine.load('sites', [
    site('S1', '15.01.01.2001', '2023-03-01'),
    site('S2', '15.01.01.2002', '2023-07-01'),
    site('S3', '15.02.01.2001', '2023-09-26'),
    // A later, second site of Renah Kemumu: the first one is the one listed.
    site('S4', '15.02.01.2001', '2024-02-01'),
    site('S5', '15.02.23.2008', '2024-05-05', 'decommissioned'),
    site('S6', '15.71.01.1001', '2024-01-10'),
    site('S7', '15.02.23.2008', null, 'planned'),
    // An operator's 4G tower is not a programme site: it never counts against planned installations.
    { ...site('B1', '15.01.01.2001', '2023-04-01'), programme: 'BAKTI BTS 4G', technology: 'BTS 4G' },
  ]);
  engine.load('village_coverage', [
    cov('15.01.01.2001', 2023, 'none'),
    cov('15.01.01.2002', 2023, 'none'),
    cov('15.02.01.2001', 2023, 'none'),
    cov('15.02.23.2008', 2023, '2G'),
    cov('15.71.01.1001', 2023, '4G'),
    cov('15.01.01.2001', 2024, '4G'),
    cov('15.01.01.2002', 2024, 'none'),
    cov('15.02.01.2001', 2024, 'none'),
    // Air Liki has no 2024 row: its signal is unknown, not "none".
    cov('15.71.01.1001', 2024, '4G'),
  ]);
  engine.load('targets', [
    { year: 2023, regency_code: null, planned_installations: 4, blankspot_target: 2 },
    { year: 2024, regency_code: null, planned_installations: 5, blankspot_target: 1 },
    { year: 2025, regency_code: null, planned_installations: 2, blankspot_target: null },
    { year: 2024, regency_code: '15.01', planned_installations: 2, blankspot_target: 1 },
    { year: 2024, regency_code: '15.02', planned_installations: 1, blankspot_target: 1 },
  ]);
});

describe('targets against installations (SQL in DuckDB-WASM)', () => {
  it('gives province rows per target year and every regency for the years with regency targets', async () => {
    const rows = await engine.run(targetsQuery());
    expect(rows.map((r) => [r.year, r.regency_code, r.planned, r.installed, r.blankspot_target, r.blankspot])).toEqual([
      // 2023: S1, S2, S3 installed; 3 blankspots at the end of 2023.
      [2023, null, 4, 3, 2, 3],
      // 2024: S4, S5 (decommissioned later, still installed in 2024), S6; 2 blankspots.
      [2024, null, 5, 3, 1, 2],
      [2024, '15.01', 2, 0, 1, 1],
      [2024, '15.02', 1, 2, 1, 1],
      // Kota Jambi has no target row in 2024: planned NULL (no target), installations still counted.
      [2024, '15.71', null, 1, null, 0],
      // 2025: nothing installed, no coverage data → blankspot NULL (missing, not 0).
      [2025, null, 2, 0, null, null],
    ]);
  });

  it('turns them into progress classes: ≥ 100 % met, 80–99 % near, < 80 % far, no plan none', async () => {
    const model = toTargetsModel(await engine.run(targetsQuery()));
    expect(statusYear(model, 2024)).toBe(2024);
    expect(statusYear(model, 2030)).toBe(2025);
    expect(regencyTargetYear(model, 2026)).toBe(2024);
    expect(regencyTargetYear(model, 2023)).toBeNull();
    expect(regenciesIn(model, 2024).map((r) => [r.regencyName, r.percent, r.variance])).toEqual([
      ['Kerinci', 0, 'far'],
      ['Merangin', 200, 'met'],
      ['Kota Jambi', null, 'none'],
    ]);
    expect(model.province.map((r) => [r.year, r.percent, r.variance])).toEqual([
      [2023, 75, 'far'],
      [2024, 60, 'far'],
      [2025, 0, 'far'],
    ]);
  });

  it('reads the class from the shown, rounded percentage', () => {
    expect(progressOf(10, 10)).toEqual({ percent: 100, variance: 'met' });
    expect(progressOf(199, 200)).toEqual({ percent: 100, variance: 'met' });
    expect(progressOf(197, 200)).toEqual({ percent: 99, variance: 'near' });
    expect(progressOf(8, 10)).toEqual({ percent: 80, variance: 'near' });
    expect(progressOf(79, 100)).toEqual({ percent: 79, variance: 'far' });
    expect(progressOf(3, 0)).toEqual({ percent: null, variance: 'none' });
    expect(progressOf(3, null)).toEqual({ percent: null, variance: 'none' });
  });
});

describe('isolated villages (SQL in DuckDB-WASM)', () => {
  it('lists each isolated village once with its first working site and its latest signal', async () => {
    const model = toIsolatedModel(await engine.run(isolatedQuery()));
    expect(model.coverageYear).toBe(2024);
    expect(model.villages.map((v) => [v.name, v.regency, v.servedSince, v.programme, v.signal])).toEqual([
      ['Sungai B', 'Kerinci', '2023-07-01', 'Dumisake Internet Desa', 'none'],
      // Air Liki: its only installed site was decommissioned, the other is planned → not served; no 2024 row.
      ['Air Liki', 'Merangin', null, null, null],
      ['Renah Kemumu', 'Merangin', '2023-09-26', 'Dumisake Internet Desa', 'none'],
    ]);
  });
});
