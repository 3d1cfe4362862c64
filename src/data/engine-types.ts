import type { DatasetId } from './contract.ts';
import type { TableId } from './rollups.ts';
import type { Cell, Row } from './rows.ts';

/**
 * What a panel asks of the data engine: SQL with `?` placeholders, the bound values, the tables it reads (datasets
 * of the manifest, or rollups of them: src/data/rollups.ts).
 */
export interface QueryRequest {
  sql: string;
  params: readonly Cell[];
  tables: readonly TableId[];
}

/** The narrow door to the database. The browser uses DuckDB-WASM in a worker; tests swap in the Node build. */
export interface DataEngine {
  run(request: QueryRequest): Promise<Row[]>;
}

export type EngineStatus =
  | { state: 'idle' }
  | { state: 'loading'; phase: 'manifest' | 'engine' | 'data'; done: number; total: number; file?: string }
  | { state: 'ready'; failures: DatasetFailure[] }
  | { state: 'failed'; message: string; problems?: string[] };

export interface DatasetFailure {
  dataset: DatasetId;
  file: string;
  message: string;
  /**
   * Set when the file did load, without these rows: they named a value missing from a vocabulary (contract v2).
   * Absent when the whole file was refused.
   */
  refusedRows?: number;
}
