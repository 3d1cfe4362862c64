// The console result's download: column types from Arrow types, the export writers' CSV (formula-safe, `;`
// variant), and a provenance with the SQL, the published files it read and whether uploads were involved; the
// local history keeps the last 50 distinct queries, newest first.
import { describe, expect, it } from 'vitest';
import { sampleManifest } from '../../tests/helpers/sample-manifest.ts';
import { BOM, toCsv } from './export/csv.ts';
import { consoleProvenance, exportColumns, exportType } from './sql-console-export.ts';
import { type HistoryEntry, MAX_HISTORY, pushEntry } from './sql-console-history.ts';

describe('console result export', () => {
  it('maps Arrow types to export column types', () => {
    expect(
      [
        'Utf8',
        'Int32',
        'Int16',
        'Int64',
        'Float64',
        'Decimal[10e+2]',
        'Date32<DAY>',
        'Bool',
        'Timestamp<MICROSECOND>',
      ].map(exportType),
    ).toEqual(['VARCHAR', 'INTEGER', 'INTEGER', 'BIGINT', 'DOUBLE', 'DOUBLE', 'DATE', 'BOOLEAN', 'VARCHAR']);
  });

  it('writes the rows with the shared CSV writer: BOM, `;` variant, formulas neutralised', () => {
    const columns = exportColumns([
      { name: 'kabupaten_kota', type: 'Utf8' },
      { name: 'titik', type: 'Float64' },
    ]);
    const rows = [
      { kabupaten_kota: '=HYPERLINK("x")', titik: 1.5 },
      { kabupaten_kota: 'Merangin', titik: -2 },
    ];
    expect(toCsv(columns, rows, 'id')).toBe(
      `${BOM}kabupaten_kota;titik\r\n"'=HYPERLINK(""x"")";1,5\r\nMerangin;-2\r\n`,
    );
  });

  it('builds a provenance with the SQL, the published files read, and the uploads', () => {
    const manifest = sampleManifest();
    const p = consoleProvenance({
      title: 'Hasil konsol SQL (JDAC)',
      manifest,
      result: {
        statement: 'SELECT * FROM sites JOIN upload_x USING (site_id)',
        tables: ['sites', 'upload_x'],
        uploadTables: ['upload_x'],
        rowCount: 2,
        limit: 1000,
        truncated: false,
      },
      columns: [{ name: 'site_id', type: 'VARCHAR' }],
      file: { name: 'jdac-kueri-20261204-2046.csv', format: 'csv' },
      buildId: 'test',
      now: new Date('2026-12-04T13:46:00Z'),
    });
    const sites = manifest.datasets.find((d) => d.id === 'sites');
    expect(p.sources.map((s) => [s.dataset, s.sha256])).toEqual([['sites', sites?.files[0]?.sha256]]);
    expect(p.data_version).toBe(manifest.version);
    expect(p.made_at).toBe('2026-12-04T20:46:00+07:00');
    expect(p.query).toEqual({
      sql: 'SELECT * FROM sites JOIN upload_x USING (site_id)',
      tables: ['sites', 'upload_x'],
      row_limit: 1000,
      truncated: false,
    });
    expect([p.includes_uploaded_data, p.uploaded_tables, p.row_count]).toEqual([true, ['upload_x'], 2]);
  });
});

describe('console history', () => {
  const e = (sql: string, i: number): HistoryEntry => ({
    sql,
    at: `2026-12-04T00:00:${String(i).padStart(2, '0')}Z`,
    rows: i,
  });
  it('puts the newest first, moves a repeated query to the top, and keeps the last 50', () => {
    let list: HistoryEntry[] = [];
    for (let i = 0; i < 60; i++) list = pushEntry(list, e(`SELECT ${i}`, i % 60));
    expect(list).toHaveLength(MAX_HISTORY);
    expect(list[0]?.sql).toBe('SELECT 59');
    expect(list.at(-1)?.sql).toBe('SELECT 10');
    list = pushEntry(list, e('SELECT 30', 1));
    expect(list).toHaveLength(MAX_HISTORY);
    expect(list.filter((x) => x.sql === 'SELECT 30')).toHaveLength(1);
    expect(list[0]).toEqual(e('SELECT 30', 1));
  });
});
