// The console's two locks: the statement gate (pure) and the engine lockdown, applied to DuckDB-WASM's Node build.
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestEngine, type TestEngine } from '../../tests/helpers/duckdb-node.ts';
import {
  applyLockdown,
  CONSOLE_LOCKDOWN_SQL,
  checkStatement,
  clampLimit,
  DEFAULT_ROW_LIMIT,
  type GateResult,
  limitedSql,
  uploadTablesIn,
} from './sql-console.ts';

const ok = (sql: string) => {
  const r = checkStatement(sql);
  if (!r.ok) throw new Error(`refused ${JSON.stringify(sql)}: ${r.message.id}`);
  return r;
};
const refused = (sql: string) => {
  const r = checkStatement(sql);
  if (r.ok) throw new Error(`accepted ${JSON.stringify(sql)}`);
  return r as Extract<GateResult, { ok: false }>;
};

describe('statement gate', () => {
  it('allows one read-only statement of each allowed kind', () => {
    for (const sql of [
      'SELECT 1',
      'select * from sites',
      'WITH x AS (SELECT 1 AS a) SELECT * FROM x',
      'FROM sites',
      'FROM sites SELECT site_id LIMIT 3',
      'DESCRIBE sites',
      'SUMMARIZE villages',
      'SHOW TABLES',
      'EXPLAIN SELECT 1',
      'EXPLAIN ANALYZE SELECT count(*) FROM sites',
      '(SELECT 1) UNION ALL (SELECT 2)',
      'SELECT u.*, v.name FROM upload_x u JOIN villages v ON v.village_code = u.kode_desa',
    ]) {
      expect(ok(sql).statement).toBe(sql);
    }
    expect(ok('  -- a comment\n SELECT 1; -- trailing\n').statement).toBe('SELECT 1');
    expect(ok('/* lead */ SELECT 2 /* tail */ ;;').statement).toBe('SELECT 2');
    expect(ok('EXPLAIN SELECT 1').wrappable).toBe(false);
    expect(ok('SHOW TABLES').wrappable).toBe(true);
  });

  it('refuses other commands with a message naming what was refused', () => {
    const cases: [string, string][] = [
      ["ATTACH 'x.db' AS x", 'ATTACH'],
      ["COPY (SELECT 1) TO 'x.csv'", 'COPY'],
      ['INSERT INTO sites VALUES (1)', 'INSERT'],
      ["UPDATE sites SET status = 'x'", 'UPDATE'],
      ['DELETE FROM sites', 'DELETE'],
      ['DROP TABLE sites', 'DROP'],
      ['CREATE TABLE t AS SELECT 1', 'CREATE'],
      ['ALTER TABLE sites ADD COLUMN x INT', 'ALTER'],
      ['INSTALL httpfs', 'INSTALL'],
      ['LOAD httpfs', 'LOAD'],
      ['SET enable_external_access = true', 'SET'],
      ['RESET lock_configuration', 'RESET'],
      ['PRAGMA enable_profiling', 'PRAGMA'],
      ["CALL pragma_table_info('sites')", 'CALL'],
      ["EXPORT DATABASE 'x'", 'EXPORT'],
      ['BEGIN TRANSACTION', 'BEGIN'],
      ['CHECKPOINT', 'CHECKPOINT'],
      ['VACUUM', 'VACUUM'],
      ["(ATTACH 'x')", 'ATTACH'],
    ];
    for (const [sql, word] of cases) {
      const r = refused(sql);
      expect(r.reason, sql).toBe('not_allowed');
      expect(r.word).toBe(word);
      expect(r.message.id).toBe(
        `Perintah ${word} tidak diizinkan: konsol hanya untuk membaca data (SELECT, WITH, FROM, DESCRIBE, SUMMARIZE, SHOW, EXPLAIN).`,
      );
    }
    expect(refused("ATTACH 'x.db' AS x").message.id).toContain(
      'Perintah ATTACH tidak diizinkan: konsol hanya untuk membaca data',
    );
  });

  it('refuses write and config keywords hidden inside an allowed statement', () => {
    for (const [sql, word] of [
      ["WITH x AS (SELECT 1) INSERT INTO sites SELECT 'a'", 'INSERT'],
      ['EXPLAIN ANALYZE DELETE FROM sites', 'DELETE'],
      ['DESCRIBE DROP', 'DROP'],
      ['SELECT 1 FROM (CREATE TABLE t (a INT))', 'CREATE'],
    ] as const) {
      const r = refused(sql);
      expect(r.reason, sql).toBe('forbidden_word');
      expect(r.word).toBe(word);
      expect(r.message.id).toBe(`Perintah ${word} tidak diizinkan: konsol hanya untuk membaca data.`);
    }
    // …but the same words as text, quoted identifiers, comments or qualified names are fine.
    ok(`SELECT 'DROP TABLE sites; INSERT' AS note, "update" FROM t /* DELETE */ -- COPY`);
    ok('SELECT t.set, t.load FROM t');
  });

  it('refuses table functions that read files or URLs, and file literals after FROM/JOIN', () => {
    const r = refused("SELECT * FROM read_csv('http://example.com/x.csv')");
    expect(r.reason).toBe('forbidden_function');
    expect(r.message.id).toContain('Fungsi read_csv tidak diizinkan');
    for (const sql of [
      "select * from READ_CSV_AUTO('/etc/passwd')",
      "SELECT * FROM read_text('/etc/passwd')",
      "SELECT * FROM glob('*')",
      "SELECT * FROM read_parquet('x.parquet')",
      "SELECT * FROM query('DROP TABLE sites')",
    ]) {
      expect(refused(sql).reason, sql).toBe('forbidden_function');
    }
    expect(refused("SELECT * FROM 'http://example.com/x.csv'").reason).toBe('file_literal');
    expect(refused("FROM '/etc/passwd'").reason).toBe('file_literal');
    expect(refused("SELECT * FROM sites JOIN 'x.csv' USING (site_id)").reason).toBe('file_literal');
    ok("SELECT 'read_csv(x)' AS s, read_csv_note FROM t"); // not a call
  });

  it('splits on ; only outside strings, identifiers, dollar quotes and comments', () => {
    ok("SELECT 'a;b' AS x");
    ok("SELECT 'it''s; fine' AS x");
    ok("SELECT E'esc\\'; still' AS x");
    ok('SELECT $$a;b$$ AS x, $tag$c;d$tag$ AS y');
    ok('SELECT 1 AS "semi;colon"');
    ok('SELECT 1 -- ; DROP TABLE sites\n');
    ok('SELECT /* ; /* nested ; */ ; */ 1');
    const multi = refused('SELECT 1; DROP TABLE sites');
    expect(multi.reason).toBe('multiple_statements');
    expect(multi.message.id).toContain('ditemukan 2 perintah');
    expect(refused("SELECT 'a';SELECT 'b';SELECT 3").message.id).toContain('ditemukan 3 perintah');
  });

  it('refuses unterminated strings, comments and identifiers, empty input and unbalanced parentheses', () => {
    expect(refused("SELECT 'abc").reason).toBe('unterminated_string');
    expect(refused('SELECT $$abc').reason).toBe('unterminated_string');
    expect(refused('SELECT 1 /* open').reason).toBe('unterminated_comment');
    expect(refused('SELECT "abc').reason).toBe('unterminated_identifier');
    expect(refused('  -- only a comment\n ; ').reason).toBe('empty');
    expect(refused('').reason).toBe('empty');
    expect(refused('SELECT 1) UNION (SELECT 2').reason).toBe('unbalanced_parentheses');
    expect(refused('SELECT (1').reason).toBe('unbalanced_parentheses');
  });

  it('wraps SELECT-like statements with the row limit (+1) and clamps the limit', () => {
    expect(limitedSql(ok('SELECT 1 -- c\n, 2 -- d'), 10)).toBe(
      'SELECT * FROM (\nSELECT 1 -- c\n, 2\n) AS console_result LIMIT 11',
    );
    expect(limitedSql(ok('EXPLAIN SELECT 1'), 10)).toBe('EXPLAIN SELECT 1');
    expect(clampLimit('abc')).toBe(DEFAULT_ROW_LIMIT);
    expect(clampLimit(0)).toBe(1);
    expect(clampLimit(2.9)).toBe(2);
    expect(clampLimit(1e9)).toBe(10_000);
    expect(clampLimit('1; DROP TABLE x')).toBe(DEFAULT_ROW_LIMIT);
  });

  it('finds upload tables named in a statement', () => {
    expect(
      uploadTablesIn('SELECT * FROM upload_a JOIN Upload_B2 ON 1=1', ['upload_a', 'upload_b2', 'upload_c']),
    ).toEqual(['upload_a', 'upload_b2']);
    expect(uploadTablesIn('SELECT * FROM upload_ab', ['upload_a'])).toEqual([]);
  });
});

describe('engine lockdown in DuckDB-WASM (Node build)', () => {
  let engine: TestEngine;
  const fails = (sql: string) => {
    try {
      engine.sql(sql);
    } catch (e) {
      return String((e as Error).message);
    }
    throw new Error(`engine accepted: ${sql}`);
  };

  beforeAll(async () => {
    engine = await createTestEngine();
    engine.load('regencies', [{ regency_code: '15.01', bps_code: '1501', name: 'Kerinci', type: 'Kabupaten' }]);
    // Before the lockdown a URL read is attempted (and fails only because nothing is there).
    expect(fails("SELECT * FROM read_csv('http://example.com/x.csv')")).not.toMatch(/disabled by configuration/);
    expect(await applyLockdown((sql) => engine.sql(sql))).toBe('applied');
  });

  it('is idempotent', async () => {
    expect(await applyLockdown((sql) => engine.sql(sql))).toBe('already-locked');
    expect(CONSOLE_LOCKDOWN_SQL[CONSOLE_LOCKDOWN_SQL.length - 1]).toBe('SET lock_configuration = true');
  });

  it('refuses files, URLs, ATTACH, COPY and EXPORT by itself (without the gate)', () => {
    const blocked = /Permission Error: .*disabled by configuration/;
    expect(fails("COPY (SELECT 1) TO 'x.csv'")).toMatch(blocked);
    expect(fails("ATTACH 'x.db' AS x")).toMatch(blocked);
    expect(fails("SELECT * FROM read_csv('http://example.com/x.csv')")).toMatch(blocked);
    expect(fails("SELECT * FROM read_csv('/etc/passwd')")).toMatch(blocked);
    expect(fails("SELECT * FROM 'http://example.com/x.csv'")).toMatch(blocked);
    expect(fails("SELECT * FROM read_text('/etc/passwd')")).toMatch(blocked);
    expect(fails("SELECT * FROM glob('*')")).toMatch(blocked);
    expect(fails("COPY regencies FROM 'regencies.txt'")).toMatch(blocked);
    expect(fails("EXPORT DATABASE 'dump'")).toMatch(blocked);
    expect(fails('LOAD httpfs')).toMatch(/Loading external extensions is disabled/);
  });

  it('refuses every SET and RESET once locked', () => {
    expect(fails('SET enable_external_access = true')).toMatch(/configuration has been locked/);
    expect(fails('RESET enable_external_access')).toMatch(/configuration has been locked/);
    expect(fails('SET lock_configuration = false')).toMatch(/configuration has been locked/);
    expect(fails("SET allowed_paths = ['/etc/passwd']")).toMatch(/configuration has been locked/);
    expect(engine.sql("SELECT current_setting('enable_external_access') AS v")).toEqual([{ v: false }]);
  });

  it('refuses writes inside the console’s READ ONLY transaction', () => {
    // One transaction per console query, as runConsoleQuery does.
    for (const sql of [
      "INSERT INTO regencies VALUES ('15.02', '1502', 'X', 'Kabupaten')",
      "UPDATE regencies SET name = 'X'",
      'DELETE FROM regencies',
      'DROP TABLE regencies',
      'CREATE TABLE t AS SELECT 1',
      "EXPLAIN ANALYZE INSERT INTO regencies VALUES ('15.03', '1503', 'Y', 'Kota')",
    ]) {
      engine.sql('BEGIN TRANSACTION READ ONLY');
      try {
        expect(fails(sql), sql).toMatch(/read-only mode/);
      } finally {
        engine.sql('ROLLBACK');
      }
    }
    expect(engine.sql('SELECT name FROM regencies')).toEqual([{ name: 'Kerinci' }]);
  });

  it('still loads a published CSV dataset (the registered <id>.csv is the only path allowed)', () => {
    engine.load('regencies', [
      { regency_code: '15.01', bps_code: '1501', name: 'Kerinci', type: 'Kabupaten' },
      { regency_code: '15.71', bps_code: '1571', name: 'Kota Jambi', type: 'Kota' },
    ]);
    expect(engine.sql('SELECT count(*) AS n FROM regencies')).toEqual([{ n: 2 }]);
  });
});
