// The unjoined-codes report over DuckDB-WASM's Node build: a hand-made upload with codes from Jambi, from another
// province, with stray spaces and NULLs, against two villages and one regency. Expected counts are counted by hand
// from the rows below.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../../tests/helpers/duckdb-node.ts';
import { JOIN_KEYS, joinKeysOf, UNJOINED_LIST, unjoinedReport, unjoinedSql } from './upload-joins.ts';

let engine: TestEngine;
const villageKey = JOIN_KEYS[0];
const regencyKey = JOIN_KEYS[1];

beforeAll(async () => {
  engine = await createTestEngine();
  engine.load('regencies', [{ regency_code: '1501', name: 'Kerinci' }]);
  engine.load('villages', [
    { village_code: '1501012001', regency_code: '1501', name: 'Desa A', kind: 'desa' },
    { village_code: '1501012002', regency_code: '1501', name: 'Desa B', kind: 'desa' },
  ]);
  engine.sql('CREATE TABLE upload_survei (village_code VARCHAR, regency_code VARCHAR, nilai DOUBLE)');
  engine.sql(`INSERT INTO upload_survei VALUES
    ('1501012001', '1501', 1), ('1501012002', '1501', 2),
    ('3201012001', '3201', 3), ('3201012001', '3201', 4), ('3201012001', '1501', 5),
    ('1501012001 ', '1501', 6),
    ('9999', NULL, 7), (NULL, NULL, 8)`);
  // Whole-number codes typed as BIGINT by the free-table type guess still join (compared as text).
  engine.sql('CREATE TABLE upload_angka (village_code BIGINT)');
  engine.sql('INSERT INTO upload_angka VALUES (1501012001), (1501012001), (1501019999)');
});

const report = async (table: string, key: (typeof JOIN_KEYS)[number], limit = UNJOINED_LIST) =>
  unjoinedReport(key, await engine.run({ sql: unjoinedSql(table, key), params: [limit], tables: [] }));

describe('unjoined codes of an upload', () => {
  it('counts and lists village codes not in villages, most rows first', async () => {
    // Not joining: 3201012001 ×3, "1501012001 " ×1 (trailing space), 9999 ×1 → 5 rows, 3 codes.
    expect(await report('upload_survei', villageKey)).toEqual({
      column: 'village_code',
      reference: 'villages',
      rows: 5,
      distinct: 3,
      top: [
        { code: '3201012001', rows: 3 },
        { code: '1501012001 ', rows: 1 },
        { code: '9999', rows: 1 },
      ],
    });
  });

  it('counts regency codes against regencies and lists only the first N', async () => {
    // 3201 ×2 do not join; 1501 ×5 do; NULL ×2 are not counted.
    const full = await report('upload_survei', regencyKey);
    expect(full).toMatchObject({ rows: 2, distinct: 1, top: [{ code: '3201', rows: 2 }] });
    const one = await report('upload_survei', villageKey, 1);
    expect(one).toMatchObject({ rows: 5, distinct: 3, top: [{ code: '3201012001', rows: 3 }] });
  });

  it('compares whole-number codes as text', async () => {
    expect(await report('upload_angka', villageKey)).toMatchObject({
      rows: 1,
      distinct: 1,
      top: [{ code: '1501019999', rows: 1 }],
    });
  });

  it('reports nothing when every code joins', async () => {
    engine.sql("CREATE TABLE upload_baik AS SELECT * FROM upload_survei WHERE regency_code = '1501'");
    expect(await report('upload_baik', regencyKey)).toEqual({
      column: 'regency_code',
      reference: 'regencies',
      rows: 0,
      distinct: 0,
      top: [],
    });
  });

  it('only builds SQL for upload tables and the known code columns', () => {
    expect(() => unjoinedSql('villages', villageKey)).toThrow();
    expect(() => unjoinedSql('upload_x"; DROP TABLE villages; --', villageKey)).toThrow();
    expect(() =>
      unjoinedSql('upload_x', { column: 'nilai', reference: 'villages', key: 'village_code' } as never),
    ).toThrow();
    expect(joinKeysOf(['village_code', 'nilai'], ['villages', 'regencies']).map((k) => k.column)).toEqual([
      'village_code',
    ]);
    expect(joinKeysOf(['village_code', 'regency_code'], ['regencies'])).toEqual([regencyKey]);
  });
});
