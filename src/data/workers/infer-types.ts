// Free tables (an upload that matches no contract dataset): sniff the CSV's conventions and guess each column's
// type from a sample, for the analyst to confirm before loading; then convert every cell to that type.
// Conventions as the contract validator reads them (src/data/validate/values.ts): `;` or `,` or tab, decimal comma
// or point (one per file, voted by the sample), dd/mm/yyyy or ISO dates, a BOM. Codes stay text: a column is TEXT
// when its name says code/id/number, when a value has a leading zero (`0812…`, `007`) or a `+` (`+62…`), when its
// values look like region codes (`15.02`, `15.02.01.2001`), or when digits run longer than 15 (NIK, account numbers).
import Papa from 'papaparse';
import { sniffDelimiter } from '../validate/csv.ts';
import type { DecimalSeparator, Delimiter } from '../validate/types.ts';
import { dateKind, decimalEvidence, parseBoolean, parseDate, parseNumber } from '../validate/values.ts';
import { safeColumnNames, type UploadSqlType } from './table-plan.ts';

export type FreeType = 'integer' | 'decimal' | 'date' | 'boolean' | 'text';

export const FREE_TYPES: readonly FreeType[] = ['text', 'integer', 'decimal', 'date', 'boolean'];

export const FREE_TYPE_SQL: Record<FreeType, UploadSqlType> = {
  integer: 'BIGINT',
  decimal: 'DOUBLE',
  date: 'DATE',
  boolean: 'BOOLEAN',
  text: 'VARCHAR',
};

export type GuessReason =
  | 'empty'
  | 'code_name'
  | 'leading_zero'
  | 'plus_sign'
  | 'region_code'
  | 'long_digits'
  | 'boolean'
  | 'integer'
  | 'decimal'
  | 'date'
  | 'text';

export interface ColumnGuess {
  index: number;
  /** Header as given in the file. */
  label: string;
  /** Sanitised name for DuckDB. */
  name: string;
  type: FreeType;
  reason: GuessReason;
  /** A few distinct sample values (as in the file). */
  examples: string[];
}

export interface CsvSniff {
  delimiter: Delimiter;
  decimal: DecimalSeparator;
  /** Decided by votes of the sample's numeric cells (false: no evidence, the delimiter's default). */
  decimalVoted: boolean;
  dateFormat: 'yyyy-mm-dd' | 'dd/mm/yyyy' | 'mixed' | null;
  bom: boolean;
  header: string[];
  columns: ColumnGuess[];
  sampleRows: number;
}

const CODE_NAME =
  /(^|[^a-z])(kode|kd|code|id|nik|nip|nis|npwp|no|nomor|nomer|telp|telepon|tlp|hp|phone|kodepos|rekening|zip)([^a-z]|$)/i;
const REGION_CODE = /^\d{2}(\.\d{2}){1,2}(\.\d{4})?$/;
/** `0812…`, `007`, `01.02`: a zero before more digits (not `0,5`, not the date `01/02/2024`). */
const LEADING_ZERO = /^0\d[\d.]*$/;
const DIGITS = /^\d+$/;
const BOOLEAN_WORDS = new Set(['true', 'false', 'ya', 'tidak', 'benar', 'salah', 'yes', 'no']);

/** Reasons a column must stay text whatever its values parse as (codes). */
function codeReason(label: string, values: readonly string[]): GuessReason | null {
  if (CODE_NAME.test(label.replace(/[_-]/g, ' '))) return 'code_name';
  if (values.some((v) => LEADING_ZERO.test(v))) return 'leading_zero';
  if (values.some((v) => v.startsWith('+'))) return 'plus_sign';
  if (values.length > 0 && values.every((v) => REGION_CODE.test(v))) return 'region_code';
  if (values.some((v) => DIGITS.test(v) && v.length > 15)) return 'long_digits';
  return null;
}

/** The type of one column from its (trimmed, non-empty) sample values. */
export function inferColumnType(
  label: string,
  values: readonly string[],
  decimal: DecimalSeparator,
): { type: FreeType; reason: GuessReason } {
  if (values.length === 0) return { type: 'text', reason: 'empty' };
  const code = codeReason(label, values);
  if (code) return { type: 'text', reason: code };
  if (values.every((v) => parseBoolean(v).ok) && values.some((v) => BOOLEAN_WORDS.has(v.toLowerCase())))
    return { type: 'boolean', reason: 'boolean' };
  if (
    values.every((v) => {
      const p = parseNumber(v, decimal, true);
      return p.ok && Math.abs(p.value as number) <= Number.MAX_SAFE_INTEGER;
    })
  )
    return { type: 'integer', reason: 'integer' };
  if (values.every((v) => parseNumber(v, decimal, false).ok)) return { type: 'decimal', reason: 'decimal' };
  if (values.every((v) => parseDate(v).ok)) return { type: 'date', reason: 'date' };
  return { type: 'text', reason: 'text' };
}

/** The last line break of `text` outside quotes (where a stream can be cut into whole rows), or -1. */
export function lastRowBreak(text: string): number {
  let inQuotes = false;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) inQuotes = !inQuotes;
    else if (!inQuotes && (c === 10 || c === 13)) last = i;
  }
  return last;
}

/**
 * Sniffs the first part of a CSV file (`complete` = the text is the whole file; otherwise its last partial row is
 * dropped). Decimal separator voted like the validator: numeric cells of non-code columns; no evidence → comma
 * for `;` files, point otherwise.
 */
export function sniffCsv(input: string, complete: boolean, maxRows = 5000): CsvSniff {
  let text = input;
  const bom = text.charCodeAt(0) === 0xfeff;
  if (bom) text = text.slice(1);
  if (!complete) {
    const cut = lastRowBreak(text);
    if (cut >= 0) text = text.slice(0, cut + 1);
  }
  const firstLine = text.split(/\r\n|\n|\r/, 50).find((l) => l.trim() !== '') ?? '';
  const delimiter = sniffDelimiter(firstLine);
  const rows = Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: 'greedy',
    preview: maxRows + 1,
  }).data;
  const rawHeader = rows[0] ?? [];
  let width = rawHeader.length;
  while (width > 0 && (rawHeader[width - 1] ?? '').trim() === '') width--;
  const header = rawHeader.slice(0, width).map((h) => h.trim());
  const names = safeColumnNames(header);
  const data = rows.slice(1);
  const values = header.map((_, c) => {
    const out: string[] = [];
    for (const r of data) {
      const v = (r[c] ?? '').trim();
      if (v !== '') out.push(v);
    }
    return out;
  });
  let comma = 0;
  let dot = 0;
  header.forEach((label, c) => {
    const vs = values[c] ?? [];
    if (codeReason(label, vs)) return;
    for (const v of vs) {
      const e = decimalEvidence(v);
      if (e === ',') comma++;
      else if (e === '.') dot++;
    }
  });
  const decimal: DecimalSeparator = comma > dot ? ',' : dot > comma ? '.' : delimiter === ';' ? ',' : '.';
  let iso = 0;
  let dmy = 0;
  const columns: ColumnGuess[] = header.map((label, index) => {
    const vs = values[index] ?? [];
    const guess = inferColumnType(label, vs, decimal);
    if (guess.type === 'date')
      for (const v of vs) {
        const k = dateKind(v);
        if (k === 'iso') iso++;
        else if (k === 'dmy') dmy++;
      }
    return {
      index,
      label,
      name: names[index] ?? `kolom_${index + 1}`,
      ...guess,
      examples: [...new Set(vs)].slice(0, 3),
    };
  });
  return {
    delimiter,
    decimal,
    decimalVoted: comma !== dot,
    dateFormat: iso && dmy ? 'mixed' : iso ? 'yyyy-mm-dd' : dmy ? 'dd/mm/yyyy' : null,
    bom,
    header,
    columns,
    sampleRows: data.length,
  };
}

export type Converted = { ok: true; value: string | number | boolean | null } | { ok: false };

/** One cell → the confirmed type (empty → NULL). Dates become ISO text (cast to DATE in DuckDB). */
export function convertCell(raw: string | undefined, type: FreeType, decimal: DecimalSeparator): Converted {
  const s = (raw ?? '').trim();
  if (s === '') return { ok: true, value: null };
  switch (type) {
    case 'text':
      return { ok: true, value: s };
    case 'integer': {
      const p = parseNumber(s, decimal, true);
      return p.ok && Math.abs(p.value as number) <= Number.MAX_SAFE_INTEGER
        ? { ok: true, value: p.value }
        : { ok: false };
    }
    case 'decimal': {
      const p = parseNumber(s, decimal, false);
      return p.ok ? { ok: true, value: p.value } : { ok: false };
    }
    case 'date': {
      const p = parseDate(s);
      return p.ok ? { ok: true, value: p.value } : { ok: false };
    }
    case 'boolean': {
      const p = parseBoolean(s);
      return p.ok ? { ok: true, value: p.value } : { ok: false };
    }
  }
}
