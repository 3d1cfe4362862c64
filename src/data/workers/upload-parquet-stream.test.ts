// A Parquet upload read row group by row group, inserted into DuckDB-WASM through the page's upload writer
// (user-tables.ts beginUpload, the same path as the CSV stream). The fixture is written here with native DuckDB
// (@duckdb/node-api); the expected figures come from native DuckDB reading that file, not from the code under test.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadParquetWasm, ParquetReadError } from '../parquet.ts';
import { arrowToRows, type Row } from '../rows.ts';
import { beginUpload } from '../user-tables.ts';
import type { PlannedColumn } from './table-plan.ts';
import { outlineParquet, type ParquetProgress, ParquetStreamAborted, streamParquet } from './upload-parquet-stream.ts';

// biome-ignore lint/suspicious/noExplicitAny: the Node blocking build of DuckDB-WASM has no type declarations here
type Blocking = any;
const held = vi.hoisted(() => ({ db: null as Blocking, conn: null as Blocking }));
vi.mock('../duckdb-browser.ts', () => ({
  // The blocking connection's methods return values, not promises; `await` takes either.
  withDatabase: (fn: (db: Blocking, conn: Blocking) => Promise<unknown>) => fn(held.db, held.conn),
  ensureTables: async () => undefined,
  browserEngine: () => {
    throw new Error('not used');
  },
}));

const require = createRequire(import.meta.url);
let dir: string;
let bytes: Uint8Array;
let empty: Uint8Array;
let expected: Row;
let sample: Row[];
let groupRows: number[];
const ROWS = 250_000;

const query = (sql: string): Row[] => arrowToRows(held.conn.query(sql));

/** A Blob that records the length of every slice read from it (parquet-wasm reads the File through slice()). */
class CountingBlob extends Blob {
  slices: number[] = [];
  override slice(start?: number, end?: number, type?: string): Blob {
    const s = start ?? 0;
    const e = end ?? this.size;
    this.slices.push(Math.max(0, e - s));
    return super.slice(start, end, type);
  }
}

const COLUMNS: PlannedColumn[] = [
  { label: 'id', name: 'id', sql: 'BIGINT', stage: 'id' },
  { label: 'nama', name: 'nama', sql: 'VARCHAR', stage: 'nama' },
  { label: 'tanggal', name: 'tanggal', sql: 'DATE', stage: 'tanggal' },
  { label: 'nilai', name: 'nilai', sql: 'DOUBLE', stage: 'nilai' },
];
const plan = (table: string) =>
  ({ table, fileName: `${table}.parquet`, columns: COLUMNS, source: 'free', dataset: null }) as const;

// Both sides compute the same figures: SUMMARY over the table, SAMPLE for three whole rows.
const SUMMARY = (from: string) => `
  SELECT count(*)::DOUBLE AS n, sum(id)::DOUBLE AS sum_id, count(nilai)::DOUBLE AS n_nilai, sum(nilai)::DOUBLE AS sum_nilai,
         sum(length(nama))::DOUBLE AS len_nama, count(DISTINCT nama)::DOUBLE AS distinct_nama,
         strftime(min(tanggal), '%Y-%m-%d') AS min_tanggal, strftime(max(tanggal), '%Y-%m-%d') AS max_tanggal
  FROM ${from}`;
const SAMPLE = (from: string) => `
  SELECT id::DOUBLE AS id, nama, strftime(tanggal, '%Y-%m-%d') AS tanggal, nilai
  FROM ${from} WHERE id IN (0, 123456, 249999) ORDER BY id`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'upload-parquet-'));
  const file = join(dir, 'data.parquet');
  const emptyFile = join(dir, 'empty.parquet');
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const native = await instance.connect();
  await native.run(`
    COPY (
      SELECT i AS id, 'desa ' || (i % 977) || CASE WHEN i % 5 = 0 THEN ' ñ' ELSE '' END AS nama,
             DATE '2024-01-01' + (i % 366)::INTEGER AS tanggal,
             CASE WHEN i % 10 = 3 THEN NULL ELSE (i % 1000) / 4 END::DOUBLE AS nilai
      FROM range(${ROWS}) t(i)
    ) TO '${file}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 50000)`);
  await native.run(`
    COPY (SELECT 1::BIGINT AS id, 'x' AS nama, DATE '2024-01-01' AS tanggal, 1.0::DOUBLE AS nilai WHERE false)
    TO '${emptyFile}' (FORMAT parquet)`);
  const rowsOf = async (sql: string) => (await native.runAndReadAll(sql)).getRowObjectsJson() as Row[];
  [expected] = (await rowsOf(SUMMARY(`read_parquet('${file}')`))) as [Row];
  sample = await rowsOf(SAMPLE(`read_parquet('${file}')`));
  groupRows = (
    await rowsOf(`SELECT DISTINCT row_group_id, row_group_num_rows FROM parquet_metadata('${file}') ORDER BY 1`)
  ).map((r) => Number(r.row_group_num_rows));
  native.closeSync();
  instance.closeSync();
  bytes = new Uint8Array(await readFile(file));
  empty = new Uint8Array(await readFile(emptyFile));

  await loadParquetWasm(await readFile(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')));
  const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bundles = {
    mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') },
  };
  held.db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await held.db.instantiate();
  held.db.open({});
  held.conn = held.db.connect();
}, 60_000);

afterAll(async () => {
  held.conn?.close();
  await rm(dir, { recursive: true, force: true });
});

const tablesLike = (pattern: string) =>
  Number(query(`SELECT count(*)::DOUBLE AS n FROM duckdb_tables() WHERE table_name LIKE '${pattern}'`)[0]?.n);

describe('outlineParquet', () => {
  it('reads row count and column names from the footer', async () => {
    const outline = await outlineParquet(new Blob([bytes as Uint8Array<ArrayBuffer>]));
    expect(outline.rows).toBe(ROWS);
    expect(outline.spans.reduce((s, x) => s + x.rows, 0)).toBe(ROWS);
  });

  it('rejects a truncated file', async () => {
    const cut = new Blob([bytes.slice(0, bytes.length - 100) as Uint8Array<ArrayBuffer>]);
    await expect(outlineParquet(cut, 'cut.parquet')).rejects.toBeInstanceOf(ParquetReadError);
  });
});

describe('streamParquet into DuckDB-WASM', () => {
  it('loads every row with the values native DuckDB reads, in several batches, with monotone progress', async () => {
    const blob = new CountingBlob([bytes as Uint8Array<ArrayBuffer>]);
    const writer = beginUpload(plan('upload_data_parquet'));
    const seen: ParquetProgress[] = [];
    const batchRows: number[] = [];
    const result = await streamParquet(blob, async (ipc, n, p) => {
      seen.push(p);
      batchRows.push(n);
      await writer.add(ipc, n);
    });
    const table = await writer.finish();
    expect(result.rows).toBe(ROWS);
    expect(table.rowCount).toBe(ROWS);
    // The row groups native DuckDB wrote (~50k rows each), taken in file order until a batch holds ≥ 100,000 rows:
    // about 100k per batch, never the whole file at once.
    const spans: number[] = [];
    let acc = 0;
    for (const n of groupRows) {
      acc += n;
      if (acc >= 100_000) {
        spans.push(acc);
        acc = 0;
      }
    }
    if (acc > 0) spans.push(acc);
    expect(groupRows.length).toBeGreaterThanOrEqual(4);
    expect(batchRows).toEqual(spans);
    expect(batchRows.length).toBeGreaterThanOrEqual(2);
    // parquet-wasm read the file in pieces: no slice near the file's size.
    expect(Math.max(...blob.slices)).toBeLessThan(bytes.length / 2);
    // Progress: rows and bytes grow strictly and end at all rows and at most the file's size.
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]?.rows).toBeGreaterThan(seen[i - 1]?.rows ?? 0);
      expect(seen[i]?.bytes).toBeGreaterThan(seen[i - 1]?.bytes ?? 0);
    }
    expect(seen.at(-1)?.rows).toBe(ROWS);
    expect(seen.at(-1)?.bytes).toBeLessThanOrEqual(bytes.length);
    expect(seen.at(-1)?.bytes).toBeGreaterThan(bytes.length * 0.9);

    expect(query(SUMMARY('upload_data_parquet'))[0]).toEqual(expected);
    expect(query(SAMPLE('upload_data_parquet'))).toEqual(sample);
    expect(
      query(
        "SELECT data_type FROM duckdb_columns() WHERE table_name = 'upload_data_parquet' ORDER BY column_index",
      ).map((r) => r.data_type),
    ).toEqual(['BIGINT', 'VARCHAR', 'DATE', 'DOUBLE']);
    held.conn.query('DROP TABLE upload_data_parquet');
  }, 60_000);

  it('a file without rows still creates its (empty) table', async () => {
    const writer = beginUpload(plan('upload_kosong'));
    const result = await streamParquet(new Blob([empty as Uint8Array<ArrayBuffer>]), (ipc, n) => writer.add(ipc, n));
    await writer.finish();
    expect(result).toEqual({ rows: 0, batches: 1 });
    expect(query('SELECT count(*)::DOUBLE AS n FROM upload_kosong')).toEqual([{ n: 0 }]);
    held.conn.query('DROP TABLE upload_kosong');
  }, 30_000);

  it('cancelled after the first batch: stops reading and leaves no table behind', async () => {
    expect(tablesLike('%upload_batal%')).toBe(0);
    const writer = beginUpload(plan('upload_batal'));
    const stop = new AbortController();
    let batches = 0;
    const run = streamParquet(
      new Blob([bytes as Uint8Array<ArrayBuffer>]),
      async (ipc, n) => {
        batches++;
        await writer.add(ipc, n);
        stop.abort();
      },
      { signal: stop.signal },
    );
    await expect(run).rejects.toBeInstanceOf(ParquetStreamAborted);
    expect(batches).toBe(1);
    expect(tablesLike('%upload_batal%')).toBe(1); // the staging table, before the page aborts the writer
    await writer.abort();
    expect(tablesLike('%upload_batal%')).toBe(0);
  }, 30_000);
});
