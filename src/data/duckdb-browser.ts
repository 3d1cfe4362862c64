// The one module that owns DuckDB-WASM in the browser: a lazily created database in a Web Worker, loaded from
// our own origin (Vite ?url imports), tables loaded on demand from the manifest, a narrow run(sql, params).
import type * as duckdb from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import type { DatasetId } from './contract.ts';
import { dataUrl } from './data-url.ts';
import type { DataEngine, DatasetFailure, EngineStatus, QueryRequest } from './engine-types.ts';
import { csvFileName, deleteRefusedRowsSql, insertFromStageSql, LOCKDOWN_SQL, readCsvSql } from './load-sql.ts';
import { type Manifest, type ManifestDataset, preferredFile } from './manifest.ts';
import {
  isRollupId,
  parseRollupIndex,
  publishedRollup,
  ROLLUP_IDS,
  ROLLUP_SOURCES,
  type RollupId,
  type RollupIndexJson,
  type TableId,
} from './rollups.ts';
import { arrowToRows, type Row } from './rows.ts';
import { parseSnapshot, type SnapshotIndex } from './snapshot.ts';
import { createStore } from './status-store.ts';

export const engineStatus = createStore<EngineStatus>({ state: 'idle' });

let dbPromise: Promise<{ db: duckdb.AsyncDuckDB; conn: duckdb.AsyncDuckDBConnection }> | null = null;
const tableLoads = new Map<string, Promise<void>>();
const failures = new Map<DatasetId, DatasetFailure>();
let currentManifest: Manifest | null = null;

function openDatabase() {
  if (!dbPromise) {
    dbPromise = (async () => {
      // DuckDB's JS API (and Apache Arrow) load as their own chunk: the first paint does not wait for them.
      const { AsyncDuckDB, VoidLogger } = await import('@duckdb/duckdb-wasm');
      const worker = new Worker(ehWorker, { type: 'classic' });
      const db = new AsyncDuckDB(new VoidLogger(), worker);
      await db.instantiate(ehWasm);
      await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
      const conn = await db.connect();
      for (const sql of LOCKDOWN_SQL) await conn.query(sql);
      return { db, conn };
    })();
    dbPromise.catch(() => {
      dbPromise = null; // a later call may retry
    });
  }
  return dbPromise;
}

/** Data files are fetched with their hash in the URL: caches (HTTP, service worker) key them by version. */
async function fetchBytes(path: string, sha256: string): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(`${dataUrl(path)}?v=${sha256.slice(0, 16)}`);
  } catch {
    throw new Error('server data tidak dapat dihubungi (jaringan terputus?)');
  }
  if (!res.ok) throw new Error(`HTTP ${res.status} untuk ${path}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** Decodes Parquet files (in order) into one staging table. */
async function parquetIntoStage(
  conn: duckdb.AsyncDuckDBConnection,
  files: readonly Uint8Array[],
  names: readonly string[],
  stage: string,
): Promise<void> {
  const { parquetToIPCStreams } = await import('./parquet.ts');
  await conn.query(`DROP TABLE IF EXISTS "${stage}"`);
  let first = true;
  for (const [f, bytes] of files.entries()) {
    for (const ipc of await parquetToIPCStreams(bytes, names[f])) {
      await conn.insertArrowFromIPCStream(ipc, { name: stage, create: first });
      first = false;
    }
  }
}

let rollupIndexPromise: Promise<RollupIndexJson | null> | null = null;

/** public/data/rollups.json: the published rollup files (absent or broken: rollups are computed here instead). */
export function preloadRollupIndex(): Promise<RollupIndexJson | null> {
  if (!rollupIndexPromise) {
    rollupIndexPromise = fetch(dataUrl('rollups.json'), { cache: 'no-cache' })
      .then((res) => (res.ok ? res.json() : null))
      .then(parseRollupIndex)
      .catch(() => null);
  }
  return rollupIndexPromise;
}

/**
 * A rollup of the telemetry (src/data/rollups.ts): its published files when they were computed from the manifest's
 * current source files, else computed here from the datasets (same SQL, same figures, slower).
 */
async function loadRollup(manifest: Manifest, id: RollupId): Promise<void> {
  const { conn } = await openDatabase();
  const { createRollupSql, rollupFromStageSql } = await import('./rollups-sql.ts');
  // Published rollups were computed from the files as published: when rows of a source were refused at load, the
  // rollup is computed here from what did load instead.
  const refusedSource = ROLLUP_SOURCES[id].some((s) => failures.get(s)?.refusedRows !== undefined);
  const files = refusedSource ? null : publishedRollup(await preloadRollupIndex(), manifest, id);
  if (files) {
    try {
      const bytes = await Promise.all(files.map((f) => fetchBytes(f.path, f.sha256)));
      const stage = `__stage_${id}`;
      await parquetIntoStage(
        conn,
        bytes,
        files.map((f) => f.path),
        stage,
      );
      for (const sql of rollupFromStageSql(id, stage)) await conn.query(sql);
      return;
    } catch {
      // A missing or unreadable rollup file is not fatal: the same table is computed from the datasets below.
    }
  }
  await ensureTables(manifest, ROLLUP_SOURCES[id]);
  await conn.query(createRollupSql(id));
}

async function loadDataset(d: ManifestDataset): Promise<void> {
  const { db, conn } = await openDatabase();
  const file = preferredFile(d);
  // The contract check of the published file runs in its own worker while the table loads; a file that fails it
  // is refused like a file that cannot be read (src/data/published-validation.ts) — except rows naming a value
  // their vocabulary lacks (a programme missing from programmes.csv): those rows are deleted, the rest loads, and
  // the failure list names the values.
  const manifest = currentManifest;
  const checked = manifest
    ? import('./published-validation.ts').then(({ checkPublishedFile }) => checkPublishedFile(manifest, d.id))
    : Promise.resolve(null);
  checked.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
  try {
    const bytes = await fetchBytes(file.path, file.sha256);
    if (file.format === 'csv') {
      await db.registerFileBuffer(csvFileName(d.id), bytes);
      await conn.query(readCsvSql(d.id));
      await db.dropFile(csvFileName(d.id));
    } else {
      const stage = `__stage_${d.id}`;
      await parquetIntoStage(conn, [bytes], [file.path], stage);
      for (const sql of insertFromStageSql(d.id, stage)) await conn.query(sql);
    }
    const refusal = await checked;
    if (refusal) {
      for (const { column, values } of refusal.refused) {
        if (values.length === 0) continue;
        const stmt = await conn.prepare(deleteRefusedRowsSql(d.id, column, values.length));
        try {
          await stmt.query(...values);
        } finally {
          await stmt.close();
        }
      }
      failures.set(d.id, { dataset: d.id, file: file.path, message: refusal.message, refusedRows: refusal.rows });
      publishFailures();
      // Rollups loaded from the published files still hold the refused rows: computed again on next use.
      for (const key of [...tableLoads.keys()]) {
        const rollup = key.slice(0, key.indexOf(':'));
        if (isRollupId(rollup) && ROLLUP_SOURCES[rollup].includes(d.id)) tableLoads.delete(key);
      }
    } else if (failures.delete(d.id)) publishFailures();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    failures.set(d.id, { dataset: d.id, file: file.path, message });
    publishFailures();
    throw new Error(`Berkas ${file.path} gagal dimuat: ${message}`);
  }
}

/** Once the engine is ready, the banner lists the files failing now: a file loaded on retry leaves the list. */
function publishFailures(): void {
  if (engineStatus.get().state === 'ready') engineStatus.set({ state: 'ready', failures: [...failures.values()] });
}

/** Loads (once per file version) the tables a query needs. */
export function ensureTables(manifest: Manifest, ids: readonly TableId[]): Promise<unknown> {
  return Promise.all(
    ids.map((id) => {
      if (isRollupId(id)) {
        // Keyed by the source files: a new export of any source makes a new rollup.
        const sources = ROLLUP_SOURCES[id].map((s) => {
          const d = manifest.datasets.find((x) => x.id === s);
          return `${s}:${d ? preferredFile(d).sha256 : '-'}`;
        });
        const key = `${id}:${sources.join(',')}`;
        let p = tableLoads.get(key);
        if (!p) {
          p = loadRollup(manifest, id);
          tableLoads.set(key, p);
          p.catch(() => tableLoads.delete(key));
        }
        return p;
      }
      const d = manifest.datasets.find((x) => x.id === id);
      if (!d) return Promise.reject(new Error(`Dataset "${id}" tidak ada di manifest.json`));
      const key = `${id}:${preferredFile(d).sha256}`;
      let p = tableLoads.get(key);
      if (!p) {
        p = loadDataset(d);
        tableLoads.set(key, p);
        p.catch(() => tableLoads.delete(key)); // retry on the next request
      }
      return p;
    }),
  );
}

/** Starts the engine and loads every dataset of the manifest, reporting progress; panels do not wait for all. */
let startedVersion: string | null = null;

export async function startEngine(manifest: Manifest): Promise<void> {
  currentManifest = manifest;
  if (startedVersion === manifest.version) return; // idempotent: polling the same manifest reloads nothing
  startedVersion = manifest.version;
  const total = manifest.datasets.length;
  engineStatus.set({ state: 'loading', phase: 'engine', done: 0, total });
  try {
    await openDatabase();
  } catch (err) {
    startedVersion = null;
    engineStatus.set({ state: 'failed', message: err instanceof Error ? err.message : String(err) });
    return;
  }
  void preloadRollupIndex();
  let done = 0;
  // Small reference tables first: the first panels need them. The rollups of the telemetry (what the panels read)
  // come before the raw telemetry, the largest file.
  const order = [...manifest.datasets].sort((a, b) => a.row_count - b.row_count);
  for (const d of order) {
    if (d.id === 'site_daily') await ensureTables(manifest, ROLLUP_IDS).catch(() => undefined);
    engineStatus.set({ state: 'loading', phase: 'data', done, total, file: preferredFile(d).path });
    await ensureTables(manifest, [d.id]).catch(() => undefined);
    done += 1;
  }
  if (startedVersion === manifest.version) engineStatus.set({ state: 'ready', failures: [...failures.values()] });
}

/** The manifest the engine currently serves (null before start). */
export function engineManifest(): Manifest | null {
  return currentManifest;
}

/**
 * Direct access to the database for the few data-layer modules that need more than run(): user uploads
 * (src/data/user-tables.ts) and the SQL console (src/data/sql-console.ts). Not for panels.
 */
export async function withDatabase<T>(
  fn: (db: duckdb.AsyncDuckDB, conn: duckdb.AsyncDuckDBConnection) => Promise<T>,
): Promise<T> {
  const { db, conn } = await openDatabase();
  return fn(db, conn);
}

/** Figures for the wall soak benchmark: DuckDB's own memory use. */
export async function engineMemoryBytes(): Promise<number | null> {
  if (!dbPromise) return null;
  const { conn } = await dbPromise;
  const t = await conn.query('SELECT CAST(sum(memory_usage_bytes) AS DOUBLE) AS bytes FROM duckdb_memory()');
  return Number(arrowToRows(t)[0]?.bytes ?? 0);
}

let snapshotPromise: Promise<SnapshotIndex | null> | null = null;

/** Fetches the precomputed first-view results (public/data/snapshot.json); a missing or broken file is ignored. */
export function preloadSnapshot(): Promise<SnapshotIndex | null> {
  if (!snapshotPromise) {
    snapshotPromise = fetch(dataUrl('snapshot.json'), { cache: 'no-cache' })
      .then((res) => (res.ok ? res.json() : null))
      .then(parseSnapshot)
      .catch(() => null);
  }
  return snapshotPromise;
}

/** Starts instantiating DuckDB at once (in its worker) so that it is ready sooner; errors surface on first use. */
export function preloadEngine(): void {
  openDatabase().catch(() => undefined);
}

export const browserEngine: DataEngine = {
  async run(request: QueryRequest): Promise<Row[]> {
    if (!currentManifest) throw new Error('Mesin data belum dimulai');
    const snapshot = await preloadSnapshot();
    // A table whose file failed to load or failed its contract check is never answered from the snapshot either.
    const tablesOk = !request.tables.some((t) => !isRollupId(t) && failures.has(t));
    const precomputed = tablesOk ? snapshot?.lookup(currentManifest.version, request) : undefined;
    if (precomputed) return precomputed;
    await ensureTables(currentManifest, request.tables);
    const { conn } = await openDatabase();
    const stmt = await conn.prepare(request.sql);
    try {
      const result = await stmt.query(...request.params);
      return arrowToRows(result);
    } finally {
      await stmt.close();
    }
  },
};
