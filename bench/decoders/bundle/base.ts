// Bundle-size baseline: what the app already pays for DuckDB-WASM's JS API (incl. its apache-arrow) and an
// Arrow insert. The decoder entries add one candidate to this; the benchmark reports the difference.
import * as duckdb from '@duckdb/duckdb-wasm';

export async function insertIPC(db: duckdb.AsyncDuckDB, ipc: Uint8Array): Promise<number> {
  const conn = await db.connect();
  await conn.insertArrowFromIPCStream(ipc, { name: 'site_daily', create: true });
  const r = await conn.query('SELECT count(*) AS n FROM site_daily');
  return Number(r.toArray()[0]?.n);
}

// An app build drops unused exports: keep the entry alive the way an app would, by using it.
(globalThis as Record<string, unknown>).__benchBase = { insertIPC, AsyncDuckDB: duckdb.AsyncDuckDB };
