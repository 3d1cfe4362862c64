// The published-figures listing in DuckDB-WASM (Node build) over a fixture, and its comparison with the dashboard's
// own figures: the catalog's queries run over the same fixture; every expected number is counted by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../../../tests/helpers/duckdb-node.ts';
import { NO_FILTERS } from '../../filters/filters.ts';
import { indicatorQuery, resolve } from '../catalog.ts';
import { toFigures } from '../results.ts';
import type { IndicatorRequest } from '../types.ts';
import {
  compare,
  comparisonRequest,
  comparisonRequests,
  type PublishedFigure,
  publishedFiguresQuery,
  toPublishedFigures,
} from './published-figures.ts';

const AS_OF = '2024-11-27';
let engine: TestEngine;

const published = (indicator: string, period: string, value: number, unit: string, date: string, producer: string) => ({
  indicator,
  period,
  value,
  unit,
  subject: `${indicator} as reported`,
  producer,
  published: date,
  source_title: 'Berita',
  source: null,
});

beforeAll(async () => {
  engine = await createTestEngine();
  engine.load('regencies', [{ regency_code: '15.01', bps_code: '1501', name: 'Kerinci', type: 'Kabupaten' }]);
  engine.load(
    'villages',
    ['2001', '2002', '2003', '2004'].map((n) => ({
      village_code: `15.01.01.${n}`,
      district_code: '15.01.01',
      district_name: 'Kec A',
      regency_code: '15.01',
      name: `Desa ${n}`,
      kind: 'desa',
      isolated: false,
    })),
  );
  engine.load('programmes', [
    { programme: 'Dumisake Internet Desa', kind: 'village_access', in_plan: true, owner: 'Pemprov', label_en: 'x' },
    { programme: 'Operator', kind: 'operator', in_plan: false, owner: 'Operator', label_en: 'Operator' },
  ]);
  const site = (id: string, village: string, on: string, programme = 'Dumisake Internet Desa') => ({
    site_id: id,
    village_code: `15.01.01.${village}`,
    programme,
    technology: 'VSAT',
    status: 'active',
    budget_year: 2023,
    installed_on: on,
    bandwidth_mbps: 10,
  });
  engine.load('sites', [
    site('S1', '2001', '2022-03-01'),
    site('S2', '2002', '2023-03-01'),
    site('S3', '2003', '2023-06-01'),
    site('S4', '2004', '2023-08-01', 'Operator'),
    site('S5', '2004', '2024-02-01'),
  ]);
  const cov = (village: string, year: number, blank: boolean) => ({
    village_code: `15.01.01.${village}`,
    year,
    best_signal: blank ? 'none' : '4G',
    is_blankspot: blank,
  });
  engine.load('village_coverage', [
    cov('2001', 2022, true),
    cov('2002', 2022, true),
    cov('2003', 2022, true),
    cov('2004', 2022, false),
    cov('2001', 2023, true),
    cov('2002', 2023, true),
    cov('2003', 2023, false),
    cov('2004', 2023, false),
    cov('2001', 2024, true),
    cov('2002', 2024, false),
    cov('2003', 2024, false),
    cov('2004', 2024, false),
  ]);
  engine.load('targets', []);
  engine.load('published_figures', [
    published('blankspot_villages', '2022', 4, 'villages', '2023-01', 'Dinas Kominfo Provinsi Jambi'),
    published('blankspot_villages', '2023-05', 3, 'villages', '2023-05', 'Dinas Kominfo Provinsi Jambi'),
    published('plan_installations', '2023', 3, 'points', '2023-12-27', 'Dinas Kominfo Provinsi Jambi'),
    published('plan_installations', '2022..2023', 4, 'points', '2024-02', 'Dinas Kominfo Provinsi Jambi'),
    published('plan_installations', '2024-05', 1, 'points', '2024-06', 'Dinas Kominfo Provinsi Jambi'),
    published('villages_total', '2021', 5, 'villages', '2022-08-11', 'BPS Provinsi Jambi'),
    published('towers_per_capita', '2021', 1.5, 'per 1000', '2022-08-11', 'BPS Provinsi Jambi'),
  ]);
});

async function figuresFor(req: IndicatorRequest) {
  const resolved = resolve(req);
  return toFigures(resolved, await engine.run(indicatorQuery(resolved)), AS_OF);
}

async function compareAll(rows: PublishedFigure[]) {
  return Promise.all(
    rows.map(async (row) => {
      const req = comparisonRequest(row);
      return compare(row, req ? await figuresFor(req) : undefined);
    }),
  );
}

describe('published figures listing', () => {
  it('lists every published figure, newest publication first, as reported', async () => {
    const rows = toPublishedFigures(await engine.run(publishedFiguresQuery(NO_FILTERS)));
    expect(rows.map((r) => [r.indicator, r.period, r.value, r.published])).toEqual([
      ['plan_installations', '2024-05', 1, '2024-06'],
      ['plan_installations', '2022..2023', 4, '2024-02'],
      ['plan_installations', '2023', 3, '2023-12-27'],
      ['blankspot_villages', '2023-05', 3, '2023-05'],
      ['blankspot_villages', '2022', 4, '2023-01'],
      ['towers_per_capita', '2021', 1.5, '2022-08-11'],
      ['villages_total', '2021', 5, '2022-08-11'],
    ]);
    expect(rows[0]).toMatchObject({ unit: 'points', producer: 'Dinas Kominfo Provinsi Jambi', source: null });
  });

  it('asks each indicator once, by year (a span of years of a flow by its range)', async () => {
    const rows = toPublishedFigures(await engine.run(publishedFiguresQuery()));
    expect(comparisonRequests(rows)).toEqual([
      { indicator: 'plan_installations', filters: NO_FILTERS, by: ['year'] },
      {
        indicator: 'plan_installations',
        filters: NO_FILTERS,
        range: { from: '2022-01-01', to: '2023-12-31' },
      },
      { indicator: 'blankspot_villages', filters: NO_FILTERS, by: ['year'] },
      { indicator: 'villages_total', filters: NO_FILTERS },
    ]);
  });

  it('gives the difference only for the same period; a stock otherwise shows its nearest figure', async () => {
    const rows = toPublishedFigures(await engine.run(publishedFiguresQuery()));
    const out = await compareAll(rows);
    const view = out.map((c) => [
      c.row.indicator,
      c.row.period,
      c.figure?.period ?? null,
      c.figure?.value ?? null,
      c.samePeriod,
      c.difference,
    ]);
    expect(view).toEqual([
      // A flow in a month: no figure for that span, none shown.
      ['plan_installations', '2024-05', null, null, false, null],
      // 2022..2023: S1, S2, S3 (S4 is an operator site, not in the plan) = 3; published 4 → −1.
      ['plan_installations', '2022..2023', '2022..2023', 3, true, -1],
      // 2023: S2, S3 = 2; published 3 → −1.
      ['plan_installations', '2023', '2023', 2, true, -1],
      // A stock in May 2023: the end of 2023 (2 blankspot villages) is shown, with no difference.
      ['blankspot_villages', '2023-05', '2023', 2, false, null],
      // End of 2022: 3 blankspot villages; published 4 → −1.
      ['blankspot_villages', '2022', '2022', 3, true, -1],
      // Not an indicator of the catalog.
      ['towers_per_capita', '2021', null, null, false, null],
      // Villages at the data date (4) beside the 2021 count, no difference.
      ['villages_total', '2021', AS_OF, 4, false, null],
    ]);
    expect(out.find((c) => c.row.indicator === 'towers_per_capita')?.indicator).toBeNull();
  });

  it('has no figure while the dashboard figures load', () => {
    const [row] = toPublishedFigures([
      { indicator: 'blankspot_villages', period: '2022', value: 4, unit: 'x', subject: 's', producer: 'p' },
    ]);
    expect(row && compare(row, undefined)).toMatchObject({ figure: null, difference: null, samePeriod: false });
  });
});
