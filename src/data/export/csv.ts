// CSV writer for exports: what spreadsheets open correctly and safely. Pure: no DOM, no DuckDB.
//
// - UTF-8 with a byte order mark (Excel otherwise reads UTF-8 as the system code page: "Bé" becomes "BÃ©").
// - Two variants: `standard` (`,` between cells, decimal point: tools, pandas, DuckDB, LibreOffice in any locale) and
//   `id` (`;` between cells, decimal comma: Excel with Indonesian regional settings opens it by double click).
// - CRLF line ends (RFC 4180); a cell is quoted when it holds the delimiter, a quote, CR, LF or edge spaces.
// - Formula injection: a TEXT cell that starts with = + - @ TAB or CR (or their full-width forms) gets a leading
//   apostrophe, so a spreadsheet shows it as text instead of evaluating it. NUMBER cells are written as numbers
//   (a negative number stays -5, not '-5): they come from numeric columns, so they cannot carry a formula.
// - Codes are text columns: `15.02.01.2001` and `0812…` are written exactly as stored.
import type { Cell, Row } from '../rows.ts';

export type ExportType = 'VARCHAR' | 'INTEGER' | 'BIGINT' | 'DOUBLE' | 'DATE' | 'BOOLEAN';

export interface ExportColumn {
  name: string;
  type: ExportType;
}

export type CsvVariant = 'standard' | 'id';

export const BOM = '\uFEFF';

/** The delimiter and decimal separator of a variant. */
export const CSV_VARIANTS: Record<CsvVariant, { delimiter: ',' | ';'; decimal: '.' | ',' }> = {
  standard: { delimiter: ',', decimal: '.' },
  id: { delimiter: ';', decimal: ',' },
};

/** First characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"), incl. full-width. */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** `=1+1` → `'=1+1`; anything else unchanged. For text cells only. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function isNumeric(type: ExportType): boolean {
  return type === 'INTEGER' || type === 'BIGINT' || type === 'DOUBLE';
}

/** A number as plain text in the variant's decimal convention, never grouped (1234.5 / 1234,5). */
export function formatCsvNumber(n: number, decimal: '.' | ','): string {
  if (!Number.isFinite(n)) return '';
  const s = Object.is(n, -0) ? '0' : String(n);
  return decimal === ',' ? s.replace('.', ',') : s;
}

/** One cell's text, before quoting. */
export function cellText(value: Cell | undefined, type: ExportType, variant: CsvVariant): string {
  if (value === null || value === undefined) return '';
  const { decimal } = CSV_VARIANTS[variant];
  if (typeof value === 'number' && isNumeric(type)) return formatCsvNumber(value, decimal);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (type === 'DATE' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  // Text (and anything unexpected in a typed column) is treated as text: neutralised.
  return neutraliseFormula(String(value));
}

/** Quotes a cell when it needs it (delimiter, quote, CR, LF, leading/trailing space). */
export function quoteCell(text: string, delimiter: string): string {
  if (
    text.includes(delimiter) ||
    text.includes('"') ||
    text.includes('\n') ||
    text.includes('\r') ||
    /^\s|\s$/.test(text)
  ) {
    return `"${text.replaceAll('"', '""')}"`;
  }
  return text;
}

/** The whole file: BOM, header row, one row per record, CRLF after every row. */
export function toCsv(
  columns: readonly ExportColumn[],
  rows: readonly Row[],
  variant: CsvVariant = 'standard',
): string {
  const { delimiter } = CSV_VARIANTS[variant];
  const lines: string[] = [columns.map((c) => quoteCell(neutraliseFormula(c.name), delimiter)).join(delimiter)];
  for (const row of rows) {
    lines.push(columns.map((c) => quoteCell(cellText(row[c.name], c.type, variant), delimiter)).join(delimiter));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** UTF-8 bytes of a CSV text (the BOM included when the text starts with it). */
export function csvBytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
