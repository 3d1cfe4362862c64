// The published files, checked in the browser against the data contract as they are loaded: the same validator as
// the CLI and `npm run data:manifest` (src/data/validate/, profile 'publish'), run in a module Web Worker so the page
// never freezes, with the codes of the other published files as reference lists. A file that fails is never
// silently dropped: the catalog (#/data) shows "N galat" and its first issues, and `checkPublishedFile` gives the
// engine a message naming the file and the first problem. Results are memoised per file version in memory, and kept
// across reloads in IndexedDB keyed by content (see "Verdicts kept across loads" below): a warm reload with unchanged
// data validates nothing.
//
// Plain promises and a react-query-friendly `{ queryKey, queryFn }` factory: no React in src/data.
import { createStore, delMany, get, keys, set } from 'idb-keyval';
import { CONTRACT, CONTRACT_VERSION, type DatasetId } from './contract.ts';
import { dataUrl } from './data-url.ts';
import { REFUSED_FILE_ERROR } from './engine-types.ts';
import { contentKey, loadedParts, type Manifest, type ManifestFile } from './manifest.ts';
import { canHash } from './sha256.ts';
import type { Issue } from './validate/types.ts';
import type { ValidateJob, ValidateSummary } from './workers/validate-job.ts';
import type { WorkerRequest, WorkerResponse } from './workers/validate-worker.ts';

/**
 * `valid`: no errors (warnings allowed). `invalid`: contract errors, or bytes that differ from the manifest's sha256.
 * `unreadable`: the file could not be fetched (HTTP error, offline). `unchecked`: the validator itself failed —
 * says nothing about the file, so it never blocks it.
 */
export type PublishedStatus = 'valid' | 'invalid' | 'unreadable' | 'unchecked';

export interface PublishedValidation {
  dataset: DatasetId;
  /** The file the engine loads (Parquet when published, otherwise CSV); the first, when it loads several parts. */
  file: ManifestFile;
  status: PublishedStatus;
  /** null when the file could not be fetched or checked. */
  summary: ValidateSummary | null;
  /** Why the file could not be fetched or checked (plain text). */
  failure: string | null;
  /** Errors including a sha256 mismatch; 0 when valid. */
  errorCount: number;
  /** Milliseconds from fetch to result; 0 when the verdict was reused. */
  ms: number;
  /** The verdict of an earlier load for the same bytes, rules and reference files (nothing fetched or checked). */
  cached: boolean;
}

/** First issues listed per issue code (the counts cover all of them). */
const MAX_ISSUES_PER_CODE = 5;

function referencedDatasets(id: DatasetId, manifest: Manifest): DatasetId[] {
  const refs = new Set<DatasetId>();
  for (const c of CONTRACT[id].columns) if (c.references) refs.add(c.references.dataset);
  return [...refs].filter((r) => r !== id && manifest.datasets.some((d) => d.id === r));
}

/** Identity of a result: the file's hash and, recursively, the hashes of the files it is checked against. */
function memoKey(manifest: Manifest, id: DatasetId): string {
  const d = manifest.datasets.find((x) => x.id === id);
  const short = (key: string) =>
    key
      .split('+')
      .map((sha) => sha.slice(0, 16))
      .join('+');
  const own = d ? `${id}:${short(contentKey(d))}` : `${id}:-`;
  const refs = referencedDatasets(id, manifest).map((r) => memoKey(manifest, r));
  return refs.length ? `${own}(${refs.join(',')})` : own;
}

// ---------------------------------------------------------------------------------------------------------------
// Running jobs: one module worker, jobs one after another, terminated when idle (wasm memory never shrinks).

type Runner = (job: ValidateJob) => Promise<ValidateSummary>;

const IDLE_TERMINATE_MS = 15_000;
let worker: Worker | null = null;
let workerBroken = false;
let idleTimer: ReturnType<typeof setTimeout> | null = null;
let nextJobId = 1;
const pending = new Map<number, { resolve: (s: ValidateSummary) => void; reject: (e: Error) => void }>();

class WorkerUnavailable extends Error {}

function dropWorker(reason: string): void {
  workerBroken = true;
  worker?.terminate();
  worker = null;
  for (const p of pending.values()) p.reject(new WorkerUnavailable(reason));
  pending.clear();
}

function startWorker(): Worker | null {
  if (workerBroken || typeof Worker === 'undefined') return null;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('./workers/validate-worker.ts', import.meta.url), {
      type: 'module',
      name: 'jdac-validate',
    });
  } catch (err) {
    dropWorker(err instanceof Error ? err.message : String(err));
    return null;
  }
  worker.addEventListener('message', (e: MessageEvent<WorkerResponse>) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if ('summary' in e.data) p.resolve(e.data.summary);
    else p.reject(new Error(e.data.error));
    if (pending.size === 0) scheduleIdle();
  });
  worker.addEventListener('error', (e) => {
    e.preventDefault();
    dropWorker(e.message || 'validator worker failed to start');
  });
  return worker;
}

function scheduleIdle(): void {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (pending.size === 0 && worker) {
      worker.terminate();
      worker = null;
    }
  }, IDLE_TERMINATE_MS);
}

async function runOnMainThread(job: ValidateJob): Promise<ValidateSummary> {
  const { runValidateJob } = await import('./workers/validate-job.ts');
  return runValidateJob(job);
}

const runInWorker: Runner = (job) => {
  const w = startWorker();
  if (!w) return runOnMainThread(job);
  if (idleTimer) clearTimeout(idleTimer);
  const id = nextJobId++;
  return new Promise<ValidateSummary>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, job } satisfies WorkerRequest);
  }).catch((err: unknown) => {
    // The worker could not run at all (e.g. blocked): the same job on the main thread, once.
    if (err instanceof WorkerUnavailable) return runOnMainThread(job);
    throw err;
  });
};

let runner: Runner = runInWorker;
let queue: Promise<unknown> = Promise.resolve();

/** Jobs run one after another (two cores are shared with DuckDB and the charts). */
function enqueue(job: ValidateJob): Promise<ValidateSummary> {
  const next = queue.then(() => runner(job));
  queue = next.catch(() => undefined);
  return next;
}

/** Tests: run jobs with this function instead of the worker (null restores the worker). */
export function setValidationRunner(run: Runner | null): void {
  runner = run ?? runInWorker;
}

// ---------------------------------------------------------------------------------------------------------------
// Verdicts kept across loads. A file's verdict depends only on its bytes (the manifest's sha256), the rules (the
// contract and the validator code) and the files it is checked against (their sha256, recursively): keyed by all of
// them, a verdict is reused on the next load without fetching or checking the file. Verdicts with problems are kept
// too: the same bytes under the same rules give the same problems, so re-checking would only repeat the work — except
// a "date after today" problem, which can go away as days pass: such a verdict is reused on the same day only.
// Stored only when the validator saw the manifest's bytes (shaMatches === true); reused only where the engine checks
// the sha256 of the bytes it loads (fetchBytes in duckdb-browser.ts needs crypto.subtle), so a reused verdict is
// always about the bytes in DuckDB. A file that could not be fetched or checked is never stored.

/** Bump whenever the validation rules change (src/data/validate/**, validate-job.ts): older verdicts are ignored. */
export const VALIDATOR_VERSION = 1;

/** Where verdicts live (IndexedDB in the browser; tests inject a Map-backed one). */
export interface VerdictStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: StoredVerdict): Promise<void>;
  keys(): Promise<string[]>;
  delMany(keys: string[]): Promise<void>;
}

export interface StoredVerdict {
  summary: ValidateSummary;
  /** The "today" the file was checked with (future dates are errors). */
  today: string;
}

/** Verdicts kept beyond this many: those of files no longer in the manifest are dropped. */
const MAX_VERDICTS = 48;

function indexedDbStore(): VerdictStore | null {
  if (typeof indexedDB === 'undefined') return null;
  const idb = createStore('jdac-validation', 'verdicts');
  return {
    get: (k) => get(k, idb),
    set: (k, v) => set(k, v, idb),
    keys: () => keys<string>(idb),
    delMany: (ks) => delMany(ks, idb),
  };
}

let verdictStore: VerdictStore | null | undefined;

function store(): VerdictStore | null {
  if (verdictStore === undefined) {
    try {
      verdictStore = indexedDbStore();
    } catch {
      verdictStore = null; // private mode, blocked storage: validate every load as before
    }
  }
  return verdictStore;
}

/** Tests: keep verdicts in this store (null: keep none). Also forgets the in-memory results. */
export function setVerdictStore(s: VerdictStore | null): void {
  verdictStore = s;
  memo.clear();
}

/** Like memoKey, with whole hashes and the rules' versions: the IndexedDB key of a verdict. */
function verdictKey(manifest: Manifest, id: DatasetId): string {
  const files = (x: DatasetId): string => {
    const d = manifest.datasets.find((y) => y.id === x);
    const own = `${x}:${d ? contentKey(d) : '-'}`;
    const refs = referencedDatasets(x, manifest).map(files);
    return refs.length ? `${own}(${refs.join(',')})` : own;
  };
  return `v${VALIDATOR_VERSION}|contract ${CONTRACT_VERSION}|${files(id)}`;
}

async function storedVerdict(key: string, today: string): Promise<ValidateSummary | null> {
  const s = store();
  if (!s || !canHash()) return null;
  try {
    const v = (await s.get(key)) as StoredVerdict | undefined;
    if (!v?.summary || typeof v.today !== 'string' || v.summary.shaMatches !== true) return null;
    if (v.today === today) return v.summary;
    const datesInFuture = (v.summary.issueCounts.future_date ?? 0) > 0;
    return v.today < today && !datesInFuture ? v.summary : null;
  } catch {
    return null;
  }
}

async function storeVerdict(manifest: Manifest, key: string, summary: ValidateSummary, today: string): Promise<void> {
  const s = store();
  if (!s || summary.shaMatches !== true) return;
  try {
    await s.set(key, { summary, today });
    const all = await s.keys();
    if (all.length > MAX_VERDICTS) {
      const current = new Set(manifest.datasets.map((d) => verdictKey(manifest, d.id)));
      await s.delMany(all.filter((k) => !current.has(k)));
    }
  } catch {
    // Storage full or blocked: the next load validates again.
  }
}

/** Time this page spent validating (fetch to verdict), the files validated and the verdicts reused. */
export interface ValidationStats {
  ms: number;
  validated: number;
  reused: number;
}

const stats: ValidationStats = { ms: 0, validated: 0, reused: 0 };

/**
 * Since the page loaded. The bench and the e2e read this, or the performance entries: a measure
 * `jdac-validate:<dataset>` per file validated, a mark `jdac-validate-reused:<dataset>` per verdict reused (the latest
 * of each dataset only).
 */
export function validationStats(): ValidationStats {
  return { ...stats };
}

function recordValidation(id: DatasetId, started: number): void {
  const ended = performance.now();
  stats.ms += ended - started;
  stats.validated += 1;
  try {
    // One entry per dataset (the latest): a wall that reloads data for weeks must not pile them up.
    performance.clearMeasures(`jdac-validate:${id}`);
    performance.measure(`jdac-validate:${id}`, { start: started, end: ended });
  } catch {
    // No User Timing here (old platform): the counter above still holds the time.
  }
}

function recordReuse(id: DatasetId): void {
  stats.reused += 1;
  try {
    performance.clearMarks(`jdac-validate-reused:${id}`);
    performance.mark(`jdac-validate-reused:${id}`);
  } catch {
    // as above
  }
}

// ---------------------------------------------------------------------------------------------------------------

/** The same URL as the engine's (src/data/duckdb-browser.ts): HTTP and service-worker caches are shared. */
export function publishedFileUrl(file: ManifestFile): string {
  return `${dataUrl(file.path)}?v=${file.sha256.slice(0, 16)}`;
}

function todayWib(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
}

const memo = new Map<string, Promise<PublishedValidation>>();
let memoVersion: string | null = null;

async function check(manifest: Manifest, id: DatasetId): Promise<PublishedValidation> {
  const d = manifest.datasets.find((x) => x.id === id);
  if (!d) throw new Error(`Dataset "${id}" tidak ada di manifest.json`);
  const file = loadedParts(d)[0] as ManifestFile;
  let started = performance.now();
  const result = (
    status: PublishedStatus,
    summary: ValidateSummary | null,
    failure: string | null,
    cached = false,
  ): PublishedValidation => ({
    dataset: id,
    file,
    status,
    summary,
    failure,
    errorCount: summary ? summary.errorCount + (summary.shaMatches === false ? 1 : 0) : 0,
    ms: cached ? 0 : Math.round(performance.now() - started),
    cached,
  });
  const statusOf = (summary: ValidateSummary): PublishedStatus =>
    summary.ok && summary.shaMatches !== false ? 'valid' : 'invalid';

  // Reference lists from the other published files (their own check, memoised, gives their keys).
  const references: ValidateJob['references'] = {};
  for (const ref of referencedDatasets(id, manifest)) {
    const r = await validatePublishedDataset(manifest, ref);
    // Code lists and vocabularies alike: a sites file is checked against the published programmes and
    // technologies, so a programme the vocabulary lacks refuses its rows (and only those, see checkPublishedFile).
    const keys = r.summary?.keys;
    if (keys && keys.length > 0) references[ref] = keys;
  }

  // The manifest was built from these files, so its as-of date is never "in the future": a wall PC whose clock
  // runs behind must not reject yesterday's telemetry.
  const today = [todayWib(), manifest.as_of].sort().at(-1) as string;
  const key = verdictKey(manifest, id);
  const reused = await storedVerdict(key, today);
  if (reused) {
    recordReuse(id);
    return result(statusOf(reused), reused, null, true);
  }

  started = performance.now(); // the wait for the reference files above is their own time
  // A dataset published in several parts (manifest.ts loadedParts) is checked part by part, with one verdict.
  const summaries: ValidateSummary[] = [];
  for (const part of loadedParts(d)) {
    let bytes: ArrayBuffer;
    try {
      const res = await fetch(publishedFileUrl(part));
      if (!res.ok) return result('unreadable', null, `HTTP ${res.status} untuk ${part.path}`);
      bytes = await res.arrayBuffer();
    } catch (err) {
      return result('unreadable', null, `${part.path}: ${err instanceof Error ? err.message : String(err)}`);
    }
    try {
      summaries.push(
        await enqueue({
          bytes,
          fileName: part.path,
          dataset: id,
          format: part.format,
          references,
          maxIssuesPerCode: MAX_ISSUES_PER_CODE,
          sha256: part.sha256,
          today,
        }),
      );
    } catch (err) {
      return result('unchecked', null, err instanceof Error ? err.message : String(err));
    }
  }
  const summary = mergeSummaries(summaries);
  recordValidation(id, started);
  await storeVerdict(manifest, key, summary, today); // before a reload can cut the write short
  return result(statusOf(summary), summary, null);
}

/** One verdict for the parts of a dataset: counts added, lists joined, the hash check passed only if every part's did. */
export function mergeSummaries(parts: readonly ValidateSummary[]): ValidateSummary {
  const [first, ...rest] = parts;
  if (!first) throw new Error('mergeSummaries: no parts');
  if (rest.length === 0) return first;
  const issueCounts: ValidateSummary['issueCounts'] = {};
  const refused = new Map<string, Set<string>>();
  for (const p of parts) {
    for (const [code, n] of Object.entries(p.issueCounts) as [keyof typeof issueCounts, number][])
      issueCounts[code] = (issueCounts[code] ?? 0) + n;
    for (const r of p.refused) {
      const values = refused.get(r.column) ?? new Set<string>();
      for (const v of r.values) values.add(v);
      refused.set(r.column, values);
    }
  }
  const sum = (f: (p: ValidateSummary) => number) => parts.reduce((n, p) => n + f(p), 0);
  const shas = parts.map((p) => p.shaMatches);
  return {
    ok: parts.every((p) => p.ok),
    errorCount: sum((p) => p.errorCount),
    warningCount: sum((p) => p.warningCount),
    rowCount: sum((p) => p.rowCount),
    validRowCount: sum((p) => p.validRowCount),
    invalidRowCount: sum((p) => p.invalidRowCount),
    issues: parts.flatMap((p) => p.issues),
    issueCounts,
    referencesChecked: [...new Set(parts.flatMap((p) => p.referencesChecked))],
    keys: parts.every((p) => p.keys === null) ? null : parts.flatMap((p) => p.keys ?? []),
    refused: [...refused].map(([column, values]) => ({ column, values: [...values] })),
    refusedRows: sum((p) => p.refusedRows),
    sha256: parts.every((p) => p.sha256 !== null) ? parts.map((p) => p.sha256).join('+') : null,
    shaMatches: shas.includes(false) ? false : shas.includes(null) ? null : true,
  };
}

/**
 * Checks the published file of one dataset (the one the engine loads). Memoised per file version (and the versions
 * of the files it is checked against); a file that could not be fetched or checked is tried again on the next call.
 */
export function validatePublishedDataset(manifest: Manifest, id: DatasetId): Promise<PublishedValidation> {
  if (memoVersion !== manifest.version) {
    // A new data version: keep only results whose files are unchanged.
    const keep = new Set(manifest.datasets.map((d) => memoKey(manifest, d.id)));
    for (const k of memo.keys()) if (!keep.has(k)) memo.delete(k);
    memoVersion = manifest.version;
  }
  const key = memoKey(manifest, id);
  let p = memo.get(key);
  if (!p) {
    p = check(manifest, id);
    memo.set(key, p);
    p.then(
      (r) => {
        if (r.status === 'unreadable' || r.status === 'unchecked') memo.delete(key);
      },
      () => memo.delete(key),
    );
  }
  return p;
}

/** Every dataset of the manifest, in manifest order. */
export function validatePublished(manifest: Manifest): Promise<PublishedValidation[]> {
  return Promise.all(manifest.datasets.map((d) => validatePublishedDataset(manifest, d.id)));
}

/** For `useQuery`: one query per dataset, keyed by the file versions it depends on. */
export function publishedValidationQuery(manifest: Manifest, id: DatasetId) {
  return {
    queryKey: ['published-validation', id, memoKey(manifest, id)] as const,
    queryFn: () => validatePublishedDataset(manifest, id),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  };
}

type Lang = 'id' | 'en';

/** The issues to show first: errors before warnings, in the validator's order. */
export function firstIssues(v: PublishedValidation, n = 3): Issue[] {
  const issues = v.summary?.issues ?? [];
  return [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity === 'warning')].slice(
    0,
    n,
  );
}

/** The sha256 problem as a sentence, or null. */
export function shaMismatchText(v: PublishedValidation, lang: Lang): string | null {
  if (v.summary?.shaMatches !== false) return null;
  return lang === 'id'
    ? `${v.file.path}: isi berkas tidak sama dengan sha256 di manifest.json (berkas diganti tanpa menjalankan npm run data:manifest?).`
    : `${v.file.path}: the file's content does not match the sha256 in manifest.json (replaced without running npm run data:manifest?).`;
}

/** Why a file is refused, in one line: how many errors and the first one ("tidak lolos pemeriksaan kontrak: …"). */
export function describeRejection(v: PublishedValidation, lang: Lang = 'id'): string {
  if (v.status === 'unreadable' || v.status === 'unchecked') return v.failure ?? '';
  const first = shaMismatchText(v, lang) ?? firstIssues(v, 1)[0]?.message[lang] ?? '';
  const n = v.errorCount;
  return lang === 'id'
    ? `tidak lolos pemeriksaan kontrak data (${n} galat). ${first}`
    : `fails the data contract check (${n} error${n === 1 ? '' : 's'}). ${first}`;
}

/** Rows of a published file refused for values their vocabulary lacks; the rest of the file loads. */
export interface RowRefusal {
  /** Per column, every refused value exactly as in the file: the loader deletes the rows holding them. */
  refused: { column: string; values: string[] }[];
  /** Rows refused (each once). */
  rows: number;
  /** Rows of the file. */
  of: number;
  /** One line naming the file, the values and how to add them (Indonesian; `describeRefusal` for English). */
  message: string;
}

/**
 * Whether the file's only errors are values missing from a vocabulary (programmes, technologies) and its bytes are
 * the manifest's: then those rows are refused and the other rows load (contract v2, docs/data-contract.md).
 */
export function refusesRowsOnly(v: PublishedValidation): boolean {
  const s = v.summary;
  if (!s || v.status !== 'invalid' || s.shaMatches === false) return false;
  return s.refusedRows > 0 && s.errorCount === (s.issueCounts.unknown_vocabulary ?? 0);
}

/** The refused rows in one line: how many of how many, the first message (value, file, line, column) and the fix. */
export function describeRefusal(v: PublishedValidation, lang: Lang = 'id'): string {
  const s = v.summary;
  if (!s) return '';
  const first = firstIssues(v, 1)[0];
  const values = s.refused.flatMap((r) => r.values.map((x) => `${r.column} "${x}"`)).join(', ');
  const what = first ? `${first.message[lang]}${first.hint ? ` ${first.hint[lang]}` : ''}` : '';
  return lang === 'id'
    ? `${s.refusedRows} dari ${s.rowCount} baris ${v.file.path} tidak dimuat (${values}); baris lainnya dimuat. ${what}`
    : `${s.refusedRows} of ${s.rowCount} rows of ${v.file.path} were not loaded (${values}); the other rows were. ${what}`;
}

/**
 * For the engine, before a dataset's table is used: resolves null when the published file passed (or could not be
 * checked for a reason that is not the file's); resolves a RowRefusal when only rows naming a value missing from a
 * vocabulary failed (the engine loads the file without them); rejects with a message naming the file and its first
 * problem otherwise.
 */
export async function checkPublishedFile(manifest: Manifest, id: DatasetId): Promise<RowRefusal | null> {
  const v = await validatePublishedDataset(manifest, id);
  if (refusesRowsOnly(v) && v.summary) {
    return {
      refused: v.summary.refused,
      rows: v.summary.refusedRows,
      of: v.summary.rowCount,
      message: describeRefusal(v, 'id'),
    };
  }
  if (v.status === 'invalid') {
    // Named, so that the engine tells a refused file from one it could not fetch (duckdb-browser.ts loadDataset).
    const refused = new Error(describeRejection(v, 'id'));
    refused.name = REFUSED_FILE_ERROR;
    throw refused;
  }
  return null;
}
