// Pure pieces of bringing your own file: safe names for upload tables and their columns, and the SQL that turns
// a staging table (Arrow batches with columns c0, c1, …) into the final `upload_<name>` table. Used by the upload
// worker (no DuckDB there) and by src/data/user-tables.ts (which runs the SQL).
//
// Names: file and column names are shown to the analyst as given; in SQL they go through a whitelist sanitiser —
// lower-case ASCII letters, digits and `_` only, starting with a letter — and are always double-quoted.
import type { DatasetId, SqlType } from '../contract.ts';

/** Type of a column in an upload table. Free tables use BIGINT for whole numbers; contract tables their own. */
export type UploadSqlType = SqlType | 'BIGINT';

/** How a column travels from the worker to DuckDB in Arrow: text (VARCHAR, DATE as ISO), numbers, booleans. */
export type ArrowKind = 'utf8' | 'float64' | 'bool';

export interface PlannedColumn {
  /** Name in the file, as given (shown to the analyst). */
  label: string;
  /** Sanitised name in DuckDB. */
  name: string;
  sql: UploadSqlType;
  /** Column name in the staging table when it is not `c<i>` (Parquet files keep their own names). */
  stage?: string;
}

export interface UploadPlan {
  table: string;
  fileName: string;
  columns: PlannedColumn[];
  source: 'contract' | 'free';
  dataset: DatasetId | null;
}

export const UPLOAD_PREFIX = 'upload_';

/** Words a console user could not type unquoted (SQL keywords and the words the console gate refuses). */
const RESERVED = new Set(
  (
    'all and any as asc between by call case cast check collate column constraint copy create cross default delete ' +
    'desc describe distinct drop else end except exists export false fetch for foreign from full grant group having ' +
    'ilike import in inner insert install intersect into is join lateral left like limit load natural not null offset ' +
    'on or order outer pivot pragma primary qualify references reset right select set show some summarize table ' +
    'then to true union unique unpivot update use using values when where window with attach detach alter begin ' +
    'commit rollback checkpoint vacuum truncate merge force prepare execute'
  ).split(' '),
);

/** Any text → `[a-z0-9_]`, starting with a letter; `fallback` when nothing usable is left. */
export function safeIdentifier(raw: string, fallback: string, maxLength = 48): string {
  let s = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, maxLength)
    .replace(/_+$/, '');
  if (s === '') return fallback;
  if (!/^[a-z]/.test(s)) s = `c_${s}`;
  if (RESERVED.has(s)) s = `${s}_`;
  return s;
}

/** Column names for a header: sanitised, unique (`_2`, `_3`, …), `kolom_<n>` for empty headers. */
export function safeColumnNames(header: readonly string[]): string[] {
  const used = new Set<string>();
  return header.map((h, i) => {
    const base = safeIdentifier(h.replace(/^\uFEFF/, ''), `kolom_${i + 1}`);
    let name = base;
    for (let k = 2; used.has(name); k++) name = `${base}_${k}`;
    used.add(name);
    return name;
  });
}

/** `Data Desa (1).csv` → `upload_data_desa_1`; unique against `existing` (`_2`, `_3`, …). */
export function safeTableName(fileName: string, existing: Iterable<string> = []): string {
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/\.(csv|parquet|txt|tsv)$/i, '');
  const name = `${UPLOAD_PREFIX}${safeIdentifier(base, 'tabel', 40).replace(/_$/, '')}`;
  const taken = new Set(existing);
  let out = name;
  for (let k = 2; taken.has(out); k++) out = `${name}_${k}`;
  return out;
}

/** True for names this module makes (defence: DROP only ever touches upload tables). */
export function isUploadTableName(name: string): boolean {
  return /^upload_[a-z][a-z0-9_]{0,60}$/.test(name);
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

export function arrowKind(sql: UploadSqlType): ArrowKind {
  if (sql === 'INTEGER' || sql === 'BIGINT' || sql === 'DOUBLE') return 'float64';
  if (sql === 'BOOLEAN') return 'bool';
  return 'utf8';
}

/** Staging column name for the i-th planned column (never from the file). */
export const stageColumn = (i: number) => `c${i}`;
export const stageTable = (table: string) => `__stage_${table}`;

/** Staging table → final table with the planned names and types; then the staging table is dropped. */
export function finaliseSql(plan: UploadPlan, staged: boolean): string[] {
  if (!isUploadTableName(plan.table)) throw new Error(`Nama tabel unggahan tidak sah: ${plan.table}`);
  const t = quoteIdent(plan.table);
  if (!staged) {
    const cols = plan.columns.map((c) => `${quoteIdent(c.name)} ${c.sql}`).join(', ');
    return [`CREATE TABLE ${t} (${cols})`];
  }
  const select = plan.columns
    .map((c, i) => `CAST(${quoteIdent(c.stage ?? stageColumn(i))} AS ${c.sql}) AS ${quoteIdent(c.name)}`)
    .join(', ');
  return [
    `CREATE TABLE ${t} AS SELECT ${select} FROM ${quoteIdent(stageTable(plan.table))}`,
    `DROP TABLE ${quoteIdent(stageTable(plan.table))}`,
  ];
}
