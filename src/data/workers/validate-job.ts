// One validation job for a published file, shared by the validator worker (validate-worker.ts) and the
// main-thread fallback in published-validation.ts: bytes in, a small structured-clone-friendly summary out (no rows:
// only the first issues, the counts and, for reference datasets, the key values other files are checked against).
import { CONTRACT, DATASET_IDS, type DatasetId, isVocabularyId } from '../contract.ts';
import type { FileFormat, Issue, IssueCode, References, ValidationReport } from '../validate/types.ts';

/**
 * The key column whose values other datasets reference (see `references` in the contract): code lists and the
 * vocabularies of contract v2. Derived from the contract, so a new reference needs no change here.
 */
export const REFERENCE_KEYS: Partial<Record<DatasetId, string>> = Object.fromEntries(
  Object.values(CONTRACT).flatMap((spec) =>
    spec.columns.flatMap((c) => (c.references ? [[c.references.dataset, c.references.column] as const] : [])),
  ),
);

/** The datasets whose key values other datasets are checked against, in contract order. */
export const REFERENCE_DATASETS: readonly DatasetId[] = DATASET_IDS.filter((id) => REFERENCE_KEYS[id] !== undefined);

export interface ValidateJob {
  bytes: ArrayBuffer;
  fileName: string;
  dataset: DatasetId;
  format: FileFormat;
  /** Key values of the referenced datasets at hand (code lists, vocabularies); a dataset left out is not checked. */
  references: Partial<Record<DatasetId, string[]>>;
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
  /** Key values of a reference dataset (regencies, villages, sites, programmes, technologies); null for the others. */
  keys: string[] | null;
  /**
   * Values refused because their vocabulary lacks them (unknown_vocabulary), per column, every one (issues are
   * capped, these are not): the loader drops the rows holding them and loads the rest of the file.
   */
  refused: { column: string; values: string[] }[];
  /** Rows refused for a vocabulary value (each counted once). */
  refusedRows: number;
  /** sha256 of the bytes as received; null when it could not be computed here (plain-HTTP intranet). */
  sha256: string | null;
  shaMatches: boolean | null;
}

// Its own copy (not src/data/sha256.ts): the worker's module graph must stay apart from the page's entry chunk.
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

function refersToVocabulary(id: DatasetId): boolean {
  return CONTRACT[id].columns.some((c) => c.references && isVocabularyId(c.references.dataset));
}

/** The vocabulary refusals of a report (from its invalid rows, which carry every issue of the row). */
export function refusedValues(report: ValidationReport): Pick<ValidateSummary, 'refused' | 'refusedRows'> {
  const byColumn = new Map<string, Set<string>>();
  let rows = 0;
  for (const row of report.invalidRows) {
    let refused = false;
    for (const issue of row.issues) {
      if (issue.code !== 'unknown_vocabulary' || issue.column === undefined) continue;
      refused = true;
      const index = report.columnIndex[issue.column] ?? -1;
      // As in the file (untrimmed): the loader matches the cell as DuckDB reads it.
      const value = index >= 0 ? (row.raw[index] ?? '') : (issue.value ?? '');
      const set = byColumn.get(issue.column) ?? new Set<string>();
      set.add(value);
      byColumn.set(issue.column, set);
    }
    if (refused) rows++;
  }
  return { refused: [...byColumn].map(([column, v]) => ({ column, values: [...v].sort() })), refusedRows: rows };
}

export async function runValidateJob(job: ValidateJob): Promise<ValidateSummary> {
  // The hash first: validateBytes may transfer or detach nothing, but hashing the untouched buffer is clearest.
  const sha256 = job.sha256 ? await sha256Hex(job.bytes) : null;
  const { validateBytes } = await import('../validate/validate.ts');
  const keyColumn = REFERENCE_KEYS[job.dataset] ?? null;
  const references: References = {};
  for (const [k, list] of Object.entries(job.references) as [DatasetId, string[] | undefined][]) {
    if (list) references[k] = new Set(list);
  }
  const report = await validateBytes(new Uint8Array(job.bytes), {
    fileName: job.fileName,
    dataset: job.dataset,
    format: job.format,
    profile: 'publish',
    references,
    // Invalid rows are kept where a vocabulary can refuse rows, to list every refused value (issues are capped).
    keepRows: keyColumn ? 'all' : refersToVocabulary(job.dataset) ? 'invalid' : 'none',
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
    ...refusedValues(report),
    sha256,
    shaMatches: sha256 === null || !job.sha256 ? null : sha256 === job.sha256,
  };
}
