// SQL that moves published files into tables with the contract's types. Identifiers come from the contract and
// from names we generate, never from file contents or the manifest.
import { CONTRACT, type DatasetId } from './contract.ts';

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * Registered-file name for a dataset's CSV, or for one part of a dataset published in several CSV files (we choose
 * it; the manifest path never reaches SQL).
 */
export const csvFileName = (id: DatasetId, part = 0) => (part === 0 ? `${id}.csv` : `${id}.part${part}.csv`);

/**
 * CSV → table with explicit column types (no sniffing: codes stay VARCHAR). By default the dataset's one registered
 * file into its own table, in one statement; the loader reads every part into a staging table instead (`into`).
 */
export function readCsvSql(id: DatasetId, options: { into?: string; parts?: number } = {}): string {
  const columns = CONTRACT[id].columns.map((c) => `'${c.name}': '${c.sql}'`).join(', ');
  const parts = options.parts ?? 1;
  const files = Array.from({ length: parts }, (_, i) => `'${csvFileName(id, i)}'`);
  const source = parts === 1 ? files[0] : `[${files.join(', ')}]`;
  return (
    `CREATE OR REPLACE TABLE ${quoteIdent(options.into ?? id)} AS SELECT * FROM read_csv(${source}, ` +
    `header = true, delim = ',', quote = '"', escape = '"', nullstr = '', auto_detect = false, ` +
    `dateformat = '%Y-%m-%d', columns = {${columns}})`
  );
}

/**
 * Staging table → the dataset's typed table, column by column in contract order, in ONE statement: a query running
 * beside a reload sees the old rows or the new ones, never an empty or half-filled table. Then the stage goes.
 */
export function replaceFromStageSql(id: DatasetId, stage: string): string[] {
  const cols = CONTRACT[id].columns.map((c) => `CAST(${quoteIdent(c.name)} AS ${c.sql}) AS ${quoteIdent(c.name)}`);
  return [
    `CREATE OR REPLACE TABLE ${quoteIdent(id)} AS SELECT ${cols.join(', ')} FROM ${quoteIdent(stage)}`,
    `DROP TABLE ${quoteIdent(stage)}`,
  ];
}

/**
 * Deletes the rows of a dataset (in its staging `table` while it loads) whose `column` holds one of `count` values
 * (bound as parameters): the rows the load-time check refused for a value missing from its vocabulary. The column
 * must be a contract column.
 */
export function deleteRefusedRowsSql(id: DatasetId, column: string, count: number, table: string = id): string {
  if (!CONTRACT[id].columns.some((c) => c.name === column)) throw new Error(`${id} has no column ${column}`);
  if (!Number.isInteger(count) || count < 1) throw new Error(`deleteRefusedRowsSql: ${count} values`);
  return `DELETE FROM ${quoteIdent(table)} WHERE ${quoteIdent(column)} IN (${Array.from({ length: count }, () => '?').join(', ')})`;
}

/** First statements on every connection: never download extensions (offline intranet). */
export const LOCKDOWN_SQL = ['SET autoinstall_known_extensions = false', 'SET autoload_known_extensions = false'];
