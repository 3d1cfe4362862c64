// The read-only SQL console of the analyst workspace. Two locks, on purpose (defence in depth):
//
// 1. A statement gate (`checkStatement`, src/data/sql-console-gate.ts) in which DuckDB's own lexer, parser and
//    planner decide what a statement is: one query (SELECT, WITH, FROM-first, VALUES, PIVOT, DESCRIBE, SHOW,
//    SUMMARIZE, EXPLAIN …) that reads no file or URL. No keyword list.
// 2. The engine lockdown (`CONSOLE_LOCKDOWN_SQL` in sql-console-lockdown.ts, free of browser imports so that tests
//    and scripts use the very same list; applied once before the console takes SQL): no file system or
//    network access (read_csv('http://…'), read_csv('/etc/passwd'), ATTACH 'x.db', COPY … TO, EXPORT DATABASE),
//    no extension loading, and the configuration locked so SET/RESET cannot undo it. Every console query then runs
//    in a READ ONLY transaction on its own connection, so INSERT/UPDATE/DELETE/DROP/CREATE on any table fail in
//    the engine too. See docs/sql-console.md for what each setting blocks (tested in DuckDB-WASM's Node build).
//
// The console text is typed, picked from the examples or the history, or read from a shared link: the gate and the
// lockdown hold for all of them alike.
import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { engineManifest, engineStatus, ensureTables, withDatabase } from './duckdb-browser.ts';
import type { Manifest } from './manifest.ts';
import { ON_DEMAND_DATASETS, onDemandDatasetsIn } from './rollups.ts';
import { arrowToRows, type Row } from './rows.ts';
import {
  type ConsoleEngine,
  checkStatement,
  consoleSql,
  type EngineError,
  engineError,
  type GateReason,
} from './sql-console-gate.ts';
import { applyLockdown, CONSOLE_SESSION_SQL } from './sql-console-lockdown.ts';

// ---------------------------------------------------------------------------------------------------------------
// Row limit

export const DEFAULT_ROW_LIMIT = 1000;
export const MAX_ROW_LIMIT = 10_000;

/** A whole number between 1 and MAX_ROW_LIMIT (anything else → the default). */
export function clampLimit(value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return DEFAULT_ROW_LIMIT;
  return Math.min(MAX_ROW_LIMIT, Math.max(1, Math.floor(n)));
}

// ---------------------------------------------------------------------------------------------------------------
// Running in the browser

export interface ConsoleColumn {
  name: string;
  /** Arrow type as text (Utf8, Int32, Float64, Date32<DAY>, Bool, …). */
  type: string;
  numeric: boolean;
}

export type ConsoleOutcome =
  | { kind: 'refused'; reason: GateReason; params: Record<string, string | number>; error?: EngineError }
  | { kind: 'error'; error: EngineError }
  | { kind: 'cancelled'; timedOut: boolean; seconds: number }
  | {
      kind: 'rows';
      columns: ConsoleColumn[];
      rows: Row[];
      /** More rows exist than the limit. */
      truncated: boolean;
      limit: number;
      ms: number;
      /** The statement that ran (as typed, without surrounding comments and `;`). */
      statement: string;
      /** Tables the statement reads (DuckDB's own name extraction). */
      tables: string[];
      /** Upload tables (upload_…) the statement names: results that use them are labelled. */
      uploadTables: string[];
    };

interface ConsoleHandle {
  db: AsyncDuckDB;
  conn: AsyncDuckDBConnection;
}

let consoleConn: Promise<ConsoleHandle> | null = null;
/** One console run, from the call (loading tables, the gate) to its ROLLBACK. */
interface ConsoleRun {
  cancel: boolean;
  /** The statement itself has reached the engine: cancelSent() can interrupt it from then on. */
  sent: boolean;
}
let active: ConsoleRun | null = null;

/** The manifest the engine serves, once startEngine() has been called (views may mount before it is). */
export function waitForManifest(): Promise<Manifest> {
  const now = engineManifest();
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const stop = engineStatus.subscribe(() => {
      const m = engineManifest();
      if (m) {
        stop();
        resolve(m);
      }
    });
  });
}

/**
 * Loads every published dataset, opens the console's own connection (with CONSOLE_SESSION_SQL), applies the
 * lockdown once (the lockdown is global: it holds for the panels' connection too). Idempotent; a failure may be
 * retried.
 */
export function openConsole(): Promise<ConsoleHandle> {
  if (!consoleConn) {
    consoleConn = (async () => {
      const manifest = engineManifest();
      if (!manifest) throw new Error('Mesin data belum dimulai');
      // Raw telemetry (ON_DEMAND_DATASETS) loads only when a statement names it (runConsoleQuery).
      await ensureTables(
        manifest,
        manifest.datasets.map((d) => d.id).filter((id) => !ON_DEMAND_DATASETS.includes(id)),
      );
      return withDatabase(async (db, conn) => {
        const exec = async (sql: string) => arrowToRows(await conn.query(sql));
        const session = await db.connect();
        const locked = (await exec("SELECT current_setting('lock_configuration') AS locked"))[0]?.locked === true;
        // Once locked (a retry after a failure) the session settings cannot be set: errors then come as plain
        // text, without a position.
        if (!locked) for (const sql of CONSOLE_SESSION_SQL) await session.query(sql);
        await applyLockdown(exec);
        return { db, conn: session };
      });
    })();
    consoleConn.catch(() => {
      consoleConn = null;
    });
  }
  return consoleConn;
}

/** The gate's view of the browser engine (DuckDB-WASM in its worker). */
function browserConsoleEngine({ db, conn }: ConsoleHandle): ConsoleEngine {
  return {
    tokenize: (sql) => db.tokenize(sql),
    tableNames: (sql) => conn.getTableNames(sql),
    async prepared(sql) {
      const stmt = await conn.prepare(sql);
      try {
        return arrowToRows(await stmt.query());
      } finally {
        await stmt.close();
      }
    },
    query: async (sql) => arrowToRows(await conn.query(sql)),
  };
}

/** Upload table names (upload_…) mentioned in the statement. */
export function uploadTablesIn(statement: string, uploads: readonly string[]): string[] {
  const lower = statement.toLowerCase();
  return uploads.filter((u) => new RegExp(`(^|[^a-z0-9_])${u}([^a-z0-9_]|$)`).test(lower));
}

/** Arrow fields → console columns. */
export function consoleColumns(fields: readonly { name: string; type: unknown }[]): ConsoleColumn[] {
  return fields.map((f) => ({
    name: f.name,
    type: String(f.type),
    numeric: /^(Int|Uint|Float|Decimal)/.test(String(f.type)),
  }));
}

/** Runs one console statement (gate first), cancellable with cancelConsoleQuery() and by `timeoutMs`. */
export async function runConsoleQuery(
  text: string,
  opts: { limit: number; timeoutMs?: number; uploads?: readonly string[] },
): Promise<ConsoleOutcome> {
  if (active) await cancelConsoleQuery();
  // From here a press of "Batalkan" counts, also while the tables load and the gate parses (the button shows
  // "Menjalankan…" from the click on): a cancel that lands before the statement is sent stops it from being sent.
  // Each run has its own flags, so starting a new run never clears the cancel of the one before it.
  const run: ConsoleRun = { cancel: false, sent: false };
  active = run;
  try {
    return await runGated(run, text, opts);
  } finally {
    if (active === run) active = null;
  }
}

async function runGated(
  run: ConsoleRun,
  text: string,
  opts: { limit: number; timeoutMs?: number; uploads?: readonly string[] },
): Promise<ConsoleOutcome> {
  const handle = await openConsole();
  const { conn } = handle;
  const manifest = engineManifest();
  if (manifest) await ensureTables(manifest, onDemandDatasetsIn(text));
  const limit = clampLimit(opts.limit);
  const started = performance.now();
  const gate = await checkStatement(text, browserConsoleEngine(handle));
  if (run.cancel) return { kind: 'cancelled', timedOut: false, seconds: 0 };
  if (!gate.ok) {
    if (gate.reason === 'syntax_error' || gate.reason === 'engine_error') {
      return { kind: 'error', error: gate.error ?? { type: 'Error', message: gate.reason, position: null } };
    }
    return gate.error
      ? { kind: 'refused', reason: gate.reason, params: gate.params, error: gate.error }
      : { kind: 'refused', reason: gate.reason, params: gate.params };
  }
  const { sql, placement } = consoleSql(gate, text, limit);
  let timedOut = false;
  const timer =
    opts.timeoutMs && opts.timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true;
          void cancelConsoleQuery();
        }, opts.timeoutMs)
      : null;
  const cancelled = (): ConsoleOutcome => ({
    kind: 'cancelled',
    timedOut,
    seconds: Math.round((opts.timeoutMs ?? 0) / 1000),
  });
  try {
    await conn.query('BEGIN TRANSACTION READ ONLY');
    if (run.cancel) return cancelled();
    // Nothing awaits between here and the worker receiving the query, so a later cancelSent() reaches it.
    run.sent = true;
    const rows: Row[] = [];
    let fields: readonly { name: string; type: unknown }[] = [];
    if (gate.expands) {
      // Unbound PIVOT is several statements inside DuckDB: it cannot stream (the gate made sure it is one query).
      const table = await conn.query(sql);
      fields = table.schema.fields;
      rows.push(...arrowToRows(table));
    } else {
      const reader = await conn.send(sql);
      if (run.cancel || !reader) return cancelled();
      // The reader forgets its schema once iterated to the end: take it first (and from a batch as a fallback).
      fields = reader.schema?.fields ?? [];
      for await (const batch of reader) {
        if (fields.length === 0) fields = batch.schema.fields;
        rows.push(...arrowToRows(batch as unknown as Parameters<typeof arrowToRows>[0]));
        if (rows.length > limit || run.cancel) break;
      }
    }
    if (run.cancel) return cancelled();
    return {
      kind: 'rows',
      columns: consoleColumns(fields),
      rows: rows.slice(0, limit),
      truncated: rows.length > limit,
      limit,
      ms: Math.round(performance.now() - started),
      statement: gate.statement,
      tables: gate.tables,
      uploadTables: uploadTablesIn(gate.statement, opts.uploads ?? []),
    };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    if (run.cancel || /interrupt/i.test(detail)) return cancelled();
    return { kind: 'error', error: engineError(err, placement) };
  } finally {
    if (timer) clearTimeout(timer);
    run.sent = false;
    await conn.query('ROLLBACK').catch(() => undefined);
  }
}

/** Cancels the running console query, if any (also one still loading tables or passing the gate). */
export async function cancelConsoleQuery(): Promise<void> {
  const run = active;
  if (!run || !consoleConn) return;
  run.cancel = true;
  if (!run.sent) return;
  const { conn } = await consoleConn;
  await conn.cancelSent().catch(() => false);
}
