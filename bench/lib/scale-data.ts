// A data directory for the benchmark at scale: the sample's reference datasets (regencies, villages, the programme
// and technology vocabularies, coverage, targets, published figures) + a large site_daily written by `npm run data:sample -- --scale N` + a sites register that matches it
// (every synthetic site "SIM-…" gets a village, programme, technology and status drawn from a hash of its id), then
// the manifest (scripts/lib/manifest.ts), the rollups (scripts/lib/rollup.ts) and the first-view snapshot.
// The snapshot is computed with native DuckDB over the Parquet files (the same SQL as scripts/lib/snapshot.ts, which
// needs CSV twins that a 10M-row dataset does not get); values are converted as the browser's arrowToRows does.
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openDuck, sqlString, writeDataset } from '../../scripts/lib/duck.ts';
import { buildManifest, writeManifest } from '../../scripts/lib/manifest.ts';
import { typedSource, writeRollups } from '../../scripts/lib/rollup.ts';
import { DATASET_IDS, type DatasetId } from '../../src/data/contract.ts';
import { type Manifest, preferredFile } from '../../src/data/manifest.ts';
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
async function writeNativeSnapshot(dir: string, manifest: Manifest): Promise<number> {
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
    for (const req of firstViewQueries(manifest)) {
      const reader = await conn.runAndReadAll(req.sql, [...req.params] as (string | number)[]);
      const rows: Row[] = reader
        .getRowObjectsJS()
        .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, toCell(v)])));
      results.push({ sql: req.sql, params: [...req.params], rows });
    }
    const snapshot: Snapshot = {
      snapshot_version: 2,
      version: manifest.version,
      files: loadedFiles(manifest),
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

export interface ScaleDir {
  dir: string;
  manifest: Manifest;
  sites: number;
  rollupRows: Record<string, number>;
  seconds: { sites: number; manifest: number; rollups: number; snapshot: number };
}

/**
 * Builds `out` from the sample data in `sampleDir` and a scaled site_daily.parquet. Files other than data are
 * copied (geojson, wall.json…) so the app finds everything it fetches.
 */
export async function buildScaleDir(sampleDir: string, siteDaily: string, out: string): Promise<ScaleDir> {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  for (const name of await readdir(sampleDir)) {
    const m = /^(.+)\.(parquet|csv)$/.exec(name);
    const isData = m && (DATASET_IDS as readonly string[]).includes(m[1] as string);
    if (isData && !REFERENCE.includes(m[1] as DatasetId)) continue;
    if (/^(manifest|snapshot|rollups)\.json$/.test(name) || name === 'rollups') continue;
    if (isData && m?.[2] === 'csv') continue; // Parquet only: the browser loads Parquet when it is published
    await copyFile(join(sampleDir, name), join(out, name)).catch(() => undefined);
  }
  await copyFile(siteDaily, join(out, 'site_daily.parquet'));
  let t = performance.now();
  const conn = await openDuck({ threads: '2', memory_limit: '2GB', temp_directory: join(out, '.duckdb-tmp') });
  try {
    await conn.run(
      `CREATE TABLE sites AS ${SITES_SQL(join(out, 'site_daily.parquet'), join(out, 'villages.parquet'))}`,
    );
    await writeDataset(conn, 'sites', out, { csv: false });
  } finally {
    conn.closeSync();
    await rm(join(out, '.duckdb-tmp'), { recursive: true, force: true });
  }
  const sitesSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const manifest = await buildManifest(out);
  await writeManifest(out, manifest);
  const manifestSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  const rollups = await writeRollups(out, manifest, { memoryLimit: '2GB', threads: 1 });
  const rollupSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  await writeNativeSnapshot(out, manifest);
  const snapshotSeconds = (performance.now() - t) / 1000;
  return {
    dir: out,
    manifest,
    sites: manifest.datasets.find((d) => d.id === 'sites')?.row_count ?? 0,
    rollupRows: Object.fromEntries(rollups.index.tables.map((x) => [x.id, x.rows])),
    seconds: { sites: sitesSeconds, manifest: manifestSeconds, rollups: rollupSeconds, snapshot: snapshotSeconds },
  };
}
