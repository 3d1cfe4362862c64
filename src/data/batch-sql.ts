// Many queries as ONE statement, so that a batch costs one prepare and one worker round trip (src/data/duckdb-browser.ts
// runBatch; the Node engine of the tests runs the same SQL):
//   SELECT 0 AS __batch_q, row_number() OVER () AS __batch_i, COLUMNS(*) AS 'r0_\0' FROM (<q0>) q
//   UNION ALL BY NAME SELECT 1 AS __batch_q, … COLUMNS(*) AS 'r1_\0' FROM (<q1>) q …
//   ORDER BY __batch_q, __batch_i
// Every query's columns get their own prefix, so no column of one query is coerced to another's type and each
// query's column set is in the schema even when it returns no rows; its rows are those with its __batch_q, in its
// own order (row_number() numbers the rows as the query returns them, ORDER BY included). The bound values are
// concatenated in the order of the SQL, so every `?` keeps its value.
// Why not one row of list-of-struct columns (one column per query): DuckDB-WASM's castBigIntToDouble and
// castDecimalToDouble relabel BIGINT/HUGEINT/DECIMAL fields inside nested types as DOUBLE without converting the
// values (a count of 1 reads as 5e-324); top-level columns, as here, are converted correctly.
import type { Table } from 'apache-arrow';
import type { QueryRequest } from './engine-types.ts';
import { type Row, toCell } from './rows.ts';

const QUERY = '__batch_q';
const ORDER = '__batch_i';

/** A query's SQL ready to be nested: no trailing `;` (and it is followed by a newline, ending any `--` comment). */
function nestable(sql: string): string {
  return sql.replace(/[\s;]+$/, '');
}

const prefix = (i: number) => `r${i}_`;

export function batchSql(requests: readonly QueryRequest[]): { sql: string; params: QueryRequest['params'] } {
  if (requests.length === 0) throw new Error('batchSql: no queries');
  const parts = requests.map(
    (r, i) =>
      `SELECT ${i} AS ${QUERY}, row_number() OVER () AS ${ORDER}, COLUMNS(*) AS '${prefix(i)}\\0' FROM (\n${nestable(r.sql)}\n) q`,
  );
  return {
    sql: `${parts.join('\nUNION ALL BY NAME\n')}\nORDER BY ${QUERY}, ${ORDER}`,
    params: requests.flatMap((r) => r.params),
  };
}

/** The rows of every query of a batch, from the result of batchSql(requests). */
export function batchRows(table: Table, count: number): Row[][] {
  const fields = table.schema.fields;
  // Per query: its columns, as [index in the result, name in the query].
  const own: [number, string][][] = Array.from({ length: count }, () => []);
  fields.forEach((f, c) => {
    const m = /^r(\d+)_/.exec(f.name);
    const q = m ? Number(m[1]) : -1;
    if (m && q < count) own[q]?.push([c, f.name.slice(m[0].length)]);
  });
  const vectors = fields.map((f) => table.getChild(f.name));
  const queryOf = table.getChild(QUERY);
  const out: Row[][] = Array.from({ length: count }, () => []);
  for (let i = 0; i < table.numRows; i++) {
    const q = Number(queryOf?.get(i));
    const row: Row = {};
    for (const [c, name] of own[q] ?? []) row[name] = toCell(vectors[c]?.get(i), fields[c]?.typeId ?? 0);
    out[q]?.push(row);
  }
  return out;
}
