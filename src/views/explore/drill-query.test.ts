// Drill-down queries in DuckDB-WASM's Node build over hand-made fixtures (fixtures.test-data.ts).
import { createTestEngine, type TestEngine } from '../../../tests/helpers/duckdb-node.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import { areasQuery, villageQuery, villageSitesQuery } from './drill-query.ts';
import { loadFixtures } from './fixtures.test-data.ts';

let engine: TestEngine;
beforeAll(async () => {
  engine = await createTestEngine();
  loadFixtures(engine);
});

const f = (over: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...over });

describe('areasQuery', () => {
  it('province level: one row per regency with villages, blankspot villages (latest year) and sites', async () => {
    const rows = await engine.run(areasQuery('province', null, NO_FILTERS));
    expect(rows.map((r) => [r.code, r.name, r.villages, r.blankspot, r.sites, r.coverage_year])).toEqual([
      ['15.01', 'Kerinci', 2, 0, 2, 2024],
      ['15.02', 'Merangin', 2, 1, 2, 2024],
    ]);
  });

  it('regency and district levels: the districts of a regency, the villages of a district', async () => {
    const districts = await engine.run(areasQuery('regency', '15.02', NO_FILTERS));
    expect(districts.map((r) => [r.code, r.name, r.villages, r.blankspot, r.sites])).toEqual([
      ['15.02.01', 'Jangkat', 1, 1, 2],
      ['15.02.02', 'Bangko', 1, 0, 0],
    ]);
    const villages = await engine.run(areasQuery('district', '15.02.01', NO_FILTERS));
    expect(villages).toEqual([
      {
        code: '15.02.01.2001',
        name: 'Renah Kemumu',
        villages: 1,
        blankspot: 1,
        sites: 2,
        coverage_year: 2024,
        kind: 'desa',
        isolated: true,
        best_signal: 'none',
      },
    ]);
  });

  it('follows the filters like the tables do', async () => {
    const vsat = await engine.run(areasQuery('province', null, f({ technologies: ['VSAT'] })));
    // Only villages with a VSAT site: Alpha (Kerinci), Renah Kemumu (Merangin).
    expect(vsat.map((r) => [r.code, r.villages, r.blankspot, r.sites])).toEqual([
      ['15.01', 1, 0, 1],
      ['15.02', 1, 1, 1],
    ]);
    const kerinci = await engine.run(areasQuery('province', null, f({ regencies: ['15.01'] })));
    expect(kerinci.map((r) => r.code)).toEqual(['15.01']);
    const y2023 = await engine.run(areasQuery('province', null, f({ yearFrom: 2023, yearTo: 2023 })));
    expect(y2023.map((r) => [r.code, r.blankspot, r.sites])).toEqual([
      ['15.01', 1, 1],
      ['15.02', 1, 0],
    ]);
  });

  it('refuses a level below the province without a code', () => {
    expect(() => areasQuery('regency', null, NO_FILTERS)).toThrow(/needs a code/);
  });
});

describe('villageQuery', () => {
  it('returns the village with its names and one row per survey year; nothing for an unknown code', async () => {
    const rows = await engine.run(villageQuery('15.02.01.2001'));
    expect(rows.map((r) => [r.name, r.district_name, r.regency_name, r.year, r.best_signal])).toEqual([
      ['Renah Kemumu', 'Jangkat', 'Merangin', 2023, 'none'],
      ['Renah Kemumu', 'Jangkat', 'Merangin', 2024, 'none'],
    ]);
    expect(await engine.run(villageQuery('15.02.01.9999'))).toEqual([]);
  });
});

describe('villageSitesQuery', () => {
  it('gives each site’s monthly mean uptime over the last 12 months and the mean over those days', async () => {
    const rows = await engine.run(villageSitesQuery('15.01.01.2001', NO_FILTERS));
    // S-A1: January 90 (1 day); December (0 + 50 + 100) / 3 = 50 (3 days); 2023-12-31 is outside the window.
    // Over the window: (90 + 0 + 50 + 100) / 4 = 60. S-A2 sent nothing: one row without a month.
    expect(rows.map((r) => [r.site_id, r.month, r.uptime, r.days, r.uptime_12m, r.first_month])).toEqual([
      ['S-A1', '2024-01', 90, 1, 60, '2024-01'],
      ['S-A1', '2024-12', 50, 3, 60, '2024-01'],
      ['S-A2', null, null, null, null, '2024-01'],
    ]);
    expect(rows[0]).toMatchObject({
      programme: 'Dumisake Internet Desa',
      status: 'active',
      installed_on: '2023-06-01',
    });
  });

  it('applies the site filters', async () => {
    expect(await engine.run(villageSitesQuery('15.02.01.2001', f({ statuses: ['active'] })))).toEqual([]);
    const offline = await engine.run(villageSitesQuery('15.02.01.2001', f({ statuses: ['offline'] })));
    expect(offline.map((r) => [r.site_id, r.month, r.uptime, r.uptime_12m])).toEqual([['S-R1', '2024-11', 70, 70]]);
  });
});
