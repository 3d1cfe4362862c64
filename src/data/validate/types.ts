// Types of the contract validator (docs/validation.md). Pure TypeScript: runs in the browser, a Web Worker and Node.
import type { DatasetId, Text } from '../contract.ts';
import type { Cell, Row } from '../rows.ts';

export type { Cell, Row, Text };

export type Severity = 'error' | 'warning';

/** Every issue code the validator emits. Stable: the UI, tests and scripts match on them. */
export const ISSUE_CODES = [
  // the file as a whole
  'empty_file',
  'binary_file',
  'not_utf8',
  'header_only',
  'unknown_dataset',
  'parquet_unreadable',
  // header / schema
  'missing_column',
  'unknown_column',
  'duplicate_column',
  'wrong_column_type',
  'not_canonical',
  // structure of a CSV row
  'ragged_row',
  'unclosed_quote',
  'malformed_quote',
  // values
  'null_value',
  'wrong_type',
  'pattern_mismatch',
  'code_mangled',
  'invalid_enum',
  'out_of_range',
  'future_date',
  'unknown_reference',
  'unknown_vocabulary',
  'duplicate_key',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

export interface Issue {
  severity: Severity;
  code: IssueCode;
  /**
   * CSV: the line in the file (1 = first line, the header; a row spanning several lines because of quoted line
   * breaks is reported at the line where it starts). Parquet: the 1-based data row number (no header line).
   * Absent for issues about the whole file.
   */
  line?: number;
  /** Contract column name (or the file's header name for unknown columns). */
  column?: string;
  /** The value as found in the file (plain text, never markup; shortened to 200 characters). */
  value?: string;
  /** What was expected, in short (e.g. "0–100", "15.02.01.2001", "DATE"). */
  expected?: string;
  /** duplicate_key: the line of the first occurrence. */
  otherLine?: number;
  /** Self-contained sentence: file, line, column, what was found, what was expected. Plain text. */
  message: Text;
  /** How to fix it. Plain text. */
  hint?: Text;
}

export interface InvalidRow {
  /** As Issue.line: file line (CSV) or data row number (Parquet). */
  line: number;
  /** The row's fields as in the file, in file column order (Parquet: values as text, '' for NULL). */
  raw: string[];
  /** Every issue of this row (not capped). */
  issues: Issue[];
}

export type Delimiter = ',' | ';' | '\t';
export type DecimalSeparator = ',' | '.';
export type DateFormat = 'yyyy-mm-dd' | 'dd/mm/yyyy' | 'mixed';
export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be' | 'binary';
export type FileFormat = 'csv' | 'parquet';

export interface Detected {
  /** CSV delimiter, sniffed from the header line. null for Parquet or when nothing could be read. */
  delimiter: Delimiter | null;
  /** Decimal separator of the file (one convention per file). null when the file has no decimal evidence at all. */
  decimal: DecimalSeparator | null;
  /** How the file writes dates. null when it has no dates. */
  dateFormat: DateFormat | null;
  /** A UTF-8 byte order mark was present (and stripped). */
  bom: boolean;
  encoding: Encoding;
}

/**
 * `upload` (default): accept what spreadsheets produce (`;`, decimal comma, dd/mm/yyyy, ya/tidak, any column order).
 * `publish`: additionally require the form the dashboard's loader reads without conversion (comma-delimited, the
 * contract's header names in contract order, decimal point, ISO dates, true/false): `not_canonical` errors otherwise.
 */
export type Profile = 'upload' | 'publish';

/**
 * The key values of the datasets a file's columns refer to (`references` in the contract), when they are at hand:
 * village codes (villages.village_code), regency codes (regencies.regency_code), site ids (sites.site_id), and the
 * vocabularies of contract v2 (programmes.programme, technologies.technology). A dataset left out is not checked.
 */
export type References = Partial<Record<DatasetId, ReadonlySet<string>>>;

export interface ValidateOptions {
  /** The contract dataset. When absent: from the file name (`sites.csv`), else from the header names. */
  dataset?: DatasetId;
  /** Shown in every message. */
  fileName: string;
  /** ISO date; dates after it are errors. Default: today in WIB (Asia/Jakarta). */
  today?: string;
  references?: References;
  profile?: Profile;
  /** Which rows to keep in the report. Default 'all'. The CLI uses 'none' (counts only). */
  keepRows?: 'all' | 'invalid' | 'none';
  /** Issues listed per code before the rest are only counted. Default 50. */
  maxIssuesPerCode?: number;
}

export interface ValidateBytesOptions extends ValidateOptions {
  /** Default: Parquet when the bytes start with PAR1, otherwise CSV. */
  format?: FileFormat;
}

export interface ValidationReport {
  fileName: string;
  dataset: DatasetId | null;
  /** Where `dataset` came from. */
  datasetFrom: 'option' | 'file_name' | 'headers' | null;
  format: FileFormat | null;
  profile: Profile;
  detected: Detected;
  /** Header names as in the file (Parquet: schema field names). */
  header: string[];
  /** For each contract column, the index of the file column that feeds it (-1 when missing). */
  columnIndex: Record<string, number>;
  /** The reference lists that were checked (datasets whose codes were looked up). */
  referencesChecked: DatasetId[];
  /** Data rows read (valid + invalid; not the header). */
  rowCount: number;
  validRowCount: number;
  invalidRowCount: number;
  /** Typed rows (contract columns in contract order): strings, numbers, booleans, ISO dates, null. */
  validRows: Row[];
  invalidRows: InvalidRow[];
  /** File-level issues and row-level issues, at most `maxIssuesPerCode` per code, in file order per code. */
  issues: Issue[];
  /** Issues found per code, including those not listed. */
  issueCounts: Partial<Record<IssueCode, number>>;
  /** Issues found but not listed (over the cap), per code. */
  omittedIssues: Partial<Record<IssueCode, number>>;
  errorCount: number;
  warningCount: number;
  /** No errors (warnings allowed). */
  ok: boolean;
}
