// Thin helpers over native DuckDB (@duckdb/node-api) for the data scripts: typed tables from the contract,
// appending JS rows, and writing the Parquet (ZSTD) + CSV twins.
import { type DuckDBAppender, type DuckDBConnection, DuckDBInstance, dateValue } from '@duckdb/node-api';
import { CONTRACT, type ColumnSpec, createTableSql, type DatasetId } from '../../src/data/contract.ts';
import { toDays } from './dates.ts';

export type Row = Record<string, string | number | boolean | null>;

export async function openDuck(options: Record<string, string> = {}): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:', options);
  const conn = await instance.connect();
  // Everything these scripts need is built in; never reach for the network.
  await conn.run('SET autoinstall_known_extensions = false');
  await conn.run('SET autoload_known_extensions = false');
  return conn;
}

/** A single-quoted SQL string literal. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** `SELECT` list that casts every contract column to its contract type, in contract order. */
export function contractSelectList(id: DatasetId, from: (name: string) => string = (n) => `"${n}"`): string {
  return CONTRACT[id].columns.map((c) => `CAST(${from(c.name)} AS ${c.sql}) AS "${c.name}"`).join(', ');
}

/** ORDER BY clause over the dataset key (NULLs first, so province rows lead in targets). */
export function keyOrder(id: DatasetId): string {
  return CONTRACT[id].key.map((k) => `"${k}" ASC NULLS FIRST`).join(', ');
}

function appendCell(appender: DuckDBAppender, col: ColumnSpec, value: Row[string] | undefined, where: string): void {
  if (value === null || value === undefined) {
    if (!col.nullable) throw new Error(`${where}: column ${col.name} must not be empty`);
    appender.appendNull();
    return;
  }
  switch (col.sql) {
    case 'VARCHAR':
      appender.appendVarchar(String(value));
      return;
    case 'INTEGER':
      if (typeof value !== 'number' || !Number.isInteger(value))
        throw new Error(`${where}: ${col.name} not an integer`);
      appender.appendInteger(value);
      return;
    case 'DOUBLE':
      if (typeof value !== 'number') throw new Error(`${where}: ${col.name} not a number`);
      appender.appendDouble(value);
      return;
    case 'BOOLEAN':
      if (typeof value !== 'boolean') throw new Error(`${where}: ${col.name} not a boolean`);
      appender.appendBoolean(value);
      return;
    case 'DATE':
      appender.appendDate(dateValue(toDays(String(value))));
      return;
  }
}

/** Creates table `id` with the contract's column types and appends the rows. */
export async function loadRows(conn: DuckDBConnection, id: DatasetId, rows: readonly Row[]): Promise<void> {
  await conn.run(createTableSql(id));
  const appender = await conn.createAppender(id);
  const columns = CONTRACT[id].columns;
  rows.forEach((row, i) => {
    for (const col of columns) appendCell(appender, col, row[col.name], `${id} row ${i + 1}`);
    appender.endRow();
  });
  appender.closeSync();
}

/**
 * Writes `<dir>/<id>.parquet` (ZSTD) and `<dir>/<id>.csv` from a table or query, columns cast to the contract
 * types and rows ordered by the dataset key, so the bytes only depend on the data.
 */
export async function writeDataset(
  conn: DuckDBConnection,
  id: DatasetId,
  dir: string,
  options: { source?: string; csv?: boolean; parquet?: boolean } = {},
): Promise<void> {
  const source = options.source ?? `"${id}"`;
  const query = `SELECT ${contractSelectList(id)} FROM ${source} ORDER BY ${keyOrder(id)}`;
  if (options.parquet !== false) {
    const path = sqlString(`${dir}/${id}.parquet`);
    await conn.run(`COPY (${query}) TO ${path} (FORMAT parquet, COMPRESSION zstd)`);
  }
  if (options.csv !== false) {
    const path = sqlString(`${dir}/${id}.csv`);
    await conn.run(
      `COPY (${query}) TO ${path} (FORMAT csv, HEADER true, DELIMITER ',', QUOTE '"', DATEFORMAT '%Y-%m-%d')`,
    );
  }
}

/** Runs a query and returns plain JS rows (BIGINT → number when safe). */
export async function queryRows(conn: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await conn.runAndReadAll(sql);
  return reader
    .getRowObjectsJS()
    .map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([k, v]) => [
          k,
          typeof v === 'bigint' && Number.isSafeInteger(Number(v)) ? Number(v) : v,
        ]),
      ),
    );
}
