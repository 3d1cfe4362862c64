// One-statement batches (src/data/batch-sql.ts) in DuckDB-WASM's Node build over the published sample files: for
// real indicator queries (every first-view request, filtered ones) and listings with their own ORDER BY, runBatch
// returns exactly what run() returns for each request — same rows, same order, same types — and a query that
// returns no rows still comes back as [].
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../../tests/helpers/duckdb-node.ts';
import { DATASET_IDS } from '../data/contract.ts';
import type { QueryRequest } from '../data/engine-types.ts';
import type { Manifest } from '../data/manifest.ts';
import { type Filters, NO_FILTERS } from '../filters/filters.ts';
import { indicatorQuery } from '../indicators/catalog.ts';
import { drillAreasQuery } from '../indicators/listings/drill-areas.ts';
import { sitesTableQuery } from '../indicators/listings/sites-table.ts';
import { villagesTableQuery } from '../indicators/listings/villages-table.ts';
import { firstViewQueries } from '../views/first-view-queries.ts';

const DATA = join(import.meta.dirname, '../../public/data');
const manifest = JSON.parse(readFileSync(join(DATA, 'manifest.json'), 'utf8')) as Manifest;
let engine: TestEngine;

beforeAll(async () => {
  engine = await createTestEngine();
  for (const id of DATASET_IDS)
    if (id !== 'site_daily') engine.loadCsvText(id, readFileSync(join(DATA, `${id}.csv`), 'utf8'));
  // Telemetry (published as Parquet only, which the Node build cannot read): 60 days for every fifth site, with
  // values that vary by site and day, ending at the manifest's as-of date.
  const sites = engine.sql('SELECT site_id FROM sites ORDER BY site_id').map((r) => String(r.site_id));
  const end = Date.parse(`${manifest.as_of}T00:00:00Z`);
  const rows = sites
    .filter((_, i) => i % 5 === 0)
    .flatMap((site_id, s) =>
      Array.from({ length: 60 }, (_, d) => ({
        site_id,
        date: new Date(end - d * 86_400_000).toISOString().slice(0, 10),
        uptime_pct: (s * 7 + d * 3) % 101,
        down_mbps: ((s + d) % 40) + 0.5,
        data_gb: ((s * 13 + d) % 50) / 4,
        users: (s + 2 * d) % 90,
      })),
    );
  engine.load('site_daily', rows);
}, 120_000);

const filtered: Filters = { ...NO_FILTERS, regencies: ['15.02', '15.01'], statuses: ['active'] };

describe('runBatch in DuckDB-WASM', () => {
  it('returns what run() returns for each request, in order, with the requests’ own ORDER BY kept', async () => {
    const requests: QueryRequest[] = [
      ...firstViewQueries(manifest),
      indicatorQuery({ indicator: 'installations', filters: filtered, by: ['regency'] }),
      villagesTableQuery(filtered),
      sitesTableQuery(NO_FILTERS),
      drillAreasQuery('province', null, filtered),
      // No rows: an empty list, and a text parameter that must stay bound to its own query.
      indicatorQuery({ indicator: 'installations', filters: { ...NO_FILTERS, regencies: ['99.99'] } }),
      {
        sql: 'SELECT x, x * 2 AS y FROM range(CAST(? AS BIGINT)) r(x) WHERE x % 3 = 0 ORDER BY x DESC',
        params: [40],
        tables: [],
      },
    ];
    const one: unknown[] = [];
    for (const r of requests) one.push(await engine.run(r));
    const batch = await engine.runBatch(requests);
    expect(batch).toHaveLength(requests.length);
    requests.forEach((r, i) => {
      expect({ sql: r.sql, rows: batch[i] }).toEqual({ sql: r.sql, rows: one[i] });
    });
    // The listings really are ordered (not a trivially sorted input): the last query counts down.
    expect(batch.at(-1)?.map((row) => row.x)).toEqual([39, 36, 33, 30, 27, 24, 21, 18, 15, 12, 9, 6, 3, 0]);
    expect(batch.some((rows) => rows.length > 100)).toBe(true);
  }, 120_000);

  it('keeps the types run() returns: BIGINT, HUGEINT and DECIMAL as numbers, DATE as text, NULL as null', async () => {
    const probe: QueryRequest = {
      sql: `SELECT CAST(7 AS BIGINT) AS b, CAST(3 AS HUGEINT) AS h, CAST(123456789.125 AS DECIMAL(18,3)) AS d,
        DATE '2024-02-03' AS day, NULL AS nothing, count(*) AS n, 'x' AS s -- a trailing comment`,
      params: [],
      tables: [],
    };
    const [rows] = await engine.runBatch([probe, probe]);
    expect(rows).toEqual([{ b: 7, h: 3, d: 123456789.125, day: '2024-02-03', nothing: null, n: 1, s: 'x' }]);
    expect(rows).toEqual(await engine.run(probe));
  });
});
