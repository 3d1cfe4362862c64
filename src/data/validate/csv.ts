// CSV text → report. Parsed with papaparse (works in browsers, workers and Node), delimiter sniffed from the
// header line, decimal separator detected once per file, then every row checked by the shared RowChecker.
//
// Line numbers: papaparse reports where each row ends (`meta.cursor`); the line a row starts on is the line of its
// end minus the line breaks inside its quoted fields, so rows with quoted line breaks and skipped blank lines
// keep their real file line numbers.
import Papa from 'papaparse';
import { CONTRACT, type ColumnSpec, DATASET_IDS, type Text } from '../contract.ts';
import type { BadByte } from './bytes.ts';
import { decodeWindows1252 } from './bytes.ts';
import {
  Collector,
  DEFAULT_MAX_ISSUES_PER_CODE,
  emptyReport,
  finishReport,
  makeIssue,
  RowChecker,
  resolveToday,
} from './checker.ts';
import { datasetFromFileName, detectDataset, matchColumns } from './headers.ts';
import { M, showValue, type Where } from './messages.ts';
import type {
  Cell,
  DecimalSeparator,
  Delimiter,
  Detected,
  Encoding,
  Issue,
  Row,
  ValidateOptions,
  ValidationReport,
} from './types.ts';
import { decimalEvidence, parseCell } from './values.ts';

const bi = (id: string, en: string): Text => ({ id, en });

/** What the byte layer found out before the text reached the CSV parser. */
export interface CsvPrelude {
  encoding: Encoding;
  bom: boolean;
  /** Lines holding bytes that were not UTF-8 (first byte per line). */
  badLines?: Map<number, BadByte>;
  /** File-level issues already found (e.g. UTF-16). */
  issues?: Issue[];
}

/** Rows sampled to detect the decimal separator. */
const SAMPLE_ROWS = 5000;

/** The delimiter used most outside quotes on the header line (`,` when none or a tie). */
export function sniffDelimiter(headerLine: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  let best: Delimiter = ',';
  for (const d of [';', '\t'] as const) if (counts[d] > counts[best]) best = d;
  return best;
}

function firstContentLine(text: string): string {
  for (const line of text.split(/\r\n|\n|\r/, 50)) if (line.trim() !== '') return line;
  return '';
}

function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return true;
  return false;
}

function countChar(s: string, ch: string, from = 0, to = s.length): number {
  let n = 0;
  for (let i = s.indexOf(ch, from); i !== -1 && i < to; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

function resolveDataset(
  opts: ValidateOptions,
  header: readonly string[],
): Pick<ValidationReport, 'dataset' | 'datasetFrom'> {
  if (opts.dataset) return { dataset: opts.dataset, datasetFrom: 'option' };
  const byName = datasetFromFileName(opts.fileName);
  if (byName) return { dataset: byName, datasetFrom: 'file_name' };
  const byHeaders = detectDataset(header);
  return byHeaders ? { dataset: byHeaders, datasetFrom: 'headers' } : { dataset: null, datasetFrom: null };
}

/** Validates CSV text (already decoded; a leading BOM is stripped). */
export function validateCsvText(text: string, opts: ValidateOptions): ValidationReport {
  return validateCsv(text, opts, { encoding: 'utf-8', bom: false });
}

const CANONICAL_FORM: Record<string, Text> = {
  INTEGER: bi('bilangan bulat tanpa pemisah ribuan, mis. 2024', 'a whole number without grouping, e.g. 2024'),
  DOUBLE: bi(
    'angka dengan titik desimal tanpa pemisah ribuan, mis. 1234.5',
    'a number with a decimal point, no grouping, e.g. 1234.5',
  ),
  DATE: bi('tanggal YYYY-MM-DD', 'a YYYY-MM-DD date'),
  BOOLEAN: bi('true atau false', 'true or false'),
  VARCHAR: bi('teks tanpa spasi di awal/akhir', 'text without leading/trailing spaces'),
};

export function validateCsv(input: string, opts: ValidateOptions, prelude: CsvPrelude): ValidationReport {
  let text = input;
  let bom = prelude.bom;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    bom = true;
  }
  const detected: Detected = { delimiter: null, decimal: null, dateFormat: null, bom, encoding: prelude.encoding };
  const report = emptyReport(opts, 'csv', detected);
  const collector = new Collector(opts.maxIssuesPerCode ?? DEFAULT_MAX_ISSUES_PER_CODE);
  for (const issue of prelude.issues ?? []) collector.add(issue);
  const fileWhere: Where = { file: opts.fileName, format: 'csv' };
  const badLines = new Map(prelude.badLines ?? []);
  let badLinesLeft = badLines.size;

  const emitBadLine = (line: number, fields: readonly string[] | null, header: readonly string[]) => {
    const bad = badLines.get(line);
    if (!bad) return;
    badLines.delete(line);
    badLinesLeft--;
    const w: Where = { ...fileWhere, line };
    if (fields) {
      const i = fields.findIndex(hasNonAscii);
      if (i >= 0) w.column = header[i] ?? `#${i + 1}`;
    }
    collector.add(
      makeIssue('error', 'not_utf8', w, M.notUtf8Byte(w, bad.byte, decodeWindows1252(Uint8Array.of(bad.byte))), {
        value: `0x${bad.byte.toString(16).toUpperCase()}`,
        expected: 'UTF-8',
      }),
    );
  };

  if (text.trim() === '') {
    Object.assign(report, resolveDataset(opts, []));
    const dataset = report.dataset;
    const cols = dataset ? CONTRACT[dataset].columns.map((c) => c.name) : null;
    collector.add(makeIssue('error', 'empty_file', fileWhere, M.emptyFile(fileWhere, cols)));
    return finishReport(report, collector);
  }

  const delimiter = sniffDelimiter(firstContentLine(text));
  detected.delimiter = delimiter;
  const parseConfig = { delimiter, quoteChar: '"', escapeChar: '"', skipEmptyLines: 'greedy' as const };

  // Header and a sample of rows: dataset, columns and the decimal separator are decided before the full pass.
  const sample = Papa.parse<string[]>(text, { ...parseConfig, preview: SAMPLE_ROWS + 1 }).data;
  const rawHeader = sample[0] ?? [];
  let width = rawHeader.length;
  while (width > 0 && (rawHeader[width - 1] ?? '').trim() === '') width--; // trailing empty header cells (Excel)
  const header = rawHeader.slice(0, width).map((h) => h.replace(/^\uFEFF/, '').trim());
  report.header = header;
  Object.assign(report, resolveDataset(opts, header));
  const dataset = report.dataset;

  if (!dataset) {
    collector.add(makeIssue('error', 'unknown_dataset', fileWhere, M.unknownDataset(fileWhere, header, DATASET_IDS)));
    // Still count the rows and report encoding problems.
    let rows = -1;
    Papa.parse<string[]>(text, {
      ...parseConfig,
      step: () => {
        rows++;
      },
    });
    report.rowCount = Math.max(rows, 0);
    for (const line of [...badLines.keys()]) emitBadLine(line, null, header);
    return finishReport(report, collector);
  }

  const spec = CONTRACT[dataset];
  const expectedColumns = spec.columns.map((c) => c.name);
  const match = matchColumns(dataset, header);
  report.columnIndex = match.index;
  const profile = opts.profile ?? 'upload';
  const checker = new RowChecker({
    spec,
    fileName: opts.fileName,
    format: 'csv',
    today: resolveToday(opts.today),
    references: opts.references,
    profile,
    keepRows: opts.keepRows ?? 'all',
    collector,
    report,
  });

  // Decimal separator: one convention per file, from the numeric cells of the sample.
  const numeric = spec.columns
    .map((c) => [c, match.index[c.name] ?? -1] as const)
    .filter(([c, i]) => i >= 0 && (c.sql === 'DOUBLE' || c.sql === 'INTEGER'));
  let comma = 0;
  let dot = 0;
  for (let r = 1; r < sample.length; r++) {
    const fields = sample[r] as string[];
    for (const [, i] of numeric) {
      const e = decimalEvidence(fields[i] ?? '');
      if (e === ',') comma++;
      else if (e === '.') dot++;
    }
  }
  const decimal: DecimalSeparator = comma > dot ? ',' : dot > comma ? '.' : delimiter === ';' ? ',' : '.';
  if (numeric.length > 0) detected.decimal = decimal;

  // Header issues, at the header line (found in the full pass below; 1 unless the file starts with blank lines).
  let headerLine = 1;
  const headerIssues = () => {
    const at = (column: string): Where => ({ ...fileWhere, line: headerLine, column });
    for (const name of match.missing) {
      const c = spec.columns.find((x) => x.name === name) as ColumnSpec;
      const w = at(name);
      collector.add(
        makeIssue('error', 'missing_column', w, M.missingColumn(w, c.meaning, expectedColumns), { expected: name }),
      );
    }
    for (const [i, name] of match.unknown) {
      const w = at(name === '' ? `(tanpa nama, kolom ke-${i + 1})` : name);
      collector.add(
        makeIssue('warning', 'unknown_column', w, M.unknownColumn(w, dataset, expectedColumns), { value: name }),
      );
    }
    for (const [name, first, second] of match.duplicate) {
      const w = at(name);
      collector.add(
        makeIssue('error', 'duplicate_column', w, M.duplicateColumn(w, first + 1, second + 1), {
          value: header[second] ?? name,
        }),
      );
    }
    if (profile === 'publish') {
      const w: Where = { ...fileWhere, line: headerLine };
      if (delimiter !== ',') {
        const d = delimiter === '\t' ? 'tab' : delimiter;
        collector.add(
          makeIssue(
            'error',
            'not_canonical',
            w,
            M.notCanonical(w, bi(`pemisah harus koma, bukan ${d}.`, `the delimiter must be a comma, not ${d}.`)),
            { value: delimiter, expected: ',' },
          ),
        );
      }
      if (header.join(',') !== expectedColumns.join(',')) {
        const found = header.map(showValue).join(',');
        collector.add(
          makeIssue(
            'error',
            'not_canonical',
            w,
            M.notCanonical(
              w,
              bi(
                `baris judul harus persis "${expectedColumns.join(',')}"; ditemukan "${found}".`,
                `the header must be exactly "${expectedColumns.join(',')}"; found "${found}".`,
              ),
            ),
            { value: found, expected: expectedColumns.join(',') },
          ),
        );
      }
    }
  };

  const requiredMissing = spec.columns.filter((c) => (match.index[c.name] ?? -1) < 0 && !c.nullable);
  const rules = checker.rules.map((rule) => ({ rule, index: match.index[rule.spec.name] ?? -1 }));
  const keySet = new Set(spec.key);
  const nl = text.includes('\n') ? '\n' : '\r';
  let pos = 0; // where the previous row ended
  let linesBefore = 0; // line breaks before pos
  let rowIndex = -1;
  let iso = 0;
  let dmy = 0;

  Papa.parse<string[]>(text, {
    ...parseConfig,
    step: (result) => {
      rowIndex++;
      const fields = result.data;
      const cursor = result.meta.cursor;
      // Line of the row's last character, then back over the line breaks inside its fields.
      const spanBreaks = countChar(text, nl, pos, cursor);
      let breaks = spanBreaks;
      const last = fields[fields.length - 1] ?? '';
      if (cursor > 0 && text[cursor - 1] === nl && !last.endsWith(nl)) breaks--;
      let inside = 0;
      for (const f of fields) if (f.includes(nl)) inside += countChar(f, nl);
      const endLine = linesBefore + breaks + 1;
      const line = endLine - inside;
      linesBefore += spanBreaks;
      pos = cursor;
      if (badLinesLeft > 0) for (let l = line; l <= endLine; l++) emitBadLine(l, fields, header);

      if (rowIndex === 0) {
        headerLine = line;
        headerIssues();
        return;
      }

      const rowIssues: Issue[] = [];
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      if (quoteError) {
        const w: Where = { ...fileWhere, line };
        const unclosed = result.errors.some((e) => e.code === 'MissingQuotes');
        checker.add(
          rowIssues,
          unclosed
            ? makeIssue('error', 'unclosed_quote', w, M.unclosedQuote(w))
            : makeIssue('error', 'malformed_quote', w, M.malformedQuote(w)),
        );
        checker.finishRow(line, fields, {}, rowIssues);
        return;
      }
      const extra = fields.length > width && fields.slice(width).some((f) => f.trim() !== '');
      if (fields.length < width || extra) {
        const w: Where = { ...fileWhere, line };
        const found = fields.length;
        checker.add(
          rowIssues,
          makeIssue('error', 'ragged_row', w, M.raggedRow(w, width, found, delimiter), {
            value: String(found),
            expected: String(width),
          }),
        );
        checker.finishRow(line, fields, {}, rowIssues);
        return;
      }

      const row: Row = {};
      let keyOk = true;
      for (const { rule, index } of rules) {
        const c = rule.spec;
        if (index < 0) {
          row[c.name] = null;
          continue;
        }
        const raw = fields[index] ?? '';
        const s = raw.trim();
        let value: Cell = null;
        let ok = true;
        if (s !== '') {
          const parsed = parseCell(s, c.sql, decimal);
          if (!parsed.ok) {
            const w: Where = { ...fileWhere, line, column: c.name };
            checker.add(
              rowIssues,
              makeIssue('error', 'wrong_type', w, M.wrongType(w, raw, parsed.what, parsed.hint), {
                value: raw,
                expected: c.sql,
              }),
            );
            row[c.name] = null;
            if (keySet.has(c.name)) keyOk = false;
            continue;
          }
          value = parsed.value;
          if (c.sql === 'DATE') {
            if (s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45)
              iso++; // yyyy-mm-dd…
            else dmy++;
          }
          if (profile === 'publish' && (!parsed.canonical || s !== raw)) {
            const w: Where = { ...fileWhere, line, column: c.name };
            const form = CANONICAL_FORM[c.sql] as Text;
            checker.add(
              rowIssues,
              makeIssue(
                'error',
                'not_canonical',
                w,
                M.notCanonical(
                  w,
                  bi(
                    `nilai "${showValue(raw)}" harus ditulis sebagai ${form.id}.`,
                    `value "${showValue(raw)}" must be written as ${form.en}.`,
                  ),
                ),
                { value: raw, expected: c.sql },
              ),
            );
            ok = false;
          }
        }
        if (!checker.cell(rule, value, raw, line, rowIssues)) ok = false;
        if (!ok && keySet.has(c.name)) keyOk = false;
        row[c.name] = value;
      }
      for (const c of requiredMissing) {
        const w: Where = { ...fileWhere, line, column: c.name };
        rowIssues.push(makeIssue('error', 'missing_column', w, M.missingColumnInRow(w), { expected: c.name }));
        if (keySet.has(c.name)) keyOk = false;
      }
      if (keyOk) checker.key(row, line, rowIssues);
      checker.finishRow(line, fields, row, rowIssues);
    },
  });

  if (report.rowCount === 0) {
    const w: Where = { ...fileWhere, line: headerLine };
    collector.add(makeIssue('error', 'header_only', w, M.headerOnly(w)));
  }
  for (const line of [...badLines.keys()]) emitBadLine(line, null, header);
  detected.dateFormat = iso && dmy ? 'mixed' : iso ? 'yyyy-mm-dd' : dmy ? 'dd/mm/yyyy' : null;
  return finishReport(report, collector);
}
