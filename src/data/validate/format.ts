// Plain-text rendering of reports (CLI, logs) and the invalid rows as a CSV download. No markup anywhere.
import Papa from 'papaparse';
import { formatNumber } from './messages.ts';
import type { Issue, IssueCode, ValidationReport } from './types.ts';

export type Lang = 'id' | 'en';

const L = {
  id: {
    ok: 'OK',
    fail: 'GAGAL',
    error: 'galat',
    warning: 'peringatan',
    rows: 'baris data',
    valid: 'valid',
    invalid: 'tidak valid',
    from: { option: 'dipilih', file_name: 'dari nama berkas', headers: 'dari nama kolom' },
    noDataset: 'dataset tidak diketahui',
    delimiter: 'pemisah',
    decimal: 'desimal',
    comma: 'koma',
    point: 'titik',
    dates: 'tanggal',
    bom: 'dengan BOM',
    refs: 'referensi',
    noRefs: 'tanpa daftar referensi',
    more: (n: number) => `… dan ${formatNumber(n, 'id')} lainnya`,
    fix: 'Perbaikan',
    line: 'baris',
    issues: 'masalah',
  },
  en: {
    ok: 'OK',
    fail: 'FAILED',
    error: 'error',
    warning: 'warning',
    rows: 'data rows',
    valid: 'valid',
    invalid: 'invalid',
    from: { option: 'given', file_name: 'from the file name', headers: 'from the column names' },
    noDataset: 'unknown dataset',
    delimiter: 'delimiter',
    decimal: 'decimal',
    comma: 'comma',
    point: 'point',
    dates: 'dates',
    bom: 'with BOM',
    refs: 'references',
    noRefs: 'no reference lists',
    more: (n: number) => `… and ${formatNumber(n, 'en')} more`,
    fix: 'Fix',
    line: 'line',
    issues: 'issues',
  },
} as const;

const plural = (n: number, word: string, lang: Lang) =>
  `${formatNumber(n, lang)} ${word}${lang === 'en' && n !== 1 ? 's' : ''}`;

/** One line describing what was detected: dataset, format, delimiter, decimal separator, dates, encoding. */
export function describeDetected(r: ValidationReport, lang: Lang = 'id'): string {
  const t = L[lang];
  const parts: string[] = [];
  parts.push(r.dataset ? `${r.dataset} (${r.datasetFrom ? t.from[r.datasetFrom] : ''})` : t.noDataset);
  if (r.format) parts.push(r.format.toUpperCase());
  const d = r.detected;
  if (d.delimiter) parts.push(`${t.delimiter} "${d.delimiter === '\t' ? '\\t' : d.delimiter}"`);
  if (d.decimal) parts.push(`${t.decimal} ${d.decimal === ',' ? t.comma : t.point}`);
  if (d.dateFormat) parts.push(`${t.dates} ${d.dateFormat}`);
  if (d.encoding !== 'binary') parts.push(d.bom ? `${d.encoding.toUpperCase()} ${t.bom}` : d.encoding.toUpperCase());
  return parts.join(', ');
}

/** The report as plain text: status line, what was detected, issues grouped by code (hint once per group). */
export function formatReport(r: ValidationReport, lang: Lang = 'id'): string {
  const t = L[lang];
  const out: string[] = [];
  const status = r.ok ? t.ok : t.fail;
  const counts = [
    r.errorCount ? plural(r.errorCount, t.error, lang) : '',
    r.warningCount ? plural(r.warningCount, t.warning, lang) : '',
  ]
    .filter(Boolean)
    .join(', ');
  out.push(`${status}  ${r.fileName}${counts ? `  (${counts})` : ''}`);
  out.push(`  ${describeDetected(r, lang)}`);
  if (r.dataset) {
    const refs = r.referencesChecked.length ? `${t.refs}: ${r.referencesChecked.join(', ')}` : t.noRefs;
    out.push(
      `  ${formatNumber(r.rowCount, lang)} ${t.rows}: ${formatNumber(r.validRowCount, lang)} ${t.valid}, ` +
        `${formatNumber(r.invalidRowCount, lang)} ${t.invalid}; ${refs}`,
    );
  }
  const groups = new Map<IssueCode, Issue[]>();
  for (const issue of r.issues) {
    const g = groups.get(issue.code);
    if (g) g.push(issue);
    else groups.set(issue.code, [issue]);
  }
  for (const [code, issues] of groups) {
    const first = issues[0] as Issue;
    const total = r.issueCounts[code] ?? issues.length;
    const sev = first.severity === 'error' ? t.error : t.warning;
    out.push(`  [${code}] ${plural(total, sev, lang)}`);
    const hints = new Set(issues.map((i) => (i.hint ? i.hint[lang] : '')));
    const sameHint = hints.size === 1;
    for (const issue of issues) {
      out.push(`    - ${issue.message[lang]}`);
      if (!sameHint && issue.hint) out.push(`      ${t.fix}: ${issue.hint[lang]}`);
    }
    const omitted = r.omittedIssues[code] ?? 0;
    if (omitted > 0) out.push(`    ${t.more(omitted)}`);
    if (sameHint && first.hint) out.push(`    ${t.fix}: ${first.hint[lang]}`);
  }
  return out.join('\n');
}

/**
 * The invalid rows as CSV text, for download: the file's line number, the row's fields under the file's header,
 * and the reasons. Comma-delimited, UTF-8 (prefix a BOM when Excel is the target).
 */
export function invalidRowsCsv(r: ValidationReport, lang: Lang = 'id'): string {
  const t = L[lang];
  const width = r.invalidRows.reduce((w, row) => Math.max(w, row.raw.length), r.header.length);
  const header = [t.line, ...Array.from({ length: width }, (_, i) => r.header[i] ?? `#${i + 1}`), t.issues];
  const rows = r.invalidRows.map((row) => [
    String(row.line),
    ...Array.from({ length: width }, (_, i) => row.raw[i] ?? ''),
    row.issues.map((i) => i.message[lang]).join(' | '),
  ]);
  return Papa.unparse([header, ...rows], { newline: '\n' });
}
