// Free-table sniffing and type inference on Indonesian spreadsheet exports; the contract path goes through the
// validator (its own corpus tests cover it; here one Indonesian sites export end to end).
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { dateDayVector, utf8Vector } from '../export/arrow-columns.ts';
import { detectDataset } from '../validate/headers.ts';
import { validateBytes } from '../validate/validate.ts';
import { ArrowBatcher } from './arrow-batch.ts';
import { convertCell, inferColumnType, lastRowBreak, sniffCsv } from './infer-types.ts';
import { finaliseSql, isUploadTableName, safeColumnNames, safeIdentifier, safeTableName } from './table-plan.ts';

const BOM = '\uFEFF';

describe('sniffing an Indonesian spreadsheet export (free table)', () => {
  const csv =
    `${BOM}Kode Wilayah;Nama Desa;No HP;Jumlah Penduduk;Luas (km²);Tanggal Survei;Terisolir;Kecamatan\r\n` +
    '15.02;Renah Kemumu;081234567890;1.234;12,5;31/01/2024;ya;15.02.01\r\n' +
    '15.03;Air Liki;+6281299;987;1.020,75;1/2/2024;tidak;15.02.02\r\n' +
    '15.71;"Desa; dengan titik koma";0812;12;0,5;28/02/2024;Ya;15.71.01\r\n';

  it('detects ;, the decimal comma, dd/mm/yyyy, the BOM, and keeps codes as text', () => {
    const s = sniffCsv(csv, true);
    expect(s).toMatchObject({ delimiter: ';', decimal: ',', decimalVoted: true, dateFormat: 'dd/mm/yyyy', bom: true });
    expect(s.sampleRows).toBe(3);
    expect(s.columns.map((c) => [c.label, c.name, c.type, c.reason])).toEqual([
      ['Kode Wilayah', 'kode_wilayah', 'text', 'code_name'],
      ['Nama Desa', 'nama_desa', 'text', 'text'],
      ['No HP', 'no_hp', 'text', 'code_name'],
      ['Jumlah Penduduk', 'jumlah_penduduk', 'integer', 'integer'],
      ['Luas (km²)', 'luas_km2', 'decimal', 'decimal'],
      ['Tanggal Survei', 'tanggal_survei', 'date', 'date'],
      ['Terisolir', 'terisolir', 'boolean', 'boolean'],
      ['Kecamatan', 'kecamatan', 'text', 'region_code'],
    ]);
    expect(s.columns[0]?.examples).toEqual(['15.02', '15.03', '15.71']);
  });

  it('keeps codes text by their values too, whatever the column is called', () => {
    expect(inferColumnType('wilayah', ['15.02', '15.10'], '.')).toEqual({ type: 'text', reason: 'region_code' });
    expect(inferColumnType('desa', ['15.02.01.2001'], '.')).toEqual({ type: 'text', reason: 'region_code' });
    expect(inferColumnType('kontak', ['081234567890', '85212345678'], '.')).toEqual({
      type: 'text',
      reason: 'leading_zero',
    });
    expect(inferColumnType('kontak', ['+6281234'], '.')).toEqual({ type: 'text', reason: 'plus_sign' });
    expect(inferColumnType('nomor_induk', ['1571010101010001'], '.').type).toBe('text');
    expect(inferColumnType('x', ['1571010101010001'], '.')).toEqual({ type: 'text', reason: 'long_digits' });
    expect(inferColumnType('rasio', ['0,5', '0,25'], ',')).toEqual({ type: 'decimal', reason: 'decimal' });
    expect(inferColumnType('flag', ['1', '0'], '.')).toEqual({ type: 'integer', reason: 'integer' });
    expect(inferColumnType('tgl', ['2024-01-31', '31/12/2023'], '.')).toEqual({ type: 'date', reason: 'date' });
    expect(inferColumnType('tgl', ['12/31/2023'], '.').type).toBe('text'); // US order is not guessed
    expect(inferColumnType('tanggal', ['01/02/2024', '09/12/2023'], ',')).toEqual({ type: 'date', reason: 'date' });
    expect(inferColumnType('rasio', ['0,5', '0,25'], ',')).toEqual({ type: 'decimal', reason: 'decimal' });
    expect(inferColumnType('kode', ['007'], '.').reason).toBe('code_name');
    expect(inferColumnType('x', ['01.02'], '.')).toEqual({ type: 'text', reason: 'leading_zero' });
    expect(inferColumnType('kosong', [], '.')).toEqual({ type: 'text', reason: 'empty' });
  });

  it('reads a comma file with a decimal point and no BOM; the last partial row of a chunk is dropped', () => {
    const s = sniffCsv('a,b,c\n1,2.5,x\n3,4.25,"multi\nline"\n5,6', false);
    expect(s).toMatchObject({ delimiter: ',', decimal: '.', bom: false });
    expect(s.sampleRows).toBe(2);
    expect(s.columns.map((c) => c.type)).toEqual(['integer', 'decimal', 'text']);
  });

  it('converts cells to the confirmed types; bad cells fail instead of being guessed', () => {
    expect(convertCell('1.234', 'integer', ',')).toEqual({ ok: true, value: 1234 });
    expect(convertCell('1.020,75', 'decimal', ',')).toEqual({ ok: true, value: 1020.75 });
    expect(convertCell('31/01/2024', 'date', ',')).toEqual({ ok: true, value: '2024-01-31' });
    expect(convertCell('Ya', 'boolean', ',')).toEqual({ ok: true, value: true });
    expect(convertCell(' 15.02 ', 'text', ',')).toEqual({ ok: true, value: '15.02' });
    expect(convertCell('', 'integer', ',')).toEqual({ ok: true, value: null });
    expect(convertCell('n/a', 'integer', ',')).toEqual({ ok: false });
    expect(convertCell('30/02/2024', 'date', ',')).toEqual({ ok: false });
  });

  it('finds the last row break outside quotes', () => {
    expect(lastRowBreak('a,b\n1,"x\ny"\n2,"open\n')).toBe(11);
    expect(lastRowBreak('no break')).toBe(-1);
  });
});

describe('names', () => {
  it('sanitises identifiers to [a-z0-9_] starting with a letter, avoiding keywords', () => {
    expect(safeIdentifier('Kode Desa', 'x')).toBe('kode_desa');
    expect(safeIdentifier('Luas (km²)', 'x')).toBe('luas_km2');
    expect(safeIdentifier('Bé Désa', 'x')).toBe('be_desa');
    expect(safeIdentifier('2024', 'x')).toBe('c_2024');
    expect(safeIdentifier('"; DROP TABLE sites; --', 'x')).toBe('drop_table_sites');
    expect(safeIdentifier('select', 'x')).toBe('select_');
    expect(safeIdentifier('SET', 'x')).toBe('set_');
    expect(safeIdentifier('???', 'fallback')).toBe('fallback');
  });

  it('makes column names unique and names empty headers', () => {
    expect(safeColumnNames(['Nama', 'nama', 'NAMA ', '', '\uFEFFid'])).toEqual([
      'nama',
      'nama_2',
      'nama_3',
      'kolom_4',
      'id',
    ]);
  });

  it('makes upload table names from file names, unique against existing tables', () => {
    expect(safeTableName('Data Desa (1).csv')).toBe('upload_data_desa_1');
    expect(safeTableName('sites.csv', ['upload_sites'])).toBe('upload_sites_2');
    expect(safeTableName('C:\\x\\"; DROP TABLE sites;--.parquet')).toBe('upload_drop_table_sites');
    expect(safeTableName('.csv')).toBe('upload_tabel');
    expect(isUploadTableName('upload_sites_2')).toBe(true);
    expect(isUploadTableName('sites')).toBe(false);
    expect(isUploadTableName('upload_x"; DROP')).toBe(false);
  });

  it('builds the final table from the staging columns with quoted names and casts', () => {
    const plan = {
      table: 'upload_x',
      fileName: 'x.csv',
      source: 'free' as const,
      dataset: null,
      columns: [
        { label: 'Kode Desa', name: 'kode_desa', sql: 'VARCHAR' as const },
        { label: 'Tgl', name: 'tgl', sql: 'DATE' as const },
      ],
    };
    expect(finaliseSql(plan, true)).toEqual([
      'CREATE TABLE "upload_x" AS SELECT CAST("c0" AS VARCHAR) AS "kode_desa", CAST("c1" AS DATE) AS "tgl" FROM "__stage_upload_x"',
      'DROP TABLE "__stage_upload_x"',
    ]);
    expect(finaliseSql(plan, false)).toEqual(['CREATE TABLE "upload_x" ("kode_desa" VARCHAR, "tgl" DATE)']);
    expect(() => finaliseSql({ ...plan, table: 'sites' }, true)).toThrow(/tidak sah/);
  });
});

describe('Arrow batches', () => {
  it('emits IPC streams of at most batchRows rows with typed columns and NULLs', () => {
    const out: Uint8Array[] = [];
    const b = new ArrowBatcher(['utf8', 'float64', 'bool'], (ipc) => out.push(ipc), 2);
    b.push(['15.02', 1.5, true]);
    b.push([null, null, null]);
    b.push(['0812', -3, false]);
    b.flush();
    expect(out).toHaveLength(2);
    const t0 = tableFromIPC(out[0] as Uint8Array);
    expect(t0.schema.fields.map((f) => `${f.name}:${f.type}`)).toEqual(['c0:Utf8', 'c1:Float64', 'c2:Bool']);
    expect(t0.getChild('c0')?.toArray()).toEqual(['15.02', null]);
    expect(
      tableFromIPC(out[1] as Uint8Array)
        .getChild('c1')
        ?.get(0),
    ).toBe(-3);
    expect(b.total).toBe(3);
  });

  it('builds vectors from buffers (no Builder, so no eval under the CSP): multibyte text, empty, NULL, dates', () => {
    const v = utf8Vector(['Bé Désa', '', null, '😀 15.02', 'x'.repeat(100)]);
    expect(v.toArray()).toEqual(['Bé Désa', '', null, '😀 15.02', 'x'.repeat(100)]);
    expect(v.nullCount).toBe(1);
    const d = dateDayVector(['2024-01-31', null, 'bukan tanggal', '1969-12-31']);
    expect([0, 1, 2, 3].map((i) => d.get(i))).toEqual([Date.UTC(2024, 0, 31), null, null, Date.UTC(1969, 11, 31)]);
  });
});

describe('a sites export from an Indonesian spreadsheet through the validator', () => {
  it('is recognised from its headers and read with ;, decimal comma, dd/mm/yyyy and a BOM; codes stay strings', async () => {
    const text =
      `${BOM}Site ID;Village Code;Programme;Technology;Status;Budget Year;Installed On;Bandwidth Mbps\r\n` +
      'IDD24-001;15.02.01.2001;Dumisake Internet Desa;VSAT;active;2024;31/01/2024;4,5\r\n';
    expect(detectDataset(text.slice(1).split('\r\n')[0]?.split(';') ?? [])).toBe('sites');
    const report = await validateBytes(new TextEncoder().encode(text), { fileName: 'titik.csv', today: '2026-06-30' });
    expect(report).toMatchObject({ dataset: 'sites', datasetFrom: 'headers', ok: true, validRowCount: 1 });
    expect(report.detected).toMatchObject({ delimiter: ';', decimal: ',', dateFormat: 'dd/mm/yyyy', bom: true });
    expect(report.validRows[0]).toMatchObject({
      village_code: '15.02.01.2001',
      installed_on: '2024-01-31',
      bandwidth_mbps: 4.5,
      budget_year: 2024,
    });
  });
});
