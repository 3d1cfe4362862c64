// Figures computed independently of the app: native DuckDB (@duckdb/node-api) reads the CSV twins in public/data,
// while the app reads the Parquet files through DuckDB-WASM in the browser.
import { DuckDBInstance } from '@duckdb/node-api';
import { CONTRACT, type DatasetId } from '../../src/data/contract.ts';

export async function publicDataDb() {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  for (const id of Object.keys(CONTRACT) as DatasetId[]) {
    const columns = CONTRACT[id].columns.map((c) => `'${c.name}': '${c.sql}'`).join(', ');
    await conn.run(
      `CREATE TABLE ${id} AS SELECT * FROM read_csv('public/data/${id}.csv', header = true, columns = {${columns}})`,
    );
  }
  return {
    async rows(sql: string): Promise<Record<string, unknown>[]> {
      const reader = await conn.runAndReadAll(sql);
      return reader.getRowObjectsJson() as Record<string, unknown>[];
    },
    close: () => conn.closeSync(),
  };
}
