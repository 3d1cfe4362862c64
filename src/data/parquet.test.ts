// parquetToArrow in Node: parquet-wasm's ESM build with the wasm bytes read from node_modules (the `?url` default
// is a browser URL). The Parquet files are written by native DuckDB, like the real exports.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { Type } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadParquetWasm, ParquetReadError, parquetToArrow, parquetToIPCStreams } from './parquet.ts';

let dir: string;
let tiny: Uint8Array;
let big: Uint8Array;
let empty: Uint8Array;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parquet-test-'));
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  const tinyPath = join(dir, 'tiny.parquet');
  const bigPath = join(dir, 'big.parquet');
  await conn.run(`
    COPY (
      SELECT * FROM (VALUES
        ('IDD23-001', DATE '2024-01-31', 99.5::DOUBLE, 12.25::DOUBLE, 3.5::DOUBLE, 120::INTEGER, 9007199254740993::BIGINT),
        ('IDD23-002', DATE '1999-12-31', 0.0::DOUBLE, NULL::DOUBLE, 0.0::DOUBLE, 0::INTEGER, -1::BIGINT),
        ('Désa ñ 3', DATE '2025-02-28', 100.0::DOUBLE, 1000.0::DOUBLE, 1.0e5::DOUBLE, NULL::INTEGER, NULL::BIGINT)
      ) t(site_id, date, uptime_pct, down_mbps, data_gb, users, big)
    ) TO '${tinyPath}' (FORMAT parquet, COMPRESSION zstd)`);
  // 250,000 rows in row groups of ~50,000: several decode spans.
  await conn.run(`
    COPY (SELECT i::INTEGER AS i, 'S' || (i % 7) AS s FROM range(250000) t(i))
    TO '${bigPath}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 50000)`);
  const emptyPath = join(dir, 'empty.parquet');
  await conn.run(`
    COPY (SELECT 'x'::VARCHAR AS site_id, DATE '2024-01-01' AS date WHERE false)
    TO '${emptyPath}' (FORMAT parquet, COMPRESSION zstd)`);
  conn.closeSync();
  instance.closeSync();
  tiny = new Uint8Array(readFileSync(tinyPath));
  big = new Uint8Array(readFileSync(bigPath));
  empty = new Uint8Array(readFileSync(emptyPath));
  const wasm = createRequire(import.meta.url).resolve('parquet-wasm/esm/parquet_wasm_bg.wasm');
  await loadParquetWasm(readFileSync(wasm));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('parquetToArrow', () => {
  it('decodes values with the contract types (VARCHAR, DATE, DOUBLE, INTEGER) and keeps NULLs', async () => {
    const buf = tiny.buffer.slice(tiny.byteOffset, tiny.byteOffset + tiny.byteLength) as ArrayBuffer;
    const t = await parquetToArrow(buf);
    expect(t.numRows).toBe(3);
    // The IPC reader builds generic type objects (Date_, Int_), so compare by type id and description.
    const types = Object.fromEntries(t.schema.fields.map((f) => [f.name, String(f.type)]));
    expect(types).toEqual({
      site_id: 'Utf8',
      date: 'Date32<DAY>',
      uptime_pct: 'Float64',
      down_mbps: 'Float64',
      data_gb: 'Float64',
      users: 'Int32',
      big: 'Int64',
    });
    expect(t.schema.fields.find((f) => f.name === 'date')?.typeId).toBe(Type.Date);

    expect(t.getChild('site_id')?.toArray()).toEqual(['IDD23-001', 'IDD23-002', 'Désa ñ 3']);
    // DateDay values read as epoch milliseconds.
    expect(t.getChild('date')?.get(0)).toBe(Date.UTC(2024, 0, 31));
    expect(t.getChild('date')?.get(1)).toBe(Date.UTC(1999, 11, 31));
    expect(t.getChild('uptime_pct')?.get(0)).toBe(99.5);
    expect(t.getChild('down_mbps')?.get(1)).toBeNull();
    expect(t.getChild('data_gb')?.get(2)).toBe(100000);
    expect(t.getChild('users')?.get(0)).toBe(120);
    expect(t.getChild('users')?.get(2)).toBeNull();
    // BIGINT arrives as BigInt, exactly (2^53 + 1 would lose precision as a number).
    expect(t.getChild('big')?.get(0)).toBe(9007199254740993n);
  });

  it('decodes many row groups in spans, in order', async () => {
    const streams = await parquetToIPCStreams(big);
    expect(streams.length).toBeGreaterThan(1);
    const t = await parquetToArrow(big);
    expect(t.numRows).toBe(250000);
    const col = t.getChild('i');
    expect(col?.get(0)).toBe(0);
    expect(col?.get(123456)).toBe(123456);
    expect(col?.get(249999)).toBe(249999);
    expect(t.getChild('s')?.get(10)).toBe('S3');
  });

  it('decodes a file without rows to an empty table with its schema', async () => {
    const streams = await parquetToIPCStreams(empty);
    expect(streams).toHaveLength(1);
    const t = await parquetToArrow(empty);
    expect(t.numRows).toBe(0);
    expect(t.schema.fields.map((f) => `${f.name} ${f.type}`)).toEqual(['site_id Utf8', 'date Date32<DAY>']);
  });

  it('throws a readable error for a truncated file', async () => {
    const cut = tiny.slice(0, Math.floor(tiny.length * 0.6));
    await expect(parquetToArrow(cut, 'site_daily.parquet')).rejects.toThrow(
      /^Berkas Parquet site_daily\.parquet tidak dapat dibaca \(terpotong atau rusak\)/,
    );
    await expect(parquetToArrow(cut)).rejects.toBeInstanceOf(ParquetReadError);
  });

  it('throws a readable error for a corrupt footer, a non-Parquet file and an empty file', async () => {
    const corrupt = tiny.slice();
    corrupt.fill(0xff, corrupt.length - 40, corrupt.length - 8); // footer metadata, magic bytes intact
    await expect(parquetToArrow(corrupt)).rejects.toThrow(/Berkas Parquet tidak dapat dibaca/);
    const csv = new TextEncoder().encode('site_id,date\nIDD23-001,2024-01-31\n');
    await expect(parquetToArrow(csv)).rejects.toThrow(/Berkas Parquet tidak dapat dibaca.*PAR1/);
    await expect(parquetToArrow(new ArrayBuffer(0))).rejects.toThrow(/Berkas Parquet tidak dapat dibaca/);
  });

  it('still decodes after an error (the wasm instance is not poisoned)', async () => {
    const corrupt = tiny.slice();
    corrupt.fill(0x07, 4, tiny.length - 200);
    await expect(parquetToArrow(corrupt)).rejects.toThrow(/Berkas Parquet tidak dapat dibaca/);
    expect((await parquetToArrow(tiny)).numRows).toBe(3);
  });
});
