// Messages between the page and the upload worker (src/data/workers/upload.worker.ts). Types only.
import type { DatasetId, Text } from '../contract.ts';
import type { Issue, ValidationReport } from '../validate/types.ts';
import type { CsvSniff, FreeType } from './infer-types.ts';
import type { PlannedColumn } from './table-plan.ts';

/** Key values of the official datasets an upload's codes and vocabulary values are checked against. */
export type OfficialReferences = Partial<Record<DatasetId, string[]>>;

export type UploadFormat = 'csv' | 'parquet';

export type Inspection =
  | { kind: 'rejected'; format: UploadFormat; issues: Issue[] }
  | {
      kind: 'contract';
      format: UploadFormat;
      dataset: DatasetId;
      datasetFrom: 'file_name' | 'headers';
      header: string[];
    }
  | { kind: 'free'; format: 'csv'; sniff: CsvSniff }
  | { kind: 'free'; format: 'parquet'; columns: PlannedColumn[]; rows: number };

export type Phase = 'reading' | 'validating' | 'converting' | 'parsing';

/** What validating a contract upload gives back (rows travel separately as Arrow batches). */
export interface ContractSummary {
  /** The report without validRows; invalidRows capped at MAX_INVALID_ROWS_SENT. */
  report: ValidationReport;
  /**
   * All invalid rows as CSV (validator's invalidRowsCsv, with a BOM), per language; null when none. Blobs, so a
   * large report crosses to the page without copying or decoding a string on the page's thread.
   */
  invalidCsv: { id: Blob; en: Blob } | null;
  detected: Text;
  columns: PlannedColumn[];
}

export interface BadCells {
  column: string;
  type: FreeType;
  count: number;
  /** 1-based data row numbers (not counting the header) of the first few. */
  rows: number[];
}

export interface FreeSummary {
  rows: number;
  badCells: BadCells[];
  /** Rows with fewer or more fields than the header (missing fields read as empty, extra ones ignored). */
  raggedRows: number;
  /** The text held U+FFFD replacement characters: the file was probably not UTF-8. */
  notUtf8: boolean;
}

export type ToWorker =
  | { type: 'inspect'; file: File }
  | {
      type: 'validate';
      dataset: DatasetId;
      references: OfficialReferences;
      today?: string;
    }
  | { type: 'load-free'; types: FreeType[] }
  /** One batch is in DuckDB (the worker's CSV parser waits while too many are pending). */
  | { type: 'ack' };

export type FromWorker =
  | { type: 'progress'; phase: Phase; done: number; total: number }
  | { type: 'inspected'; inspection: Inspection }
  | { type: 'batch'; ipc: Uint8Array; rows: number }
  | { type: 'validated'; summary: ContractSummary }
  | { type: 'loaded'; summary: FreeSummary }
  | { type: 'error'; message: string };

export const MAX_INVALID_ROWS_SENT = 500;
