// DuckDB-WASM's Node build (the same engine as the browser) behind the DataEngine interface: used by unit tests
// (fixture rows) and by the publish step (snapshot of first-view results over the published CSV files).
import { createRequire } from 'node:module';
import path from 'node:path';
import { batchRows, batchSql } from '../../src/data/batch-sql.ts';
import { CONTRACT, type DatasetId } from '../../src/data/contract.ts';
import type { DataEngine, QueryRequest } from '../../src/data/engine-types.ts';
import { csvFileName, LOCKDOWN_SQL, readCsvSql, replaceFromStageSql } from '../../src/data/load-sql.ts';
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
  /**
   * Loads a contract dataset from a published Parquet file as the browser does (src/data/parquet.ts → Arrow IPC →
   * staging table → replaceFromStageSql). Under tsx, call ensureParquetInNode() (scripts/validate.ts) first.
   * A dataset published in parts (manifest.ts loadedParts) passes every part: their rows make one table.
   */
  loadParquet(id: DatasetId, bytes: Uint8Array | readonly Uint8Array[], fileName?: string): Promise<void>;
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
  const refreshRollups = (requests: readonly QueryRequest[]) => {
    if (rollupsStale && requests.some((r) => r.tables.some(isRollupId))) {
      for (const id of ROLLUP_IDS) conn.query(createRollupSql(id));
      rollupsStale = false;
    }
  };
  return {
    load: (id, rows) => loadCsvText(id, fixtureCsv(id, rows)),
    loadCsvText,
    async loadParquet(id, bytes, fileName) {
      // Imported here: parquet.ts imports its wasm with Vite's `?url`, which plain Node resolves only after the hook.
      const { parquetToIPCStreams } = await import('../../src/data/parquet.ts');
      const stage = `__stage_${id}`;
      conn.query(`DROP TABLE IF EXISTS "${stage}"`);
      let create = true;
      for (const part of bytes instanceof Uint8Array ? [bytes] : bytes) {
        for (const ipc of await parquetToIPCStreams(part, fileName)) {
          conn.insertArrowFromIPCStream(ipc, { name: stage, create });
          create = false;
        }
      }
      for (const sql of replaceFromStageSql(id, stage)) conn.query(sql);
      rollupsStale = true;
    },
    sql: (sql) => arrowToRows(conn.query(sql)),
    async run(request: QueryRequest) {
      refreshRollups([request]);
      const stmt = conn.prepare(request.sql);
      try {
        return arrowToRows(stmt.query(...request.params));
      } finally {
        stmt.close();
      }
    },
    // The browser's one-statement batch (src/data/batch-sql.ts), so that tests check the same SQL and decoding.
    async runBatch(requests: readonly QueryRequest[]) {
      if (requests.length === 0) return [];
      refreshRollups(requests);
      const batch = batchSql(requests);
      const stmt = conn.prepare(batch.sql);
      try {
        return batchRows(stmt.query(...batch.params), requests.length);
      } finally {
        stmt.close();
      }
    },
  };
}
