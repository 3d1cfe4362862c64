// The one module that owns DuckDB-WASM in the browser: a lazily created database in a Web Worker, loaded from
// our own origin (Vite ?url imports), tables loaded on demand from the manifest, a narrow run(sql, params).
import type * as duckdb from '@duckdb/duckdb-wasm';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import { batchRows, batchSql } from './batch-sql.ts';
import type { DatasetId } from './contract.ts';
import { dataUrl } from './data-url.ts';
import {
  type DataEngine,
  type DatasetFailure,
  type EngineStatus,
  type QueryRequest,
  REFUSED_FILE_ERROR,
} from './engine-types.ts';
import { csvFileName, deleteRefusedRowsSql, LOCKDOWN_SQL, readCsvSql, replaceFromStageSql } from './load-sql.ts';
import { contentKey, loadedParts, type Manifest, type ManifestDataset, preferredFile } from './manifest.ts';
import {
  isRollupId,
  ON_DEMAND_DATASETS,
  parseRollupIndex,
  publishedRollup,
  ROLLUP_IDS,
  ROLLUP_SOURCES,
  type RollupId,
  type RollupIndexJson,
  type TableId,
} from './rollups.ts';
import { arrowToRows, type Cell, type Row } from './rows.ts';
import { sha256Hex } from './sha256.ts';
import { parseSnapshot, type SnapshotIndex } from './snapshot.ts';
import { createStore } from './status-store.ts';

export const engineStatus = createStore<EngineStatus>({ state: 'idle' });

let dbPromise: Promise<{ db: duckdb.AsyncDuckDB; conn: duckdb.AsyncDuckDBConnection }> | null = null;
/**
 * The load of each table (dataset or rollup), with the identity of the content it loads. One entry per table: a new
 * version replaces the entry, and going back to an earlier version loads that version's rows again.
 */
const tableLoads = new Map<TableId, { key: string; promise: Promise<void> }>();
/** Staging tables get a fresh name per load: two versions of one dataset may load at the same time. */
let stageSeq = 0;
const stageName = (id: TableId) => `__stage_${id}_${++stageSeq}`;
/** True while `key` is still the wanted version of table `id` (a superseded load never replaces the table). */
const stillWanted = (id: TableId, key: string) => tableLoads.get(id)?.key === key;
const failures = new Map<DatasetId, DatasetFailure>();
/** The content key of each dataset's table as it is now: its last good version, kept when a newer file fails. */
const loadedKeys = new Map<DatasetId, string>();
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

/**
 * Data files are fetched with their hash in the URL, so the bytes behind a URL never change: the HTTP cache answers
 * without asking the server (force-cache) and the service worker's CacheFirst rule (vite.config.ts) likewise. The
 * bytes are checked against the manifest's sha256 where the platform can hash (crypto.subtle): the contract check is
 * reused across loads by that hash (published-validation.ts), so these must be the bytes it judged. A mismatch (a
 * stale or damaged cache entry, or a file replaced without `npm run data:manifest`) is fetched once more past every
 * cache before the file is refused.
 */
async function fetchBytes(path: string, sha256: string): Promise<Uint8Array> {
  const url = `${dataUrl(path)}?v=${sha256.slice(0, 16)}`;
  const load = async (cache: RequestCache): Promise<Uint8Array> => {
    let res: Response;
    try {
      res = await fetch(url, { cache });
    } catch {
      throw new Error('server data tidak dapat dihubungi (jaringan terputus?)');
    }
    if (!res.ok) throw new Error(`HTTP ${res.status} untuk ${path}`);
    return new Uint8Array(await res.arrayBuffer());
  };
  let bytes = await load('force-cache');
  let got = await sha256Hex(bytes);
  if (got === null || got === sha256) return bytes;
  if (typeof caches !== 'undefined') {
    // The service worker would answer from its cache again, whatever the request's cache mode.
    for (const name of await caches.keys().catch(() => []))
      await (await caches.open(name)).delete(url).catch(() => false);
  }
  bytes = await load('reload');
  got = await sha256Hex(bytes);
  if (got === null || got === sha256) return bytes;
  throw new Error(
    `${path}: isi berkas tidak sama dengan sha256 di manifest.json, berkas tidak dapat dibaca sebagaimana diterbitkan ` +
      `(terpotong, rusak, atau diganti tanpa menjalankan npm run data:manifest?)`,
  );
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
async function loadRollup(manifest: Manifest, id: RollupId, key: string): Promise<void> {
  const { conn } = await openDatabase();
  const { createRollupSql, rollupFromStageSql } = await import('./rollups-sql.ts');
  // Published rollups were computed from the files as published: when rows of a source were refused at load, the
  // rollup is computed here from what did load instead.
  const refusedSource = ROLLUP_SOURCES[id].some((s) => failures.get(s)?.refusedRows !== undefined);
  const files = refusedSource ? null : publishedRollup(await preloadRollupIndex(), manifest, id);
  if (files) {
    const stage = stageName(id);
    try {
      const bytes = await Promise.all(files.map((f) => fetchBytes(f.path, f.sha256)));
      await parquetIntoStage(
        conn,
        bytes,
        files.map((f) => f.path),
        stage,
      );
      if (!stillWanted(id, key)) return void (await dropStage(conn, stage));
      // One statement replaces the table (rollups-sql.ts): queries see the old rollup or the new one.
      for (const sql of rollupFromStageSql(id, stage)) await conn.query(sql);
      return;
    } catch {
      // A missing or unreadable rollup file is not fatal: the same table is computed from the datasets below.
      await dropStage(conn, stage);
    }
  }
  await ensureTables(manifest, ROLLUP_SOURCES[id]);
  if (stillWanted(id, key)) await conn.query(createRollupSql(id));
}

async function dropStage(conn: duckdb.AsyncDuckDBConnection, stage: string): Promise<void> {
  await conn.query(`DROP TABLE IF EXISTS "${stage}"`).catch(() => undefined);
}

/**
 * Loads a dataset's published files (every part, see manifest.ts loadedParts) into a staging table, waits for the
 * contract check of those files, takes out the rows it refused, and only then replaces the dataset's table in one
 * statement. So a query never sees an empty or half-filled table, nor rows the check refuses; a file that fails the
 * check never replaces the table on screen (the last good version stays, and the failure list names the file).
 */
async function loadDataset(manifest: Manifest, d: ManifestDataset, key: string): Promise<void> {
  const { db, conn } = await openDatabase();
  const parts = loadedParts(d);
  const file = parts[0] as (typeof parts)[number];
  // The contract check of the published files runs in its own worker while the files load; rows naming a value
  // their vocabulary lacks (a programme missing from programmes.csv) are deleted, the rest loads, and the failure
  // list names the values (src/data/published-validation.ts).
  const checked = import('./published-validation.ts').then(({ checkPublishedFile }) =>
    checkPublishedFile(manifest, d.id),
  );
  checked.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
  const stage = stageName(d.id);
  try {
    const bytes = await Promise.all(parts.map((f) => fetchBytes(f.path, f.sha256)));
    if (file.format === 'csv') {
      for (const [i, b] of bytes.entries()) await db.registerFileBuffer(csvFileName(d.id, i), b);
      try {
        await conn.query(readCsvSql(d.id, { into: stage, parts: parts.length }));
      } finally {
        for (const i of bytes.keys()) await db.dropFile(csvFileName(d.id, i));
      }
    } else {
      await parquetIntoStage(
        conn,
        bytes,
        parts.map((f) => f.path),
        stage,
      );
    }
    const refusal = await checked;
    if (refusal) {
      for (const { column, values } of refusal.refused) {
        if (values.length === 0) continue;
        const stmt = await conn.prepare(deleteRefusedRowsSql(d.id, column, values.length, stage));
        try {
          await stmt.query(...values);
        } finally {
          await stmt.close();
        }
      }
    }
    if (!stillWanted(d.id, key)) return void (await dropStage(conn, stage)); // a newer version took over
    for (const sql of replaceFromStageSql(d.id, stage)) await conn.query(sql);
    loadedKeys.set(d.id, key);
    if (refusal) {
      failures.set(d.id, { dataset: d.id, file: file.path, message: refusal.message, refusedRows: refusal.rows });
      publishFailures();
      // Rollups loaded from the published files still hold the refused rows: computed again on next use.
      for (const [rollup] of [...tableLoads]) {
        if (isRollupId(rollup) && ROLLUP_SOURCES[rollup].includes(d.id)) tableLoads.delete(rollup);
      }
    } else if (failures.delete(d.id)) publishFailures();
  } catch (err) {
    await dropStage(conn, stage);
    const message = err instanceof Error ? err.message : String(err);
    // Refused by the contract check (or bytes unlike the manifest's sha256), rather than not fetched: the file itself.
    const refused = await checked.then(
      () => false,
      (e: unknown) => e instanceof Error && e.name === REFUSED_FILE_ERROR,
    );
    const lastGood = loadedKeys.has(d.id) && stillWanted(d.id, key);
    failures.set(d.id, {
      dataset: d.id,
      file: file.path,
      message,
      ...(refused ? { refused } : {}),
      ...(lastGood ? { lastGood } : {}),
    });
    publishFailures();
    // A table already holds a good version (a republished file failed): that version keeps answering every query,
    // on every page, and the failure list names the file. A refused file stays refused for this manifest; any other
    // failure (network) is tried again on the next request.
    if (lastGood) {
      if (!refused && stillWanted(d.id, key)) tableLoads.delete(d.id);
      return;
    }
    throw new Error(`Berkas ${file.path} gagal dimuat: ${message}`);
  }
}

/** Once the engine is ready, the banner lists the files failing now: a file loaded on retry leaves the list. */
function publishFailures(): void {
  if (engineStatus.get().state === 'ready') engineStatus.set({ state: 'ready', failures: [...failures.values()] });
}

/**
 * Loads (once per content version) the tables a query needs. A table whose wanted version changes is loaded again
 * beside the one on screen and swapped in when ready (loadDataset); its earlier load is forgotten.
 */
export function ensureTables(manifest: Manifest, ids: readonly TableId[]): Promise<unknown> {
  return Promise.all(
    ids.map((id) => {
      let key: string;
      let load: (key: string) => Promise<void>;
      if (isRollupId(id)) {
        // Keyed by the source files: a new export of any source makes a new rollup.
        key = ROLLUP_SOURCES[id]
          .map((s) => {
            const d = manifest.datasets.find((x) => x.id === s);
            return `${s}:${d ? contentKey(d) : '-'}`;
          })
          .join(',');
        load = (k) => loadRollup(manifest, id, k);
      } else {
        const d = manifest.datasets.find((x) => x.id === id);
        if (!d) return Promise.reject(new Error(`Dataset "${id}" tidak ada di manifest.json`));
        key = contentKey(d);
        load = (k) => loadDataset(manifest, d, k);
      }
      const current = tableLoads.get(id);
      if (current?.key === key) return current.promise;
      const entry = { key, promise: load(key) };
      tableLoads.set(id, entry);
      entry.promise.catch(() => {
        if (tableLoads.get(id) === entry) tableLoads.delete(id); // retry on the next request
      });
      return entry.promise;
    }),
  );
}

/**
 * Starts the engine and loads the datasets and cubes the views read, reporting progress; panels do not wait for all.
 * Raw telemetry (ON_DEMAND_DATASETS) is not loaded here: it loads when a query names it (ensureTables), so neither
 * the overview nor the explore tables wait for raw site_daily. The cubes come last, the drill-down's monthly one
 * after those the overview reads (ROLLUP_IDS order).
 */
let startedVersion: string | null = null;

export async function startEngine(manifest: Manifest): Promise<void> {
  currentManifest = manifest;
  if (startedVersion === manifest.version) return; // idempotent: polling the same manifest reloads nothing
  startedVersion = manifest.version;
  // Small reference tables first (the first panels need them), then the cubes of the telemetry.
  const datasets = manifest.datasets
    .filter((d) => !ON_DEMAND_DATASETS.includes(d.id))
    .sort((a, b) => a.row_count - b.row_count);
  const total = datasets.length + ROLLUP_IDS.length;
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
  const steps: [TableId, string][] = [
    ...datasets.map((d): [TableId, string] => [d.id, preferredFile(d).path]),
    ...ROLLUP_IDS.map((id): [TableId, string] => [id, `rollups/${id}.parquet`]),
  ];
  for (const [id, file] of steps) {
    engineStatus.set({ state: 'loading', phase: 'data', done, total, file });
    await ensureTables(manifest, [id]).catch(() => undefined);
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

// ---------- the engine's door for views (src/coordinator/coordinator.ts is its caller) ----------

/** Statements sent to the worker and the queries in them, for the benchmark (window.__jdacEngine). */
export const engineTraffic = { statements: 0, queries: 0 };
if (typeof window !== 'undefined') (window as { __jdacEngine?: typeof engineTraffic }).__jdacEngine = engineTraffic;

const requestKey = (r: QueryRequest) => `${r.sql}\u0000${JSON.stringify(r.params)}`;

/** Rows answered from snapshot.json (by identity), and per request until the engine has answered it as well. */
const precomputedRows = new WeakSet<readonly Row[]>();
const awaitingCheck = new Map<string, Row[]>();

export interface FirstPaintMismatch {
  sql: string;
  params: readonly Cell[];
  tables: readonly TableId[];
}

/** Requests whose rows from the engine differed from the snapshot's: the status banner lists them. */
export const firstPaintMismatches = createStore<FirstPaintMismatch[]>([]);

const engineReady = () => engineStatus.get().state === 'ready';

/**
 * The snapshot answers the first paint only: while the engine is still loading its tables. A table whose file failed
 * to load or failed its contract check is never answered from the snapshot either.
 */
async function precomputedAnswer(manifest: Manifest, request: QueryRequest): Promise<Row[] | undefined> {
  if (engineReady()) return undefined;
  const snapshot = await preloadSnapshot();
  if (engineReady()) return undefined;
  const tablesOk = !request.tables.some((t) => !isRollupId(t) && failures.has(t));
  const rows = tablesOk ? snapshot?.lookup(manifest, request) : undefined;
  if (!rows) return undefined;
  precomputedRows.add(rows);
  awaitingCheck.set(requestKey(request), rows);
  return rows;
}

/** Equal rows; numbers equal to 1e-9 relative (the snapshot is summed by DuckDB-WASM in Node, in another order). */
function sameRows(a: readonly Row[], b: readonly Row[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((row, i) => {
    const other = b[i] as Row;
    const keys = Object.keys(row);
    if (keys.length !== Object.keys(other).length) return false;
    return keys.every((k) => {
      const x = row[k];
      const y = other[k];
      if (typeof x === 'number' && typeof y === 'number')
        return x === y || Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
      return x === y;
    });
  });
}

/** The engine answered a request the snapshot answered before: a difference is reported, never shown silently. */
function checkAgainstSnapshot(request: QueryRequest, rows: readonly Row[]): void {
  const key = requestKey(request);
  const before = awaitingCheck.get(key);
  if (!before) return;
  awaitingCheck.delete(key);
  if (sameRows(before, rows)) return;
  console.warn("snapshot.json differs from the engine for this query; the engine's rows are shown now", {
    sql: request.sql,
    params: request.params,
    snapshot: before,
    engine: rows,
  });
  firstPaintMismatches.set([
    ...firstPaintMismatches.get(),
    { sql: request.sql, params: request.params, tables: request.tables },
  ]);
}

/**
 * One statement for all the requests (src/data/batch-sql.ts): one prepare and one run in the worker, whatever the
 * number of queries. The statement is closed without waiting (the worker handles messages in order).
 */
async function runOnEngine(manifest: Manifest, requests: readonly QueryRequest[]): Promise<Row[][]> {
  await ensureTables(manifest, [...new Set(requests.flatMap((r) => r.tables))]);
  const { conn } = await openDatabase();
  const single = requests.length === 1 ? requests[0] : undefined;
  const { sql, params } = single ?? batchSql(requests);
  engineTraffic.statements += 1;
  engineTraffic.queries += requests.length;
  const stmt = await conn.prepare(sql);
  try {
    const result = await stmt.query(...params);
    return single ? [arrowToRows(result)] : batchRows(result, requests.length);
  } finally {
    stmt.close().catch(() => undefined);
  }
}

export const browserEngine: DataEngine = {
  /** One request (the filter bar's values, exports): the snapshot while the engine loads, else the engine. */
  async run(request: QueryRequest): Promise<Row[]> {
    const manifest = currentManifest;
    if (!manifest) throw new Error('Mesin data belum dimulai');
    const precomputed = await precomputedAnswer(manifest, request);
    if (precomputed) return precomputed;
    const [rows = []] = await runOnEngine(manifest, [request]);
    checkAgainstSnapshot(request, rows);
    return rows;
  },
  /** Always the engine (the coordinator asks firstPaint.answer first): one statement for the whole batch. */
  async runBatch(requests: readonly QueryRequest[]): Promise<Row[][]> {
    const manifest = currentManifest;
    if (!manifest) throw new Error('Mesin data belum dimulai');
    if (requests.length === 0) return [];
    const out = await runOnEngine(manifest, requests);
    requests.forEach((r, i) => {
      checkAgainstSnapshot(r, out[i] ?? []);
    });
    return out;
  },
  firstPaint: {
    answer: (request) => (currentManifest ? precomputedAnswer(currentManifest, request) : Promise.resolve(undefined)),
    isPrecomputed: (rows) => precomputedRows.has(rows),
    ready: engineReady,
    subscribe(listener) {
      let was = engineReady();
      return engineStatus.subscribe(() => {
        const now = engineReady();
        if (now && !was) listener();
        was = now;
      });
    },
  },
};
