// The rules shared by the CSV and the Parquet path: once a cell is a typed value (string, number, boolean, ISO
// date, null), the same checks apply — NULL in a required column, pattern (and codes that lost their dots or
// leading zeros), enum, min/max, future dates, references, duplicate keys — and the same bookkeeping: issues
// capped per code, rows sorted into valid and invalid.
import {
  type ColumnSpec,
  type DatasetId,
  type DatasetSpec,
  DISTRICT_CODE,
  INDICATOR_ID,
  isVocabularyId,
  REGENCY_CODE,
  REPORTED_DATE,
  REPORTED_PERIOD,
  type Text,
  VILLAGE_CODE,
  VOCABULARY_NAME,
} from '../contract.ts';
import { type Built, M, type Where } from './messages.ts';
import type {
  Cell,
  Detected,
  FileFormat,
  InvalidRow,
  Issue,
  IssueCode,
  Profile,
  References,
  Row,
  Severity,
  ValidateOptions,
  ValidationReport,
} from './types.ts';
import { todayWib } from './values.ts';

export const DEFAULT_MAX_ISSUES_PER_CODE = 50;

const bi = (id: string, en: string): Text => ({ id, en });

/** Collects issues, listing at most `cap` per code and counting the rest. */
export class Collector {
  readonly issues: Issue[] = [];
  readonly counts: Partial<Record<IssueCode, number>> = {};
  readonly omitted: Partial<Record<IssueCode, number>> = {};
  errorCount = 0;
  warningCount = 0;

  constructor(private readonly cap: number) {}

  add(issue: Issue): void {
    const n = (this.counts[issue.code] ?? 0) + 1;
    this.counts[issue.code] = n;
    if (issue.severity === 'error') this.errorCount++;
    else this.warningCount++;
    if (n <= this.cap) this.issues.push(issue);
    else this.omitted[issue.code] = (this.omitted[issue.code] ?? 0) + 1;
  }
}

export function makeIssue(
  severity: Severity,
  code: IssueCode,
  w: Where,
  built: Built,
  extra: { value?: string; expected?: string; otherLine?: number } = {},
): Issue {
  const issue: Issue = { severity, code, message: built.message };
  if (w.line !== undefined) issue.line = w.line;
  if (w.column !== undefined) issue.column = w.column;
  if (extra.value !== undefined) issue.value = extra.value.length > 200 ? `${extra.value.slice(0, 200)}…` : extra.value;
  if (extra.expected !== undefined) issue.expected = extra.expected;
  if (extra.otherLine !== undefined) issue.otherLine = extra.otherLine;
  if (built.hint) issue.hint = built.hint;
  return issue;
}

/** The report every path starts from; filled in as the file is read. */
export function emptyReport(opts: ValidateOptions, format: FileFormat | null, detected: Detected): ValidationReport {
  return {
    fileName: opts.fileName,
    dataset: null,
    datasetFrom: null,
    format,
    profile: opts.profile ?? 'upload',
    detected,
    header: [],
    columnIndex: {},
    referencesChecked: [],
    rowCount: 0,
    validRowCount: 0,
    invalidRowCount: 0,
    validRows: [],
    invalidRows: [],
    issues: [],
    issueCounts: {},
    omittedIssues: {},
    errorCount: 0,
    warningCount: 0,
    ok: false,
  };
}

/** Copies the collector into the report: issues sorted by line (file-level first), counts, ok. */
export function finishReport(report: ValidationReport, collector: Collector): ValidationReport {
  report.issues = collector.issues
    .map((issue, i) => [issue, i] as const)
    .sort((a, b) => (a[0].line ?? 0) - (b[0].line ?? 0) || a[1] - b[1])
    .map(([issue]) => issue);
  report.issueCounts = { ...collector.counts };
  report.omittedIssues = { ...collector.omitted };
  report.errorCount = collector.errorCount;
  report.warningCount = collector.warningCount;
  report.ok = collector.errorCount === 0;
  return report;
}

// Codes: segment widths of the Kemendagri codes, to recognise values that lost their dots or leading zeros.
const CODE_WIDTHS = new Map<RegExp, number[]>([
  [REGENCY_CODE, [2, 2]],
  [DISTRICT_CODE, [2, 2, 2]],
  [VILLAGE_CODE, [2, 2, 2, 4]],
]);

const PATTERN_EXAMPLES = new Map<string, Text>([
  [REGENCY_CODE.source, bi('15.xx (mis. 15.01)', '15.xx (e.g. 15.01)')],
  [DISTRICT_CODE.source, bi('15.xx.xx (mis. 15.02.01)', '15.xx.xx (e.g. 15.02.01)')],
  [VILLAGE_CODE.source, bi('15.xx.xx.xxxx (mis. 15.02.01.2001)', '15.xx.xx.xxxx (e.g. 15.02.01.2001)')],
  ['^15\\d{2}$', bi('15xx (mis. 1501)', '15xx (e.g. 1501)')],
  [
    VOCABULARY_NAME.source,
    bi(
      'nama yang diawali huruf/angka, berisi huruf, angka, spasi, . / ( ) -, paling panjang 60 karakter (mis. BAKTI BTS 4G)',
      'a name starting with a letter or digit, of letters, digits, spaces, . / ( ) -, at most 60 characters (e.g. BAKTI BTS 4G)',
    ),
  ],
  [
    INDICATOR_ID.source,
    bi('id indikator huruf kecil (mis. blankspot_villages)', 'a lower-case indicator id (e.g. blankspot_villages)'),
  ],
  [REPORTED_PERIOD.source, bi('periode 2021, 2022-07 atau 2022..2024', 'a period 2021, 2022-07 or 2022..2024')],
  [REPORTED_DATE.source, bi('tanggal 2023-12-27, 2023-12 atau 2023', 'a date 2023-12-27, 2023-12 or 2023')],
  [
    '^[A-Z0-9-]{3,40}$',
    bi(
      'huruf kapital, angka dan tanda hubung, 3–40 karakter (mis. IDD23-001)',
      'capital letters, digits and hyphens, 3–40 characters (e.g. IDD23-001)',
    ),
  ],
]);

function patternExample(pattern: RegExp): Text {
  return PATTERN_EXAMPLES.get(pattern.source) ?? bi(`/${pattern.source}/`, `/${pattern.source}/`);
}

/**
 * A code that fails its pattern but is only digits and dots/commas: it was typed or stored as a number. Returns the
 * code it probably was (checked against the pattern, and the reference list when given), or null when it cannot
 * be rebuilt; undefined when the value does not look like a mangled code at all.
 */
export function mangledCode(
  value: string,
  widths: readonly number[],
  pattern: RegExp,
  known?: ReadonlySet<string>,
): string | null | undefined {
  const s = value.trim();
  if (/^\d+(?:[.,]\d+)?[eE]\+?\d+$/.test(s)) return null; // 1.50201E+09
  if (!/^\d+(?:[.,]\d+)*$/.test(s)) return undefined;
  const total = widths.reduce((a, b) => a + b, 0);
  const segs = s.split(/[.,]/);
  const candidates: string[] = [];
  if (segs.length === 1) {
    const digits = segs[0] ?? '';
    if (digits.length === total) {
      let at = 0;
      candidates.push(
        widths
          .map((w) => {
            const part = digits.slice(at, at + w);
            at += w;
            return part;
          })
          .join('.'),
      );
    } else if (digits.length < total - 2 || digits.length > total) return undefined;
  } else if (segs.length === widths.length) {
    if (segs.every((p, i) => p.length <= (widths[i] ?? 0))) {
      candidates.push(segs.map((p, i) => p.padStart(widths[i] ?? 0, '0')).join('.'));
      // 15.10 typed as a number reads back as 15.1: the trailing zero went missing.
      const last = segs.length - 1;
      if (segs.length === 2 && (segs[last]?.length ?? 0) < (widths[last] ?? 0)) {
        candidates.push(
          segs.map((p, i) => (i === last ? p.padEnd(widths[i] ?? 0, '0') : p.padStart(widths[i] ?? 0, '0'))).join('.'),
        );
      }
    }
    if (candidates.length === 0) return undefined;
  } else return undefined;
  const valid = candidates.filter((c) => pattern.test(c));
  if (known) return valid.find((c) => known.has(c)) ?? null;
  return valid[0] ?? null;
}

function normalizeWord(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

interface ColumnRule {
  spec: ColumnSpec;
  widths: number[] | undefined;
  enumValues: ReadonlySet<string> | undefined;
  known: ReadonlySet<string> | undefined;
  knownDataset: DatasetId | undefined;
}

export interface CheckerOptions {
  spec: DatasetSpec;
  fileName: string;
  format: FileFormat;
  today: string;
  references: References | undefined;
  profile: Profile;
  keepRows: 'all' | 'invalid' | 'none';
  collector: Collector;
  report: ValidationReport;
}

function referenceSet(refs: References | undefined, dataset: DatasetId): ReadonlySet<string> | undefined {
  return refs?.[dataset];
}

/** The vocabulary value a slip of case or spacing stands for ("dumisake internet desa"), or null. */
function vocabularySuggestion(value: string, known: ReadonlySet<string>): string | null {
  const want = normalizeWord(value);
  for (const k of known) if (normalizeWord(k) === want) return k;
  return null;
}

/** Row-by-row checks for one file. */
export class RowChecker {
  readonly rules: ColumnRule[];
  private readonly keys = new Map<string, number>();
  private readonly keyColumns: readonly string[];

  constructor(private readonly o: CheckerOptions) {
    this.keyColumns = o.spec.key;
    this.rules = o.spec.columns.map((spec) => {
      const knownDataset = spec.references?.dataset;
      const known = knownDataset ? referenceSet(o.references, knownDataset) : undefined;
      return {
        spec,
        widths: spec.pattern ? CODE_WIDTHS.get(spec.pattern) : undefined,
        enumValues: spec.values ? new Set(spec.values) : undefined,
        known,
        knownDataset: known ? knownDataset : undefined,
      };
    });
    const checked = new Set<DatasetId>();
    for (const r of this.rules) if (r.knownDataset) checked.add(r.knownDataset);
    o.report.referencesChecked = [...checked];
  }

  where(line: number | undefined, column?: string): Where {
    const w: Where = { file: this.o.fileName, format: this.o.format };
    if (line !== undefined) w.line = line;
    if (column !== undefined) w.column = column;
    return w;
  }

  /** Records an issue of a row: listed (capped) in the report and kept with the row. */
  add(rowIssues: Issue[], issue: Issue): void {
    this.o.collector.add(issue);
    rowIssues.push(issue);
  }

  /**
   * Checks one typed value. `shown` is the value as found in the file (for messages). Returns false when the
   * value broke a rule (an issue was added).
   */
  cell(rule: ColumnRule, value: Cell, shown: string, line: number, rowIssues: Issue[]): boolean {
    const c = rule.spec;
    if (value === null) {
      if (c.nullable) return true;
      const w = this.where(line, c.name);
      this.add(
        rowIssues,
        makeIssue('error', 'null_value', w, M.nullValue(w, c.meaning), { value: shown, expected: c.sql }),
      );
      return false;
    }
    if (typeof value === 'string' && c.sql === 'VARCHAR') {
      if (rule.enumValues && !rule.enumValues.has(value)) {
        const want = normalizeWord(value);
        const suggestion = c.values?.find((v) => normalizeWord(v) === want) ?? null;
        const w = this.where(line, c.name);
        this.add(
          rowIssues,
          makeIssue('error', 'invalid_enum', w, M.invalidEnum(w, shown, c.values ?? [], suggestion), {
            value: shown,
            expected: (c.values ?? []).join('|'),
          }),
        );
        return false;
      }
      if (c.pattern && !c.pattern.test(value)) {
        const example = patternExample(c.pattern);
        const rebuilt = rule.widths ? mangledCode(value, rule.widths, c.pattern, rule.known) : undefined;
        if (rebuilt !== undefined) {
          const w = this.where(line, c.name);
          this.add(
            rowIssues,
            makeIssue('error', 'code_mangled', w, M.codeMangled(w, shown, example, rebuilt), {
              value: shown,
              expected: rebuilt ?? example.en,
            }),
          );
        } else {
          const w = this.where(line, c.name);
          this.add(
            rowIssues,
            makeIssue('error', 'pattern_mismatch', w, M.patternMismatch(w, shown, example), {
              value: shown,
              expected: example.en,
            }),
          );
        }
        return false;
      }
      if (rule.known && rule.knownDataset && !rule.known.has(value) && isVocabularyId(rule.knownDataset)) {
        const w = this.where(line, c.name);
        const suggestion = vocabularySuggestion(value, rule.known);
        this.add(
          rowIssues,
          makeIssue(
            'error',
            'unknown_vocabulary',
            w,
            M.unknownVocabulary(w, shown, rule.knownDataset, rule.known, suggestion),
            { value: shown, expected: suggestion ?? rule.knownDataset },
          ),
        );
        return false;
      }
      if (rule.known && rule.knownDataset && !rule.known.has(value)) {
        const w = this.where(line, c.name);
        this.add(
          rowIssues,
          makeIssue('error', 'unknown_reference', w, M.unknownReference(w, shown, rule.knownDataset, rule.known.size), {
            value: shown,
            expected: rule.knownDataset,
          }),
        );
        return false;
      }
      return true;
    }
    if (typeof value === 'number') {
      if ((c.min !== undefined && value < c.min) || (c.max !== undefined && value > c.max)) {
        const w = this.where(line, c.name);
        this.add(
          rowIssues,
          makeIssue('error', 'out_of_range', w, M.outOfRange(w, shown, c.min, c.max, c.meaning), {
            value: shown,
            expected: `${c.min ?? '-∞'}..${c.max ?? '∞'}`,
          }),
        );
        return false;
      }
      return true;
    }
    if (c.sql === 'DATE' && typeof value === 'string' && value > this.o.today) {
      const w = this.where(line, c.name);
      this.add(
        rowIssues,
        makeIssue('error', 'future_date', w, M.futureDate(w, shown, value, this.o.today), {
          value: shown,
          expected: `<= ${this.o.today}`,
        }),
      );
      return false;
    }
    return true;
  }

  /** Duplicate-key check; call only when every key cell of the row is valid. */
  key(row: Row, line: number, rowIssues: Issue[]): void {
    let key = '';
    for (const k of this.keyColumns) {
      const v = row[k];
      key += v === null || v === undefined ? '\u0000\u001f' : `${v}\u001f`;
    }
    const first = this.keys.get(key);
    if (first === undefined) {
      this.keys.set(key, line);
      return;
    }
    const w = this.where(line, this.keyColumns.join(','));
    const shown = this.keyColumns.map((k) => (row[k] === null || row[k] === undefined ? '' : String(row[k])));
    this.add(
      rowIssues,
      makeIssue('error', 'duplicate_key', w, M.duplicateKey(w, this.keyColumns, shown, first), {
        value: shown.join(','),
        otherLine: first,
      }),
    );
  }

  /** `raw`: the row's fields as in the file, or a function producing them (only called for invalid rows). */
  finishRow(line: number, raw: readonly string[] | (() => string[]), row: Row, rowIssues: Issue[]): void {
    const r = this.o.report;
    r.rowCount++;
    if (rowIssues.length === 0) {
      r.validRowCount++;
      if (this.o.keepRows === 'all') r.validRows.push(row);
    } else {
      r.invalidRowCount++;
      if (this.o.keepRows !== 'none')
        r.invalidRows.push({
          line,
          raw: typeof raw === 'function' ? raw() : [...raw],
          issues: rowIssues,
        } satisfies InvalidRow);
    }
  }
}

export function resolveToday(today: string | undefined): string {
  return today ?? todayWib();
}
