// SQL that moves published files into tables with the contract's types. Identifiers come from the contract and
// from names we generate, never from file contents or the manifest.
import { CONTRACT, createTableSql, type DatasetId } from './contract.ts';

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Registered-file name for a dataset's CSV (we choose it; the manifest path never reaches SQL). */
export const csvFileName = (id: DatasetId) => `${id}.csv`;

/** CSV → table with explicit column types (no sniffing: codes stay VARCHAR). */
export function readCsvSql(id: DatasetId): string {
  const columns = CONTRACT[id].columns.map((c) => `'${c.name}': '${c.sql}'`).join(', ');
  return (
    `CREATE OR REPLACE TABLE ${quoteIdent(id)} AS SELECT * FROM read_csv('${csvFileName(id)}', ` +
    `header = true, delim = ',', quote = '"', escape = '"', nullstr = '', auto_detect = false, ` +
    `dateformat = '%Y-%m-%d', columns = {${columns}})`
  );
}

/** Staging table (from Arrow) → typed table, column by column, in contract order. */
export function insertFromStageSql(id: DatasetId, stage: string): string[] {
  const cols = CONTRACT[id].columns.map((c) => `CAST(${quoteIdent(c.name)} AS ${c.sql}) AS ${quoteIdent(c.name)}`);
  return [
    createTableSql(id),
    `INSERT INTO ${quoteIdent(id)} SELECT ${cols.join(', ')} FROM ${quoteIdent(stage)}`,
    `DROP TABLE ${quoteIdent(stage)}`,
  ];
}

/**
 * Deletes the rows of a loaded dataset whose `column` holds one of `count` values (bound as parameters): the rows
 * the load-time check refused for a value missing from its vocabulary. The column must be a contract column.
 */
export function deleteRefusedRowsSql(id: DatasetId, column: string, count: number): string {
  if (!CONTRACT[id].columns.some((c) => c.name === column)) throw new Error(`${id} has no column ${column}`);
  if (!Number.isInteger(count) || count < 1) throw new Error(`deleteRefusedRowsSql: ${count} values`);
  return `DELETE FROM ${quoteIdent(id)} WHERE ${quoteIdent(column)} IN (${Array.from({ length: count }, () => '?').join(', ')})`;
}

/** First statements on every connection: never download extensions (offline intranet). */
export const LOCKDOWN_SQL = ['SET autoinstall_known_extensions = false', 'SET autoload_known_extensions = false'];
