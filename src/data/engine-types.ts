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
  /**
   * Several queries in one round trip to the database (one statement in the browser: src/data/batch-sql.ts); the
   * rows of each request, in order, equal to what run() returns for it. src/coordinator/coordinator.ts is the
   * caller for every view.
   */
  runBatch(requests: readonly QueryRequest[]): Promise<Row[][]>;
  /** Set by an engine that answers the first paint from precomputed results (the browser's snapshot.json). */
  firstPaint?: FirstPaint;
}

/**
 * Results answered before the engine had loaded its tables, from rows precomputed at publish time: they stand only
 * until the engine is ready, then the coordinator asks again and the engine compares (a mismatch is reported).
 */
export interface FirstPaint {
  /**
   * The precomputed rows of a request, while the engine is not ready (undefined otherwise, or when there are none).
   * The coordinator asks this before batching, so that a first paint never waits for the tables a batch needs.
   */
  answer(request: QueryRequest): Promise<Row[] | undefined>;
  /** True for rows that came from the precomputed results rather than from the engine. */
  isPrecomputed(rows: readonly Row[]): boolean;
  /** True once the engine answers every query from its tables (no precomputed answers any more). */
  ready(): boolean;
  /** Calls `listener` when ready() becomes true. */
  subscribe(listener: () => void): () => void;
}

export type EngineStatus =
  | { state: 'idle' }
  | { state: 'loading'; phase: 'manifest' | 'engine' | 'data'; done: number; total: number; file?: string }
  | { state: 'ready'; failures: DatasetFailure[] }
  | { state: 'failed'; message: string; problems?: string[] };

/**
 * The name of the error the contract check throws for a published file it refuses as a whole
 * (published-validation.ts checkPublishedFile); the engine tells such a file from one it could not fetch by it.
 */
export const REFUSED_FILE_ERROR = 'PublishedFileRefused';

export interface DatasetFailure {
  dataset: DatasetId;
  file: string;
  message: string;
  /**
   * Set when the file did load, without these rows: they named a value missing from a vocabulary (contract v2).
   * Absent when the whole file was refused.
   */
  refusedRows?: number;
  /** Set when the file itself was refused (its contract check failed), not merely unreachable. */
  refused?: boolean;
  /**
   * Set when the file failed while the dataset's table holds an earlier good version: that version keeps answering
   * every query (its figures stay on screen).
   */
  lastGood?: boolean;
}

/**
 * runBatch rejects with this when it knows which requests failed (an engine that runs them one by one): each
 * request then gets its own outcome. Any other rejection fails the batch as a whole (one statement: the
 * coordinator then asks each request alone to find out).
 */
export class BatchFailure extends Error {
  constructor(readonly outcomes: ({ rows: Row[] } | { error: unknown })[]) {
    super('some queries of the batch failed');
  }
}

/** An engine with no batch of its own (test fakes): runBatch runs the requests one after another through run(). */
export function withRunEach(engine: Pick<DataEngine, 'run'> & Partial<DataEngine>): DataEngine {
  return {
    ...engine,
    async runBatch(requests) {
      const outcomes: ({ rows: Row[] } | { error: unknown })[] = [];
      for (const r of requests) {
        try {
          outcomes.push({ rows: await engine.run(r) });
        } catch (error) {
          outcomes.push({ error });
        }
      }
      if (outcomes.some((o) => 'error' in o)) throw new BatchFailure(outcomes);
      return outcomes.map((o) => ('rows' in o ? o.rows : []));
    },
  };
}
