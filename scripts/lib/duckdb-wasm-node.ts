// DuckDB-WASM's Node build (the same engine as the browser) behind the DataEngine interface: used by unit tests
// (fixture rows) and by the publish step (snapshot of first-view results over the published CSV files).
import { createRequire } from 'node:module';
import path from 'node:path';
import { CONTRACT, type DatasetId } from '../../src/data/contract.ts';
import type { DataEngine, QueryRequest } from '../../src/data/engine-types.ts';
import { csvFileName, LOCKDOWN_SQL, readCsvSql } from '../../src/data/load-sql.ts';
import { isRollupId, ROLLUP_IDS } from '../../src/data/rollups.ts';
import { createRollupSql } from '../../src/data/rollups-sql.ts';
import { arrowToRows, type Cell, type Row } from '../../src/data/rows.ts';

const require = createRequire(import.meta.url);
// biome-ignore lint/suspicious/noExplicitAny: the CJS build ships loose types
const duckdb: any = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');

export interface NodeWasmEngine extends DataEngine {
  /** Loads a contract dataset from row objects (missing keys become NULL). */
  load(id: DatasetId, rows: readonly Record<string, Cell>[]): void;
  /** Loads a contract dataset from CSV text (the published CSV twin). */
  loadCsvText(id: DatasetId, text: string): void;
  sql(sql: string): Row[];
}

function csvCell(v: Cell | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** CSV text for a contract dataset from row objects. */
export function fixtureCsv(id: DatasetId, rows: readonly Record<string, Cell>[]): string {
  const names = CONTRACT[id].columns.map((c) => c.name);
  return [names.join(','), ...rows.map((r) => names.map((n) => csvCell(r[n])).join(','))].join('\n');
}

export async function createNodeWasmEngine(): Promise<NodeWasmEngine> {
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
  const bundles = {
    mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const conn = db.connect();
  for (const sql of LOCKDOWN_SQL) conn.query(sql);

  // As in the browser without published rollups: a rollup a request names is computed from the loaded datasets
  // (again after any dataset is reloaded).
  let rollupsStale = true;
  const loadCsvText = (id: DatasetId, text: string) => {
    db.registerFileText(csvFileName(id), text);
    conn.query(readCsvSql(id));
    db.dropFile(csvFileName(id));
    rollupsStale = true;
  };
  return {
    load: (id, rows) => loadCsvText(id, fixtureCsv(id, rows)),
    loadCsvText,
    sql: (sql) => arrowToRows(conn.query(sql)),
    async run(request: QueryRequest) {
      if (rollupsStale && request.tables.some(isRollupId)) {
        for (const id of ROLLUP_IDS) conn.query(createRollupSql(id));
        rollupsStale = false;
      }
      const stmt = conn.prepare(request.sql);
      try {
        return arrowToRows(stmt.query(...request.params));
      } finally {
        stmt.close();
      }
    },
  };
}
