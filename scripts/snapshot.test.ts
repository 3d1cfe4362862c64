// The committed snapshot answers exactly the first-view queries of the current code, with the figures DuckDB-WASM
// computes from the published Parquet files (the bytes the browser loads), and is tied to those files' sha256.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseManifest } from '../src/data/manifest.ts';
import { parseSnapshot, type Snapshot } from '../src/data/snapshot.ts';
import { firstViewQueries } from '../src/views/first-view-queries.ts';
import { createNodeWasmEngine } from './lib/duckdb-wasm-node.ts';
import { buildSnapshot } from './lib/snapshot.ts';

const DIR = 'public/data';
const manifest = parseManifest(JSON.parse(readFileSync(`${DIR}/manifest.json`, 'utf8')));
const stored = JSON.parse(readFileSync(`${DIR}/snapshot.json`, 'utf8')) as Snapshot;

describe('public/data/snapshot.json', () => {
  it('belongs to the current data and covers every first-view query (else run npm run data:manifest)', () => {
    const index = parseSnapshot(stored);
    expect(index?.version).toBe(manifest.version);
    expect(index?.differences(manifest)).toEqual([]);
    for (const req of firstViewQueries(manifest))
      expect(index?.lookup(manifest, req), req.sql.slice(0, 80)).toBeDefined();
  });

  it('records the sha256 of the Parquet file of every dataset, as on disk', () => {
    expect(stored.files.map((f) => f.dataset).sort()).toEqual(manifest.datasets.map((d) => d.id).sort());
    for (const f of stored.files) {
      expect(f.path).toBe(`${f.dataset}.parquet`);
      expect(
        createHash('sha256')
          .update(readFileSync(`${DIR}/${f.path}`))
          .digest('hex'),
        f.path,
      ).toBe(f.sha256);
    }
  });

  it('holds the figures the engine computes now from the Parquet files', async () => {
    const fresh = await buildSnapshot(DIR, manifest);
    expect(fresh.files).toEqual(stored.files);
    expect(fresh.results).toEqual(stored.results);
  }, 180_000); // DuckDB-WASM over 345k telemetry rows: about 20 s alone, longer on two shared cores

  it('holds the same figures as the CSV twins, read by DuckDB’s own CSV reader', async () => {
    const engine = await createNodeWasmEngine();
    let twins = 0;
    for (const d of manifest.datasets) {
      const csv = d.files.find((f) => f.format === 'csv');
      if (!csv) continue; // a dataset published as Parquet only: nothing to compare with
      engine.loadCsvText(d.id, readFileSync(`${DIR}/${csv.path}`, 'utf8'));
      twins += 1;
    }
    if (twins < manifest.datasets.length) return;
    const requests = firstViewQueries(manifest);
    expect(stored.results.map((r) => r.sql)).toEqual(requests.map((r) => r.sql));
    for (const [i, req] of requests.entries())
      expect(await engine.run(req), req.sql.slice(0, 80)).toEqual(stored.results[i]?.rows);
  }, 180_000);

  it('is never used for another data version or another file', () => {
    const req = firstViewQueries(manifest)[0];
    if (!req) throw new Error('no first-view query');
    const index = parseSnapshot(stored);
    expect(index?.lookup('0000000000000000', req)).toBeUndefined();
    const republished = structuredClone(manifest);
    const f = republished.datasets.find((d) => d.id === 'targets')?.files.find((x) => x.format === 'parquet');
    if (!f) throw new Error('no targets.parquet');
    f.sha256 = '0'.repeat(64);
    expect(index?.lookup(republished, req)).toBeUndefined();
    expect(parseSnapshot(stored, republished)?.lookup(manifest.version, req)).toBeUndefined();
  });
});
