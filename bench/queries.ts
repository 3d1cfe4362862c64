// Benchmark page: every query a cross-filter makes the explore view run, and the telemetry indicators run three ways
// over the same published files in one page:
//   app     the indicator request through the catalog (src/indicators/catalog.ts indicatorQuery: rollups loaded as
//           the app loads them, src/data/duckdb-browser.ts) — what a cross-filter costs in the dashboard;
//   raw     the same figures from the raw site-days (bench/lib/raw-queries.ts, SQL written from docs/indicators.md,
//           not the app's builders) in the same DuckDB instance — the exactness reference;
//   arquero the same requests written in Arquero over the raw rows (default fromArrow, and a tuned variant with
//           dictionary-encoded strings) — the baseline an analyst might otherwise pick.
// The telemetry requests checked per filter state: the KPI card's uptime windows as the kpis panel asks for them
// (30 days to site_daily's as-of, windowEnding, and the 30 days before; with a year filter, its last year's end) and
// the trends panel's request for each measure (uptime, downlink, data_volume, daily_users by week × programme).
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
const { batchSql, batchRows } = await import('../src/data/batch-sql.ts');
const { parquetToArrow } = await import('../src/data/parquet.ts');
const { normaliseFilters } = await import('../src/filters/filters.ts');
const { indicatorQuery, resolve } = await import('../src/indicators/catalog.ts');
const { PANEL_IDS } = await import('../src/panels/define-panel.ts');
const { PANELS } = await import('../src/panels/registry.ts');
const { villagesTableQuery } = await import('../src/indicators/listings/villages-table.ts');
const { sitesTableQuery } = await import('../src/indicators/listings/sites-table.ts');
const { drillAreasQuery } = await import('../src/indicators/listings/drill-areas.ts');
const { drillRequests } = await import('../src/views/explore/drill-model.ts');
const arrow = await import('apache-arrow');

import type { QueryRequest } from '../src/data/engine-types.ts';
import type { Row } from '../src/data/rows.ts';
import type { Filters } from '../src/filters/filters.ts';
import type { IndicatorRequest } from '../src/indicators/types.ts';
import { type AqTables, arqueroTelemetry, type Bounds, dataBounds } from './lib/arquero-queries.ts';
import { isTelemetry, rawTelemetryQuery, TELEMETRY_INDICATORS, type TelemetryAsk } from './lib/raw-queries.ts';

const manifest = await fetchManifest(new URL('data/manifest.json', document.baseURI).toString());
const loadStarted = performance.now();
await startEngine(manifest);
const status = engineStatus.get();
const loadMs = performance.now() - loadStarted;

/** A stable name for a request of a panel: panel/indicator, its breakdowns, and #n for repeats (baselines). */
function named(prefix: string, reqs: readonly IndicatorRequest[]): [string, IndicatorRequest][] {
  const seen = new Map<string, number>();
  return reqs.map((r) => {
    const base = `${prefix}/${r.indicator}${r.by?.length ? ` by ${r.by.join('×')}` : ''}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return [n === 1 ? base : `${base} #${n}`, r];
  });
}

/**
 * The queries one cross-filter makes the explore view run, by name: every request of every panel's default view
 * (the registry, through the catalog), the explore listings (villages table, sites table) and the drill-down at
 * province level (its area listing and its figures). Requests equal after resolving share one query (one cache key
 * in the view): only the first is listed.
 */
function viewQueries(f: Filters): [string, QueryRequest][] {
  const requests: [string, IndicatorRequest][] = [
    ...PANEL_IDS.flatMap((id) => named(id, PANELS[id].requests(f, { manifest }))),
    ...named('drill-down', drillRequests('province', null, f)),
  ];
  const out: [string, QueryRequest][] = [];
  const keys = new Set<string>();
  for (const [name, req] of requests) {
    const key = JSON.stringify(resolve(req));
    if (keys.has(key)) continue;
    keys.add(key);
    out.push([name, indicatorQuery(req)]);
  }
  out.push(
    ['explore/villages table', villagesTableQuery(f)],
    ['explore/sites table', sitesTableQuery(f)],
    ['drill-down/areas (province)', drillAreasQuery('province', null, f)],
  );
  return out;
}

/** The telemetry requests whose app figures are checked against the raw reference, by name. */
function telemetryChecks(f: Filters): [string, TelemetryAsk][] {
  const kpiUptime = named('kpis', PANELS.kpis.requests(f, { manifest })).filter(([, r]) => r.indicator === 'uptime');
  if (kpiUptime.length === 0) throw new Error('the kpis panel asks for no uptime window');
  const trends = TELEMETRY_INDICATORS.map((indicator): [string, IndicatorRequest] => [
    `connectivity-trends/${indicator} by week×programme`,
    { indicator, filters: f, by: ['week', 'programme'] },
  ]);
  return [...kpiUptime, ...trends].map(([name, r]) => {
    if (!isTelemetry(r.indicator)) throw new Error(`${name}: not a telemetry indicator`);
    const by = (r.by ?? []) as TelemetryAsk['by'];
    return [name, { indicator: r.indicator, filters: r.filters, by, range: r.range ?? null }];
  });
}

const appQuery = (ask: TelemetryAsk) =>
  indicatorQuery({ indicator: ask.indicator, filters: ask.filters, by: ask.by, range: ask.range });

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

const close = (u: number, v: number) => Math.abs(u - v) / Math.max(1, Math.abs(v));

/**
 * Largest relative difference between two row lists, column by column by name (Infinity when the row counts, the
 * column names or a non-number cell differ). Both are ordered by their breakdown columns.
 */
function diff(a: readonly Row[], b: readonly Row[]): number {
  if (a.length !== b.length) return Number.POSITIVE_INFINITY;
  let worst = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Row;
    const y = b[i] as Row;
    const keys = Object.keys(x).sort();
    if (keys.join() !== Object.keys(y).sort().join()) return Number.POSITIVE_INFINITY;
    for (const k of keys) {
      const u = x[k];
      const v = y[k];
      if (typeof u === 'number' && typeof v === 'number') worst = Math.max(worst, close(u, v));
      else if (u !== v) return Number.POSITIVE_INFINITY;
    }
  }
  return worst;
}

let aqTables: { default?: AqTables; tuned?: AqTables } = {};
let bounds: Bounds | null = null;

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
  bounds ??= dataBounds(tables);
  aqTables = { ...aqTables, [variant]: tables };
  return { ms, rows: tables.daily.numRows() };
}

function check(name: string, f: Filters): TelemetryAsk {
  const found = telemetryChecks(normaliseFilters(f)).find(([n]) => n === name);
  if (!found) throw new Error(`no telemetry check named ${name}`);
  return found[1];
}

const api = {
  status,
  loadMs,
  version: manifest.version,
  siteDailyRows: manifest.datasets.find((d) => d.id === 'site_daily')?.row_count ?? 0,
  /** Every telemetry check of one state: app (rollups) and raw reference, timings and largest relative difference. */
  async compareAll(filters: Filters) {
    const f = normaliseFilters(filters);
    const out: { name: string; appMs: number; rawMs: number; rows: number; diff: number }[] = [];
    for (const [name, ask] of telemetryChecks(f)) {
      const app = await exec(appQuery(ask));
      const raw = await exec(rawTelemetryQuery(ask));
      out.push({ name, appMs: app.ms, rawMs: raw.ms, rows: app.rows.length, diff: diff(app.rows, raw.rows) });
    }
    return out;
  },
  async time(name: string, filters: Filters, mode: 'app' | 'raw') {
    const ask = check(name, filters);
    return (await exec(mode === 'app' ? appQuery(ask) : rawTelemetryQuery(ask))).ms;
  },
  loadArquero,
  /** DuckDB time of every query one cross-filter makes the explore view run (sequential, as in its one worker). */
  async viewCost(filters: Filters) {
    const f = normaliseFilters(filters);
    const ms: Record<string, number> = {};
    const keys: Record<string, string> = {};
    for (const [name, req] of viewQueries(f)) {
      ms[name] = (await exec(req)).ms;
      keys[name] = `${req.sql}\u0000${JSON.stringify(req.params)}`;
    }
    return { ms, keys };
  },
  /**
   * The worker cost of one click's queries sent three ways (ms, median of `reps`): one after another (prepare, run,
   * close each: the app before the coordinator), as one batch statement (src/data/batch-sql.ts, rows decoded as the
   * app does) with everything, and split into the figures' batch and the listings' batch (explore tables and the
   * drill-down's areas) as the coordinator sends them now.
   */
  async batchCost(filters: Filters, reps = 5) {
    const f = normaliseFilters(filters);
    const all = viewQueries(f);
    const isListing = (name: string) => name.startsWith('explore/') || name.startsWith('drill-down/areas');
    const figures = all.filter(([n]) => !isListing(n)).map(([, r]) => r);
    const listings = all.filter(([n]) => isListing(n)).map(([, r]) => r);
    await ensureTables(manifest, [...new Set(all.flatMap(([, r]) => r.tables))]);
    const batch = async (reqs: QueryRequest[]) =>
      withDatabase(async (_db, conn) => {
        const t = performance.now();
        const { sql, params } = batchSql(reqs);
        const stmt = await conn.prepare(sql);
        try {
          const table = await stmt.query(...params);
          const worker = performance.now() - t;
          batchRows(table, reqs.length);
          return { total: performance.now() - t, worker, decode: performance.now() - t - worker };
        } finally {
          await stmt.close();
        }
      });
    const seq = async () => {
      let total = 0;
      for (const [, r] of all) total += (await exec(r)).ms;
      return total;
    };
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
    const out = {
      sequential: [] as number[],
      one: [] as number[],
      oneDecode: [] as number[],
      figures: [] as number[],
      figuresDecode: [] as number[],
      listings: [] as number[],
      listingsDecode: [] as number[],
    };
    for (let i = 0; i < reps; i++) {
      out.sequential.push(await seq());
      const one = await batch(all.map(([, r]) => r));
      out.one.push(one.total);
      out.oneDecode.push(one.decode);
      const fig = await batch(figures);
      out.figures.push(fig.total);
      out.figuresDecode.push(fig.decode);
      const lis = await batch(listings);
      out.listings.push(lis.total);
      out.listingsDecode.push(lis.decode);
    }
    return {
      queries: all.length,
      figures: figures.length,
      listings: listings.length,
      ms: Object.fromEntries(Object.entries(out).map(([k, v]) => [k, med(v)])),
    };
  },
  /** One telemetry check in Arquero; its value and period columns checked against the app's rows. */
  async arquero(name: string, filters: Filters, variant: 'default' | 'tuned') {
    const tables = aqTables[variant];
    if (!tables || !bounds) throw new Error(`Arquero ${variant} not loaded`);
    const ask = check(name, filters);
    const t = performance.now();
    const rows = arqueroTelemetry(tables, ask, bounds);
    const ms = performance.now() - t;
    const expected = (await exec(appQuery(ask))).rows;
    return { ms, check: checkArquero(ask, rows, expected) };
  },
};

/** Arquero rows against the app's: the same keys, and per key the same value and period. */
function checkArquero(ask: TelemetryAsk, rows: Row[], expected: Row[]): number {
  const key = (r: Row) => ask.by.map((b) => String(r[b])).join('|');
  const byKey = new Map(expected.map((r) => [key(r), r]));
  if (byKey.size !== rows.length) return Number.POSITIVE_INFINITY;
  let worst = 0;
  for (const r of rows) {
    const e = byKey.get(key(r));
    if (!e || r.period_from !== e.period_from || r.period_to !== e.period_to) return Number.POSITIVE_INFINITY;
    if (r.value === null || e.value === null) {
      if (r.value !== e.value) return Number.POSITIVE_INFINITY;
    } else worst = Math.max(worst, close(Number(r.value), Number(e.value)));
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
