// The SQL console's engine lockdown, as lists of statements applied through any executor (the browser's
// connection in sql-console.ts, DuckDB-WASM's Node build in tests and scripts/bench-sql-gate.ts).
import { DATASET_IDS } from './contract.ts';
import { csvFileName } from './load-sql.ts';
import type { Row } from './rows.ts';

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

/**
 * Session settings of the console's own connection, set before the lockdown (after it no SET is accepted):
 * DuckDB's errors as JSON carry the error's position, which the console maps back into the analyst's text.
 * `errors_as_json` is a connection-local setting: the panels' connection keeps plain messages.
 */
export const CONSOLE_SESSION_SQL: readonly string[] = ['SET errors_as_json = true'];

/** Applies the lockdown through any executor (browser connection or Node test engine). Idempotent. */
export async function applyLockdown(
  exec: (sql: string) => Promise<Row[]> | Row[],
): Promise<'applied' | 'already-locked'> {
  const rows = await exec("SELECT current_setting('lock_configuration') AS locked");
  if (rows[0]?.locked === true) return 'already-locked';
  for (const sql of CONSOLE_LOCKDOWN_SQL) await exec(sql);
  return 'applied';
}
