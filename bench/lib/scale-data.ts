// A data directory for the benchmark at scale: the sample's reference datasets (regencies, villages, the programme
// and technology vocabularies, coverage, targets, published figures) + a large site_daily written by `npm run data:sample -- --scale N` + a sites register that matches it
// (every synthetic site "SIM-…" gets a village, programme, technology and status drawn from a hash of its id), then
// the manifest (scripts/lib/manifest.ts), the rollups (scripts/lib/rollup.ts) and the first-view snapshot.
// From PARTITIONED_FROM rows on, site_daily is generated straight into hive partitions by year
// (writePartitionedSiteDaily; site_daily/year=YYYY/data_0.parquet, see docs/scaling.md): the publish code
// (writeRollups) reads the partitions through one glob; the manifest lists one file per year (hard links
// site_daily/YYYY.parquet, because the manifest's path schema refuses '=').
// The snapshot is computed with native DuckDB over the Parquet files (the same SQL as scripts/lib/snapshot.ts, which
// needs CSV twins that a 10M-row dataset does not get); values are converted as the browser's arrowToRows does.
import { copyFile, link, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { openDuck, queryRows, sqlString, writeDataset } from '../../scripts/lib/duck.ts';
import { buildManifest, dataVersion, sha256File, writeManifest } from '../../scripts/lib/manifest.ts';
import { typedSource, writeRollups } from '../../scripts/lib/rollup.ts';
import { AS_OF, SEED } from '../../scripts/lib/story.ts';
import { defineHashMacros, SITE_ROWS_SQL, scaleSiteParamsSql, siteDailySql } from '../../scripts/lib/telemetry-sql.ts';
import { DATASET_IDS, type DatasetId } from '../../src/data/contract.ts';
import {
  contentKey,
  type Manifest,
  type ManifestDataset,
  type ManifestFile,
  preferredFile,
} from '../../src/data/manifest.ts';
import { ROLLUP_IDS } from '../../src/data/rollups.ts';
import type { Cell, Row } from '../../src/data/rows.ts';
import { loadedFiles, type Snapshot } from '../../src/data/snapshot.ts';
import { firstViewQueries } from '../../src/views/first-view-queries.ts';

const REFERENCE: readonly DatasetId[] = [
  'regencies',
  'villages',
  'programmes',
  'technologies',
  'village_coverage',
  'targets',
  'published_figures',
];

/** Sites for the synthetic telemetry: one per distinct site_id, attributes from a hash of the id. */
const SITES_SQL = (siteDaily: string, villages: string) => `
WITH ids AS (
  SELECT site_id, min(date) AS first_day FROM read_parquet(${sqlString(siteDaily)}) GROUP BY site_id
), v AS (
  SELECT village_code, CAST(row_number() OVER (ORDER BY village_code) - 1 AS BIGINT) AS i FROM read_parquet(${sqlString(villages)})
), drawn AS (
  SELECT site_id, first_day,
    CAST(hash(site_id || ':v') % (SELECT count(*) FROM v) AS BIGINT) AS vi,
    (hash(site_id || ':p') % 1000) / 1000.0 AS up,
    (hash(site_id || ':s') % 1000) / 1000.0 AS us
  FROM ids
)
SELECT d.site_id, v.village_code,
  CASE WHEN up < 0.05 THEN 'Dumisake GSM Repeater' WHEN up < 0.50 THEN 'Dumisake Internet Desa'
       WHEN up < 0.90 THEN 'BAKTI Internet Desa' WHEN up < 0.96 THEN 'BAKTI BTS 4G' ELSE 'Operator' END AS programme,
  CASE WHEN up < 0.05 THEN 'GSM repeater' WHEN up < 0.90 THEN 'VSAT' WHEN up < 0.96 THEN 'BTS 4G'
       ELSE 'fibre/radio' END AS technology,
  CASE WHEN us < 0.88 THEN 'active' WHEN us < 0.95 THEN 'offline' ELSE 'decommissioned' END AS status,
  CAST(year(d.first_day) AS INTEGER) AS budget_year,
  d.first_day AS installed_on,
  CAST(CASE WHEN up < 0.05 THEN 30 ELSE 4 END AS DOUBLE) AS bandwidth_mbps
FROM drawn d JOIN v ON v.i = d.vi`;

function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return Number(String(value));
}

/** First-view results over the directory's files with native DuckDB (bench only: see the note at the top). */
async function writeNativeSnapshot(dir: string, manifest: Manifest, published = manifest): Promise<number> {
  const conn = await openDuck({ threads: '2', memory_limit: '2GB', temp_directory: join(dir, '.duckdb-tmp') });
  try {
    for (const id of DATASET_IDS) {
      const d = manifest.datasets.find((x) => x.id === id);
      if (!d) continue;
      const f = preferredFile(d);
      await conn.run(`CREATE VIEW "${id}" AS ${typedSource(id, join(dir, f.path), f.format)}`);
    }
    for (const id of ROLLUP_IDS) {
      await conn.run(
        `CREATE TABLE "${id}" AS SELECT * FROM read_parquet(${sqlString(join(dir, 'rollups', `${id}.parquet`))})`,
      );
    }
    const results: Snapshot['results'] = [];
    for (const req of firstViewQueries(published)) {
      const reader = await conn.runAndReadAll(req.sql, [...req.params] as (string | number)[]);
      const rows: Row[] = reader
        .getRowObjectsJS()
        .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, toCell(v)])));
      results.push({ sql: req.sql, params: [...req.params], rows });
    }
    const snapshot: Snapshot = {
      snapshot_version: 2,
      version: published.version,
      files: loadedFiles(published),
      results,
    };
    const text = `${JSON.stringify(snapshot)}\n`;
    await writeFile(join(dir, 'snapshot.json'), text);
    return text.length;
  } finally {
    conn.closeSync();
    await rm(join(dir, '.duckdb-tmp'), { recursive: true, force: true });
  }
}

/** The site_daily sizes the bench knows (npm run bench -- --scales); from PARTITIONED_FROM on, partitioned by year. */
export const SCALES = [1_000_000, 10_000_000, 100_000_000] as const;
export const PARTITIONED_FROM = 100_000_000;

/**
 * Hard-links the hive partitions of `source` (year=YYYY/…parquet) into <out>/site_daily/ twice: as they are (what
 * the publish code reads, one glob) and as site_daily/YYYY.parquet (what the manifest lists: its path schema refuses
 * '='). Returns the manifest's files, oldest year first.
 */
async function linkPartitions(source: string, out: string): Promise<ManifestFile[]> {
  const dir = join(out, 'site_daily');
  await mkdir(dir, { recursive: true });
  const files: ManifestFile[] = [];
  for (const name of (await readdir(source)).sort()) {
    const m = /^year=(\d{4})$/.exec(name);
    if (!m) continue;
    const [part] = (await readdir(join(source, name))).filter((f) => f.endsWith('.parquet'));
    if (!part) continue;
    await mkdir(join(dir, name));
    await link(join(source, name, part), join(dir, name, part));
    const rel = `site_daily/${m[1]}.parquet`;
    await link(join(source, name, part), join(out, rel));
    const abs = join(out, rel);
    files.push({ path: rel, format: 'parquet', bytes: (await stat(abs)).size, sha256: await sha256File(abs) });
  }
  return files;
}

/**
 * The manifest as the publish code (writeRollups, the snapshot) reads a partitioned site_daily: one glob over the
 * year partitions, under the identity the browser checks the rollups against (the parts' sha256 joined by "+", as
 * contentKey in src/data/manifest.ts). A manifest whose site_daily is one file is returned unchanged.
 */
export function publishView(manifest: Manifest): Manifest {
  const d = manifest.datasets.find((x) => x.id === 'site_daily');
  if (!d || d.files.length < 2) return manifest;
  const glob = { path: 'site_daily/year=*/*.parquet', format: 'parquet', bytes: 0, sha256: contentKey(d) };
  return {
    ...manifest,
    datasets: manifest.datasets.map((x) => (x.id === 'site_daily' ? { ...x, files: [glob as ManifestFile] } : x)),
  };
}

/**
 * site_daily of exactly n rows, written straight into hive partitions by year under `dir` (year=YYYY/data_0.parquet),
 * for the sizes where `npm run data:sample -- --scale N` (one file in key order: a global sort of every row) takes
 * too long on the bench machine. Same synthetic sites and the same SQL (scripts/lib/telemetry-sql.ts), same rows as
 * that command's ORDER BY site_id, date LIMIT n: whole sites in site_id order, then the first days of the last one;
 * within a year the rows are not sorted.
 */
export async function writePartitionedSiteDaily(n: number, dir: string): Promise<number> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const conn = await openDuck({ threads: '2', memory_limit: '2GB', temp_directory: `${dir}.duckdb-tmp` });
  try {
    await defineHashMacros(conn);
    await conn.run(`CREATE TABLE site_params_all AS ${scaleSiteParamsSql(Math.ceil(n / 680) + 1, AS_OF, SEED)}`);
    await conn.run(`CREATE TABLE site_params AS
      SELECT * FROM (
        SELECT *, coalesce(sum(${SITE_ROWS_SQL}) OVER (ORDER BY site_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS rows_before,
               ${SITE_ROWS_SQL} AS site_rows
          FROM site_params_all)
      WHERE rows_before < ${n}`);
    await conn.run(`CREATE VIEW whole AS SELECT * FROM site_params WHERE rows_before + site_rows <= ${n}`);
    await conn.run(`CREATE VIEW last_site AS SELECT * FROM site_params WHERE rows_before + site_rows > ${n}`);
    const [last] = await queryRows(conn, `SELECT ${n} - rows_before AS keep FROM last_site`);
    const tail = last
      ? `UNION ALL SELECT * FROM (SELECT * FROM (${siteDailySql('last_site')}) ORDER BY date LIMIT ${Number(last.keep)})`
      : '';
    await conn.run(
      `COPY (SELECT *, CAST(year(date) AS INTEGER) AS year FROM (${siteDailySql('whole')} ${tail}))
         TO ${sqlString(dir)} (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (year), OVERWRITE_OR_IGNORE true)`,
    );
    const [check] = await queryRows(
      conn,
      `SELECT count(*) AS n FROM read_parquet(${sqlString(`${dir}/year=*/*.parquet`)})`,
    );
    if (Number(check?.n) !== n) throw new Error(`wrote ${check?.n} rows, expected ${n}`);
    return Number(check?.n);
  } finally {
    conn.closeSync();
    await rm(`${dir}.duckdb-tmp`, { recursive: true, force: true });
  }
}

/** The manifest entry of a partitioned site_daily: the sample's entry with this data's rows, period and files. */
async function partitionedEntry(
  conn: DuckDBConnection,
  sampleDir: string,
  glob: string,
  files: ManifestFile[],
): Promise<ManifestDataset> {
  const sample = JSON.parse(await readFile(join(sampleDir, 'manifest.json'), 'utf8')) as Manifest;
  const d = sample.datasets.find((x) => x.id === 'site_daily');
  if (!d) throw new Error(`${sampleDir}/manifest.json has no site_daily to describe the partitions with`);
  const [r] = await queryRows(
    conn,
    `SELECT count(*) AS n, CAST(min(date) AS VARCHAR) AS lo, CAST(max(date) AS VARCHAR) AS hi FROM read_parquet(${sqlString(glob)})`,
  );
  const end = String(r?.hi);
  return { ...d, row_count: Number(r?.n), period: { start: String(r?.lo), end }, as_of: end, files };
}

export interface ScaleDir {
  dir: string;
  manifest: Manifest;
  sites: number;
  rollupRows: Record<string, number>;
  seconds: { sites: number; manifest: number; rollups: number; snapshot: number };
  /** Year partitions of site_daily (PARTITIONED_FROM rows on), else 0. */
  partitions: number;
}

/**
 * Builds `out` from the sample data in `sampleDir` and a scaled site_daily.parquet. Files other than data are
 * copied (geojson, wall.json…) so the app finds everything it fetches.
 */
export async function buildScaleDir(
  sampleDir: string,
  siteDaily: string,
  out: string,
  options: { partitioned?: boolean } = {},
): Promise<ScaleDir> {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  let siteDailyEntry: ManifestDataset | null = null;
  for (const name of await readdir(sampleDir)) {
    const m = /^(.+)\.(parquet|csv)$/.exec(name);
    const isData = m && (DATASET_IDS as readonly string[]).includes(m[1] as string);
    if (isData && !REFERENCE.includes(m[1] as DatasetId)) continue;
    if (/^(manifest|snapshot|rollups)\.json$/.test(name) || name === 'rollups') continue;
    if (isData && m?.[2] === 'csv') continue; // Parquet only: the browser loads Parquet when it is published
    await copyFile(join(sampleDir, name), join(out, name)).catch(() => undefined);
  }
  // Partitioned: `siteDaily` is the directory of year=YYYY partitions (writePartitionedSiteDaily); else one file.
  let partFiles: ManifestFile[] = [];
  if (options.partitioned) partFiles = await linkPartitions(siteDaily, out);
  else await copyFile(siteDaily, join(out, 'site_daily.parquet'));
  const siteDailyRead = options.partitioned
    ? join(out, 'site_daily/year=*/*.parquet')
    : join(out, 'site_daily.parquet');
  let t = performance.now();
  const conn = await openDuck({ threads: '2', memory_limit: '2GB', temp_directory: join(out, '.duckdb-tmp') });
  try {
    await conn.run(`CREATE TABLE sites AS ${SITES_SQL(siteDailyRead, join(out, 'villages.parquet'))}`);
    await writeDataset(conn, 'sites', out, { csv: false });
    if (options.partitioned) siteDailyEntry = await partitionedEntry(conn, sampleDir, siteDailyRead, partFiles);
  } finally {
    conn.closeSync();
    await rm(join(out, '.duckdb-tmp'), { recursive: true, force: true });
  }
  const sitesSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  // Partitioned: the latest year stands in as site_daily.parquet while the manifest is built, so that the as-of
  // dates (the latest date of the dated datasets) are the data's; its entry is then replaced by the partitions'.
  const last = partFiles.at(-1);
  if (last) await link(join(out, last.path), join(out, 'site_daily.parquet'));
  let manifest = await buildManifest(out);
  if (last) await rm(join(out, 'site_daily.parquet'));
  if (siteDailyEntry) {
    const entry = siteDailyEntry;
    manifest = { ...manifest, datasets: manifest.datasets.map((d) => (d.id === 'site_daily' ? entry : d)) };
    manifest = { ...manifest, version: dataVersion(manifest.datasets.flatMap((d) => d.files)) };
  }
  // What the publish code reads: one glob over the partitions (publishView).
  const readBy = publishView(manifest);
  await writeManifest(out, manifest);
  const manifestSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const rollups = await writeRollups(out, readBy, { memoryLimit: '2GB', threads: 1 });
  const rollupSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  await writeNativeSnapshot(out, readBy, manifest);
  const snapshotSeconds = (performance.now() - t) / 1000;
  return {
    dir: out,
    manifest,
    sites: manifest.datasets.find((d) => d.id === 'sites')?.row_count ?? 0,
    rollupRows: Object.fromEntries(rollups.index.tables.map((x) => [x.id, x.rows])),
    seconds: {
      sites: sitesSeconds,
      manifest: manifestSeconds,
      rollups: rollupSeconds,
      snapshot: snapshotSeconds,
    },
    partitions: partFiles.length,
  };
}
