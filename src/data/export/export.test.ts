// CSV escaping, provenance and the Parquet round trip of the export writers (pure; parquet-wasm in Node).
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleManifest } from '../../../tests/helpers/sample-manifest.ts';
import { loadParquetWasm, parquetToArrow } from '../parquet.ts';
import type { Row } from '../rows.ts';
import { BOM, type ExportColumn, neutraliseFormula, toCsv } from './csv.ts';
import { toParquet } from './parquet.ts';
import {
  buildProvenance,
  PARQUET_PROVENANCE_KEY,
  provenanceJson,
  sha256Hex,
  wibStamp,
  wibTimestamp,
} from './provenance.ts';

const columns: ExportColumn[] = [
  { name: 'code', type: 'VARCHAR' },
  { name: 'n', type: 'INTEGER' },
  { name: 'x', type: 'DOUBLE' },
  { name: 'on', type: 'DATE' },
  { name: 'ok', type: 'BOOLEAN' },
];

describe('CSV export', () => {
  it('starts with a UTF-8 BOM, ends rows with CRLF, keeps codes as written', () => {
    const csv = toCsv(columns, [{ code: '15.02.01.2001', n: 12, x: 1234.5, on: '2024-01-31', ok: true }]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}code,n,x,on,ok\r\n15.02.01.2001,12,1234.5,2024-01-31,true\r\n`);
    expect(toCsv(columns, [{ code: '0812345', n: null, x: null, on: null, ok: null }])).toBe(
      `${BOM}code,n,x,on,ok\r\n0812345,,,,\r\n`,
    );
  });

  it('writes the Indonesian spreadsheet variant with ; and a decimal comma, never grouping thousands', () => {
    const csv = toCsv(columns, [{ code: '15.02', n: 1234, x: -1234.5, on: '2024-01-31', ok: false }], 'id');
    expect(csv).toBe(`${BOM}code;n;x;on;ok\r\n15.02;1234;-1234,5;2024-01-31;false\r\n`);
    // A text cell holding ; or a comma is quoted in that variant.
    expect(toCsv([{ name: 'a', type: 'VARCHAR' }], [{ a: 'x;y' }], 'id')).toBe(`${BOM}a\r\n"x;y"\r\n`);
  });

  it('neutralises text cells that a spreadsheet would run as a formula', () => {
    const text = [{ name: 't', type: 'VARCHAR' as const }];
    const cells = ['=1+1', '+6281234567', '-cmd', '@SUM(A1:A2)', '\tx', '\rx', '＝1+1', 'ok=1', '15.02'];
    const csv = toCsv(
      text,
      cells.map((t) => ({ t })),
    );
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ',' })
      .data.slice(1, -1)
      .map((r) => r[0]);
    expect(parsed).toEqual([
      "'=1+1",
      "'+6281234567",
      "'-cmd",
      "'@SUM(A1:A2)",
      "'\tx",
      "'\rx",
      "'＝1+1",
      'ok=1',
      '15.02',
    ]);
    expect(neutraliseFormula('-5')).toBe("'-5"); // text "-5" is text…
    // …but a number in a numeric column is a number, also when negative.
    expect(toCsv([{ name: 'n', type: 'DOUBLE' }], [{ n: -5 }])).toBe(`${BOM}n\r\n-5\r\n`);
  });

  it('quotes quotes, delimiters and line breaks, and leaves markup as literal text', () => {
    const text = [{ name: 't', type: 'VARCHAR' as const }];
    const values = ['say "hi"', 'a,b', 'line1\nline2', 'cr\rlf', ' padded ', '<img src=x onerror=alert(1)>'];
    const csv = toCsv(
      text,
      values.map((t) => ({ t })),
    );
    expect(csv).toContain('"say ""hi"""');
    expect(csv).toContain('<img src=x onerror=alert(1)>\r\n');
    expect(csv).not.toContain('&lt;');
    const back = Papa.parse<string[]>(csv.slice(1), { delimiter: ',' })
      .data.slice(1, -1)
      .map((r) => r[0]);
    expect(back).toEqual(values);
  });

  it('is read back by DuckDB with the same rows (both variants)', async () => {
    const rows: Row[] = [
      { code: '15.02.01.2001', n: 1, x: 0.5, on: '2024-01-31', ok: true },
      { code: 'Desa "Bé"; 2', n: -3, x: 1e6, on: null, ok: false },
    ];
    const dir = await mkdtemp(join(tmpdir(), 'csv-export-'));
    const inst = await DuckDBInstance.create(':memory:');
    const conn = await inst.connect();
    try {
      for (const variant of ['standard', 'id'] as const) {
        const path = join(dir, `${variant}.csv`);
        await writeFile(path, toCsv(columns, rows, variant));
        const sep = variant === 'id' ? ';' : ',';
        const dec = variant === 'id' ? ',' : '.';
        const reader = await conn.runAndReadAll(
          `SELECT code, n, x, CAST("on" AS VARCHAR) AS "on", ok FROM read_csv('${path}', delim='${sep}', decimal_separator='${dec}', header=true,
           columns={'code':'VARCHAR','n':'INTEGER','x':'DOUBLE','on':'DATE','ok':'BOOLEAN'})`,
        );
        expect(reader.getRowObjectsJson()).toEqual([
          { code: '15.02.01.2001', n: 1, x: 0.5, on: '2024-01-31', ok: true },
          { code: 'Desa "Bé"; 2', n: -3, x: 1000000, on: null, ok: false },
        ]);
      }
    } finally {
      conn.closeSync();
      inst.closeSync();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('provenance', () => {
  it('names every source file with its sha256, the as-of, the filters, the build and the time in WIB', async () => {
    const manifest = sampleManifest('2026-11-27');
    const now = new Date('2026-11-27T01:02:03Z'); // 08:02:03 WIB
    const p = buildProvenance({
      title: 'Titik layanan (irisan)',
      manifest,
      datasets: ['sites', 'villages', 'regencies'],
      filters: {
        yearFrom: 2024,
        yearTo: 2023,
        regencies: ['15.03', '15.02', '15.02'],
        districts: [],
        programmes: [],
        technologies: [],
        statuses: ['active'],
      },
      columns: [
        { name: 'site_id', type: 'VARCHAR' },
        { name: 'installed_on', type: 'DATE' },
        { name: 'uptime_30d', type: 'DOUBLE' },
      ],
      rowCount: 42,
      file: { name: 'x.csv', format: 'csv', variant: 'standard', sha256: await sha256Hex(new Uint8Array([1, 2])) },
      buildId: 'abc123-2026-11-27',
      now,
    });
    expect(p.made_at).toBe('2026-11-27T08:02:03+07:00');
    expect(p.time_zone).toContain('WIB');
    expect(p.app_build).toBe('abc123-2026-11-27');
    expect(p.data_version).toBe(manifest.version);
    expect(p.data_as_of).toBe('2026-11-27');
    expect(p.filters).toEqual({
      yearFrom: 2023,
      yearTo: 2024,
      regencies: ['15.02', '15.03'],
      districts: [],
      programmes: [],
      technologies: [],
      statuses: ['active'],
    });
    expect(p.sources.map((s) => [s.dataset, s.file, s.sha256])).toEqual([
      ['sites', 'sites.parquet', 'a'.repeat(64)],
      ['villages', 'villages.parquet', 'a'.repeat(64)],
      ['regencies', 'regencies.parquet', 'a'.repeat(64)],
    ]);
    expect(p.file.sha256).toBe('a12871fee210fb8619291eaea194581cbd2531e4b23759d225f6806923f63222');
    expect(p.includes_uploaded_data).toBe(false);
    expect(JSON.parse(provenanceJson(p))).toEqual(p);
    expect(() => buildProvenance({ ...baseInput(manifest), datasets: ['nope' as 'sites'] })).toThrow(/manifest/);
  });

  it('formats WIB instants for file names', () => {
    expect(wibTimestamp(new Date('2026-12-31T20:30:00Z'))).toBe('2027-01-01T03:30:00+07:00');
    expect(wibStamp(new Date('2026-12-31T20:30:00Z'))).toBe('20270101-0330');
  });
});

function baseInput(manifest: ReturnType<typeof sampleManifest>) {
  return {
    title: 't',
    manifest,
    datasets: ['sites' as const],
    filters: {
      yearFrom: null,
      yearTo: null,
      regencies: [],
      districts: [],
      programmes: [],
      technologies: [],
      statuses: [],
    },
    columns: [],
    rowCount: 0,
    file: { name: 'x', format: 'csv' as const },
    buildId: 'b',
    now: new Date(0),
  };
}

describe('Parquet export', () => {
  beforeAll(async () => {
    const wasm = createRequire(import.meta.url).resolve('parquet-wasm/esm/parquet_wasm_bg.wasm');
    await loadParquetWasm(readFileSync(wasm));
  });

  const rows: Row[] = [
    { code: '15.02.01.2001', n: 2024, x: 12.25, on: '2024-01-31', ok: true },
    { code: '0812-<img src=x>', n: null, x: -1, on: null, ok: null },
    { code: null, n: -7, x: null, on: '1999-12-31', ok: false },
  ];

  it('round-trips rows, types and the provenance metadata through parquet-wasm', async () => {
    const bytes = await toParquet(columns, rows, { metadata: { [PARQUET_PROVENANCE_KEY]: '{"a":1}' } });
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x41, 0x52, 0x31]);
    const t = await parquetToArrow(bytes);
    expect(t.numRows).toBe(3);
    expect(Object.fromEntries(t.schema.fields.map((f) => [f.name, String(f.type)]))).toEqual({
      code: 'Utf8',
      n: 'Int32',
      x: 'Float64',
      on: 'Date32<DAY>',
      ok: 'Bool',
    });
    expect(t.getChild('code')?.toArray()).toEqual(['15.02.01.2001', '0812-<img src=x>', null]);
    expect([0, 1, 2].map((i) => t.getChild('n')?.get(i))).toEqual([2024, null, -7]);
    expect([0, 1, 2].map((i) => t.getChild('on')?.get(i))).toEqual([
      Date.UTC(2024, 0, 31),
      null,
      Date.UTC(1999, 11, 31),
    ]);
    expect([0, 1, 2].map((i) => t.getChild('ok')?.get(i))).toEqual([true, null, false]);

    const pq = await loadParquetWasm();
    const file = await pq.ParquetFile.fromFile(new Blob([bytes as Uint8Array<ArrayBuffer>]));
    const kv = file.metadata().fileMetadata().keyValueMetadata();
    expect(kv.get(PARQUET_PROVENANCE_KEY)).toBe('{"a":1}');
    file.free();
  });

  it('is readable by native DuckDB with the same values and metadata (ZSTD)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pq-export-'));
    const path = join(dir, 'x.parquet');
    await writeFile(path, await toParquet(columns, rows, { metadata: { [PARQUET_PROVENANCE_KEY]: '{"b":2}' } }));
    const inst = await DuckDBInstance.create(':memory:');
    const conn = await inst.connect();
    try {
      const data = await conn.runAndReadAll(
        `SELECT code, n, x, CAST("on" AS VARCHAR) AS "on", ok FROM read_parquet('${path}')`,
      );
      expect(data.getRowObjectsJson()).toEqual([
        { code: '15.02.01.2001', n: 2024, x: 12.25, on: '2024-01-31', ok: true },
        { code: '0812-<img src=x>', n: null, x: -1, on: null, ok: null },
        { code: null, n: -7, x: null, on: '1999-12-31', ok: false },
      ]);
      const meta = await conn.runAndReadAll(
        `SELECT decode(key) AS k, decode(value) AS v FROM parquet_kv_metadata('${path}')`,
      );
      expect(meta.getRowObjectsJson()).toContainEqual({ k: PARQUET_PROVENANCE_KEY, v: '{"b":2}' });
      const codec = await conn.runAndReadAll(`SELECT DISTINCT compression FROM parquet_metadata('${path}')`);
      expect(codec.getRowObjectsJson()).toEqual([{ compression: 'ZSTD' }]);
    } finally {
      conn.closeSync();
      inst.closeSync();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
