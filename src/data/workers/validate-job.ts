// One validation job for a published file, shared by the validator worker (validate-worker.ts) and the
// main-thread fallback in published-validation.ts: bytes in, a small structured-clone-friendly summary out (no rows:
// only the first issues, the counts and, for reference datasets, the key values other files are checked against).
import type { DatasetId } from '../contract.ts';
import type { FileFormat, Issue, IssueCode, References, ValidationReport } from '../validate/types.ts';

/** The key column whose values other datasets reference (see `references` in the contract). */
export const REFERENCE_KEYS: Partial<Record<DatasetId, 'regency_code' | 'village_code' | 'site_id'>> = {
  regencies: 'regency_code',
  villages: 'village_code',
  sites: 'site_id',
};

export interface ValidateJob {
  bytes: ArrayBuffer;
  fileName: string;
  dataset: DatasetId;
  format: FileFormat;
  references: { regencies?: string[]; villages?: string[]; sites?: string[] };
  /** Issues listed per code (the counts cover every issue). */
  maxIssuesPerCode: number;
  /** Manifest sha256 of the file: checked when the platform can hash (crypto.subtle, secure contexts only). */
  sha256?: string;
  today?: string;
}

export interface ValidateSummary {
  ok: boolean;
  errorCount: number;
  warningCount: number;
  rowCount: number;
  validRowCount: number;
  invalidRowCount: number;
  issues: Issue[];
  issueCounts: Partial<Record<IssueCode, number>>;
  /** Reference lists the codes were looked up in. */
  referencesChecked: DatasetId[];
  /** Key values of a reference dataset (regencies, villages, sites); null for the others. */
  keys: string[] | null;
  /** sha256 of the bytes as received; null when it could not be computed here (plain-HTTP intranet). */
  sha256: string | null;
  shaMatches: boolean | null;
}

async function sha256Hex(bytes: ArrayBuffer): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  try {
    const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
    return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    return null;
  }
}

/** Key values of a reference dataset: every row whose key cell is itself well-formed (as scripts/validate.ts). */
export function referenceKeys(report: ValidationReport, column: string): string[] {
  const keys = new Set<string>();
  for (const row of report.validRows) {
    const v = row[column];
    if (typeof v === 'string') keys.add(v);
  }
  const index = report.columnIndex[column] ?? -1;
  if (index >= 0) {
    for (const row of report.invalidRows) {
      if (row.issues.some((i) => i.column === column)) continue;
      const v = row.raw[index]?.trim();
      if (v) keys.add(v);
    }
  }
  return [...keys];
}

export async function runValidateJob(job: ValidateJob): Promise<ValidateSummary> {
  // The hash first: validateBytes may transfer or detach nothing, but hashing the untouched buffer is clearest.
  const sha256 = job.sha256 ? await sha256Hex(job.bytes) : null;
  const { validateBytes } = await import('../validate/validate.ts');
  const keyColumn = REFERENCE_KEYS[job.dataset] ?? null;
  const references: References = {};
  for (const k of ['regencies', 'villages', 'sites'] as const) {
    const list = job.references[k];
    if (list) references[k] = new Set(list);
  }
  const report = await validateBytes(new Uint8Array(job.bytes), {
    fileName: job.fileName,
    dataset: job.dataset,
    format: job.format,
    profile: 'publish',
    references,
    keepRows: keyColumn ? 'all' : 'none',
    maxIssuesPerCode: job.maxIssuesPerCode,
    ...(job.today ? { today: job.today } : {}),
  });
  return {
    ok: report.ok,
    errorCount: report.errorCount,
    warningCount: report.warningCount,
    rowCount: report.rowCount,
    validRowCount: report.validRowCount,
    invalidRowCount: report.invalidRowCount,
    issues: report.issues,
    issueCounts: report.issueCounts,
    referencesChecked: report.referencesChecked,
    keys: keyColumn ? referenceKeys(report, keyColumn) : null,
    sha256,
    shaMatches: sha256 === null || !job.sha256 ? null : sha256 === job.sha256,
  };
}
