// Parquet through the same rules: which Arrow types a contract column accepts, how values are converted (DECIMAL,
// BIGINT, DATE), and the file-level cases (no rows, unknown columns, unreadable).
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadParquetWasm } from '../parquet.ts';
import { validateBytes } from './validate.ts';

let dir: string;
let instance: DuckDBInstance;

async function parquet(select: string): Promise<Uint8Array> {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.parquet`);
  const conn = await instance.connect();
  await conn.run(`COPY (${select}) TO '${path}' (FORMAT parquet)`);
  conn.closeSync();
  return new Uint8Array(readFileSync(path));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'validate-parquet-'));
  instance = await DuckDBInstance.create(':memory:');
  await loadParquetWasm(readFileSync(createRequire(import.meta.url).resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')));
});

afterAll(async () => {
  instance.closeSync();
  await rm(dir, { recursive: true, force: true });
});

const codes = (r: { issues: { code: string; line?: number; column?: string }[] }) =>
  r.issues.map((i) => [i.code, i.line, i.column]);

describe('Parquet values', () => {
  it('accepts wider integer and decimal types and converts them exactly', async () => {
    const bytes = await parquet(`SELECT 'IDD23-001' AS site_id, '15.02.01.2001' AS village_code,
      'Dumisake Internet Desa' AS programme, 'VSAT' AS technology, 'active' AS status,
      2023::BIGINT AS budget_year, DATE '2023-08-14' AS installed_on, 75.25::DECIMAL(8,2) AS bandwidth_mbps`);
    const r = await validateBytes(bytes, { fileName: 'sites.parquet', today: '2026-06-30' });
    expect(r.issues).toEqual([]);
    expect(r.validRows).toEqual([
      {
        site_id: 'IDD23-001',
        village_code: '15.02.01.2001',
        programme: 'Dumisake Internet Desa',
        technology: 'VSAT',
        status: 'active',
        budget_year: 2023,
        installed_on: '2023-08-14',
        bandwidth_mbps: 75.25,
      },
    ]);
  });

  it('refuses timestamps for DATE columns, flags NaN, and reads all-NULL columns as NULL', async () => {
    const bytes = await parquet(`SELECT * FROM (VALUES
        ('A-1', TIMESTAMP '2024-01-31 00:00:00', 'NaN'::DOUBLE, 1.0::DOUBLE, NULL, 1),
        ('A-2', TIMESTAMP '2024-02-01 00:00:00', 99.0::DOUBLE, 1.0::DOUBLE, NULL, 2)
      ) t(site_id, date, uptime_pct, down_mbps, data_gb, users)`);
    const r = await validateBytes(bytes, { fileName: 'site_daily.parquet', today: '2026-06-30' });
    expect(codes(r)).toEqual([
      ['wrong_column_type', undefined, 'date'],
      ['wrong_type', 1, 'uptime_pct'],
      ['null_value', 1, 'data_gb'],
      ['null_value', 2, 'data_gb'],
    ]);
    expect(r.issues[0]?.message.id).toContain('tipe kolom Parquet Timestamp');
    // Rows cannot be valid while a column has the wrong type; each says why.
    expect(r.invalidRows[1]?.issues.map((i) => i.code)).toEqual(['wrong_column_type', 'null_value']);
    expect(r.invalidRows[1]?.raw[0]).toBe('A-2');
  });

  it('warns about unknown columns, finds the dataset by its columns, and wants rows', async () => {
    const bytes = await parquet(`SELECT '15.01' AS regency_code, '1501' AS bps_code, 'Kerinci' AS name,
      'Kabupaten' AS type, 'x' AS note WHERE false`);
    const r = await validateBytes(bytes, { fileName: 'upload.parquet' });
    expect(r.dataset).toBe('regencies');
    expect(r.datasetFrom).toBe('headers');
    expect(codes(r)).toEqual([
      ['unknown_column', undefined, 'note'],
      ['header_only', undefined, undefined],
    ]);
  });

  it('reports a file that is not Parquet at all as unreadable', async () => {
    const r = await validateBytes(new TextEncoder().encode('site_id,date\n'), {
      fileName: 'sites.parquet',
      format: 'parquet',
    });
    expect(codes(r)).toEqual([['parquet_unreadable', undefined, undefined]]);
    expect(r.dataset).toBe('sites');
    expect(r.issues[0]?.message.id).toContain('PAR1');
  });
});
