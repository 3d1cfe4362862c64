// Figures computed independently of the app: native DuckDB (@duckdb/node-api, Parquet reader built in) loads every
// dataset that public/data/manifest.json lists — the Parquet file when there is one (read_parquet), else the CSV
// twin — into a table named as the dataset, with the contract's column types. The app reads the same files through
// DuckDB-WASM in the browser; nothing here goes through the app's loaders or query builders.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { CONTRACT, type DatasetId, isDatasetId } from '../../src/data/contract.ts';

export interface PublicDataOptions {
  /** The folder holding manifest.json and the files (default public/data; a build's copy is <dist>/data). */
  dir?: string;
  /** Which twin to read when a dataset has both (default parquet). */
  prefer?: 'parquet' | 'csv';
}

interface ManifestFile {
  path: string;
  format: string;
}
interface ManifestDataset {
  id: string;
  as_of: string;
  files: ManifestFile[];
}

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;

export interface PublicDataDb {
  rows(sql: string): Promise<Record<string, unknown>[]>;
  /** The first column of the first row as a number (null for SQL NULL or no row). */
  value(sql: string): Promise<number | null>;
  /** The datasets loaded, and those of the contract the manifest does not list. */
  loaded: DatasetId[];
  missing: DatasetId[];
  /** as_of of each loaded dataset, and the manifest's. */
  asOf: Partial<Record<DatasetId, string>> & { manifest: string };
  close(): void;
}

export async function publicDataDb(options: PublicDataOptions = {}): Promise<PublicDataDb> {
  const dir = options.dir ?? 'public/data';
  const prefer = options.prefer ?? 'parquet';
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    as_of: string;
    datasets: ManifestDataset[];
  };
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  await conn.run('SET autoinstall_known_extensions = false');
  const loaded: DatasetId[] = [];
  const asOf: PublicDataDb['asOf'] = { manifest: manifest.as_of };
  for (const d of manifest.datasets) {
    if (!isDatasetId(d.id)) continue;
    const spec = CONTRACT[d.id];
    const parquet = d.files.filter((f) => f.format === 'parquet');
    const csv = d.files.filter((f) => f.format === 'csv');
    const useParquet = parquet.length > 0 && (prefer === 'parquet' || csv.length === 0);
    const files = (useParquet ? parquet : csv).map((f) => quote(join(dir, f.path)));
    if (files.length === 0) continue;
    if (useParquet) {
      const cols = spec.columns.map((c) => `CAST(${ident(c.name)} AS ${c.sql}) AS ${ident(c.name)}`).join(', ');
      await conn.run(`CREATE TABLE ${ident(d.id)} AS SELECT ${cols} FROM read_parquet([${files.join(', ')}])`);
    } else {
      const columns = spec.columns.map((c) => `${quote(c.name)}: ${quote(c.sql)}`).join(', ');
      await conn.run(
        `CREATE TABLE ${ident(d.id)} AS SELECT * FROM read_csv([${files.join(', ')}], header = true, columns = {${columns}})`,
      );
    }
    loaded.push(d.id);
    asOf[d.id] = d.as_of;
  }
  const rows = async (sql: string) => {
    const reader = await conn.runAndReadAll(sql);
    return reader.getRowObjectsJson() as Record<string, unknown>[];
  };
  return {
    rows,
    async value(sql: string) {
      const r = (await rows(sql))[0];
      const v = r ? Object.values(r)[0] : null;
      return v === null || v === undefined ? null : Number(v);
    },
    loaded,
    missing: (Object.keys(CONTRACT) as DatasetId[]).filter((id) => !loaded.includes(id)),
    asOf,
    close: () => conn.closeSync(),
  };
}
