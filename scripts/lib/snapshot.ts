// Builds public/data/snapshot.json: the first-view queries (src/views/first-view-queries.ts) run by DuckDB-WASM
// over the published CSV twins, tied to the manifest version.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DATASET_IDS } from '../../src/data/contract.ts';
import type { Manifest } from '../../src/data/manifest.ts';
import type { Snapshot } from '../../src/data/snapshot.ts';
import { firstViewQueries } from '../../src/views/first-view-queries.ts';
import { createNodeWasmEngine } from './duckdb-wasm-node.ts';

export async function buildSnapshot(dir: string, manifest: Manifest): Promise<Snapshot> {
  const engine = await createNodeWasmEngine();
  for (const id of DATASET_IDS) {
    const csv = manifest.datasets.find((d) => d.id === id)?.files.find((f) => f.format === 'csv');
    if (!csv) throw new Error(`snapshot: ${id} has no CSV twin in the manifest`);
    engine.loadCsvText(id, await readFile(path.join(dir, csv.path), 'utf8'));
  }
  const results: Snapshot['results'] = [];
  for (const req of firstViewQueries(manifest)) {
    results.push({ sql: req.sql, params: [...req.params], rows: await engine.run(req) });
  }
  return { snapshot_version: 1, version: manifest.version, results };
}

export async function writeSnapshot(dir: string, manifest: Manifest): Promise<{ bytes: number; queries: number }> {
  const snapshot = await buildSnapshot(dir, manifest);
  const text = `${JSON.stringify(snapshot)}\n`;
  await writeFile(path.join(dir, 'snapshot.json'), text);
  return { bytes: Buffer.byteLength(text), queries: snapshot.results.length };
}
