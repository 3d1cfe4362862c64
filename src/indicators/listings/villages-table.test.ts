// The villages table listing in DuckDB-WASM (Node build) over hand-made fixtures (explore-fixtures.test-data.ts);
// every expected number is counted by hand in the comments.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../../../tests/helpers/duckdb-node.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import { loadFixtures } from './explore-fixtures.test-data.ts';
import { VILLAGES_TABLE_COLUMNS, villagesTableQuery } from './villages-table.ts';

let engine: TestEngine;
beforeAll(async () => {
  engine = await createTestEngine();
  loadFixtures(engine);
});

const f = (over: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...over });
const run = (filters: Filters) => engine.run(villagesTableQuery(filters));

describe('villagesTableQuery', () => {
  it('lists every village with its latest signal, its sites and its sites in service', async () => {
    const rows = await run(NO_FILTERS);
    expect(
      rows.map((r) => [
        r.village_code,
        r.village_name,
        r.district_name,
        r.regency_name,
        r.best_signal,
        r.is_blankspot,
        r.sites,
        r.sites_in_service,
      ]),
    ).toEqual([
      // Alpha: S-A1 active, S-A2 active, S-A3 decommissioned → 3 sites, 2 in service.
      ['15.01.01.2001', 'Alpha', 'Gunung Kerinci', 'Kerinci', '4G', false, 3, 2],
      ['15.01.01.2002', 'Béta', 'Gunung Kerinci', 'Kerinci', '3G', false, 0, 0],
      // Renah Kemumu: S-R1 offline (in service), S-R2 planned (not installed).
      ['15.02.01.2001', 'Renah Kemumu', 'Jangkat', 'Merangin', 'none', true, 2, 1],
      // no 2024 survey row: no signal figure, not "no signal"
      ['15.02.02.1001', 'Kota Bangko', 'Bangko', 'Merangin', null, null, 0, 0],
    ]);
    expect(rows.every((r) => r.coverage_year === 2024)).toBe(true);
    expect(rows.find((r) => r.village_code === '15.02.01.2001')).toMatchObject({ kind: 'desa', isolated: true });
    // The export writes exactly these columns.
    expect(Object.keys(rows[0] ?? {})).toEqual(VILLAGES_TABLE_COLUMNS.map((c) => c.name));
  });

  it('takes the latest survey year inside the year range; the year picks `sites`, not `sites_in_service`', async () => {
    const rows = await run(f({ yearFrom: 2023, yearTo: 2023 }));
    // 2023: only S-A1 (installed 2023) passes; S-A3 is 2022, S-A2 and S-R1 2024, S-R2 (budget) 2025.
    expect(
      rows.map((r) => [r.village_code, r.best_signal, r.is_blankspot, r.sites, r.sites_in_service, r.coverage_year]),
    ).toEqual([
      ['15.01.01.2001', 'none', true, 1, 2, 2023],
      ['15.01.01.2002', '3G', false, 0, 0, 2023],
      ['15.02.01.2001', 'none', true, 0, 1, 2023],
      ['15.02.02.1001', '4G', false, 0, 0, 2023],
    ]);
  });

  it('follows the place filters and, with a site filter, keeps only villages with such a site', async () => {
    expect((await run(f({ regencies: ['15.02'] }))).map((r) => r.village_code)).toEqual([
      '15.02.01.2001',
      '15.02.02.1001',
    ]);
    // VSAT: Alpha (S-A1 active, S-A3 decommissioned), Renah Kemumu (S-R1 offline).
    const vsat = await run(f({ technologies: ['VSAT'] }));
    expect(vsat.map((r) => [r.village_code, r.sites, r.sites_in_service])).toEqual([
      ['15.01.01.2001', 2, 1],
      ['15.02.01.2001', 1, 1],
    ]);
    const planned = await run(f({ regencies: ['15.02'], statuses: ['planned'] }));
    expect(planned.map((r) => [r.village_code, r.sites, r.sites_in_service])).toEqual([['15.02.01.2001', 1, 0]]);
    // A year with a programme: Dumisake Internet Desa sites of 2024 → only S-R1 (Renah Kemumu).
    const y2024 = await run(f({ yearFrom: 2024, yearTo: 2024, programmes: ['Dumisake Internet Desa'] }));
    expect(y2024.map((r) => [r.village_code, r.sites, r.sites_in_service])).toEqual([['15.02.01.2001', 1, 1]]);
  });

  it('binds filter values: text that looks like SQL matches nothing and changes nothing', async () => {
    expect(await run(f({ regencies: ["15.01') OR TRUE; DROP TABLE sites; --"] }))).toEqual([]);
    expect(await run(f({ programmes: ["x' OR '1'='1"] }))).toEqual([]);
    expect(engine.sql('SELECT count(*) AS n FROM sites')[0]?.n).toBe(5);
  });
});
