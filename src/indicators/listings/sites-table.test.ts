// The sites table listing in DuckDB-WASM (Node build) over hand-made fixtures (explore-fixtures.test-data.ts);
// every expected number is counted by hand in the comments.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../../../tests/helpers/duckdb-node.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import { loadFixtures } from './explore-fixtures.test-data.ts';
import { SITES_TABLE_COLUMNS, sitesTableQuery } from './sites-table.ts';

let engine: TestEngine;
beforeAll(async () => {
  engine = await createTestEngine();
  loadFixtures(engine);
});

const f = (over: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...over });

describe('sitesTableQuery', () => {
  it('lists every site with its place, dates and mean uptime over the last 30 days of telemetry', async () => {
    const rows = await engine.run(sitesTableQuery(NO_FILTERS));
    expect(rows.map((r) => r.site_id)).toEqual(['S-A1', 'S-A2', 'S-A3', 'S-R1', 'S-R2']);
    // S-A1: 2024-12-02 (50) and 2024-12-31 (100) fall in 2024-12-02 … 2024-12-31; 2024-12-01 does not → 75.
    expect(rows[0]).toMatchObject({
      village_name: 'Alpha',
      district_name: 'Gunung Kerinci',
      regency_name: 'Kerinci',
      programme: 'Dumisake Internet Desa',
      technology: 'VSAT',
      status: 'active',
      budget_year: 2023,
      installed_on: '2023-06-01',
      bandwidth_mbps: 20,
      uptime_30d: 75,
      days_30d: 2,
    });
    // S-R1 reported only in November: no figure for the last 30 days (NULL, not 0); S-R2 is not installed.
    expect(rows[3]).toMatchObject({ site_id: 'S-R1', uptime_30d: null, days_30d: 0 });
    expect(rows[4]).toMatchObject({ site_id: 'S-R2', installed_on: null, bandwidth_mbps: null, uptime_30d: null });
    expect(Object.keys(rows[0] ?? {})).toEqual(SITES_TABLE_COLUMNS.map((c) => c.name));
  });

  it('follows every filter', async () => {
    const ids = async (filters: Filters) => (await engine.run(sitesTableQuery(filters))).map((r) => r.site_id);
    expect(await ids(f({ regencies: ['15.02'] }))).toEqual(['S-R1', 'S-R2']);
    expect(await ids(f({ districts: ['15.01.01'], programmes: ['Dumisake Internet Desa'] }))).toEqual(['S-A1']);
    // A site's year: installation year, else budget year.
    expect(await ids(f({ yearFrom: 2024, yearTo: 2024 }))).toEqual(['S-A2', 'S-R1']);
    expect(await ids(f({ yearFrom: 2022, yearTo: 2023 }))).toEqual(['S-A1', 'S-A3']);
    expect(await ids(f({ yearFrom: 2025, yearTo: 2025 }))).toEqual(['S-R2']);
    expect(await ids(f({ statuses: ['active'], technologies: ['BTS 4G'] }))).toEqual(['S-A2']);
    expect(await ids(f({ statuses: ['decommissioned'] }))).toEqual(['S-A3']);
    expect(await ids(f({ regencies: ["15.02' OR TRUE --"] }))).toEqual([]);
  });
});
