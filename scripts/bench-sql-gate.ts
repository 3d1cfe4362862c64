// What the SQL console's gate costs (docs/decisions.md, "SQL console gate"): DuckDB's lexer, parser and planner
// (tokenize + getTableNames + EXPLAIN (FORMAT JSON) of the wrapped query, in a rolled-back READ ONLY transaction)
// against running the query itself, in DuckDB-WASM's Node build over the published CSV twins in public/data.
// Prints figures; asserts nothing. Run: npx tsx scripts/bench-sql-gate.ts
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { csvFileName, LOCKDOWN_SQL, readCsvSql } from '../src/data/load-sql.ts';
import { arrowToRows } from '../src/data/rows.ts';
import { type ConsoleEngine, checkStatement, consoleSql } from '../src/data/sql-console-gate.ts';
import { applyLockdown, CONSOLE_SESSION_SQL } from '../src/data/sql-console-lockdown.ts';

const require = createRequire(import.meta.url);
// biome-ignore lint/suspicious/noExplicitAny: the CJS build ships loose types
const duckdb: any = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');

const STATEMENTS = [
  'SELECT count(*) FROM sites',
  `SELECT r.name AS kabupaten_kota, count(s.site_id) AS titik FROM regencies r
   LEFT JOIN villages v ON v.regency_code = r.regency_code LEFT JOIN sites s ON s.village_code = v.village_code
   GROUP BY r.name ORDER BY titik DESC`,
  'SELECT site_id, CASE WHEN status = \'active\' THEN 1 ELSE 0 END AS "end" FROM sites QUALIFY row_number() OVER (PARTITION BY village_code ORDER BY site_id) = 1',
  'PIVOT sites ON technology USING count(*) GROUP BY status',
  'SUMMARIZE villages',
  'DESCRIBE sites',
  "ATTACH ':memory:' AS m",
  'SELECT nosuch FROM sites',
];
const ROUNDS = 30;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
const db = await duckdb.createDuckDB(
  {
    mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') },
  },
  new duckdb.VoidLogger(),
  duckdb.NODE_RUNTIME,
);
await db.instantiate();
db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
const admin = db.connect();
for (const sql of LOCKDOWN_SQL) admin.query(sql);
for (const id of ['regencies', 'villages', 'sites'] as const) {
  db.registerFileText(csvFileName(id), readFileSync(`public/data/${id}.csv`, 'utf8'));
  admin.query(readCsvSql(id));
  db.dropFile(csvFileName(id));
}
const session = db.connect();
for (const sql of CONSOLE_SESSION_SQL) session.query(sql);
await applyLockdown((sql) => arrowToRows(admin.query(sql)));
const engine: ConsoleEngine = {
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
const n = (sql: string) => Number(arrowToRows(admin.query(sql))[0]?.n);
console.log(
  `tables: sites ${n('SELECT count(*) AS n FROM sites')}, villages ${n('SELECT count(*) AS n FROM villages')} rows`,
);
for (const text of STATEMENTS) {
  const gateMs: number[] = [];
  const runMs: number[] = [];
  let verdict = '';
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    const gate = await checkStatement(text, engine);
    gateMs.push(performance.now() - t0);
    verdict = gate.ok ? gate.kind : gate.reason;
    if (!gate.ok) continue;
    const { sql } = consoleSql(gate, text, 1000);
    const t1 = performance.now();
    session.query('BEGIN TRANSACTION READ ONLY');
    try {
      session.query(sql);
    } finally {
      session.query('ROLLBACK');
    }
    runMs.push(performance.now() - t1);
  }
  const label = text.replace(/\s+/g, ' ').slice(0, 60);
  console.log(
    `${label.padEnd(60)} ${verdict.padEnd(12)} gate median ${median(gateMs).toFixed(2)} ms` +
      (runMs.length ? `, run median ${median(runMs).toFixed(2)} ms` : ''),
  );
}
