// sites_down and the sites-down listing run in DuckDB-WASM (Node build) over fixture rows; the per-site cube
// site_daily_by_site_last is computed from the fixture's site_daily as the browser would. Expected values are
// counted by hand in the comments (as-of date = the last telemetry day of all sites: 2026-11-27).
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../../../tests/helpers/duckdb-node.ts';
import type { Row } from '../../data/rows.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import { indicatorQuery } from '../catalog.ts';
import { SILENT_DAYS } from '../defs/operations.ts';
import { SITES_DOWN_FILTERS, sitesDownListing } from './sites-down.ts';

let engine: TestEngine;

const K1 = '15.01.01.2001'; // Kerinci
const K2 = '15.01.02.2001'; // Kerinci
const M1 = '15.02.01.2001'; // Merangin

beforeAll(async () => {
  engine = await createTestEngine();
  engine.load('regencies', [
    { regency_code: '15.01', bps_code: '1501', name: 'Kerinci', type: 'Kabupaten' },
    { regency_code: '15.02', bps_code: '1502', name: 'Merangin', type: 'Kabupaten' },
  ]);
  engine.load(
    'villages',
    [K1, K2, M1].map((code) => ({
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
    { programme: 'Dumisake Internet Desa', kind: 'village_access', in_plan: true, owner: 'Pemprov', label_en: 'D' },
    { programme: 'BAKTI Internet Desa', kind: 'village_access', in_plan: true, owner: 'BAKTI', label_en: 'B' },
    { programme: 'BAKTI BTS 4G', kind: 'cellular_coverage', in_plan: false, owner: 'BAKTI', label_en: 'T' },
  ]);
  const site = (
    site_id: string,
    village_code: string,
    programme: string,
    status: string,
    installed_on: string | null,
  ) => ({
    site_id,
    village_code,
    programme,
    technology: programme === 'BAKTI BTS 4G' ? 'BTS 4G' : 'VSAT',
    status,
    budget_year: 2024,
    installed_on,
    bandwidth_mbps: 10,
  });
  engine.load('sites', [
    site('S1', K1, 'Dumisake Internet Desa', 'active', '2024-01-10'), // reports to the as-of day: up
    site('S2', K1, 'BAKTI Internet Desa', 'active', '2024-01-10'), // last 2026-11-20: 7 days, not more than 7
    site('S3', M1, 'Dumisake Internet Desa', 'active', '2024-01-10'), // last 2026-11-19: 8 days → down
    site('S4', K2, 'BAKTI Internet Desa', 'offline', '2023-03-01'), // offline, last 2026-10-01: 57 days
    site('S5', K1, 'BAKTI BTS 4G', 'offline', '2023-05-01'), // offline, never reported
    site('S6', K1, 'BAKTI BTS 4G', 'active', '2023-05-01'), // never reports: not down while active
    site('S7', M1, 'BAKTI Internet Desa', 'decommissioned', '2022-02-01'), // silent, but not in service
    site('S8', M1, 'Dumisake Internet Desa', 'planned', null), // not installed
    site('S9', M1, 'Dumisake Internet Desa', 'active', '2024-01-10'), // last 2026-11-26: 1 day
  ]);
  const day = (site_id: string, date: string) => ({
    site_id,
    date,
    uptime_pct: 99,
    down_mbps: 10,
    data_gb: 1,
    users: 5,
  });
  engine.load('site_daily', [
    day('S1', '2026-11-01'),
    day('S1', '2026-11-27'),
    day('S2', '2026-11-20'),
    day('S3', '2026-11-10'),
    day('S3', '2026-11-19'),
    day('S4', '2026-09-30'),
    day('S4', '2026-10-01'),
    day('S7', '2025-01-01'),
    day('S9', '2026-11-26'),
  ]);
});

const list = (f: Filters, silentDays?: number) => engine.run(sitesDownListing(f, { silentDays }));
const value = async (f: Filters) =>
  (await engine.run(indicatorQuery({ indicator: 'sites_down', filters: f })))[0]?.value;
const brief = (rows: Row[]) => rows.map((r) => [r.site_id, r.days_silent, r.last_date]);

describe('sites_down (SQL in DuckDB-WASM)', () => {
  it('counts sites in service that are offline or silent for more than 7 days', async () => {
    expect(SILENT_DAYS).toBe(7);
    // S3 (8 days silent), S4 (offline), S5 (offline, never reported).
    expect(await value(NO_FILTERS)).toBe(3);
  });

  it('breaks down by regency and programme', async () => {
    const byRegency = await engine.run(
      indicatorQuery({ indicator: 'sites_down', filters: NO_FILTERS, by: ['regency'] }),
    );
    expect(byRegency.map((r) => [r.regency, r.value])).toEqual([
      ['15.01', 2],
      ['15.02', 1],
    ]);
    const byProgramme = await engine.run(
      indicatorQuery({ indicator: 'sites_down', filters: NO_FILTERS, by: ['programme'] }),
    );
    expect(byProgramme.map((r) => [r.programme, r.value])).toEqual([
      ['BAKTI BTS 4G', 1],
      ['BAKTI Internet Desa', 1],
      ['Dumisake Internet Desa', 1],
    ]);
  });
});

describe('sites-down listing (SQL in DuckDB-WASM)', () => {
  it('lists the sites down, the longest silent first, with village, regency and programme', async () => {
    const rows = await list(NO_FILTERS);
    expect(brief(rows)).toEqual([
      ['S4', 57, '2026-10-01'],
      ['S3', 8, '2026-11-19'],
      ['S5', null, null],
    ]);
    expect(rows[0]).toMatchObject({
      village_code: K2,
      village_name: `Desa ${K2}`,
      district_name: 'Kec 15.01.02',
      regency_code: '15.01',
      regency_name: 'Kerinci',
      programme: 'BAKTI Internet Desa',
      technology: 'VSAT',
      status: 'offline',
      as_of: '2026-11-27',
    });
  });

  it('takes its threshold in days: 6 adds the site silent for 7 days, 30 keeps only the long silences', async () => {
    expect(brief(await list(NO_FILTERS, 6)).map((r) => r[0])).toEqual(['S4', 'S3', 'S2', 'S5']);
    // Offline sites are down whatever the threshold.
    expect(brief(await list(NO_FILTERS, 30)).map((r) => r[0])).toEqual(['S4', 'S5']);
    expect(() => sitesDownListing(NO_FILTERS, { silentDays: 0 })).toThrow(/threshold/);
    expect(() => sitesDownListing(NO_FILTERS, { silentDays: 2.5 })).toThrow(/threshold/);
  });

  it('has as many rows as sites_down counts, for the same filters', async () => {
    expect(SITES_DOWN_FILTERS).toEqual(['regency', 'district', 'programme', 'technology', 'status']);
    for (const f of [
      NO_FILTERS,
      { ...NO_FILTERS, regencies: ['15.02'] },
      { ...NO_FILTERS, statuses: ['active'] },
      { ...NO_FILTERS, technologies: ['BTS 4G'] },
      { ...NO_FILTERS, yearFrom: 2020, yearTo: 2021 },
    ]) {
      expect((await list(f)).length).toBe(await value(f));
    }
    expect(brief(await list({ ...NO_FILTERS, regencies: ['15.02'] }))).toEqual([['S3', 8, '2026-11-19']]);
  });

  it('treats a hostile filter value as a value, not as SQL', async () => {
    expect(await list({ ...NO_FILTERS, regencies: ["15.01') OR (1=1"] })).toEqual([]);
  });
});
