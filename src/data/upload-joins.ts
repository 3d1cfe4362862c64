// Which rows of an upload will not join: an upload's `village_code` / `regency_code` values that are not in the
// loaded `villages` / `regencies` tables. Without this an uploaded row with a code from another province loads
// silently and joins to nothing. Pure SQL building (run by src/data/user-tables.ts in the browser, by the unit test
// in DuckDB-WASM's Node build): the table name must be an upload table name, the column and reference names come
// from the constant list below (never from the file), and the list length is a bound parameter.
import { isUploadTableName, quoteIdent } from './workers/table-plan.ts';

/** Code columns an upload can join on, and the official table and key each one joins to. */
export const JOIN_KEYS = [
  { column: 'village_code', reference: 'villages', key: 'village_code' },
  { column: 'regency_code', reference: 'regencies', key: 'regency_code' },
] as const;

export type JoinKey = (typeof JOIN_KEYS)[number];

/** How many distinct codes the report lists (the most frequent first). */
export const UNJOINED_LIST = 20;

export interface UnjoinedCode {
  code: string;
  rows: number;
}

export interface UnjoinedReport {
  column: JoinKey['column'];
  reference: JoinKey['reference'];
  /** Rows with a code (not NULL) that is not in the reference table. */
  rows: number;
  /** Distinct such codes. */
  distinct: number;
  /** The first UNJOINED_LIST of them, most rows first (ties by code). */
  top: UnjoinedCode[];
}

/** The join keys an upload has (by its DuckDB column names), restricted to references that are loaded. */
export function joinKeysOf(columnNames: readonly string[], loaded: readonly string[]): JoinKey[] {
  return JOIN_KEYS.filter((k) => columnNames.includes(k.column) && loaded.includes(k.reference));
}

/**
 * One statement: the unjoined codes of `key.column` in `table`, most rows first, with the totals over all of them
 * on every row (`rows_total`, `distinct_total`). One parameter: how many codes to list.
 */
export function unjoinedSql(table: string, key: JoinKey): string {
  if (!isUploadTableName(table)) throw new Error(`Bukan tabel unggahan: ${table}`);
  const known = JOIN_KEYS.find((k) => k.column === key.column && k.reference === key.reference && k.key === key.key);
  if (!known) throw new Error(`Kolom kode tidak dikenal: ${key.column}`);
  const col = `CAST(u.${quoteIdent(known.column)} AS VARCHAR)`;
  return `WITH miss AS (
  SELECT ${col} AS code FROM ${quoteIdent(table)} u
  WHERE u.${quoteIdent(known.column)} IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM ${quoteIdent(known.reference)} r WHERE r.${quoteIdent(known.key)} = ${col})
), counted AS (
  SELECT code, count(*) AS n FROM miss GROUP BY code
)
SELECT code, CAST(n AS DOUBLE) AS n,
  CAST(sum(n) OVER () AS DOUBLE) AS rows_total, CAST(count(*) OVER () AS DOUBLE) AS distinct_total
FROM counted
ORDER BY n DESC, code
LIMIT ?`;
}

/** The rows of unjoinedSql → the report (no rows: every code joins). */
export function unjoinedReport(key: JoinKey, rows: readonly Record<string, unknown>[]): UnjoinedReport {
  const first = rows[0];
  return {
    column: key.column,
    reference: key.reference,
    rows: first ? Number(first.rows_total) : 0,
    distinct: first ? Number(first.distinct_total) : 0,
    top: rows.map((r) => ({ code: String(r.code), rows: Number(r.n) })),
  };
}
