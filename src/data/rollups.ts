// Publish-time cubes of site_daily (the "rollups") at the grain the panels and listings read, so that no cross-filter
// click scans raw telemetry: raw site_daily is loaded into the browser's DuckDB only when a query names it (the SQL
// console, or a cube computed in the browser because no current published file exists).
//
// One definition serves three places: the publish step (`npm run data:manifest` / `data:rollup`, native DuckDB in
// Node, Parquet files under public/data/rollups/ described by public/data/rollups.json), the browser fallback (the
// same SQL run in DuckDB-WASM over the loaded datasets when no current cube file is published) and the unit tests.
// This file holds what the first paint needs (ids, sources, the index of published files); the SQL is in
// rollups-sql.ts, which the browser loads only when it has to compute or load a cube.
//
// The cubes:
//   site_daily_by_week      (year, ISO week) × regency × district × programme × technology × status
//   site_daily_by_day       day × the same keys, only for the days a day-grain query can need (below)
//   site_daily_by_site_30d  per site, the SITE_RECENT_DAYS days up to site_daily's last day (the sites table)
//   site_daily_by_site_month per site and calendar month, the SITE_MONTHS months up to site_daily's last day (a
//                           village's drill-down)
//   site_daily_by_site_last per site, its first and last telemetry day over the whole history (sites down)
//
// Exactness: a cell holds sums and counts, never means, and the cells are cut where filters cut:
//   - every site attribute a filter uses is a key column (regency, district, programme, technology, status), so a
//     site filter selects whole cells; the per-site cubes are keyed by site_id, finer than any filter;
//   - the weekly cube is keyed by (year, ISO week): a week that spans New Year is two cells, so a year filter
//     selects whole cells too, and summing a week's cells over the years gives the whole week;
//   - the daily cube keeps only the days some query can need at day grain (the 60 days before each year's last
//     day of telemetry, for the uptime KPI; every range of data years short enough to be drawn per day, for the
//     trends panel), so it stays small as history grows.
// A mean is recomputed as sum / count over the selected cells: the same figure as over the raw site-days (up to the
// order of floating-point additions). Site-days whose site is not in `sites` keep programme NULL, and sites whose
// village is not in `villages` keep regency_code NULL, so the raw queries' joins can be reproduced exactly.
import type { DatasetId } from './contract.ts';

/** Ranges of at most this many days (first and last included) are drawn per day by the trends panel. */
export const DAY_GRAIN_MAX_DAYS = 120;
/** Days before (and including) a year's last day of telemetry kept at day grain: the uptime KPI's two windows. */
export const UPTIME_WINDOW_DAYS = 60;

/** Days counted back from site_daily's last day (that day included) in the per-site recent cube. */
export const SITE_RECENT_DAYS = 30;
/** Calendar months (the month of site_daily's last day included) in the per-site monthly cube. */
export const SITE_MONTHS = 12;

export const ROLLUP_IDS = [
  'site_daily_by_week',
  'site_daily_by_day',
  'site_daily_by_site_30d',
  'site_daily_by_site_month',
  'site_daily_by_site_last',
] as const;
export type RollupId = (typeof ROLLUP_IDS)[number];
/** A table a query may read: a published dataset or a rollup of them. */
export type TableId = DatasetId | RollupId;

export function isRollupId(id: string): id is RollupId {
  return (ROLLUP_IDS as readonly string[]).includes(id);
}

/**
 * The datasets each cube is computed from (its published file is used only while all of them are unchanged). The
 * per-site cubes read only site_daily, but site_daily is checked against the sites register (site_id), so they are
 * tied to the sites file too.
 */
export const ROLLUP_SOURCES: Record<RollupId, readonly DatasetId[]> = {
  site_daily_by_week: ['site_daily', 'sites', 'villages'],
  site_daily_by_day: ['site_daily', 'sites', 'villages'],
  site_daily_by_site_30d: ['site_daily', 'sites'],
  site_daily_by_site_month: ['site_daily', 'sites'],
  site_daily_by_site_last: ['site_daily', 'sites'],
};

/**
 * Datasets the engine does not load at start: every view reads their cubes instead. They load (and are checked
 * against the contract) when a query names them: the SQL console, or a cube computed in the browser.
 */
export const ON_DEMAND_DATASETS: readonly DatasetId[] = ['site_daily'];

// ---------- public/data/rollups.json: which rollup files are published, computed from which source files ----------

export interface RollupFile {
  /** Relative to public/data, e.g. "rollups/site_daily_by_week.parquet". */
  path: string;
  bytes: number;
  sha256: string;
  rows: number;
}

export interface RollupIndexJson {
  rollups_version: 1;
  /**
   * Per source dataset, the content the rollups were computed from: the sha256 of the file the browser loads, or of
   * its parts joined by "+" (manifest.ts contentKey).
   */
  sources: Partial<Record<DatasetId, string>>;
  tables: { id: RollupId; rows: number; files: RollupFile[] }[];
}

/** The subset of the manifest this module needs (keeps it free of the zod schema). */
export interface ManifestFilesView {
  datasets: readonly { id: DatasetId; files: readonly { path: string; format: string; sha256: string }[] }[];
}

/** What the browser loads for a dataset, as one identity: as manifest.contentKey (kept free of the zod schema). */
function preferredSha(manifest: ManifestFilesView, id: DatasetId): string | undefined {
  const d = manifest.datasets.find((x) => x.id === id);
  if (!d || d.files.length === 0) return undefined;
  const parquet = d.files.filter((f) => f.format === 'parquet');
  const parts = parquet.length > 0 ? parquet : d.files.filter((f) => f.format === d.files[0]?.format);
  return parts.map((f) => f.sha256).join('+');
}

const SHA = /^[0-9a-f]{64}$/;
const PATH = /^rollups\/[A-Za-z0-9_][A-Za-z0-9_./=-]*\.parquet$/;

export function parseRollupIndex(json: unknown): RollupIndexJson | null {
  const j = json as Partial<RollupIndexJson> | null;
  if (j?.rollups_version !== 1 || typeof j.sources !== 'object' || !Array.isArray(j.tables)) return null;
  for (const t of j.tables) {
    if (!t || !isRollupId(String(t.id)) || !Array.isArray(t.files) || t.files.length === 0) return null;
    for (const f of t.files) {
      if (!f || !PATH.test(String(f.path)) || f.path.includes('..') || !SHA.test(String(f.sha256))) return null;
    }
  }
  return j as RollupIndexJson;
}

/**
 * The published files of a rollup, or null when they are absent or were computed from other source files than the
 * ones in the manifest (a stale rollup is never used: the browser computes it from the datasets instead).
 */
export function publishedRollup(
  index: RollupIndexJson | null,
  manifest: ManifestFilesView,
  id: RollupId,
): RollupFile[] | null {
  if (!index) return null;
  for (const source of ROLLUP_SOURCES[id]) {
    const sha = preferredSha(manifest, source);
    if (!sha || index.sources[source] !== sha) return null;
  }
  return index.tables.find((t) => t.id === id)?.files ?? null;
}

/**
 * The on-demand datasets a SQL text names (as a word, any case, quoted or not): the SQL console loads these before it
 * runs a statement. A mention in a string or a comment loads the table too, which is harmless.
 */
export function onDemandDatasetsIn(sql: string): DatasetId[] {
  const lower = sql.toLowerCase();
  return ON_DEMAND_DATASETS.filter((id) => new RegExp(`(^|[^a-z0-9_])${id}([^a-z0-9_]|$)`).test(lower));
}
