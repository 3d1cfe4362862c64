// One village's listings in DuckDB-WASM (Node build) over hand-made fixtures (explore-fixtures.test-data.ts);
// every expected number is worked out by hand in the comments.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../../../tests/helpers/duckdb-node.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import { loadFixtures } from './explore-fixtures.test-data.ts';
import { villageHistoryQuery, villageSitesQuery } from './village-history.ts';

let engine: TestEngine;
beforeAll(async () => {
  engine = await createTestEngine();
  loadFixtures(engine);
});

const f = (over: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...over });

describe('villageHistoryQuery', () => {
  it('returns the village with its names and one row per survey year; nothing for an unknown code', async () => {
    const rows = await engine.run(villageHistoryQuery('15.02.01.2001'));
    expect(rows.map((r) => [r.name, r.district_name, r.regency_name, r.year, r.best_signal])).toEqual([
      ['Renah Kemumu', 'Jangkat', 'Merangin', 2023, 'none'],
      ['Renah Kemumu', 'Jangkat', 'Merangin', 2024, 'none'],
    ]);
    expect(await engine.run(villageHistoryQuery('15.02.01.9999'))).toEqual([]);
  });
});

describe('villageSitesQuery', () => {
  it('gives each site’s monthly mean uptime over the last 12 months and the mean over those days', async () => {
    const rows = await engine.run(villageSitesQuery('15.01.01.2001', NO_FILTERS));
    // S-A1: January 90 (1 day); December (0 + 50 + 100) / 3 = 50 (3 days); 2023-12-31 is outside the window.
    // Over the window: (90 + 0 + 50 + 100) / 4 = 60. S-A2 and S-A3 sent nothing: one row each without a month.
    expect(rows.map((r) => [r.site_id, r.month, r.uptime, r.days, r.uptime_12m, r.first_month])).toEqual([
      ['S-A1', '2024-01', 90, 1, 60, '2024-01'],
      ['S-A1', '2024-12', 50, 3, 60, '2024-01'],
      ['S-A2', null, null, null, null, '2024-01'],
      ['S-A3', null, null, null, null, '2024-01'],
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
    // Year 2022: S-A3 (installed 2022-08-01) only.
    const y2022 = await engine.run(villageSitesQuery('15.01.01.2001', f({ yearFrom: 2022, yearTo: 2022 })));
    expect(y2022.map((r) => r.site_id)).toEqual(['S-A3']);
  });
});
