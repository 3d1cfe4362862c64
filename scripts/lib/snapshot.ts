// Builds public/data/snapshot.json: the first-view queries (src/views/first-view-queries.ts) run by DuckDB-WASM
// (Node build) over the files the browser loads — the published Parquet, decoded by the browser's own decoder
// (src/data/parquet.ts) — tied to those files' sha256 and to the manifest version (src/data/snapshot.ts).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadedParts, type Manifest } from '../../src/data/manifest.ts';
import { loadedFiles, type Snapshot } from '../../src/data/snapshot.ts';
import { firstViewQueries } from '../../src/views/first-view-queries.ts';
import { ensureParquetInNode } from '../validate.ts';
import { createNodeWasmEngine, type NodeWasmEngine } from './duckdb-wasm-node.ts';

/**
 * `alsoOnEngine` runs on the loaded engine after the snapshot's queries (the headline history, scripts/lib/
 * history.ts), so both are computed from the same loaded files and the data are loaded once.
 */
export async function buildSnapshot(
  dir: string,
  manifest: Manifest,
  alsoOnEngine?: (engine: NodeWasmEngine) => Promise<void>,
): Promise<Snapshot> {
  const files = loadedFiles(manifest);
  const engine = await createNodeWasmEngine();
  if (files.some((f) => f.path.endsWith('.parquet'))) await ensureParquetInNode();
  // Every part the browser loads (a dataset published in several files is one table of all their rows).
  for (const d of manifest.datasets) {
    const parts = loadedParts(d);
    const bytes = await Promise.all(parts.map(async (f) => new Uint8Array(await readFile(path.join(dir, f.path)))));
    if (parts[0]?.format === 'parquet') await engine.loadParquet(d.id, bytes, parts[0].path);
    else if (bytes.length === 1) engine.loadCsvText(d.id, new TextDecoder().decode(bytes[0]));
    else throw new Error(`snapshot: ${d.id} is published in ${bytes.length} CSV parts; publish Parquet parts instead`);
  }
  const results: Snapshot['results'] = [];
  for (const req of firstViewQueries(manifest)) {
    results.push({ sql: req.sql, params: [...req.params], rows: await engine.run(req) });
  }
  await alsoOnEngine?.(engine);
  return { snapshot_version: 2, version: manifest.version, files, results };
}

export async function writeSnapshot(
  dir: string,
  manifest: Manifest,
  alsoOnEngine?: (engine: NodeWasmEngine) => Promise<void>,
): Promise<{ bytes: number; queries: number }> {
  const snapshot = await buildSnapshot(dir, manifest, alsoOnEngine);
  const text = `${JSON.stringify(snapshot)}\n`;
  await writeFile(path.join(dir, 'snapshot.json'), text);
  return { bytes: Buffer.byteLength(text), queries: snapshot.results.length };
}
