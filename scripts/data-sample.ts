// npm run data:sample                       → public/data/<id>.parquet for every dataset and <id>.csv beside it for
//                                              all but site_daily, then manifest.json (+ snapshot, rollups: run
//                                              npm run data:manifest after it)
// npm run data:sample -- --out DIR --csv    → the same sample in DIR, site_daily.csv included (on demand: 12.8 MB
//                                              that the app never reads, so the repository does not carry it)
// npm run data:sample -- --scale 1000000    → a synthetic site_daily of exactly N rows in /tmp/jdac-scale-<N>/
//                                              (or --out DIR); public/data is not touched. --csv / --no-csv.
// Deterministic: the same bytes on every run (seeded PRNG, hash-based randomness in SQL, ORDER BY on write).
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { CONTRACT_VERSION, DATASET_IDS, type DatasetId } from '../src/data/contract.ts';
import { EXIT, exitCodesHelp, runCli } from './lib/cli.ts';
import { keyOrder, loadRows, openDuck, queryRows, type Row, sqlString, writeDataset } from './lib/duck.ts';
import { loadGeography } from './lib/geography.ts';
import { buildManifest, describeManifestFailure, writeManifest } from './lib/manifest.ts';
import { publishedFigures } from './lib/published-figures.ts';
import { AS_OF, buildStory, SEED, type Story, type TelemetryPlan } from './lib/story.ts';
import {
  defineHashMacros,
  SITE_PARAMS_DDL,
  SITE_ROWS_SQL,
  scaleSiteParamsSql,
  siteDailySql,
} from './lib/telemetry-sql.ts';
import { PROGRAMMES, TECHNOLOGIES } from './lib/vocabularies.ts';

const REPO = resolve(import.meta.dirname, '..');
const DATA_DIR = join(REPO, 'public', 'data');
/** Figures reported by public bodies (a copy of ../shared/data/published-figures.csv; see its README there). */
const PUBLISHED_FIGURES_SEED = join(REPO, 'scripts', 'seed', 'published-figures.csv');
/**
 * Datasets published without a CSV twin: the app loads Parquet, and site_daily's CSV (12.8 MB against 1.4 MB of
 * Parquet) would be most of a clone and grow the history by as much at every refresh. `--out DIR --csv` writes it.
 */
const NO_PUBLISHED_CSV: ReadonlySet<DatasetId> = new Set(['site_daily']);

const literal = (v: string | number | null): string =>
  v === null ? 'NULL' : typeof v === 'number' ? String(v) : sqlString(v);

async function loadSiteParams(conn: DuckDBConnection, plans: readonly TelemetryPlan[]): Promise<void> {
  await conn.run(SITE_PARAMS_DDL);
  const cols = [
    'site_id',
    'site_key',
    'tech',
    'bandwidth',
    'start_date',
    'end_date',
    'base_uptime',
    'rain_dip',
    'base_users',
    'growth',
    'gb_per_user',
    'down_factor',
    'gap1_start',
    'gap1_end',
    'gap2_start',
    'gap2_end',
  ] as const;
  const values = plans.map((p) => `(${cols.map((c) => literal(p[c])).join(', ')})`).join(',\n');
  if (values) await conn.run(`INSERT INTO site_params (${cols.join(', ')}) VALUES ${values}`);
}

async function fileSize(path: string): Promise<string> {
  const bytes = (await stat(path)).size;
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;
}

function printStory(story: Story): void {
  console.log(
    `  blankspot villages (end of year): ${Object.entries(story.blankspots)
      .map(([y, n]) => `${y}: ${n}`)
      .join(', ')}`,
  );
  const installs = new Map<string, Map<string, number>>();
  for (const s of story.sites) {
    const year = s.installed_on ? s.installed_on.slice(0, 4) : 'planned';
    const m = installs.get(s.programme) ?? new Map<string, number>();
    m.set(year, (m.get(year) ?? 0) + 1);
    installs.set(s.programme, m);
  }
  for (const [programme, m] of installs) {
    console.log(
      `  ${programme}: ${[...m]
        .sort()
        .map(([y, n]) => `${y}: ${n}`)
        .join(', ')}`,
    );
  }
}

async function runSample(dir: string, allCsv: boolean): Promise<void> {
  await mkdir(dir, { recursive: true });
  const csvTwin = (id: DatasetId) => allCsv || !NO_PUBLISHED_CSV.has(id);
  // A twin left from an older sample would enter the manifest (and disagree with nothing, but weigh 12.8 MB).
  for (const id of DATASET_IDS) if (!csvTwin(id)) await rm(join(dir, `${id}.csv`), { force: true });
  // One thread: the output must not depend on scheduling.
  const conn = await openDuck({ threads: '1' });
  try {
    const { regencies, villages } = await loadGeography(conn);
    const story = buildStory(regencies, villages, SEED);
    const figures = publishedFigures(await readFile(PUBLISHED_FIGURES_SEED, 'utf8'));
    const tables: Partial<Record<DatasetId, readonly Row[]>> = {
      regencies: story.regencies as unknown as Row[],
      villages: story.villages as unknown as Row[],
      programmes: PROGRAMMES as unknown as Row[],
      technologies: TECHNOLOGIES as unknown as Row[],
      sites: story.sites as unknown as Row[],
      village_coverage: story.coverage as unknown as Row[],
      targets: story.targets as unknown as Row[],
      published_figures: figures.rows as unknown as Row[],
    };
    for (const [id, rows] of Object.entries(tables) as [DatasetId, Row[]][]) await loadRows(conn, id, rows);

    await defineHashMacros(conn);
    await loadSiteParams(conn, story.telemetry);
    await conn.run(
      `CREATE OR REPLACE TABLE site_daily AS ${siteDailySql('site_params')} ORDER BY ${keyOrder('site_daily')}`,
    );

    for (const id of DATASET_IDS) {
      await writeDataset(conn, id, dir, { csv: csvTwin(id) });
      const [row] = await queryRows(conn, `SELECT count(*) AS n FROM "${id}"`);
      const csv = csvTwin(id) ? `${await fileSize(join(dir, `${id}.csv`))} csv` : 'no csv';
      const sizes = `${await fileSize(join(dir, `${id}.parquet`))} parquet, ${csv}`;
      console.log(`  ${id.padEnd(17)} ${String(row?.n).padStart(8)} rows  ${sizes}`);
    }
    printStory(story);
    if (figures.left_out.length > 0)
      console.log(`  published figures without a catalog indicator (left out): ${figures.left_out.join('; ')}`);
  } finally {
    conn.closeSync();
  }
  const manifest = await buildManifest(dir);
  const path = await writeManifest(dir, manifest);
  console.log(
    `data-sample: wrote ${relative(process.cwd(), path)} (version ${manifest.version}, as_of ${manifest.as_of})`,
  );
}

async function runScale(n: number, out: string, csv: boolean): Promise<void> {
  if (out === DATA_DIR || out.startsWith(`${DATA_DIR}/`))
    throw new Error('--scale never writes into public/data; pick another --out');
  await mkdir(out, { recursive: true });
  const started = Date.now();
  const conn = await openDuck({ memory_limit: '512MB', temp_directory: join(out, '.duckdb-tmp') });
  try {
    await defineHashMacros(conn);
    // Enough synthetic sites for n rows (each yields at least ~680), then trim to exactly n with ORDER BY … LIMIT.
    const guess = Math.ceil(n / 680) + 1;
    await conn.run(`CREATE OR REPLACE TABLE site_params_all AS ${scaleSiteParamsSql(guess, AS_OF, SEED)}`);
    await conn.run(`CREATE OR REPLACE TABLE site_params AS
      SELECT * EXCLUDE (rows_before) FROM (
        SELECT *, coalesce(sum(${SITE_ROWS_SQL}) OVER (ORDER BY site_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS rows_before
          FROM site_params_all)
      WHERE rows_before < ${n}`);
    const [sites] = await queryRows(conn, `SELECT count(*) AS sites, sum(${SITE_ROWS_SQL}) AS rows FROM site_params`);
    if (Number(sites?.rows) < n) throw new Error(`internal: only ${sites?.rows} rows from ${sites?.sites} sites`);
    const query = `${siteDailySql('site_params')} ORDER BY ${keyOrder('site_daily')} LIMIT ${n}`;
    const parquet = join(out, 'site_daily.parquet');
    await conn.run(`COPY (${query}) TO ${sqlString(parquet)} (FORMAT parquet, COMPRESSION zstd)`);
    console.log(
      `data-sample --scale: ${n} rows from ${sites?.sites} synthetic sites → ${parquet} (${await fileSize(parquet)})`,
    );
    if (csv) {
      await conn.run(
        `COPY (SELECT * FROM read_parquet(${sqlString(parquet)})) TO ${sqlString(join(out, 'site_daily.csv'))} (FORMAT csv, HEADER true, DELIMITER ',', DATEFORMAT '%Y-%m-%d')`,
      );
      console.log(`  and ${join(out, 'site_daily.csv')} (${await fileSize(join(out, 'site_daily.csv'))})`);
    }
    const [check] = await queryRows(conn, `SELECT count(*) AS n FROM read_parquet(${sqlString(parquet)})`);
    if (Number(check?.n) !== n) throw new Error(`wrote ${check?.n} rows, expected ${n}`);
  } finally {
    conn.closeSync();
  }
  console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function usage(): string {
  return [
    'usage: tsx scripts/data-sample.ts                 write the sample data and manifest into public/data',
    '                                                  (Parquet for every dataset, CSV twins for all but site_daily)',
    '       tsx scripts/data-sample.ts --out DIR [--csv] the same sample into DIR; --csv adds site_daily.csv',
    '       tsx scripts/data-sample.ts --scale N [--out DIR] [--csv|--no-csv]',
    `                                                  write a site_daily of N rows to DIR (default /tmp/jdac-scale-N);`,
    '                                                  a CSV twin is written by default only for N ≤ 1,000,000',
    exitCodesHelp(['0  written', '1  generation failed (the message says why)', '2  usage error']),
  ].join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  let scale: number | null = null;
  let out: string | null = null;
  let csv: boolean | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = argv[i + 1];
    if (arg === '--scale' && next !== undefined) {
      scale = Number(next.replaceAll('_', ''));
      i++;
      if (!Number.isSafeInteger(scale) || scale < 1) {
        console.error(`data-sample: --scale needs a positive whole number of rows, got ${next}`);
        return EXIT.usage;
      }
    } else if (arg === '--out' && next !== undefined) {
      out = resolve(next);
      i++;
    } else if (arg === '--csv') csv = true;
    else if (arg === '--no-csv') csv = false;
    else if (arg === '--help' || arg === '-h') {
      console.log(usage());
      return 0;
    } else {
      console.error(`data-sample: unknown argument ${arg} (--help lists the options)`);
      return EXIT.usage;
    }
  }
  try {
    if (scale !== null) {
      await runScale(scale, out ?? `/tmp/jdac-scale-${scale}`, csv ?? scale <= 1_000_000);
    } else {
      const dir = out ?? DATA_DIR;
      if (csv === false) {
        console.error('data-sample: --no-csv only applies with --scale');
        return EXIT.usage;
      }
      if (csv && dir === DATA_DIR) {
        console.error(
          'data-sample: site_daily.csv is not published in public/data (the app reads the Parquet); add --out DIR',
        );
        return EXIT.usage;
      }
      console.log(
        `data-sample: writing ${DATASET_IDS.length} datasets (contract v${CONTRACT_VERSION}) to ${relative(process.cwd(), dir) || '.'}`,
      );
      await runSample(dir, csv === true);
    }
    return EXIT.ok;
  } catch (error) {
    console.error(`data-sample: ${describeManifestFailure(error)}`);
    return EXIT.failed;
  }
}

await runCli('data-sample', main);
