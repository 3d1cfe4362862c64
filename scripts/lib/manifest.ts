// Builds public/data/manifest.json from whatever dataset files are in a directory: each `<id>.parquet` /
// `<id>.csv` whose id is in the contract is read with native DuckDB (contract types, never sniffed) for its row
// count, period and as-of date, and hashed. See docs/data-contract.md for the rules.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import {
  CONTRACT,
  CONTRACT_VERSION,
  csvColumnTypes,
  DATASET_IDS,
  type DatasetId,
  isDatasetId,
  SOURCE,
} from '../../src/data/contract.ts';
import { type Manifest, type ManifestDataset, type ManifestFile, parseManifest } from '../../src/data/manifest.ts';
import { errorText } from './cli.ts';
import { minDate, todayWib } from './dates.ts';
import { openDuck, queryRows, sqlString } from './duck.ts';

/** A dataset file that could not be read; `file` is the path as given to the builder. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DataFileError';
  }
}

type Format = 'parquet' | 'csv';

interface FileStats {
  rows: number;
  /** min/max of the dataset's time column as ISO dates (or years), null when the file has no such values. */
  min: string | null;
  max: string | null;
}

/** The column that dates each dataset, and whether it is a DATE or a year (INTEGER). */
const TIME_COLUMN: Partial<Record<DatasetId, { column: string; kind: 'date' | 'year' }>> = {
  sites: { column: 'installed_on', kind: 'date' },
  site_daily: { column: 'date', kind: 'date' },
  village_coverage: { column: 'year', kind: 'year' },
  targets: { column: 'year', kind: 'year' },
};

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** First 16 hex digits of sha256 over the sorted lines "<path>:<sha256>\n". */
export function dataVersion(files: readonly { path: string; sha256: string }[]): string {
  const lines = files.map((f) => `${f.path}:${f.sha256}\n`).sort();
  return createHash('sha256').update(lines.join('')).digest('hex').slice(0, 16);
}

async function csvHeader(path: string): Promise<string[]> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const line = text.split(/\r?\n/, 1)[0] ?? '';
    return line.split(',').map((h) => h.trim().replace(/^"(.*)"$/, '$1'));
  } finally {
    await handle.close();
  }
}

/** A `FROM` source reading the file with the contract's column names and types. */
async function typedSource(conn: DuckDBConnection, id: DatasetId, path: string, format: Format): Promise<string> {
  const expected = CONTRACT[id].columns.map((c) => c.name);
  if (format === 'csv') {
    const header = await csvHeader(path);
    if (header.join(',') !== expected.join(',')) {
      throw new DataFileError(
        path,
        `header is "${header.join(',')}", expected "${expected.join(',')}" (comma-delimited, contract order)`,
      );
    }
    const columns = Object.entries(csvColumnTypes(id))
      .map(([name, type]) => `${sqlString(name)}: ${sqlString(type)}`)
      .join(', ');
    return `read_csv(${sqlString(path)}, header = true, delim = ',', quote = '"', escape = '"', auto_detect = false,
      dateformat = '%Y-%m-%d', columns = {${columns}})`;
  }
  const described = await queryRows(conn, `DESCRIBE SELECT * FROM read_parquet(${sqlString(path)})`);
  const present = new Set(described.map((r) => String(r.column_name)));
  const missing = expected.filter((c) => !present.has(c));
  if (missing.length > 0) throw new DataFileError(path, `missing column(s) ${missing.join(', ')}`);
  const casts = CONTRACT[id].columns.map((c) => `CAST("${c.name}" AS ${c.sql}) AS "${c.name}"`).join(', ');
  return `(SELECT ${casts} FROM read_parquet(${sqlString(path)}))`;
}

async function fileStats(conn: DuckDBConnection, id: DatasetId, path: string, format: Format): Promise<FileStats> {
  try {
    const source = await typedSource(conn, id, path, format);
    const time = TIME_COLUMN[id];
    const range = !time
      ? 'NULL AS lo, NULL AS hi'
      : time.kind === 'date'
        ? `strftime(min("${time.column}"), '%Y-%m-%d') AS lo, strftime(max("${time.column}"), '%Y-%m-%d') AS hi`
        : `CAST(min("${time.column}") AS VARCHAR) AS lo, CAST(max("${time.column}") AS VARCHAR) AS hi`;
    const [row] = await queryRows(conn, `SELECT count(*) AS n, ${range} FROM ${source}`);
    if (!row) throw new Error('no result');
    return {
      rows: Number(row.n),
      min: row.lo == null ? null : String(row.lo),
      max: row.hi == null ? null : String(row.hi),
    };
  } catch (error) {
    if (error instanceof DataFileError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    // DuckDB's first lines say what and where (line, column, value); the rest is advice about sniffer options.
    const lines = message
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
      .slice(0, 4);
    throw new DataFileError(path, lines.join(' | '));
  }
}

export interface BuildOptions {
  /** Fallback "today" (WIB) for the as-of date when no dated dataset is present. */
  today?: string;
  /** Reported for files that are not datasets of the contract. */
  onIgnored?: (file: string) => void;
}

/** Reads every dataset file in `dir` and returns a manifest that has passed `parseManifest`. */
export async function buildManifest(dir: string, options: BuildOptions = {}): Promise<Manifest> {
  const found = new Map<DatasetId, { path: string; format: Format }[]>();
  for (const name of (await readdir(dir)).sort()) {
    const m = /^(.+)\.(parquet|csv)$/.exec(name);
    if (!m) continue;
    const [, id, format] = m;
    if (!id || !isDatasetId(id)) {
      options.onIgnored?.(name);
      continue;
    }
    const list = found.get(id) ?? [];
    list.push({ path: name, format: format as Format });
    found.set(id, list);
  }
  if (found.size === 0)
    throw new DataFileError(dir, `no dataset files (<id>.parquet or <id>.csv; ids: ${DATASET_IDS.join(', ')})`);

  const conn = await openDuck();
  const measured: { id: DatasetId; stats: FileStats; files: ManifestFile[] }[] = [];
  try {
    for (const id of DATASET_IDS) {
      const list = (found.get(id) ?? []).sort((a, b) => (a.format === 'parquet' ? -1 : b.format === 'parquet' ? 1 : 0));
      if (list.length === 0) continue;
      let first: FileStats | null = null;
      const files: ManifestFile[] = [];
      for (const f of list) {
        const abs = join(dir, f.path);
        const stats = await fileStats(conn, id, abs, f.format);
        if (first && (first.rows !== stats.rows || first.min !== stats.min || first.max !== stats.max)) {
          throw new DataFileError(
            abs,
            `disagrees with ${list[0]?.path}: ${stats.rows} rows (${stats.min}…${stats.max}) against ${first.rows} rows (${first.min}…${first.max}); re-export both or remove the stale one`,
          );
        }
        first ??= stats;
        files.push({ path: f.path, format: f.format, bytes: (await stat(abs)).size, sha256: await sha256File(abs) });
      }
      measured.push({ id, stats: first as FileStats, files });
    }
  } finally {
    conn.closeSync();
  }

  // as_of: the reference date is the latest date in the dated datasets (today in WIB when there are none).
  // Telemetry (site_daily) is as of its last day; the sites register is an export of the whole register, so it is
  // as of the reference date (its last installation says nothing about how current it is); yearly datasets take
  // Dec 31 of their last year capped at the reference; lists without dates (regencies, villages) take the reference.
  const dated = measured
    .filter((d) => TIME_COLUMN[d.id]?.kind === 'date' && d.stats.max)
    .map((d) => d.stats.max as string)
    .sort();
  const reference = dated[dated.length - 1] ?? options.today ?? todayWib();

  const datasets: ManifestDataset[] = measured.map(({ id, stats, files }) => {
    const time = TIME_COLUMN[id];
    let period = { start: reference, end: reference };
    let asOf = reference;
    if (time?.kind === 'date' && stats.min && stats.max) {
      period = { start: stats.min, end: stats.max };
      asOf = id === 'sites' ? reference : stats.max;
    } else if (time?.kind === 'year' && stats.min && stats.max) {
      period = { start: `${stats.min}-01-01`, end: `${stats.max}-12-31` };
      asOf = minDate(period.end, reference);
    }
    const meta = CONTRACT[id].meta;
    return {
      id,
      contract_version: CONTRACT_VERSION,
      title: meta.title,
      description: meta.description,
      producer: SOURCE.producer,
      walidata: SOURCE.walidata,
      period,
      unit: meta.unit,
      frequency: meta.frequency,
      stale_after_days: meta.stale_after_days,
      license: SOURCE.license,
      attribution: SOURCE.attribution,
      as_of: asOf,
      row_count: stats.rows,
      files,
    };
  });

  const asOf =
    datasets
      .map((d) => d.as_of)
      .sort()
      .at(-1) ?? reference;
  const manifest = {
    manifest_version: 1 as const,
    // Derived from the data, not the clock, so re-running on unchanged files gives an identical manifest.
    generated_at: `${asOf}T00:00:00+07:00`,
    version: dataVersion(datasets.flatMap((d) => d.files)),
    as_of: asOf,
    datasets,
  };
  return parseManifest(manifest);
}

export async function writeManifest(dir: string, manifest: Manifest): Promise<string> {
  const path = join(dir, 'manifest.json');
  await writeFile(path, `${JSON.stringify(manifest, null, 2)}\n`);
  return path;
}

/** One line per problem, for the command line. */
export function describeManifestFailure(error: unknown): string {
  if (error instanceof DataFileError) return `cannot read ${error.file}: ${error.reason}`;
  if (error instanceof Error && 'problems' in error && Array.isArray((error as { problems: unknown }).problems)) {
    const problems = (error as { problems: string[] }).problems;
    return `${error.message}:\n${problems.map((p) => `  - ${p}`).join('\n')}`;
  }
  return errorText(error); // first line; the stack under --verbose (scripts/lib/cli.ts)
}
