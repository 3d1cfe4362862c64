// npm run validate -- [--dataset ID] [--lang id|en] [--today YYYY-MM-DD] [--json] [--publish]
//                     [--refs DIR | --no-refs] <files…>
// Checks CSV / Parquet files against the data contract with the same validator the browser uses
// (src/data/validate/), prints a report per file and a summary, and exits 1 when any file has errors (2 on usage
// errors). Reference lists (regencies, villages, sites, and the vocabularies programmes and technologies) come, for
// each dataset, from a file of that dataset given on the command line, else from <dataset>.csv/.parquet beside the
// file being checked, else from --refs DIR (default public/data); --no-refs checks none.
// Other scripts (data:manifest) import validatePath() and loadReferences() from here. See docs/validation.md.
import { readFile, stat } from 'node:fs/promises';
import { createRequire, register } from 'node:module';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATASET_IDS, type DatasetId, isDatasetId } from '../src/data/contract.ts';
import { formatReport, type Lang } from '../src/data/validate/format.ts';
import { datasetFromFileName } from '../src/data/validate/headers.ts';
import { formatNumber } from '../src/data/validate/messages.ts';
import type { FileFormat, Profile, References, ValidationReport } from '../src/data/validate/types.ts';
import { validateBytes } from '../src/data/validate/validate.ts';
import { isIsoDate, todayWib } from '../src/data/validate/values.ts';
import { REFERENCE_DATASETS, REFERENCE_KEYS, referenceKeys } from '../src/data/workers/validate-job.ts';
import { exitCodesHelp, runCli } from './lib/cli.ts';

export const DEFAULT_REFS_DIR = resolve(import.meta.dirname, '..', 'public', 'data');

// src/data/parquet.ts imports its wasm as `…wasm?url` (a Vite feature). Under Node/tsx this loader hook turns such
// an import into `export default "<file URL>"`; the wasm bytes are then handed to loadParquetWasm directly.
const URL_IMPORT_HOOKS = `
export async function resolve(specifier, context, next) {
  if (specifier.endsWith('?url')) {
    const r = await next(specifier.slice(0, -4), context);
    return { url: r.url + '?url', format: 'module', shortCircuit: true };
  }
  return next(specifier, context);
}
export async function load(url, context, next) {
  if (url.endsWith('?url')) {
    return { format: 'module', shortCircuit: true, source: 'export default ' + JSON.stringify(url.slice(0, -4)) + ';' };
  }
  return next(url, context);
}`;

let parquetReady: Promise<void> | undefined;

/** Makes Parquet decoding work in Node (idempotent): loader hook for `?url`, wasm bytes from node_modules. */
export function ensureParquetInNode(): Promise<void> {
  parquetReady ??= (async () => {
    register(`data:text/javascript,${encodeURIComponent(URL_IMPORT_HOOKS)}`, import.meta.url);
    const { loadParquetWasm } = await import('../src/data/parquet.ts');
    const wasm = createRequire(import.meta.url).resolve('parquet-wasm/esm/parquet_wasm_bg.wasm');
    await loadParquetWasm(await readFile(wasm));
  })();
  return parquetReady;
}

export function formatFromPath(path: string): FileFormat | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.parquet') return 'parquet';
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  return undefined;
}

export interface ValidatePathOptions {
  dataset?: DatasetId;
  today?: string;
  references?: References;
  profile?: Profile;
  keepRows?: 'all' | 'invalid' | 'none';
  /** Name used in messages; default: the path as given. */
  fileName?: string;
}

/** Reads and validates one file. Throws only when the file cannot be read at all (missing, a directory…). */
export async function validatePath(path: string, opts: ValidatePathOptions = {}): Promise<ValidationReport> {
  const bytes = new Uint8Array(await readFile(path));
  const format = formatFromPath(path);
  const isParquet =
    format === 'parquet' ||
    (format === undefined &&
      bytes.length >= 4 &&
      bytes[0] === 0x50 &&
      bytes[1] === 0x41 &&
      bytes[2] === 0x52 &&
      bytes[3] === 0x31);
  if (isParquet) await ensureParquetInNode();
  return validateBytes(bytes, {
    fileName: opts.fileName ?? path,
    keepRows: opts.keepRows ?? 'none',
    ...(format ? { format } : {}),
    ...(opts.dataset ? { dataset: opts.dataset } : {}),
    ...(opts.today ? { today: opts.today } : {}),
    ...(opts.references ? { references: opts.references } : {}),
    ...(opts.profile ? { profile: opts.profile } : {}),
  });
}

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Reference lists with the file each list came from. */
export type LoadedReferences = References & { files: string[]; from: Partial<Record<DatasetId, string>> };

/** The key values of one reference file: every row whose key cell is itself well-formed (as the browser does). */
async function referenceFileKeys(path: string, dataset: DatasetId): Promise<Set<string>> {
  const column = REFERENCE_KEYS[dataset];
  if (!column) return new Set();
  const report = await validatePath(path, { dataset, keepRows: 'all', today: '9999-12-31' });
  return new Set(referenceKeys(report, column));
}

/**
 * Reference lists from `<dir>/<dataset>.csv` (or `.parquet`) for every dataset others refer to: regencies,
 * villages, sites and the vocabularies programmes and technologies. Missing files are simply left out.
 */
export async function loadReferences(dir: string): Promise<LoadedReferences> {
  const refs: LoadedReferences = { files: [], from: {} };
  for (const dataset of REFERENCE_DATASETS) {
    let path: string | null = null;
    for (const ext of ['.csv', '.parquet']) {
      const p = join(dir, `${dataset}${ext}`);
      if (await exists(p)) {
        path = p;
        break;
      }
    }
    if (!path) continue;
    const set = await referenceFileKeys(path, dataset);
    if (set.size === 0) continue;
    refs[dataset] = set;
    refs.files.push(path);
    refs.from[dataset] = path;
  }
  return refs;
}

/** Later lists replace earlier ones, dataset by dataset. */
function mergeReferences(...layers: readonly (LoadedReferences | undefined)[]): LoadedReferences {
  const out: LoadedReferences = { files: [], from: {} };
  for (const layer of layers) {
    if (!layer) continue;
    for (const dataset of REFERENCE_DATASETS) {
      const set = layer[dataset];
      const from = layer.from[dataset];
      if (!set || !from) continue;
      out[dataset] = set;
      out.from[dataset] = from;
    }
  }
  out.files = [...new Set(Object.values(out.from))];
  return out;
}

/** Reference lists from the files given on the command line whose name names a reference dataset. */
async function givenReferences(paths: readonly string[]): Promise<LoadedReferences> {
  const refs: LoadedReferences = { files: [], from: {} };
  for (const path of paths) {
    const dataset = datasetFromFileName(path);
    if (!dataset || !REFERENCE_KEYS[dataset] || !(await exists(path))) continue;
    const set = await referenceFileKeys(path, dataset);
    if (set.size === 0) continue;
    refs[dataset] = set;
    refs.from[dataset] = path;
    refs.files.push(path);
  }
  return refs;
}

/**
 * For data:manifest: validates dataset files in the published form (profile 'publish': what the dashboard's loader
 * reads without conversion), codes checked against the reference lists in `refsDir` (default: the directory of
 * the first file). Publish only when every report is `ok`.
 */
export async function validateForPublish(
  paths: readonly string[],
  opts: { refsDir?: string; today?: string } = {},
): Promise<ValidationReport[]> {
  const first = paths[0];
  if (first === undefined) return [];
  const references = await loadReferences(opts.refsDir ?? resolve(first, '..'));
  const reports: ValidationReport[] = [];
  for (const path of paths) {
    reports.push(
      await validatePath(path, { profile: 'publish', references, ...(opts.today ? { today: opts.today } : {}) }),
    );
  }
  return reports;
}

const USAGE = `usage: npx tsx scripts/validate.ts [options] <files…>
  --dataset ID        dataset of every file (${DATASET_IDS.join(', ')}); default: from the file name, else the headers
  --lang id|en        language of the messages (default id)
  --today YYYY-MM-DD  dates after this day are errors (default: today in WIB)
  --json              print the reports as JSON (both languages) instead of text
  --publish           also require the published form (comma, decimal point, ISO dates, contract header order)
  --refs DIR          reference lists from DIR (default public/data)
  --no-refs           do not check codes or vocabulary values against reference lists
reference lists: regencies, villages and sites (codes), programmes and technologies (the vocabularies of
  sites.programme and sites.technology). For each of them the first found is used:
    1. a file of that dataset given on the command line (e.g. programmes.csv beside sites.csv in the arguments);
    2. <dataset>.csv or <dataset>.parquet in the same directory as the file being checked;
    3. <dataset>.csv or <dataset>.parquet in --refs DIR (default public/data).
  A sites row whose programme or technology is missing from its vocabulary is an error naming the value, the line
  and how to add it to programmes.csv / technologies.csv.
${exitCodesHelp(['0  no errors (warnings allowed)', '1  a file has errors', '2  usage error or unreadable file'])}`;

interface Args {
  files: string[];
  dataset?: DatasetId;
  lang: Lang;
  today: string;
  json: boolean;
  profile: Profile;
  refs: string | null;
}

class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): Args | 'help' {
  const args: Args = {
    files: [],
    lang: 'id',
    today: todayWib(),
    json: false,
    profile: 'upload',
    refs: DEFAULT_REFS_DIR,
  };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i] as string;
    if (onlyFiles || !raw.startsWith('-') || raw === '-') {
      args.files.push(raw);
      continue;
    }
    const eq = raw.indexOf('=');
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    const value = (): string => {
      if (eq > 0) return raw.slice(eq + 1);
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--':
        onlyFiles = true;
        break;
      case '-h':
      case '--help':
        return 'help';
      case '--dataset': {
        const v = value();
        if (!isDatasetId(v)) throw new UsageError(`--dataset: unknown dataset "${v}" (${DATASET_IDS.join(', ')})`);
        args.dataset = v;
        break;
      }
      case '--lang': {
        const v = value();
        if (v !== 'id' && v !== 'en') throw new UsageError(`--lang: expected id or en, got "${v}"`);
        args.lang = v;
        break;
      }
      case '--today': {
        const v = value();
        if (!isIsoDate(v)) throw new UsageError(`--today: expected a date YYYY-MM-DD, got "${v}"`);
        args.today = v;
        break;
      }
      case '--json':
        args.json = true;
        break;
      case '--publish':
        args.profile = 'publish';
        break;
      case '--refs':
        args.refs = resolve(value());
        break;
      case '--no-refs':
        args.refs = null;
        break;
      default:
        throw new UsageError(`unknown option ${flag}`);
    }
  }
  if (args.files.length === 0) throw new UsageError('no files given');
  return args;
}

function summaryLine(reports: readonly ValidationReport[], unreadable: number, lang: Lang): string {
  const ok = reports.filter((r) => r.ok).length;
  const failed = reports.length - ok + unreadable;
  const errors = reports.reduce((n, r) => n + r.errorCount, 0);
  const warnings = reports.reduce((n, r) => n + r.warningCount, 0);
  const files = reports.length + unreadable;
  const f = (n: number) => formatNumber(n, lang);
  return lang === 'id'
    ? `Ringkasan: ${f(files)} berkas diperiksa: ${f(ok)} OK, ${f(failed)} gagal; ${f(errors)} galat, ${f(warnings)} peringatan.`
    : `Summary: ${f(files)} file${files === 1 ? '' : 's'} checked: ${f(ok)} OK, ${f(failed)} failed; ` +
        `${f(errors)} error${errors === 1 ? '' : 's'}, ${f(warnings)} warning${warnings === 1 ? '' : 's'}.`;
}

/** Runs the CLI; returns the exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  let args: Args | 'help';
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`validate: ${e.message}\n${USAGE}`);
    return 2;
  }
  if (args === 'help') {
    console.log(USAGE);
    return 0;
  }
  // Reference lists, dataset by dataset: given on the command line, else beside the file, else --refs DIR.
  const checkRefs = args.refs !== null;
  const fromDir = args.refs ? await loadReferences(args.refs) : undefined;
  const given = checkRefs ? await givenReferences(args.files) : undefined;
  const beside = new Map<string, LoadedReferences>();
  const used = new Set<string>();
  const reports: ValidationReport[] = [];
  let unreadable = 0;
  for (const file of args.files) {
    let report: ValidationReport;
    try {
      let refs: LoadedReferences | undefined;
      if (checkRefs) {
        const dir = resolve(file, '..');
        let here = beside.get(dir);
        if (!here) {
          here = await loadReferences(dir);
          beside.set(dir, here);
        }
        refs = mergeReferences(fromDir, here, given);
      }
      report = await validatePath(file, {
        today: args.today,
        profile: args.profile,
        ...(args.dataset ? { dataset: args.dataset } : {}),
        ...(refs ? { references: refs } : {}),
      });
      for (const d of report.referencesChecked) {
        const from = refs?.from[d];
        const shown = from ? relative(process.cwd(), from) : '';
        if (from) used.add(`${d} ← ${shown && !shown.startsWith('..') ? shown : from}`);
      }
    } catch (e) {
      unreadable++;
      const reason = e instanceof Error ? e.message : String(e);
      console.error(
        args.lang === 'id'
          ? `GAGAL  ${file}: berkas tidak dapat dibaca (${reason})`
          : `FAILED  ${file}: cannot read the file (${reason})`,
      );
      continue;
    }
    reports.push(report);
    if (!args.json) console.log(`${formatReport(report, args.lang)}\n`);
  }
  if (args.json) {
    const slim = reports.map(({ validRows: _v, invalidRows: _i, ...rest }) => rest);
    console.log(JSON.stringify(slim, null, 2));
  } else {
    if (fromDir && fromDir.files.length === 0 && args.refs) {
      console.log(
        args.lang === 'id' ? `(tidak ada daftar referensi di ${args.refs})` : `(no reference lists in ${args.refs})`,
      );
    }
    if (used.size > 0) {
      console.log(`${args.lang === 'id' ? 'Daftar referensi' : 'Reference lists'}: ${[...used].sort().join('; ')}`);
    }
    console.log(summaryLine(reports, unreadable, args.lang));
  }
  if (unreadable > 0) return 2;
  return reports.every((r) => r.ok) ? 0 : 1;
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) await runCli('validate', main);
