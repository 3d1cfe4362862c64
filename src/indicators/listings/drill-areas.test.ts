// The drill-down listing in DuckDB-WASM (Node build) over hand-made fixtures (explore-fixtures.test-data.ts): the
// areas it names, the village facts at district level, and that a district's villages add up to the district's
// indicator figures (villages_total, blankspot_villages, sites_in_service) under the same filters. Every expected
// number is counted by hand in the comments.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../../../tests/helpers/duckdb-node.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import { indicatorQuery } from '../catalog.ts';
import type { IndicatorId } from '../types.ts';
import { drillAreasQuery, drillFilters } from './drill-areas.ts';
import { loadFixtures } from './explore-fixtures.test-data.ts';

let engine: TestEngine;
beforeAll(async () => {
  engine = await createTestEngine();
  loadFixtures(engine);
});

const f = (over: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...over });

describe('drillAreasQuery', () => {
  it('names the regencies at the province level, within the place filters only', async () => {
    const rows = await engine.run(drillAreasQuery('province', null, NO_FILTERS));
    expect(rows).toEqual([
      { code: '15.01', name: 'Kerinci' },
      { code: '15.02', name: 'Merangin' },
    ]);
    const merangin = await engine.run(drillAreasQuery('province', null, f({ regencies: ['15.02'] })));
    expect(merangin.map((r) => r.code)).toEqual(['15.02']);
    // A site filter does not drop areas: their numbers are indicators, which say what they honour.
    const vsat = await engine.run(drillAreasQuery('province', null, f({ programmes: ['Operator'] })));
    expect(vsat.map((r) => r.code)).toEqual(['15.01', '15.02']);
  });

  it('names the districts of a regency', async () => {
    const rows = await engine.run(drillAreasQuery('regency', '15.02', NO_FILTERS));
    expect(rows).toEqual([
      { code: '15.02.01', name: 'Jangkat' },
      { code: '15.02.02', name: 'Bangko' },
    ]);
    expect(await engine.run(drillAreasQuery('regency', '15.02', f({ districts: ['15.02.02'] })))).toEqual([
      { code: '15.02.02', name: 'Bangko' },
    ]);
  });

  it('lists the villages of a district with their facts and sites in service', async () => {
    const rows = await engine.run(drillAreasQuery('district', '15.01.01', NO_FILTERS));
    expect(rows).toEqual([
      // Alpha: S-A1 and S-A2 active; S-A3 decommissioned is not in service.
      {
        code: '15.01.01.2001',
        name: 'Alpha',
        kind: 'desa',
        isolated: false,
        coverage_year: 2024,
        best_signal: '4G',
        is_blankspot: false,
        sites_in_service: 2,
      },
      {
        code: '15.01.01.2002',
        name: 'Béta',
        kind: 'desa',
        isolated: false,
        coverage_year: 2024,
        best_signal: '3G',
        is_blankspot: false,
        sites_in_service: 0,
      },
    ]);
    // 2023: the 2023 survey (Alpha was blankspot); the year does not apply to sites in service.
    const y2023 = await engine.run(drillAreasQuery('district', '15.01.01', f({ yearFrom: 2023, yearTo: 2023 })));
    expect(y2023.map((r) => [r.code, r.coverage_year, r.is_blankspot, r.sites_in_service])).toEqual([
      ['15.01.01.2001', 2023, true, 2],
      ['15.01.01.2002', 2023, false, 0],
    ]);
    // VSAT: only S-A1 of Alpha is an in-service VSAT site; every village of the district stays listed.
    const vsat = await engine.run(drillAreasQuery('district', '15.01.01', f({ technologies: ['VSAT'] })));
    expect(vsat.map((r) => [r.code, r.sites_in_service])).toEqual([
      ['15.01.01.2001', 1],
      ['15.01.01.2002', 0],
    ]);
  });

  it("adds up to the district's indicator figures under the same filters", async () => {
    const value = async (indicator: IndicatorId, filters: Filters) =>
      (await engine.run(indicatorQuery({ indicator, filters })))[0]?.value;
    for (const filters of [NO_FILTERS, f({ yearFrom: 2023, yearTo: 2023 }), f({ technologies: ['VSAT'] })]) {
      const rows = await engine.run(drillAreasQuery('district', '15.01.01', filters));
      const scoped = drillFilters('district', '15.01.01', filters);
      expect(await value('villages_total', scoped)).toBe(rows.length);
      expect(await value('blankspot_villages', scoped)).toBe(rows.filter((r) => r.is_blankspot === true).length);
      expect(await value('sites_in_service', scoped)).toBe(rows.reduce((n, r) => n + Number(r.sites_in_service), 0));
    }
    // Hand counts of the same: 2 villages; blankspot 0 (2024) and 1 (2023); in service 2, and 1 for VSAT.
    expect(await value('villages_total', f({ districts: ['15.01.01'] }))).toBe(2);
    expect(await value('blankspot_villages', f({ districts: ['15.01.01'], yearFrom: 2023, yearTo: 2023 }))).toBe(1);
    expect(await value('sites_in_service', f({ districts: ['15.01.01'], technologies: ['VSAT'] }))).toBe(1);
  });

  it('narrows the figures to the drilled code and refuses a level below the province without a code', () => {
    expect(drillFilters('regency', '15.02', f({ programmes: ['X'] }))).toMatchObject({
      regencies: ['15.02'],
      programmes: ['X'],
    });
    expect(drillFilters('district', '15.02.01', NO_FILTERS).districts).toEqual(['15.02.01']);
    expect(drillFilters('province', null, NO_FILTERS)).toBe(NO_FILTERS);
    expect(() => drillAreasQuery('regency', null, NO_FILTERS)).toThrow(/needs a code/);
  });
});
