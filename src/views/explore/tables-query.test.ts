// The table queries run in DuckDB-WASM's Node build over hand-made fixtures (fixtures.test-data.ts).
import { createTestEngine, type TestEngine } from '../../../tests/helpers/duckdb-node.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import { loadFixtures } from './fixtures.test-data.ts';
import { sitesTableQuery, villagesTableQuery } from './tables-query.ts';

let engine: TestEngine;
beforeAll(async () => {
  engine = await createTestEngine();
  loadFixtures(engine);
});

const f = (over: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...over });

describe('villagesTableQuery', () => {
  it('lists every village with its latest signal and its number of sites', async () => {
    const rows = await engine.run(villagesTableQuery(NO_FILTERS));
    expect(
      rows.map((r) => [r.code, r.name, r.district_name, r.regency_name, r.best_signal, r.is_blankspot, r.sites]),
    ).toEqual([
      ['15.01.01.2001', 'Alpha', 'Gunung Kerinci', 'Kerinci', '4G', false, 2],
      ['15.01.01.2002', 'Béta', 'Gunung Kerinci', 'Kerinci', '3G', false, 0],
      ['15.02.01.2001', 'Renah Kemumu', 'Jangkat', 'Merangin', 'none', true, 2],
      // no 2024 survey row: no signal figure, not "no signal"
      ['15.02.02.1001', 'Kota Bangko', 'Bangko', 'Merangin', null, null, 0],
    ]);
    expect(rows.every((r) => r.coverage_year === 2024)).toBe(true);
    expect(rows.find((r) => r.code === '15.02.01.2001')).toMatchObject({ kind: 'desa', isolated: true });
  });

  it('takes the latest coverage year inside the year range and counts the sites of that range', async () => {
    const rows = await engine.run(villagesTableQuery(f({ yearFrom: 2023, yearTo: 2023 })));
    // 2023: only S-A1 (installed 2023); S-R2 counts in its budget year 2025, the others in 2024.
    expect(rows.map((r) => [r.code, r.best_signal, r.is_blankspot, r.sites, r.coverage_year])).toEqual([
      ['15.01.01.2001', 'none', true, 1, 2023],
      ['15.01.01.2002', '3G', false, 0, 2023],
      ['15.02.01.2001', 'none', true, 0, 2023],
      ['15.02.02.1001', '4G', false, 0, 2023],
    ]);
  });

  it('follows the place filters and, with a site filter, keeps only villages with such a site', async () => {
    expect((await engine.run(villagesTableQuery(f({ regencies: ['15.02'] })))).map((r) => r.code)).toEqual([
      '15.02.01.2001',
      '15.02.02.1001',
    ]);
    const vsat = await engine.run(villagesTableQuery(f({ technologies: ['VSAT'] })));
    expect(vsat.map((r) => [r.code, r.sites])).toEqual([
      ['15.01.01.2001', 1],
      ['15.02.01.2001', 1],
    ]);
    const planned = await engine.run(villagesTableQuery(f({ regencies: ['15.02'], statuses: ['planned'] })));
    expect(planned.map((r) => [r.code, r.sites])).toEqual([['15.02.01.2001', 1]]);
  });

  it('binds filter values: text that looks like SQL matches nothing and changes nothing', async () => {
    const rows = await engine.run(villagesTableQuery(f({ regencies: ["15.01') OR TRUE; DROP TABLE sites; --"] })));
    expect(rows).toEqual([]);
    expect(engine.sql('SELECT count(*) AS n FROM sites')[0]?.n).toBe(4);
  });
});

describe('sitesTableQuery', () => {
  it('lists every site with its place, dates and mean uptime over the last 30 days of telemetry', async () => {
    const rows = await engine.run(sitesTableQuery(NO_FILTERS));
    expect(rows.map((r) => r.site_id)).toEqual(['S-A1', 'S-A2', 'S-R1', 'S-R2']);
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
    expect(rows[2]).toMatchObject({ site_id: 'S-R1', uptime_30d: null, days_30d: 0 });
    expect(rows[3]).toMatchObject({ site_id: 'S-R2', installed_on: null, bandwidth_mbps: null, uptime_30d: null });
  });

  it('follows every filter', async () => {
    const ids = async (filters: Filters) => (await engine.run(sitesTableQuery(filters))).map((r) => r.site_id);
    expect(await ids(f({ regencies: ['15.02'] }))).toEqual(['S-R1', 'S-R2']);
    expect(await ids(f({ districts: ['15.01.01'], programmes: ['Dumisake Internet Desa'] }))).toEqual(['S-A1']);
    // A site's year: installation year, else budget year.
    expect(await ids(f({ yearFrom: 2024, yearTo: 2024 }))).toEqual(['S-A2', 'S-R1']);
    expect(await ids(f({ yearFrom: 2025, yearTo: 2025 }))).toEqual(['S-R2']);
    expect(await ids(f({ statuses: ['active'], technologies: ['BTS 4G'] }))).toEqual(['S-A2']);
  });
});
