// The publish step for rollups (npm run data:rollup): native DuckDB reads the published files of site_daily, sites
// and villages (the files the browser would load, with the contract's types), computes the rollups defined in
// src/data/rollups.ts and writes them as Parquet (ZSTD) under <dir>/rollups/, described by <dir>/rollups.json with
// the sha256 of the source files, so that the browser never uses a rollup of other data.
// One thread: the sums are then added in the same order on every run, so the same data give the same bytes.
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { CONTRACT, csvColumnTypes, type DatasetId } from '../../src/data/contract.ts';
import { contentKey, loadedParts, type Manifest } from '../../src/data/manifest.ts';
import {
  ROLLUP_IDS,
  ROLLUP_SOURCES,
  type RollupFile,
  type RollupId,
  type RollupIndexJson,
} from '../../src/data/rollups.ts';
import { rollupQuery } from '../../src/data/rollups-sql.ts';
import { openDuck, queryRows, sqlString } from './duck.ts';
import { sha256File } from './manifest.ts';

export const ROLLUP_DIR = 'rollups';
export const ROLLUP_INDEX = 'rollups.json';

export interface RollupOptions {
  /** DuckDB memory limit (spills to <dir>/.duckdb-tmp beyond it), e.g. '1GB'. */
  memoryLimit?: string;
  threads?: number;
}

export interface RollupReport {
  index: RollupIndexJson;
  /** Rows of each source dataset. */
  sourceRows: Partial<Record<DatasetId, number>>;
  seconds: Record<RollupId, number>;
}

/**
 * A `FROM` source reading a published file — or the parts of a dataset published in several files (src/data/
 * manifest.ts loadedParts), read as one table — with the contract's column names and types.
 */
export function typedSource(id: DatasetId, paths: string | readonly string[], format: 'parquet' | 'csv'): string {
  const list = typeof paths === 'string' ? sqlString(paths) : `[${paths.map(sqlString).join(', ')}]`;
  if (format === 'parquet') {
    const casts = CONTRACT[id].columns.map((c) => `CAST("${c.name}" AS ${c.sql}) AS "${c.name}"`).join(', ');
    return `SELECT ${casts} FROM read_parquet(${list})`;
  }
  const columns = Object.entries(csvColumnTypes(id))
    .map(([name, type]) => `${sqlString(name)}: ${sqlString(type)}`)
    .join(', ');
  return `SELECT * FROM read_csv(${list}, header = true, delim = ',', quote = '"', escape = '"',
    auto_detect = false, nullstr = '', dateformat = '%Y-%m-%d', columns = {${columns}})`;
}

/** Views named as the datasets over the files the browser loads (every part), so the rollup SQL runs unchanged. */
async function attachSources(conn: DuckDBConnection, dir: string, manifest: Manifest) {
  const sources = new Set(ROLLUP_IDS.flatMap((id) => ROLLUP_SOURCES[id]));
  const shas: Partial<Record<DatasetId, string>> = {};
  const rows: Partial<Record<DatasetId, number>> = {};
  for (const id of sources) {
    const d = manifest.datasets.find((x) => x.id === id);
    if (!d) throw new Error(`rollup: the manifest has no dataset "${id}" (needed by the rollups of site_daily)`);
    const parts = loadedParts(d);
    const paths = parts.map((f) => join(dir, f.path));
    await conn.run(`CREATE OR REPLACE VIEW "${id}" AS ${typedSource(id, paths, parts[0]?.format ?? 'parquet')}`);
    shas[id] = contentKey(d);
    rows[id] = d.row_count;
  }
  return { shas, rows };
}

/** Computes every rollup from the files in `dir` described by `manifest`; writes the Parquet files and the index. */
export async function writeRollups(
  dir: string,
  manifest: Manifest,
  options: RollupOptions = {},
): Promise<RollupReport> {
  const out = join(dir, ROLLUP_DIR);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const conn = await openDuck({
    threads: String(options.threads ?? 1),
    memory_limit: options.memoryLimit ?? '1GB',
    temp_directory: join(dir, '.duckdb-tmp'),
    preserve_insertion_order: 'true',
  });
  const seconds = {} as Record<RollupId, number>;
  try {
    const { shas, rows } = await attachSources(conn, dir, manifest);
    const tables: RollupIndexJson['tables'] = [];
    for (const id of ROLLUP_IDS) {
      const started = performance.now();
      const rel = `${ROLLUP_DIR}/${id}.parquet`;
      const abs = join(dir, rel);
      await conn.run(
        `COPY (${rollupQuery(id)}) TO ${sqlString(abs)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`,
      );
      const [count] = await queryRows(conn, `SELECT count(*) AS n FROM read_parquet(${sqlString(abs)})`);
      const file: RollupFile = {
        path: rel,
        bytes: (await stat(abs)).size,
        sha256: await sha256File(abs),
        rows: Number(count?.n ?? 0),
      };
      tables.push({ id, rows: file.rows, files: [file] });
      seconds[id] = (performance.now() - started) / 1000;
    }
    const index: RollupIndexJson = { rollups_version: 1, sources: shas, tables };
    await writeFile(join(dir, ROLLUP_INDEX), `${JSON.stringify(index, null, 2)}\n`);
    return { index, sourceRows: rows, seconds };
  } finally {
    conn.closeSync();
    await rm(join(dir, '.duckdb-tmp'), { recursive: true, force: true });
  }
}
