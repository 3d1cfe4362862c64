// Entry point for bytes (uploads, published files, the CLI): sniff binary / encoding / BOM first, then CSV or
// Parquet. For text already decoded, use validateCsvText in csv.ts. See docs/validation.md.
import { CONTRACT } from '../contract.ts';
import { decodeText, sniffBytes } from './bytes.ts';
import { Collector, DEFAULT_MAX_ISSUES_PER_CODE, emptyReport, finishReport, makeIssue } from './checker.ts';
import { validateCsv } from './csv.ts';
import { datasetFromFileName } from './headers.ts';
import { M, type Where } from './messages.ts';
import type { Detected, FileFormat, ValidateBytesOptions, ValidationReport } from './types.ts';

function fileLevel(
  opts: ValidateBytesOptions,
  format: FileFormat,
  encoding: Detected['encoding'],
  add: (c: Collector, w: Where, columns: string[] | null) => void,
): ValidationReport {
  const report = emptyReport(opts, format, { delimiter: null, decimal: null, dateFormat: null, bom: false, encoding });
  const dataset = opts.dataset ?? datasetFromFileName(opts.fileName);
  if (dataset) {
    report.dataset = dataset;
    report.datasetFrom = opts.dataset ? 'option' : 'file_name';
  }
  const collector = new Collector(opts.maxIssuesPerCode ?? DEFAULT_MAX_ISSUES_PER_CODE);
  add(collector, { file: opts.fileName, format }, dataset ? CONTRACT[dataset].columns.map((c) => c.name) : null);
  return finishReport(report, collector);
}

/**
 * Validates a file's bytes against the contract. Never throws for bad input: every problem is an issue in the
 * report. Parquet needs parquet-wasm loaded (in Node: `loadParquetWasm(bytes of parquet_wasm_bg.wasm)` first).
 */
export async function validateBytes(bytes: Uint8Array, opts: ValidateBytesOptions): Promise<ValidationReport> {
  const sniffed = sniffBytes(bytes);
  const format: FileFormat = opts.format ?? (sniffed.kind === 'parquet' ? 'parquet' : 'csv');
  if (sniffed.kind === 'empty') {
    return fileLevel(opts, format, 'binary', (c, w, cols) =>
      c.add(makeIssue('error', 'empty_file', w, M.emptyFile(w, cols))),
    );
  }
  if (format === 'parquet') {
    if (sniffed.kind === 'binary') {
      const kind = sniffed.binary;
      return fileLevel(opts, format, 'binary', (c, w) =>
        c.add(makeIssue('error', 'binary_file', w, M.binaryFile(w, kind, 'parquet'), { value: kind })),
      );
    }
    const { validateParquetBytes } = await import('./parquet-check.ts');
    return validateParquetBytes(bytes, opts);
  }
  if (sniffed.kind === 'parquet' || sniffed.kind === 'binary') {
    const kind = sniffed.kind === 'parquet' ? 'parquet' : sniffed.binary;
    return fileLevel(opts, format, 'binary', (c, w) =>
      c.add(makeIssue('error', 'binary_file', w, M.binaryFile(w, kind, 'csv'), { value: kind })),
    );
  }
  const decoded = decodeText(bytes, sniffed);
  const where: Where = { file: opts.fileName, format: 'csv' };
  const issues =
    decoded.encoding === 'utf-16le' || decoded.encoding === 'utf-16be'
      ? [
          makeIssue('error', 'not_utf8', where, M.utf16(where, decoded.encoding.toUpperCase()), {
            value: decoded.encoding,
            expected: 'UTF-8',
          }),
        ]
      : [];
  return validateCsv(decoded.text, opts, {
    encoding: decoded.encoding,
    bom: decoded.bom,
    badLines: decoded.badLines,
    issues,
  });
}
