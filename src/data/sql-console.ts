// The read-only SQL console of the analyst workspace. Two locks, on purpose (defence in depth):
//
// 1. A statement gate (`checkStatement`, pure): one statement, starting with SELECT, WITH, FROM (DuckDB's FROM-first
//    form), DESCRIBE, SUMMARIZE, SHOW or EXPLAIN; no write/DDL/config keyword anywhere (outside strings, quoted
//    identifiers and comments); no file-reading table function (read_csv, glob, …) and no `FROM 'file-or-url'`.
//    It splits on `;` only outside string literals ('…', E'…', $tag$…$tag$), quoted identifiers and comments.
// 2. The engine lockdown (`CONSOLE_LOCKDOWN_SQL`, applied once before the console takes SQL): no file system or
//    network access (read_csv('http://…'), read_csv('/etc/passwd'), ATTACH 'x.db', COPY … TO, EXPORT DATABASE),
//    no extension loading, and the configuration locked so SET/RESET cannot undo it. Every console query then runs
//    in a READ ONLY transaction on its own connection, so INSERT/UPDATE/DELETE/DROP/CREATE on any table fail in
//    the engine too. See docs/sql-console.md for what each setting blocks (tested in DuckDB-WASM's Node build).
//
// The console text never comes from the URL: it is typed (or picked from the examples) by the analyst.
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { DATASET_IDS, type Text } from './contract.ts';
import { engineManifest, engineStatus, ensureTables, withDatabase } from './duckdb-browser.ts';
import { csvFileName } from './load-sql.ts';
import type { Manifest } from './manifest.ts';
import { arrowToRows, type Row } from './rows.ts';

const bi = (id: string, en: string): Text => ({ id, en });

// ---------------------------------------------------------------------------------------------------------------
// Engine lockdown (pure list; applied to the browser engine here and to the Node build in tests)

/**
 * Statements that lock DuckDB down for the console, in order. `allowed_paths` keeps exactly the registered file
 * names of the published CSV datasets readable (src/data/load-sql.ts registers `<id>.csv`, reads it with read_csv,
 * then drops it), so a new data version in CSV still loads after the lockdown; nothing else on any file system or
 * URL is reachable. `lock_configuration` must come last: after it no SET/RESET is accepted.
 */
export const CONSOLE_LOCKDOWN_SQL: readonly string[] = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
  'SET allow_community_extensions = false',
  `SET allowed_paths = [${DATASET_IDS.map((id) => `'${csvFileName(id)}'`).join(', ')}]`,
  'SET enable_external_access = false',
  'SET lock_configuration = true',
];

/** Applies the lockdown through any executor (browser connection or Node test engine). Idempotent. */
export async function applyLockdown(
  exec: (sql: string) => Promise<Row[]> | Row[],
): Promise<'applied' | 'already-locked'> {
  const rows = await exec("SELECT current_setting('lock_configuration') AS locked");
  if (rows[0]?.locked === true) return 'already-locked';
  for (const sql of CONSOLE_LOCKDOWN_SQL) await exec(sql);
  return 'applied';
}

// ---------------------------------------------------------------------------------------------------------------
// Statement gate (pure)

export const ALLOWED_FIRST_WORDS = ['SELECT', 'WITH', 'FROM', 'DESCRIBE', 'SUMMARIZE', 'SHOW', 'EXPLAIN'] as const;

/** Keywords that never belong in a read-only query (checked as whole words outside strings and comments). */
const FORBIDDEN_WORDS = new Set([
  'INSERT',
  'UPDATE',
  'DELETE',
  'DROP',
  'CREATE',
  'ALTER',
  'ATTACH',
  'DETACH',
  'COPY',
  'EXPORT',
  'IMPORT',
  'INSTALL',
  'LOAD',
  'FORCE',
  'SET',
  'RESET',
  'PRAGMA',
  'CALL',
  'CHECKPOINT',
  'VACUUM',
  'TRUNCATE',
  'MERGE',
  'UPSERT',
  'GRANT',
  'REVOKE',
  'USE',
  'BEGIN',
  'COMMIT',
  'ROLLBACK',
  'ABORT',
  'START',
  'END',
  'PREPARE',
  'EXECUTE',
  'DEALLOCATE',
]);

/** Table functions that read files or URLs, or run SQL text the gate cannot see. */
const FORBIDDEN_FUNCTIONS = new Set([
  'read_csv',
  'read_csv_auto',
  'sniff_csv',
  'read_text',
  'read_blob',
  'read_json',
  'read_json_auto',
  'read_json_objects',
  'read_json_objects_auto',
  'read_ndjson',
  'read_ndjson_auto',
  'read_ndjson_objects',
  'read_parquet',
  'parquet_scan',
  'parquet_metadata',
  'parquet_schema',
  'parquet_file_metadata',
  'parquet_kv_metadata',
  'read_xlsx',
  'glob',
  'st_read',
  'sqlite_scan',
  'sqlite_attach',
  'postgres_scan',
  'mysql_scan',
  'iceberg_scan',
  'delta_scan',
  'query',
  'query_table',
  'getenv',
]);

type TokenKind = 'word' | 'qident' | 'string' | 'number' | 'punct' | 'semicolon' | 'param';

interface Token {
  kind: TokenKind;
  text: string;
  start: number;
  end: number;
}

export type GateReason =
  | 'empty'
  | 'unterminated_string'
  | 'unterminated_comment'
  | 'unterminated_identifier'
  | 'multiple_statements'
  | 'not_allowed'
  | 'forbidden_word'
  | 'forbidden_function'
  | 'file_literal'
  | 'unbalanced_parentheses';

export type GateResult =
  | {
      ok: true;
      /** The statement without surrounding comments, whitespace and the trailing `;`. */
      statement: string;
      /** The first keyword (upper case). */
      command: (typeof ALLOWED_FIRST_WORDS)[number];
      /** Whether `SELECT * FROM (<statement>) LIMIT n` is valid for it (all but EXPLAIN). */
      wrappable: boolean;
    }
  | { ok: false; reason: GateReason; word?: string; message: Text };

const isWordStart = (c: string) => /[A-Za-z_\u0080-\uFFFF]/.test(c);
const isWordChar = (c: string) => /[A-Za-z0-9_$\u0080-\uFFFF]/.test(c);

type ScanResult = { tokens: Token[] } | { error: 'string' | 'comment' | 'identifier'; at: number };

/** Splits SQL into tokens, skipping comments; strings and quoted identifiers are single tokens. */
export function scanSql(sql: string): ScanResult {
  const tokens: Token[] = [];
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const c = sql[i] as string;
    const next = sql[i + 1];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '-' && next === '-') {
      const nl = sql.slice(i).search(/[\r\n]/);
      i = nl < 0 ? n : i + nl;
      continue;
    }
    if (c === '/' && next === '*') {
      // Block comments nest in DuckDB's (PostgreSQL's) grammar.
      let depth = 1;
      let j = i + 2;
      while (j < n && depth > 0) {
        if (sql[j] === '/' && sql[j + 1] === '*') {
          depth++;
          j += 2;
        } else if (sql[j] === '*' && sql[j + 1] === '/') {
          depth--;
          j += 2;
        } else j++;
      }
      if (depth > 0) return { error: 'comment', at: i };
      i = j;
      continue;
    }
    if (c === "'") {
      // 'it''s'; an E'…' string (E right before the quote) also takes backslash escapes.
      const prev = tokens[tokens.length - 1];
      const escapes = prev?.kind === 'word' && prev.end === i && /^[eE]$/.test(prev.text);
      let j = i + 1;
      for (;;) {
        if (j >= n) return { error: 'string', at: i };
        const d = sql[j];
        if (escapes && d === '\\') {
          j += 2;
          continue;
        }
        if (d === "'") {
          if (sql[j + 1] === "'") {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      if (escapes && prev) tokens.pop();
      tokens.push({ kind: 'string', text: sql.slice(escapes && prev ? prev.start : i, j + 1), start: i, end: j + 1 });
      i = j + 1;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      for (;;) {
        if (j >= n) return { error: 'identifier', at: i };
        if (sql[j] === '"') {
          if (sql[j + 1] === '"') {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      tokens.push({ kind: 'qident', text: sql.slice(i, j + 1), start: i, end: j + 1 });
      i = j + 1;
      continue;
    }
    if (c === '$') {
      if (next !== undefined && /[0-9]/.test(next)) {
        let j = i + 1;
        while (j < n && /[0-9]/.test(sql[j] as string)) j++;
        tokens.push({ kind: 'param', text: sql.slice(i, j), start: i, end: j });
        i = j;
        continue;
      }
      const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i));
      if (tag) {
        const close = sql.indexOf(tag[0], i + tag[0].length);
        if (close < 0) return { error: 'string', at: i };
        const end = close + tag[0].length;
        tokens.push({ kind: 'string', text: sql.slice(i, end), start: i, end });
        i = end;
        continue;
      }
    }
    if (c === ';') {
      tokens.push({ kind: 'semicolon', text: c, start: i, end: i + 1 });
      i++;
      continue;
    }
    if (isWordStart(c)) {
      let j = i + 1;
      while (j < n && isWordChar(sql[j] as string)) j++;
      tokens.push({ kind: 'word', text: sql.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    if (/[0-9]/.test(c) || (c === '.' && next !== undefined && /[0-9]/.test(next))) {
      let j = i + 1;
      while (j < n && /[0-9._eE]/.test(sql[j] as string)) j++;
      tokens.push({ kind: 'number', text: sql.slice(i, j), start: i, end: j });
      i = j;
      continue;
    }
    tokens.push({ kind: 'punct', text: c, start: i, end: i + 1 });
    i++;
  }
  return { tokens };
}

const READ_ONLY_HINT = bi('konsol hanya untuk membaca data', 'the console is for reading data only');

function refuse(reason: GateReason, message: Text, word?: string): GateResult {
  return word === undefined ? { ok: false, reason, message } : { ok: false, reason, word, message };
}

function shorten(s: string, max = 60): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Decides whether the console may run `sql`. Never throws. */
export function checkStatement(sql: string): GateResult {
  const scanned = scanSql(sql);
  if ('error' in scanned) {
    const line = sql.slice(0, scanned.at).split('\n').length;
    if (scanned.error === 'comment')
      return refuse(
        'unterminated_comment',
        bi(`Komentar /* di baris ${line} tidak ditutup dengan */.`, `The /* comment on line ${line} is not closed.`),
      );
    if (scanned.error === 'identifier')
      return refuse(
        'unterminated_identifier',
        bi(`Tanda kutip ganda " di baris ${line} tidak ditutup.`, `The double quote " on line ${line} is not closed.`),
      );
    return refuse(
      'unterminated_string',
      bi(`Teks (string) di baris ${line} tidak ditutup dengan '.`, `The string on line ${line} is not closed.`),
    );
  }
  const statements: Token[][] = [[]];
  for (const t of scanned.tokens) {
    if (t.kind === 'semicolon') statements.push([]);
    else statements[statements.length - 1]?.push(t);
  }
  const nonEmpty = statements.filter((s) => s.length > 0);
  if (nonEmpty.length === 0)
    return refuse(
      'empty',
      bi(
        'Tulis satu perintah SELECT (atau WITH, FROM, DESCRIBE, SUMMARIZE, SHOW, EXPLAIN).',
        'Write one SELECT statement (or WITH, FROM, DESCRIBE, SUMMARIZE, SHOW, EXPLAIN).',
      ),
    );
  if (nonEmpty.length > 1)
    return refuse(
      'multiple_statements',
      bi(
        `Hanya satu perintah per kali jalan; ditemukan ${nonEmpty.length} perintah yang dipisah tanda ;.`,
        `Only one statement per run; found ${nonEmpty.length} statements separated by ;.`,
      ),
    );
  const tokens = nonEmpty[0] as Token[];
  const first = tokens.find((t) => !(t.kind === 'punct' && t.text === '('));
  const firstWord = first?.kind === 'word' ? first.text.toUpperCase() : (first?.text ?? '');
  const leadingParen = tokens[0]?.kind === 'punct' && tokens[0].text === '(';
  const allowed = (ALLOWED_FIRST_WORDS as readonly string[]).includes(firstWord);
  if (!allowed || (leadingParen && !['SELECT', 'WITH', 'FROM'].includes(firstWord))) {
    const word = shorten(firstWord);
    return refuse(
      'not_allowed',
      bi(
        `Perintah ${word} tidak diizinkan: ${READ_ONLY_HINT.id} (SELECT, WITH, FROM, DESCRIBE, SUMMARIZE, SHOW, EXPLAIN).`,
        `The ${word} statement is not allowed: ${READ_ONLY_HINT.en} (SELECT, WITH, FROM, DESCRIBE, SUMMARIZE, SHOW, EXPLAIN).`,
      ),
      word,
    );
  }
  let depth = 0;
  for (const [k, t] of tokens.entries()) {
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    if (t.kind === 'punct' && t.text === '(') depth++;
    if (t.kind === 'punct' && t.text === ')') {
      depth--;
      if (depth < 0) break;
    }
    if (t.kind !== 'word' && t.kind !== 'string') continue;
    const afterDot = prev?.kind === 'punct' && prev.text === '.';
    if (t.kind === 'word' && !afterDot) {
      const upper = t.text.toUpperCase();
      if (FORBIDDEN_WORDS.has(upper))
        return refuse(
          'forbidden_word',
          bi(
            `Perintah ${upper} tidak diizinkan: ${READ_ONLY_HINT.id}.`,
            `The ${upper} statement is not allowed: ${READ_ONLY_HINT.en}.`,
          ),
          upper,
        );
      const lower = t.text.toLowerCase();
      if (FORBIDDEN_FUNCTIONS.has(lower) && next?.kind === 'punct' && next.text === '(')
        return refuse(
          'forbidden_function',
          bi(
            `Fungsi ${lower} tidak diizinkan: konsol hanya membaca tabel yang sudah dimuat, bukan berkas atau alamat web.`,
            `The function ${lower} is not allowed: the console reads loaded tables only, not files or web addresses.`,
          ),
          lower,
        );
    }
    if (t.kind === 'string' && prev?.kind === 'word' && ['FROM', 'JOIN'].includes(prev.text.toUpperCase()))
      return refuse(
        'file_literal',
        bi(
          `Membaca berkas atau alamat web (${shorten(t.text)}) tidak diizinkan: konsol hanya membaca tabel yang sudah dimuat.`,
          `Reading a file or web address (${shorten(t.text)}) is not allowed: the console reads loaded tables only.`,
        ),
        t.text,
      );
  }
  if (depth !== 0)
    return refuse(
      'unbalanced_parentheses',
      bi(
        'Tanda kurung ( dan ) tidak seimbang dalam perintah ini.',
        'The parentheses ( and ) in this statement are not balanced.',
      ),
    );
  const statement = sql.slice(tokens[0]?.start ?? 0, tokens[tokens.length - 1]?.end ?? 0);
  const command = firstWord as (typeof ALLOWED_FIRST_WORDS)[number];
  return { ok: true, statement, command, wrappable: command !== 'EXPLAIN' };
}

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

/**
 * The SQL the console sends: `SELECT * FROM (<statement>) … LIMIT n+1` (one extra row tells that more exist). The
 * limit is a whole number from clampLimit(), never text: DuckDB-WASM can cancel a running `send()` but not a
 * prepared statement's, so it is inlined rather than bound. The statement sits on its own lines so that a
 * trailing `--` comment inside it cannot swallow the closing parenthesis.
 */
export function limitedSql(gate: Extract<GateResult, { ok: true }>, limit: number): string {
  const n = clampLimit(limit);
  if (!gate.wrappable) return gate.statement;
  return `SELECT * FROM (\n${gate.statement}\n) AS console_result LIMIT ${n + 1}`;
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
  | { kind: 'refused'; message: Text; reason: GateReason }
  | { kind: 'error'; message: Text; detail: string }
  | { kind: 'cancelled'; message: Text }
  | {
      kind: 'rows';
      columns: ConsoleColumn[];
      rows: Row[];
      /** More rows exist than the limit. */
      truncated: boolean;
      limit: number;
      ms: number;
      /** Upload tables (upload_…) the statement names: results that use them are labelled. */
      uploadTables: string[];
    };

let consoleConn: Promise<AsyncDuckDBConnection> | null = null;
let running = false;
let cancelRequested = false;

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
 * Loads every published dataset, applies the lockdown once (the lockdown is global: it holds for the panels'
 * connection too), and opens the console's own connection. Idempotent; a failure may be retried.
 */
export function openConsole(): Promise<AsyncDuckDBConnection> {
  if (!consoleConn) {
    consoleConn = (async () => {
      const manifest = engineManifest();
      if (!manifest) throw new Error('Mesin data belum dimulai');
      await ensureTables(
        manifest,
        manifest.datasets.map((d) => d.id),
      );
      return withDatabase(async (db, conn) => {
        await applyLockdown(async (sql) => arrowToRows(await conn.query(sql)));
        return db.connect();
      });
    })();
    consoleConn.catch(() => {
      consoleConn = null;
    });
  }
  return consoleConn;
}

function engineMessage(detail: string): Text {
  if (/Permission Error|disabled by configuration|configuration has been locked/i.test(detail))
    return bi(
      `Ditolak oleh penguncian mesin data (tanpa akses berkas, jaringan atau pengaturan): ${detail}`,
      `Refused by the data engine lockdown (no file, network or settings access): ${detail}`,
    );
  if (/read-only mode/i.test(detail))
    return bi(
      `Ditolak: konsol hanya membaca data, tidak mengubah tabel. ${detail}`,
      `Refused: the console reads data and never changes tables. ${detail}`,
    );
  return bi(`DuckDB menolak perintah ini: ${detail}`, `DuckDB could not run this statement: ${detail}`);
}

/** Upload table names (upload_…) mentioned in the statement. */
export function uploadTablesIn(statement: string, uploads: readonly string[]): string[] {
  const lower = statement.toLowerCase();
  return uploads.filter((u) => new RegExp(`(^|[^a-z0-9_])${u}([^a-z0-9_]|$)`).test(lower));
}

/** Runs one console statement (gate first), cancellable with cancelConsoleQuery() and by `timeoutMs`. */
export async function runConsoleQuery(
  sql: string,
  opts: { limit: number; timeoutMs?: number; uploads?: readonly string[] },
): Promise<ConsoleOutcome> {
  const gate = checkStatement(sql);
  if (!gate.ok) return { kind: 'refused', message: gate.message, reason: gate.reason };
  const conn = await openConsole();
  if (running) await cancelConsoleQuery();
  const limit = clampLimit(opts.limit);
  const started = performance.now();
  running = true;
  cancelRequested = false;
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
    message: timedOut
      ? bi(
          `Kueri dihentikan: melewati batas waktu ${Math.round((opts.timeoutMs ?? 0) / 1000)} detik.`,
          `Query stopped: it ran past the ${Math.round((opts.timeoutMs ?? 0) / 1000)} s time limit.`,
        )
      : bi('Kueri dibatalkan.', 'Query cancelled.'),
  });
  try {
    await conn.query('BEGIN TRANSACTION READ ONLY');
    const reader = await conn.send(limitedSql(gate, limit));
    if (cancelRequested || !reader) return cancelled();
    const rows: Row[] = [];
    // The reader forgets its schema once iterated to the end: take it first (and from a batch as a fallback).
    let fields = reader.schema?.fields ?? [];
    for await (const batch of reader) {
      if (fields.length === 0) fields = batch.schema.fields;
      rows.push(...arrowToRows(batch as unknown as Parameters<typeof arrowToRows>[0]));
      if (rows.length > limit || cancelRequested) break;
    }
    if (cancelRequested) return cancelled();
    const columns: ConsoleColumn[] = fields.map((f) => ({
      name: f.name,
      type: String(f.type),
      numeric: /^(Int|Uint|Float|Decimal)/.test(String(f.type)),
    }));
    const truncated = rows.length > limit;
    return {
      kind: 'rows',
      columns,
      rows: rows.slice(0, limit),
      truncated,
      limit,
      ms: Math.round(performance.now() - started),
      uploadTables: uploadTablesIn(gate.statement, opts.uploads ?? []),
    };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    if (cancelRequested || /interrupt/i.test(detail)) return cancelled();
    return { kind: 'error', message: engineMessage(detail), detail };
  } finally {
    if (timer) clearTimeout(timer);
    running = false;
    await conn.query('ROLLBACK').catch(() => undefined);
  }
}

/** Cancels the running console query, if any. */
export async function cancelConsoleQuery(): Promise<void> {
  if (!running || !consoleConn) return;
  cancelRequested = true;
  const conn = await consoleConn;
  await conn.cancelSent().catch(() => false);
}
