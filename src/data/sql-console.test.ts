// The console's two locks in DuckDB-WASM's Node build (the browser's engine): the gate, in which DuckDB's lexer,
// parser and planner decide what a statement is, and the engine lockdown behind it. Fixture tables are small and
// hand-counted; "unchanged" is checked on a separate connection with plain count(*) queries.
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCKDOWN_SQL } from './load-sql.ts';
import { arrowToRows, type Row } from './rows.ts';
import { clampLimit, DEFAULT_ROW_LIMIT, uploadTablesIn } from './sql-console.ts';
import { EXAMPLE_PIVOT } from './sql-console-examples.ts';
import {
  type ConsoleEngine,
  checkStatement,
  consoleSql,
  type EngineError,
  engineError,
  type GateOk,
  type GateReason,
  parseEngineError,
  planReads,
} from './sql-console-gate.ts';
import { applyLockdown, CONSOLE_LOCKDOWN_SQL, CONSOLE_SESSION_SQL } from './sql-console-lockdown.ts';

const require = createRequire(import.meta.url);
// biome-ignore lint/suspicious/noExplicitAny: the CJS build ships loose types
const duckdb: any = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');

const FIXTURE = [
  `CREATE TABLE regencies AS SELECT * FROM (VALUES
     ('15.01', 'Kerinci', 'Kabupaten'), ('15.02', 'Merangin', 'Kabupaten'), ('15.71', 'Kota Jambi', 'Kota'))
     v(regency_code, name, type)`,
  `CREATE TABLE villages AS SELECT * FROM (VALUES
     ('15.01.01.2001', '15.01', 'Sungai Tutung', true), ('15.02.01.2001', '15.02', 'Renah Kemumu', true),
     ('15.02.01.2002', '15.02', 'Lubuk Mentilin', false), ('15.71.01.1001', '15.71', 'Legok', false))
     v(village_code, regency_code, name, is_blankspot)`,
  `CREATE TABLE sites AS SELECT site_id, village_code, technology, status, budget_year,
     CAST(installed_on AS DATE) AS installed_on, bandwidth_mbps FROM (VALUES
     ('S-1', '15.01.01.2001', 'VSAT', 'active', 2023, '2023-05-01', 10.0),
     ('S-2', '15.02.01.2001', 'VSAT', 'active', 2023, '2023-07-15', 20.0),
     ('S-3', '15.02.01.2001', 'BTS 4G', 'offline', 2024, '2024-02-01', 50.0),
     ('S-4', '15.02.01.2002', 'VSAT', 'planned', 2024, NULL, NULL),
     ('S-5', '15.71.01.1001', 'BTS 4G', 'active', 2024, '2024-03-10', 40.0))
     v(site_id, village_code, technology, status, budget_year, installed_on, bandwidth_mbps)`,
];
const COUNTS = { regencies: 3, villages: 4, sites: 5 };

let engine: ConsoleEngine;
/** An independent connection: counts and settings are read here, never through the console's path. */
let check: (sql: string) => Row[];

type Outcome = { ok: true; rows: Row[] } | { ok: false; reason: GateReason | 'run_error'; error?: EngineError };

/** What runConsoleQuery does in the browser: the gate, then the console SQL in a READ ONLY transaction. */
async function runConsole(text: string, limit = 100): Promise<Outcome & { params?: Record<string, unknown> }> {
  const gate = await checkStatement(text, engine);
  if (!gate.ok) return { ok: false, reason: gate.reason, params: gate.params, error: gate.error };
  const { sql, placement } = consoleSql(gate, text, limit);
  await engine.query('BEGIN TRANSACTION READ ONLY');
  try {
    return { ok: true, rows: await (gate.expands ? engine.query(sql) : engine.prepared(sql)) };
  } catch (err) {
    return { ok: false, reason: 'run_error', error: engineError(err, placement) };
  } finally {
    await engine.query('ROLLBACK');
  }
}

async function rows(text: string): Promise<Row[]> {
  const r = await runConsole(text);
  if (!r.ok) throw new Error(`not run: ${text}\n${r.reason} ${JSON.stringify(r.params)} ${r.error?.message ?? ''}`);
  return r.rows;
}

beforeAll(async () => {
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bundles = {
    mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const admin = db.connect();
  const exec = (sql: string): Row[] => arrowToRows(admin.query(sql));
  for (const sql of [...LOCKDOWN_SQL, ...FIXTURE]) exec(sql);
  // Before the lockdown a URL read is attempted (and fails only because nothing is there).
  expect(() => exec("SELECT * FROM read_csv('http://example.com/x.csv')")).toThrow(/^(?!.*disabled by configuration)/);
  const session = db.connect();
  for (const sql of CONSOLE_SESSION_SQL) session.query(sql);
  expect(await applyLockdown(exec)).toBe('applied');
  engine = {
    tokenize: (sql) => db.tokenize(sql),
    tableNames: (sql) => session.getTableNames(sql),
    prepared: (sql) => {
      const stmt = session.prepare(sql);
      try {
        return arrowToRows(stmt.query());
      } finally {
        stmt.close();
      }
    },
    query: (sql) => arrowToRows(session.query(sql)),
  };
  check = exec;
});

describe('read-only statements run', () => {
  // [statement, expected rows] — expected values counted by hand from FIXTURE.
  const cases: [string, Row[] | ((r: Row[]) => void)][] = [
    ['SELECT 1 AS x', [{ x: 1 }]],
    ['select count(*) AS n from sites', [{ n: 5 }]],
    ['FROM regencies SELECT name ORDER BY name', [{ name: 'Kerinci' }, { name: 'Kota Jambi' }, { name: 'Merangin' }]],
    ['FROM villages SELECT count(*) AS n WHERE NOT is_blankspot', [{ n: 2 }]],
    ['WITH x AS (SELECT 2 AS a) SELECT a * 3 AS b FROM x', [{ b: 6 }]],
    [
      `WITH per AS (SELECT v.regency_code, count(*) AS n FROM sites s JOIN villages v USING (village_code) GROUP BY 1)
       SELECT r.name, per.n FROM per JOIN regencies r USING (regency_code) ORDER BY per.n DESC, r.name`,
      [
        { name: 'Merangin', n: 3 },
        { name: 'Kerinci', n: 1 },
        { name: 'Kota Jambi', n: 1 },
      ],
    ],
    [
      `SELECT site_id, CASE WHEN status = 'active' THEN 'jalan' WHEN status = 'planned' THEN 'rencana' ELSE 'lain' END AS keadaan
       FROM sites ORDER BY site_id LIMIT 4`,
      [
        { site_id: 'S-1', keadaan: 'jalan' },
        { site_id: 'S-2', keadaan: 'jalan' },
        { site_id: 'S-3', keadaan: 'lain' },
        { site_id: 'S-4', keadaan: 'rencana' },
      ],
    ],
    [
      'SELECT min(installed_on) AS start, max(installed_on) AS end FROM sites',
      [{ start: '2023-05-01', end: '2024-03-10' }],
    ],
    [
      'SELECT 1 AS "end", 2 AS "start", 3 AS "select", 4 AS "drop table"',
      [{ end: 1, start: 2, select: 3, 'drop table': 4 }],
    ],
    ['SELECT start FROM (SELECT 5 AS start) AS t', [{ start: 5 }]],
    ['SELECT "end".x FROM (SELECT 7 AS x) AS "end"', [{ x: 7 }]],
    [
      "SELECT 'DROP TABLE sites; INSERT INTO x VALUES (1)' AS note",
      [{ note: 'DROP TABLE sites; INSERT INTO x VALUES (1)' }],
    ],
    ["SELECT 'ATTACH ''x.db''; COPY sites TO ''x.csv''' AS s", [{ s: "ATTACH 'x.db'; COPY sites TO 'x.csv'" }]],
    [
      'SELECT $$SET lock_configuration = false; LOAD httpfs$$ AS s',
      [{ s: 'SET lock_configuration = false; LOAD httpfs' }],
    ],
    ["SELECT E'a\\'; DELETE' AS s", [{ s: "a'; DELETE" }]],
    ['SELECT 1 AS "semi;colon"', [{ 'semi;colon': 1 }]],
    ['-- DROP TABLE sites;\nSELECT 2 AS x -- ; DELETE FROM sites', [{ x: 2 }]],
    ['/* INSERT; /* nested ; */ UPDATE */ SELECT 3 AS x;', [{ x: 3 }]],
    ['SELECT 4 AS x;;  ', [{ x: 4 }]],
    [
      'SELECT site_id, row_number() OVER (PARTITION BY technology ORDER BY site_id) AS rn FROM sites ORDER BY site_id',
      [
        { site_id: 'S-1', rn: 1 },
        { site_id: 'S-2', rn: 2 },
        { site_id: 'S-3', rn: 1 },
        { site_id: 'S-4', rn: 3 },
        { site_id: 'S-5', rn: 2 },
      ],
    ],
    [
      'SELECT site_id, sum(bandwidth_mbps) OVER (ORDER BY site_id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cum FROM sites ORDER BY site_id',
      [
        { site_id: 'S-1', cum: 10 },
        { site_id: 'S-2', cum: 30 },
        { site_id: 'S-3', cum: 80 },
        { site_id: 'S-4', cum: 80 },
        { site_id: 'S-5', cum: 120 },
      ],
    ],
    [
      'FROM sites SELECT technology, site_id QUALIFY row_number() OVER (PARTITION BY technology ORDER BY site_id DESC) = 1 ORDER BY technology',
      [
        { technology: 'BTS 4G', site_id: 'S-5' },
        { technology: 'VSAT', site_id: 'S-4' },
      ],
    ],
    [
      'PIVOT sites ON technology USING count(*) GROUP BY budget_year ORDER BY budget_year',
      [
        { budget_year: 2023, 'BTS 4G': 0, VSAT: 2 },
        { budget_year: 2024, 'BTS 4G': 2, VSAT: 1 },
      ],
    ],
    [
      "PIVOT sites ON status IN ('active', 'offline') USING count(*) GROUP BY technology ORDER BY technology",
      [
        { technology: 'BTS 4G', active: 1, offline: 1 },
        { technology: 'VSAT', active: 2, offline: 0 },
      ],
    ],
    [
      "UNPIVOT (SELECT 'a' AS k, 1 AS x, 2 AS y) ON x, y INTO NAME col VALUE val ORDER BY col",
      [
        { k: 'a', col: 'x', val: 1 },
        { k: 'a', col: 'y', val: 2 },
      ],
    ],
    ['SUMMARIZE sites', (r) => expect(r.map((x) => x.column_name)).toContain('bandwidth_mbps')],
    [
      'SUMMARIZE SELECT bandwidth_mbps FROM sites',
      (r) => expect([r[0]?.column_name, r[0]?.count, r[0]?.min]).toEqual(['bandwidth_mbps', 5, '10.0']),
    ],
    ['DESCRIBE regencies', (r) => expect(r.map((x) => x.column_name)).toEqual(['regency_code', 'name', 'type'])],
    ['DESCRIBE SELECT 1 AS a', (r) => expect(r.map((x) => [x.column_name, x.column_type])).toEqual([['a', 'INTEGER']])],
    ['SHOW TABLES', (r) => expect(r.map((x) => x.name)).toEqual(['regencies', 'sites', 'villages'])],
    ['SHOW regencies', (r) => expect(r).toHaveLength(3)],
    ['EXPLAIN SELECT count(*) FROM sites', (r) => expect(r[0]?.explain_key).toBe('physical_plan')],
    ['EXPLAIN ANALYZE SELECT count(*) FROM sites', (r) => expect(r[0]?.explain_key).toBe('analyzed_plan')],
    ['EXPLAIN (FORMAT JSON) SELECT 1', (r) => expect(String(r[0]?.explain_value)).toContain('"name"')],
    [
      'VALUES (1, 2), (3, 4)',
      [
        { col0: 1, col1: 2 },
        { col0: 3, col1: 4 },
      ],
    ],
    ['TABLE regencies', (r) => expect(r).toHaveLength(3)],
    ['(SELECT 1 AS x) UNION ALL (SELECT 2)', [{ x: 1 }, { x: 2 }]],
    [
      'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 4) SELECT sum(n) AS s FROM r',
      [{ s: 10 }],
    ],
    ['SELECT count(*) AS n FROM range(10)', [{ n: 10 }]],
    ['SELECT list_sum(list_transform([1, 2, 3], x -> x * 2)) AS s', [{ s: 12 }]],
    ["SELECT regexp_replace('15.02.01.2001', '\\.', '-', 'g') AS c", [{ c: '15-02-01-2001' }]],
    [
      "SELECT budget_year, string_agg(site_id, ',' ORDER BY site_id) AS ids FROM sites GROUP BY ALL ORDER BY ALL",
      [
        { budget_year: 2023, ids: 'S-1,S-2' },
        { budget_year: 2024, ids: 'S-3,S-4,S-5' },
      ],
    ],
    ["SELECT count(*) FILTER (WHERE status = 'active') AS aktif FROM sites", [{ aktif: 3 }]],
    ['SELECT count(*) AS n FROM duckdb_tables()', [{ n: 3 }]],
    ["SELECT name FROM pragma_table_info('villages') ORDER BY cid LIMIT 1", [{ name: 'village_code' }]],
    ["SELECT current_setting('enable_external_access') AS ext", [{ ext: false }]],
    ['SELECT * EXCLUDE (name, type) FROM regencies ORDER BY 1 LIMIT 1', [{ regency_code: '15.01' }]],
    ['SELECT 12 AS "ÄÖü 名前", \'é😀\' AS "emoji"', [{ 'ÄÖü 名前': 12, emoji: 'é😀' }]],
    [
      'SELECT r.name AS kabupaten_kota, count(s.site_id) AS titik FROM regencies r LEFT JOIN villages v ON v.regency_code = r.regency_code LEFT JOIN sites s ON s.village_code = v.village_code GROUP BY r.name ORDER BY titik DESC, r.name',
      [
        { kabupaten_kota: 'Merangin', titik: 3 },
        { kabupaten_kota: 'Kerinci', titik: 1 },
        { kabupaten_kota: 'Kota Jambi', titik: 1 },
      ],
    ],
    [
      EXAMPLE_PIVOT,
      [
        { kabupaten_kota: 'Kerinci', 'BTS 4G': 0, VSAT: 1 },
        { kabupaten_kota: 'Kota Jambi', 'BTS 4G': 1, VSAT: 0 },
        { kabupaten_kota: 'Merangin', 'BTS 4G': 1, VSAT: 2 },
      ],
    ],
    [
      'SELECT site_id FROM sites USING SAMPLE 100 PERCENT (bernoulli) ORDER BY site_id LIMIT 2',
      [{ site_id: 'S-1' }, { site_id: 'S-2' }],
    ],
  ];

  it(`runs ${cases.length} read-only statements of every kind with the values counted by hand`, async () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const [sql, expected] of cases) {
      const got = await rows(sql);
      if (typeof expected === 'function') expected(got);
      else expect(got, sql).toEqual(expected);
    }
  });

  it('names the tables a query reads (from DuckDB’s bound plan)', async () => {
    const gate = await checkStatement('SELECT * FROM sites s JOIN villages v USING (village_code)', engine);
    expect(gate.ok && gate.tables).toEqual(['sites', 'villages']);
    const view = await checkStatement('WITH x AS (FROM regencies) SELECT count(*) FROM x, range(3)', engine);
    expect(view.ok && view.tables).toEqual(['regencies']);
  });

  it('applies the row limit (+1 to tell that more exist)', async () => {
    const gate = await checkStatement('FROM sites ORDER BY site_id', engine);
    if (!gate.ok) throw new Error('refused');
    const { sql } = consoleSql(gate, 'FROM sites ORDER BY site_id', 2);
    expect(sql).toBe('SELECT * FROM (FROM sites ORDER BY site_id\n) AS console_result LIMIT 3');
    expect(await runConsole('FROM sites ORDER BY site_id', 2)).toMatchObject({ ok: true, rows: { length: 3 } });
  });
});

describe('hostile statements are refused and change nothing', () => {
  const hostile: [string, GateReason, Record<string, unknown>?][] = [
    ["INSERT INTO sites VALUES ('S-9', 'x', 'VSAT', 'active', 2024, NULL, NULL)", 'not_a_query', { word: 'INSERT' }],
    ["UPDATE sites SET status = 'x'", 'not_a_query', { word: 'UPDATE' }],
    ['DELETE FROM sites', 'not_a_query', { word: 'DELETE' }],
    ['DROP TABLE sites', 'not_a_query', { word: 'DROP' }],
    ['TRUNCATE sites', 'not_a_query', { word: 'TRUNCATE' }],
    ['CREATE TABLE t AS SELECT 1', 'not_a_query', { word: 'CREATE' }],
    ['CREATE TEMP TABLE t AS SELECT 1', 'not_a_query', { word: 'CREATE' }],
    ['ALTER TABLE sites ADD COLUMN x INT', 'not_a_query', { word: 'ALTER' }],
    ["ATTACH ':memory:' AS m", 'not_a_query', { word: 'ATTACH' }],
    ['DETACH memory', 'not_a_query', { word: 'DETACH' }],
    ['USE memory', 'not_a_query', { word: 'USE' }],
    ["COPY sites TO 'x.csv'", 'not_a_query', { word: 'COPY' }],
    ["EXPORT DATABASE 'dump'", 'not_a_query', { word: 'EXPORT' }],
    ['SET threads = 1', 'not_a_query', { word: 'SET' }],
    ['SET VARIABLE x = 1', 'not_a_query', { word: 'SET' }],
    ['RESET threads', 'not_a_query', { word: 'RESET' }],
    ['PRAGMA enable_profiling', 'not_a_query', { word: 'PRAGMA' }],
    ["CALL pragma_table_info('sites')", 'not_a_query', { word: 'CALL' }],
    ['INSTALL httpfs', 'not_a_query', { word: 'INSTALL' }],
    ['LOAD httpfs', 'not_a_query', { word: 'LOAD' }],
    ['BEGIN TRANSACTION', 'not_a_query', { word: 'BEGIN' }],
    ['COMMIT', 'not_a_query', { word: 'COMMIT' }],
    ['CHECKPOINT', 'not_a_query', { word: 'CHECKPOINT' }],
    ['VACUUM', 'not_a_query', { word: 'VACUUM' }],
    ['PREPARE p AS SELECT 1', 'not_a_query', { word: 'PREPARE' }],
    ['/* SELECT */ DROP /* x */ TABLE -- y\n sites', 'not_a_query', { word: 'DROP' }],
    ['WITH x AS (SELECT 1) INSERT INTO sites SELECT * FROM sites', 'not_a_query', { word: 'INSERT' }],
    ['WITH x AS (SELECT 1) DELETE FROM sites', 'not_a_query', { word: 'DELETE' }],
    ['EXPLAIN ANALYZE DELETE FROM sites', 'not_a_query', { word: 'DELETE' }],
    ['EXPLAIN INSERT INTO sites SELECT * FROM sites', 'not_a_query', { word: 'INSERT' }],
    ['SELECT 1; DROP TABLE sites', 'multiple_statements', { count: 2 }],
    ["SELECT 'a';SELECT 'b';SELECT 3", 'multiple_statements', { count: 3 }],
    ["1) AS x; ATTACH ':memory:' AS m; SELECT * FROM (SELECT 1", 'multiple_statements', { count: 3 }],
    ['SELECT 1 -- c\n; DELETE FROM sites', 'multiple_statements', { count: 2 }],
    ['SELECT $$;$$ AS a; DROP TABLE sites', 'multiple_statements', { count: 2 }],
    ['SELECT 1 AS "a;b"; DELETE FROM sites', 'multiple_statements', { count: 2 }],
    ["SELECT * FROM read_csv('http://example.com/x.csv')", 'table_function', { name: 'read_csv' }],
    ["SELECT * FROM READ_CSV_AUTO('/etc/passwd')", 'table_function', { name: 'read_csv_auto' }],
    ["SELECT * FROM read_text('/etc/passwd')", 'table_function', { name: 'read_text' }],
    ["SELECT * FROM glob('*')", 'table_function', { name: 'glob' }],
    ['FROM checkpoint()', 'table_function', { name: 'checkpoint' }],
    ["SELECT * FROM 'http://example.com/x.csv'", 'file_access', { file: 'http://example.com/x.csv' }],
    ['SELECT * FROM "sites.csv"', 'file_access', { file: 'sites.csv' }],
    ["FROM '/etc/passwd'", 'file_access', { file: '/etc/passwd' }],
    ["SELECT * FROM sites JOIN 'x.parquet' USING (site_id)", 'file_access', { file: 'x.parquet' }],
    ['', 'empty'],
    ['  -- only a comment\n ; ', 'empty'],
    // Unicode look-alikes are not keywords to DuckDB's lexer: a syntax error, nothing runs.
    ['ＤＲＯＰ TABLE sites', 'syntax_error'],
    ['DRОP TABLE sites', 'syntax_error'], // Cyrillic О
    ['SELECT 1；DROP TABLE sites', 'syntax_error'], // full-width semicolon
    ["SELECT * FROM query('DROP TABLE sites')", 'syntax_error'], // query() parses its text as one SELECT
  ];

  it(`refuses ${hostile.length} hostile statements, each for its reason`, async () => {
    expect(hostile.filter(([, r]) => r !== 'empty').length).toBeGreaterThanOrEqual(25);
    for (const [sql, reason, params] of hostile) {
      const r = await runConsole(sql);
      expect(r.ok, sql).toBe(false);
      expect(r.ok ? null : r.reason, sql).toBe(reason);
      if (params) expect(r.ok ? null : r.params, sql).toEqual(params);
    }
  });

  it('leaves every table, database, setting and type as it was', () => {
    for (const [table, n] of Object.entries(COUNTS)) {
      expect(check(`SELECT count(*) AS n FROM ${table}`), table).toEqual([{ n }]);
    }
    expect(check("SELECT count(*) AS n FROM sites WHERE status = 'x' OR site_id = 'S-9'")).toEqual([{ n: 0 }]);
    expect(check('SELECT table_name FROM duckdb_tables() ORDER BY 1').map((r) => r.table_name)).toEqual([
      'regencies',
      'sites',
      'villages',
    ]);
    expect(
      check('SELECT database_name FROM duckdb_databases() WHERE NOT internal').map((r) => r.database_name),
    ).toEqual(['memory']);
    expect(check("SELECT count(*) AS n FROM duckdb_types() WHERE type_name LIKE '__pivot%'")).toEqual([{ n: 0 }]);
    expect(check("SELECT current_setting('enable_external_access') AS e, current_setting('threads') AS t")).toEqual([
      { e: false, t: check("SELECT current_setting('threads') AS t")[0]?.t },
    ]);
  });
});

describe('engine errors point into the analyst’s text', () => {
  it('reports a one-line query’s error on line 1 (the row-limit wrapper shifts no line)', async () => {
    const r = await runConsole('SELECT nosuch FROM regencies');
    expect(r).toMatchObject({ ok: false, reason: 'engine_error' });
    expect(r.ok ? null : r.error).toMatchObject({
      type: 'Binder',
      position: { line: 1, column: 8, lineText: 'SELECT nosuch FROM regencies' },
    });
    expect(r.ok ? '' : r.error?.message).toMatch(/Referenced column "nosuch" not found/);
  });

  it('maps the wrapped run’s positions back (line 1 stays line 1)', async () => {
    const text = 'SELECT nosuch FROM regencies';
    const gate: GateOk = { ok: true, kind: 'query', statement: text, offset: 0, tables: [], expands: false };
    const { sql, placement } = consoleSql(gate, text, 10);
    let error: EngineError | null = null;
    try {
      await engine.prepared(sql);
    } catch (err) {
      error = engineError(err, placement);
    }
    expect(error?.position).toMatchObject({ line: 1, column: 8 });
  });

  it('reports lines and columns of multi-line, commented and non-ASCII queries', async () => {
    const multi = await runConsole('-- per kabupaten\n\nSELECT name,\n  nosuch\nFROM regencies');
    expect(multi.ok ? null : multi.error?.position).toMatchObject({ line: 4, column: 3, lineText: '  nosuch' });
    const unicode = await runConsole('SELECT \'é😀\' AS "ü", nosuch FROM regencies');
    expect(unicode.ok ? null : unicode.error?.position).toMatchObject({ line: 1, column: 21 });
    const syntax = await runConsole('SELECT name\nFRM regencies');
    expect(syntax).toMatchObject({ ok: false, reason: 'syntax_error' });
    expect(syntax.ok ? null : syntax.error).toMatchObject({
      type: 'Parser',
      message: 'syntax error at or near "regencies"',
      position: { line: 2, column: 5 },
    });
    const explain = await runConsole('EXPLAIN SELECT nosuch FROM sites');
    expect(explain.ok ? null : explain.error?.position).toMatchObject({ line: 1, column: 16 });
  });

  it('reads DuckDB’s plain and JSON error texts', () => {
    expect(parseEngineError('Binder Error: Referenced column "x" not found\n\nLINE 1: SELECT x\n       ^')).toEqual({
      type: 'Binder',
      message: 'Referenced column "x" not found',
      bytePos: null,
    });
    expect(
      parseEngineError('Parser Error: {"exception_type":"Parser","exception_message":"syntax error","position":"13"}'),
    ).toEqual({ type: 'Parser', message: 'syntax error', bytePos: 13 });
  });

  it('lists the table functions and tables of a JSON plan', () => {
    const plan = JSON.stringify([
      {
        name: 'HASH_JOIN',
        children: [
          { name: 'READ_CSV ', extra_info: { Function: 'READ_CSV' }, children: [] },
          { name: 'SEQ_SCAN ', extra_info: { Table: 'sites' }, children: [] },
        ],
      },
    ]);
    expect(planReads(plan)).toEqual({ functions: ['READ_CSV'], tables: ['sites'] });
  });
});

describe('engine lockdown (without the gate)', () => {
  const fails = (sql: string) => {
    try {
      check(sql);
    } catch (e) {
      return String((e as Error).message);
    }
    throw new Error(`engine accepted: ${sql}`);
  };

  it('is idempotent and ends with the lock', async () => {
    expect(await applyLockdown(check)).toBe('already-locked');
    expect(CONSOLE_LOCKDOWN_SQL[CONSOLE_LOCKDOWN_SQL.length - 1]).toBe('SET lock_configuration = true');
  });

  it('refuses files, URLs, ATTACH, COPY, EXPORT, LOAD and every SET', () => {
    const blocked = /Permission Error: .*disabled by configuration/;
    expect(fails("COPY (SELECT 1) TO 'x.csv'")).toMatch(blocked);
    expect(fails("ATTACH 'x.db' AS x")).toMatch(blocked);
    expect(fails("SELECT * FROM read_csv('http://example.com/x.csv')")).toMatch(blocked);
    expect(fails("SELECT * FROM read_text('/etc/passwd')")).toMatch(blocked);
    expect(fails("EXPORT DATABASE 'dump'")).toMatch(blocked);
    expect(fails('LOAD httpfs')).toMatch(/Loading external extensions is disabled/);
    expect(fails('SET enable_external_access = true')).toMatch(/configuration has been locked/);
    expect(fails('RESET lock_configuration')).toMatch(/configuration has been locked/);
  });

  it('refuses writes inside a READ ONLY transaction', () => {
    for (const sql of ["UPDATE regencies SET name = 'X'", 'DROP TABLE regencies', 'CREATE TABLE t AS SELECT 1']) {
      check('BEGIN TRANSACTION READ ONLY');
      try {
        expect(fails(sql), sql).toMatch(/read-only mode/);
      } finally {
        check('ROLLBACK');
      }
    }
  });
});

describe('helpers', () => {
  it('clamps the row limit', () => {
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
