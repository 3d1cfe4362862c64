// The SQL console's statement gate: DuckDB itself decides what a statement is, not a keyword list.
//
// 1. DuckDB's own lexer (`tokenize`, the parser's scanner: comments, '…', E'…', $tag$…$tag$, "…" are what the
//    engine says they are) splits the text at `;` tokens: exactly one statement may run.
// 2. DuckDB's parser decides whether it is a query: the statement is parsed in a subquery position,
//    `SELECT * FROM (<statement>\n)`, which the grammar accepts only for queries (SELECT, WITH … SELECT, FROM-first,
//    VALUES, TABLE, PIVOT/UNPIVOT, DESCRIBE, SHOW, SUMMARIZE). If that fails while the statement alone parses
//    (getTableNames), it is some other statement (INSERT, ATTACH, SET, PRAGMA, COPY, INSTALL, …) and is refused;
//    if the statement alone does not parse either, DuckDB's syntax error is shown with its position.
//    `EXPLAIN [ANALYZE] <query>` is a query whose inner statement passes the same test.
// 3. DuckDB's binder and planner say what the query reads: `EXPLAIN (FORMAT JSON)` of the wrapped query gives the
//    bound plan; a table function outside ALLOWED_TABLE_FUNCTIONS (read_csv, glob, checkpoint, …) is refused, and so
//    is a table reference that names a file or URL ('x.csv', "http://…"), found by DuckDB's own name extraction.
// Everything runs in a READ ONLY transaction that is rolled back, behind the engine lockdown (sql-console.ts).
// Measurements and the alternatives considered: docs/decisions.md ("SQL console gate").
import type { Row } from './rows.ts';

/** Token types of DuckDB-WASM's `tokenize` (duckdb::SimplifiedTokenType). */
export const TOKEN = { identifier: 0, number: 1, string: 2, operator: 3, keyword: 4, comment: 5 } as const;

export interface EngineTokens {
  /** UTF-8 byte offsets of each token's start (comments are skipped). */
  offsets: readonly number[];
  types: readonly number[];
}

/** What the gate needs from DuckDB (the browser's AsyncDuckDB, or the Node build in tests). */
export interface ConsoleEngine {
  tokenize(sql: string): Promise<EngineTokens> | EngineTokens;
  /** DuckDB's parser and name binder on one statement (`getTableNames`); throws the engine's error. */
  tableNames(sql: string): Promise<string[]> | string[];
  /** One statement as a prepared statement (refuses scripts); throws the engine's error. */
  prepared(sql: string): Promise<Row[]> | Row[];
  /** Fixed statements (BEGIN/ROLLBACK) and unbound PIVOT, which DuckDB expands into several statements. */
  query(sql: string): Promise<Row[]> | Row[];
}

/**
 * Table functions a query may call: generators and DuckDB's own catalog views. Any other table function
 * (read_csv, read_text, glob, sniff_csv, checkpoint, …) is refused, whatever the lockdown would do with it.
 */
export const ALLOWED_TABLE_FUNCTIONS =
  /^(RANGE|GENERATE_SERIES|UNNEST|REPEAT|REPEAT_ROW|DUCKDB_[A-Z_]+|PRAGMA_[A-Z_]+)$/;

export type GateReason =
  | 'empty'
  | 'multiple_statements'
  | 'not_a_query'
  | 'file_access'
  | 'table_function'
  | 'syntax_error'
  | 'engine_error';

export interface ErrorPosition {
  /** Character index in the console text. */
  index: number;
  line: number;
  column: number;
  /** The whole line the position is on. */
  lineText: string;
}

export interface EngineError {
  /** DuckDB's exception type: Parser, Binder, Catalog, Conversion, Permission, … */
  type: string;
  message: string;
  position: ErrorPosition | null;
}

export interface GateOk {
  ok: true;
  kind: 'query' | 'explain';
  /** The statement without surrounding comments, whitespace and `;`. */
  statement: string;
  /** Character index of the statement in the console text. */
  offset: number;
  /** Tables the statement names (DuckDB's own name extraction). */
  tables: string[];
  /** Unbound PIVOT/UNPIVOT: DuckDB expands it into several statements, so it cannot run prepared. */
  expands: boolean;
}

export interface GateRefusal {
  ok: false;
  reason: GateReason;
  /** Values for the message (word, count, name, file). */
  params: Record<string, string | number>;
  error?: EngineError;
}

export type GateResult = GateOk | GateRefusal;

const WRAP_PREFIX = 'SELECT * FROM (';
const WRAP_SUFFIX = '\n) AS console_result';
const PROBE_PREFIX = `EXPLAIN (FORMAT JSON) ${WRAP_PREFIX}`;

/** Byte offset (UTF-8) → character index, for DuckDB's token offsets and error positions. */
export function byteToCharIndex(text: string): (byte: number) => number {
  const map: number[] = [];
  let byte = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) as number;
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (let k = 0; k < n; k++) map[byte + k] = i;
    byte += n;
    i += cp > 0xffff ? 2 : 1;
  }
  map[byte] = text.length;
  return (b) => map[Math.max(0, Math.min(Math.floor(b), byte))] ?? text.length;
}

/** Line (1-based), column (1-based, in characters) and line text of a character index. */
export function positionAt(text: string, index: number): ErrorPosition {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  const lineEnd = text.indexOf('\n', index);
  return {
    index,
    line: before.split('\n').length,
    // In characters as the analyst counts them (code points: an emoji is one).
    column: [...text.slice(lineStart, index)].length + 1,
    lineText: text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).replace(/\r$/, ''),
  };
}

/** DuckDB's error text (JSON with `errors_as_json`, plain otherwise) → type, message, byte position. */
export function parseEngineError(raw: string): { type: string; message: string; bytePos: number | null } {
  const at = raw.indexOf('{');
  if (at >= 0) {
    try {
      const j = JSON.parse(raw.slice(at)) as Record<string, unknown>;
      let message = String(j.exception_message ?? '');
      let position = j.position;
      // getTableNames wraps the parser's JSON error in another one.
      if (message.startsWith('{')) {
        try {
          const inner = JSON.parse(message) as Record<string, unknown>;
          message = String(inner.exception_message ?? message);
          position = inner.position ?? position;
        } catch {
          // keep the outer message
        }
      }
      const bytePos = position === undefined || position === null ? null : Number(position);
      return {
        type: String(j.exception_type ?? 'Error'),
        message,
        bytePos: Number.isFinite(bytePos) ? bytePos : null,
      };
    } catch {
      // not JSON: fall through
    }
  }
  const m = /^([A-Za-z ]+?) Error: ([\s\S]*)$/.exec(raw);
  const message = (m?.[2] ?? raw).split(/\n\nLINE \d+:/)[0]?.trim() ?? raw;
  return { type: m?.[1] ?? 'Error', message, bytePos: null };
}

/** Where a piece of SQL sent to DuckDB sits in the console text, to map DuckDB's positions back. */
export interface SqlPlacement {
  /** The console text as typed. */
  text: string;
  /** The statement as sent (without the wrapper). */
  statement: string;
  /** Character index of the statement in `text`. */
  offset: number;
  /** ASCII text DuckDB saw before the statement (the wrapper or EXPLAIN prefix). */
  prefix: string;
}

/** DuckDB's error with its position mapped back into the console text (null when outside the statement). */
export function engineError(err: unknown, at: SqlPlacement): EngineError {
  const raw = err instanceof Error ? err.message : String(err);
  const { type, message, bytePos } = parseEngineError(raw);
  let position: ErrorPosition | null = null;
  if (bytePos !== null) {
    // Before the statement: inside a string DuckDB parsed on its own (query('…')), not the analyst's text. After
    // it (the wrapper's closing parenthesis): the statement ended too early, shown at its end.
    const inStatement = bytePos - at.prefix.length;
    if (inStatement >= 0) {
      position = positionAt(at.text, at.offset + byteToCharIndex(at.statement)(inStatement));
    }
  }
  return { type, message, position };
}

interface Token {
  index: number;
  type: number;
  text: string;
}

const WORD = /^[\p{L}\p{N}_$]+/u;

function tokenText(text: string, index: number, type: number): string {
  if (type === TOKEN.keyword || type === TOKEN.identifier || type === TOKEN.number) {
    return WORD.exec(text.slice(index))?.[0] ?? text.charAt(index);
  }
  return text.charAt(index);
}

async function tokensOf(engine: ConsoleEngine, text: string): Promise<Token[]> {
  const raw = await engine.tokenize(text);
  const toChar = byteToCharIndex(text);
  return raw.offsets.map((b, i) => {
    const index = toChar(b);
    const type = raw.types[i] ?? TOKEN.operator;
    return { index, type, text: tokenText(text, index, type) };
  });
}

interface Statement {
  start: number;
  end: number;
  tokens: Token[];
}

/** Statements separated by DuckDB's `;` tokens (a `;` inside a string, identifier or comment is no token). */
function splitStatements(text: string, tokens: readonly Token[]): Statement[] {
  const out: Statement[] = [];
  let current: Token[] = [];
  const close = (end: number) => {
    const first = current[0];
    if (first) out.push({ start: first.index, end, tokens: current });
    current = [];
  };
  for (const t of tokens) {
    if (t.type === TOKEN.operator && t.text === ';') close(t.index);
    else current.push(t);
  }
  close(text.length);
  return out;
}

const isKeyword = (t: Token | undefined, word: string) =>
  t !== undefined && t.type === TOKEN.keyword && t.text.toUpperCase() === word;

/** The first token of the inner statement of `EXPLAIN [ANALYZE] [(options)] <statement>`. */
function explainInner(tokens: readonly Token[]): number {
  let k = 1;
  if (isKeyword(tokens[k], 'ANALYZE') || isKeyword(tokens[k], 'ANALYSE')) k++;
  if (tokens[k]?.type === TOKEN.operator && tokens[k]?.text === '(') {
    let depth = 0;
    for (; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.type === TOKEN.operator && t.text === '(') depth++;
      if (t.type === TOKEN.operator && t.text === ')' && --depth === 0) {
        k++;
        break;
      }
    }
  }
  return k;
}

interface PlanNode {
  name?: string;
  children?: PlanNode[];
  extra_info?: Record<string, unknown>;
}

/** What a JSON plan (EXPLAIN (FORMAT JSON)) reads: table functions (upper case) and tables (scans). */
export function planReads(planJson: string): { functions: string[]; tables: string[] } {
  const functions = new Set<string>();
  const tables = new Set<string>();
  const walk = (n: PlanNode) => {
    const fn = n.extra_info?.Function;
    if (typeof fn === 'string') functions.add(fn.trim().toUpperCase());
    const table = n.extra_info?.Table;
    if (typeof table === 'string') tables.add(table);
    for (const c of n.children ?? []) walk(c);
  };
  const parsed = JSON.parse(planJson) as PlanNode | PlanNode[];
  for (const n of Array.isArray(parsed) ? parsed : [parsed]) walk(n);
  return { functions: [...functions], tables: [...tables].sort() };
}

/** A table reference that DuckDB would read as a file or URL (replacement scan): 'x.csv', "http://…", 'a/b'. */
const looksLikeFile = (name: string) => /[./\\:]/.test(name);

const firstFileName = (message: string) => /"([^"]+)"/.exec(message)?.[1] ?? '';

async function attempt<T>(fn: () => Promise<T> | T): Promise<{ value: T } | { error: unknown }> {
  try {
    return { value: await fn() };
  } catch (error) {
    return { error };
  }
}

const isExpandedPivot = (err: unknown, tokens: readonly Token[]) =>
  /Cannot prepare multiple statements/i.test(String(err instanceof Error ? err.message : err)) &&
  tokens.some((t) => isKeyword(t, 'PIVOT') || isKeyword(t, 'UNPIVOT') || isKeyword(t, 'PIVOT_WIDER'));

/** Checks one query (the whole statement, or the inner statement of an EXPLAIN). */
async function checkQuery(
  engine: ConsoleEngine,
  text: string,
  stmt: Statement,
): Promise<GateRefusal | { ok: true; tables: string[]; expands: boolean }> {
  const statement = text.slice(stmt.start, stmt.end).trimEnd();
  const place = (prefix: string): SqlPlacement => ({ text, statement, offset: stmt.start, prefix });

  // DuckDB's parse of the statement alone (and the tables it names).
  const bare = await attempt(() => engine.tableNames(statement));
  const file = ('value' in bare ? bare.value : []).find(looksLikeFile);
  if (file !== undefined) return { ok: false, reason: 'file_access', params: { file } };

  // DuckDB's parse, bind and plan of the statement as a subquery.
  const probeSql = `${PROBE_PREFIX}${statement}${WRAP_SUFFIX}`;
  let expands = false;
  let probe = await attempt(() => engine.prepared(probeSql));
  if ('error' in probe && isExpandedPivot(probe.error, stmt.tokens)) {
    expands = true;
    probe = await attempt(() => engine.query(probeSql));
  }
  if ('value' in probe) {
    const plan = probe.value.map((r) => String(r.explain_value ?? '')).find((v) => v.startsWith('['));
    const reads = plan ? planReads(plan) : { functions: [], tables: [] };
    for (const fn of reads.functions) {
      if (!ALLOWED_TABLE_FUNCTIONS.test(fn)) {
        return { ok: false, reason: 'table_function', params: { name: fn.toLowerCase() } };
      }
    }
    return { ok: true, tables: reads.tables, expands };
  }

  const err = engineError(probe.error, place(PROBE_PREFIX));
  if (err.type === 'Parser') {
    const bareErr = 'error' in bare ? engineError(bare.error, place('')) : null;
    if (bareErr?.type === 'Parser') return { ok: false, reason: 'syntax_error', params: {}, error: bareErr };
    // The statement parses alone but not as a subquery (the parser stopped inside the statement, not inside a
    // string handed to query()): DuckDB reads it as some other statement. Named by its first word; for WITH …,
    // by the word the query grammar stopped at (INSERT, UPDATE, DELETE).
    if (err.position !== null) {
      const first = stmt.tokens.find((t) => t.type === TOKEN.keyword || t.type === TOKEN.identifier);
      let word = first?.text.toUpperCase() ?? '';
      if (word === 'WITH') {
        const at = stmt.tokens.find((t) => t.index === err.position?.index);
        if (at && at.type !== TOKEN.operator) word = at.text.toUpperCase();
      }
      return { ok: false, reason: 'not_a_query', params: { word } };
    }
  }
  const missing = /Table with name (.+?) does not exist/.exec(err.message)?.[1];
  if (err.type === 'Catalog' && missing !== undefined && looksLikeFile(missing)) {
    return { ok: false, reason: 'file_access', params: { file: missing }, error: err };
  }
  if (err.type === 'Permission') {
    const at = err.position ? stmt.tokens.find((t) => t.index === err.position?.index) : undefined;
    const name = at && at.type !== TOKEN.string ? at.text.toLowerCase() : '';
    return name
      ? { ok: false, reason: 'table_function', params: { name }, error: err }
      : { ok: false, reason: 'file_access', params: { file: firstFileName(err.message) }, error: err };
  }
  return { ok: false, reason: 'engine_error', params: {}, error: err };
}

/**
 * Decides whether the console may run `text`: one read-only query, as DuckDB parses, binds and plans it.
 * Runs inside its own READ ONLY transaction, rolled back. Never throws for what the analyst typed.
 */
export async function checkStatement(text: string, engine: ConsoleEngine): Promise<GateResult> {
  const statements = splitStatements(text, await tokensOf(engine, text));
  if (statements.length === 0) return { ok: false, reason: 'empty', params: {} };
  if (statements.length > 1) return { ok: false, reason: 'multiple_statements', params: { count: statements.length } };
  const stmt = statements[0] as Statement;
  const statement = text.slice(stmt.start, stmt.end).trimEnd();
  try {
    await engine.query('BEGIN TRANSACTION READ ONLY');
  } catch {
    // A transaction left open (a cancelled run whose ROLLBACK has not landed yet): end it and start afresh.
    await attempt(() => engine.query('ROLLBACK'));
    await engine.query('BEGIN TRANSACTION READ ONLY');
  }
  try {
    if (isKeyword(stmt.tokens[0], 'EXPLAIN')) {
      const k = explainInner(stmt.tokens);
      const inner = stmt.tokens[k];
      if (!inner) return { ok: false, reason: 'not_a_query', params: { word: 'EXPLAIN' } };
      const r = await checkQuery(engine, text, { start: inner.index, end: stmt.end, tokens: stmt.tokens.slice(k) });
      if (!r.ok) return r;
      return { ok: true, kind: 'explain', statement, offset: stmt.start, tables: r.tables, expands: r.expands };
    }
    const r = await checkQuery(engine, text, stmt);
    if (!r.ok) return r;
    return { ok: true, kind: 'query', statement, offset: stmt.start, tables: r.tables, expands: r.expands };
  } finally {
    await engine.query('ROLLBACK');
  }
}

/**
 * The SQL the console runs for an accepted statement: a query as `SELECT * FROM (<statement>\n) … LIMIT n`
 * (n = limit + 1: one extra row tells that more exist), EXPLAIN as typed. The statement starts on the wrapper's
 * first line, so DuckDB's line numbers stay the analyst's; the column shift is undone by engineError(). The
 * closing parenthesis is on its own line so that a trailing `--` comment cannot swallow it.
 */
export function consoleSql(gate: GateOk, text: string, limit: number): { sql: string; placement: SqlPlacement } {
  const placement = (prefix: string): SqlPlacement => ({
    text,
    statement: gate.statement,
    offset: gate.offset,
    prefix,
  });
  if (gate.kind === 'explain') return { sql: gate.statement, placement: placement('') };
  return {
    sql: `${WRAP_PREFIX}${gate.statement}${WRAP_SUFFIX} LIMIT ${Math.floor(limit) + 1}`,
    placement: placement(WRAP_PREFIX),
  };
}
