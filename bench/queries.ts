// Benchmark page: the two panels that read telemetry (connectivity trends, uptime KPI), run three ways over the
// same published files in one page:
//   app     the panel's query through the app's own data module (src/data/duckdb-browser.ts: rollups loaded as the
//           app loads them) — what a cross-filter costs in the dashboard;
//   raw     the same figures from the raw site-days (trendsRawQuery / uptimeRawQuery) in the same DuckDB instance —
//           the exactness reference, and what the query cost before rollups;
//   arquero the same queries written in Arquero over the raw rows (default fromArrow, and a tuned variant with
//           dictionary-encoded strings) — the baseline an analyst might otherwise pick.
// scripts/bench.ts drives it through window.__bench.
import * as aq from 'arquero';

// The data module resolves data/ against the document base: point it at the app's root (this page is /bench/…).
const base = document.createElement('base');
base.href = new URL('../', window.location.href).href;
document.head.prepend(base);

const { ensureTables, startEngine, engineStatus, withDatabase } = await import('../src/data/duckdb-browser.ts');
const { fetchManifest } = await import('../src/data/manifest-fetch.ts');
const { preferredFile } = await import('../src/data/manifest.ts');
const { arrowToRows } = await import('../src/data/rows.ts');
const { parquetToArrow } = await import('../src/data/parquet.ts');
const { trendsQuery, trendsRawQuery } = await import('../src/panels/connectivity-trends/query.ts');
const { uptimeQuery, uptimeRawQuery } = await import('../src/panels/kpis/query.ts');
const { normaliseFilters } = await import('../src/filters/filters.ts');
const { blankspotQuery } = await import('../src/panels/blankspot-reduction/query.ts');
const { installationsQuery } = await import('../src/panels/installations-by-regency/query.ts');
const kpi = await import('../src/panels/kpis/query.ts');
const { regencyLevelQuery } = await import('../src/panels/regency-map/query.ts');
const { repeaterPlanQuery } = await import('../src/panels/repeater-plan/query.ts');
const { sitesTableQuery, villagesTableQuery } = await import('../src/views/explore/tables-query.ts');

/** The queries one cross-filter makes the explore view run (panels, then its two tables), by name. */
const VIEW_QUERIES: [string, (f: Filters) => QueryRequest][] = [
  ['kpis: coverage', kpi.coverageQuery],
  ['kpis: installations', kpi.installationsQuery],
  ['kpis: uptime', kpi.uptimeQuery],
  ['kpis: repeaters', kpi.repeatersQuery],
  ['blankspot reduction', blankspotQuery],
  ['regency map (sites)', (f) => regencyLevelQuery('sites', f)],
  ['installations by regency', installationsQuery],
  ['connectivity trends', trendsQuery],
  ['repeater plan', repeaterPlanQuery],
  ['explore: villages table', villagesTableQuery],
  ['explore: sites table', sitesTableQuery],
];
const arrow = await import('apache-arrow');

import type { QueryRequest } from '../src/data/engine-types.ts';
import type { Row } from '../src/data/rows.ts';
import type { Filters } from '../src/filters/filters.ts';
import { type AqTables, arquerotrends, arqueroUptime } from './lib/arquero-queries.ts';

type Panel = 'trends' | 'uptime';
const APP: Record<Panel, (f: Filters) => QueryRequest> = { trends: trendsQuery, uptime: uptimeQuery };
const RAW: Record<Panel, (f: Filters) => QueryRequest> = { trends: trendsRawQuery, uptime: uptimeRawQuery };

const manifest = await fetchManifest(new URL('data/manifest.json', document.baseURI).toString());
const loadStarted = performance.now();
await startEngine(manifest);
const status = engineStatus.get();
const loadMs = performance.now() - loadStarted;

/** Runs a request in DuckDB as browserEngine.run does, but never from the snapshot (we time the engine). */
async function exec(req: QueryRequest): Promise<{ rows: Row[]; ms: number }> {
  await ensureTables(manifest, req.tables);
  return withDatabase(async (_db, conn) => {
    const t = performance.now();
    const stmt = await conn.prepare(req.sql);
    try {
      const rows = arrowToRows(await stmt.query(...req.params));
      return { rows, ms: performance.now() - t };
    } finally {
      await stmt.close();
    }
  });
}

/** Largest relative difference between two row lists (Infinity when shapes or non-numbers differ). */
function diff(a: readonly Row[], b: readonly Row[]): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Row;
    const y = b[i] as Row;
    const keys = Object.keys(x);
    if (keys.join() !== Object.keys(y).join()) return Number.POSITIVE_INFINITY;
    for (const k of keys) {
      const u = x[k];
      const v = y[k];
      if (typeof u === 'number' && typeof v === 'number') {
        worst = Math.max(worst, Math.abs(u - v) / Math.max(1, Math.abs(v)));
      } else if (u !== v) return Number.POSITIVE_INFINITY;
    }
  }
  return worst;
}

let aqTables: { default?: AqTables; tuned?: AqTables } = {};

async function fileTable(id: 'site_daily' | 'sites' | 'villages') {
  const d = manifest.datasets.find((x) => x.id === id);
  if (!d) throw new Error(`no ${id}`);
  const f = preferredFile(d);
  const res = await fetch(new URL(`data/${f.path}?v=${f.sha256.slice(0, 16)}`, document.baseURI));
  return parquetToArrow(new Uint8Array(await res.arrayBuffer()), f.path);
}

/** Utf8 columns → Dictionary<Utf8, Int32>: each distinct string stored once, rows hold integer keys. */
function dictionaryEncoded(table: import('apache-arrow').Table): import('apache-arrow').Table {
  const columns: Record<string, import('apache-arrow').Vector> = {};
  for (const field of table.schema.fields) {
    const col = table.getChild(field.name) as import('apache-arrow').Vector;
    columns[field.name] =
      String(field.type) === 'Utf8'
        ? arrow.vectorFromArray(col.toArray() as string[], new arrow.Dictionary(new arrow.Utf8(), new arrow.Int32()))
        : col;
  }
  return new arrow.Table(columns);
}

async function loadArquero(variant: 'default' | 'tuned'): Promise<{ ms: number; rows: number }> {
  const [daily, sites, villages] = await Promise.all([
    fileTable('site_daily'),
    fileTable('sites'),
    fileTable('villages'),
  ]);
  const prep = variant === 'tuned' ? dictionaryEncoded : (t: import('apache-arrow').Table) => t;
  const d = prep(daily);
  const s = prep(sites);
  const v = prep(villages);
  const t = performance.now();
  const tables: AqTables = {
    daily: aq.fromArrow(d as never),
    sites: aq.fromArrow(s as never),
    villages: aq.fromArrow(v as never),
  };
  const ms = performance.now() - t;
  aqTables = { ...aqTables, [variant]: tables };
  return { ms, rows: tables.daily.numRows() };
}

const api = {
  status,
  loadMs,
  version: manifest.version,
  siteDailyRows: manifest.datasets.find((d) => d.id === 'site_daily')?.row_count ?? 0,
  /** Panel query via the app path and via the raw rows: both timings and the largest relative difference. */
  async compare(panel: Panel, filters: Filters) {
    const f = normaliseFilters(filters);
    const app = await exec(APP[panel](f));
    const raw = await exec(RAW[panel](f));
    return { appMs: app.ms, rawMs: raw.ms, rows: app.rows.length, diff: diff(app.rows, raw.rows) };
  },
  async time(panel: Panel, filters: Filters, mode: 'app' | 'raw') {
    const f = normaliseFilters(filters);
    return (await exec((mode === 'app' ? APP : RAW)[panel](f))).ms;
  },
  loadArquero,
  /** DuckDB time of every query one cross-filter makes the explore view run (sequential, as in its one worker). */
  async viewCost(filters: Filters) {
    const f = normaliseFilters(filters);
    const ms: Record<string, number> = {};
    const keys: Record<string, string> = {};
    for (const [name, build] of VIEW_QUERIES) {
      const req = build(f);
      ms[name] = (await exec(req)).ms;
      keys[name] = `${req.sql}\u0000${JSON.stringify(req.params)}`;
    }
    return { ms, keys };
  },
  /** One Arquero query; checks its non-NULL cells against the DuckDB result. */
  async arquero(panel: Panel, filters: Filters, variant: 'default' | 'tuned') {
    const tables = aqTables[variant];
    if (!tables) throw new Error(`Arquero ${variant} not loaded`);
    const f = normaliseFilters(filters);
    const t = performance.now();
    const cells = panel === 'trends' ? arquerotrends(tables, f) : arqueroUptime(tables, f);
    const ms = performance.now() - t;
    const expected = (await exec(APP[panel](f))).rows;
    return { ms, check: checkArquero(panel, cells, expected) };
  },
};

/** Arquero gives the drawn cells only (no empty periods): each must equal the DuckDB cell. */
function checkArquero(panel: Panel, cells: Row[], expected: Row[]): number {
  if (panel === 'uptime') {
    const pick = (r: Row): Row => ({
      current_uptime: r.current_uptime ?? null,
      previous_uptime: r.previous_uptime ?? null,
      current_site_days: r.current_site_days ?? null,
    });
    return diff(cells, expected.map(pick));
  }
  const byKey = new Map(expected.filter((r) => r.uptime !== null).map((r) => [`${r.dim}|${r.grp}|${r.period}`, r]));
  if (byKey.size !== cells.length) return Number.POSITIVE_INFINITY;
  let worst = 0;
  for (const c of cells) {
    const e = byKey.get(`${c.dim}|${c.grp}|${c.period}`);
    if (!e) return Number.POSITIVE_INFINITY;
    for (const k of ['uptime', 'downlink', 'data_gb', 'users'] as const) {
      worst = Math.max(worst, Math.abs(Number(c[k]) - Number(e[k])) / Math.max(1, Math.abs(Number(e[k]))));
    }
  }
  return worst;
}

declare global {
  interface Window {
    __bench?: typeof api;
  }
}
window.__bench = api;
(document.getElementById('state') as HTMLElement).textContent = `ready (${status.state})`;
