// npm run validate -- [--dataset ID] [--lang id|en] [--today YYYY-MM-DD] [--json] [--publish]
//                     [--refs DIR | --no-refs] <files…>
// Checks CSV / Parquet files against the data contract with the same validator the browser uses
// (src/data/validate/), prints a report per file and a summary, and exits 1 when any file has errors (2 on usage
// errors). Reference lists (villages, regencies, sites) come from public/data unless --refs/--no-refs say otherwise.
// Other scripts (data:manifest) import validatePath() and loadReferences() from here. See docs/validation.md.
import { readFile, stat } from 'node:fs/promises';
import { createRequire, register } from 'node:module';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DATASET_IDS, type DatasetId, isDatasetId } from '../src/data/contract.ts';
import { formatReport, type Lang } from '../src/data/validate/format.ts';
import { formatNumber } from '../src/data/validate/messages.ts';
import type { FileFormat, Profile, References, ValidationReport } from '../src/data/validate/types.ts';
import { validateBytes } from '../src/data/validate/validate.ts';
import { isIsoDate, todayWib } from '../src/data/validate/values.ts';

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

const REFERENCE_KEYS = [
  ['regencies', 'regency_code'],
  ['villages', 'village_code'],
  ['sites', 'site_id'],
] as const;

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Reference lists from `<dir>/{regencies,villages,sites}.csv` (or `.parquet`): the key values of every row whose
 * key cell is itself well-formed. Missing files are simply left out.
 */
export async function loadReferences(dir: string): Promise<References & { files: string[] }> {
  const refs: References & { files: string[] } = { files: [] };
  for (const [dataset, column] of REFERENCE_KEYS) {
    let path: string | null = null;
    for (const ext of ['.csv', '.parquet']) {
      const p = join(dir, `${dataset}${ext}`);
      if (await exists(p)) {
        path = p;
        break;
      }
    }
    if (!path) continue;
    const report = await validatePath(path, { dataset, keepRows: 'all', today: '9999-12-31' });
    const set = new Set<string>();
    for (const row of report.validRows) {
      const v = row[column];
      if (typeof v === 'string') set.add(v);
    }
    const index = report.columnIndex[column] ?? -1;
    for (const row of report.invalidRows) {
      if (row.issues.some((i) => i.column === column)) continue;
      const v = row.raw[index]?.trim();
      if (index >= 0 && v) set.add(v);
    }
    if (set.size === 0) continue;
    refs[dataset] = set;
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
  --refs DIR          reference lists (villages/regencies/sites) from DIR (default public/data)
  --no-refs           do not check codes against reference lists
exit status: 0 no errors (warnings allowed), 1 a file has errors, 2 usage error or unreadable file`;

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
  const refs = args.refs ? await loadReferences(args.refs) : undefined;
  const reports: ValidationReport[] = [];
  let unreadable = 0;
  for (const file of args.files) {
    let report: ValidationReport;
    try {
      report = await validatePath(file, {
        today: args.today,
        profile: args.profile,
        ...(args.dataset ? { dataset: args.dataset } : {}),
        ...(refs ? { references: refs } : {}),
      });
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
    if (refs && refs.files.length === 0 && args.refs) {
      console.log(
        args.lang === 'id' ? `(tidak ada daftar referensi di ${args.refs})` : `(no reference lists in ${args.refs})`,
      );
    }
    console.log(summaryLine(reports, unreadable, args.lang));
  }
  if (unreadable > 0) return 2;
  return reports.every((r) => r.ok) ? 0 : 1;
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) process.exitCode = await main(process.argv.slice(2));
