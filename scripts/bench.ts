// npm run bench [-- --quick] [--reps N] [--clicks N] [--scales 1000000,10000000] [--no-arquero] [--no-start]
//                 [--no-build] [--out DIR]      (npm run bench -- --help lists them)
// Speed as a measured property: builds the production app (and the bench pages into it) under /tmp/jdac-bench
// (never into dist/), serves it with `vite preview` on its own ports, drives Debian Chromium (playwright-core) and
// writes results.json and RESULTS.md into bench/ (or --out DIR). What is measured (docs/performance.md explains
// each figure):
//   - cold start (fresh context, service worker blocked) → first panel painted, → all overview panels drawn;
//     the floor (bench/floor.html: DuckDB-WASM instantiated + manifest fetched) in the same run, and the ratio;
//   - warm start (same context, reloads once the service worker controls the page) → first panel, → all panels;
//   - cross-filter in the explore view: clicks in the filter bar, timed by the view's own marks
//     (jdac:xf:start → jdac:xf:end, window.__jdacCrossFilter) and, for the panels alone, from the same start mark to
//     the moment every panel has repainted; p50/p95 over the clicks, on the sample and with site_daily at 1M and
//     10M rows; every filter state visited is checked: the telemetry indicators as the app asks for them (the KPI
//     card's uptime windows, the trends panel's four measures by week × programme; catalog → rollups) equal a
//     reference written in SQL over the raw site-days from docs/indicators.md (bench/lib/raw-queries.ts), in the
//     same DuckDB-WASM instance (bench/queries.html);
//   - where a click's time goes: the DuckDB time of every query the explore view runs (every panel's default
//     requests from the registry through the catalog, the villages and sites tables, the drill-down);
//   - the same telemetry requests in Arquero over the raw rows (default fromArrow; dictionary-encoded strings) vs
//     the app's DuckDB query, same page, same data;
//   - bytes shipped (scripts/bundle-size.ts), and the wall soak summary from bench/soak.json when present.
// Timing targets are reported, never asserted: the machine is shared and noisy; ratios in one run matter most.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { buildScaleDir, PARTITIONED_FROM, writePartitionedSiteDaily } from '../bench/lib/scale-data.ts';
import { type Filters, NO_FILTERS, normaliseFilters } from '../src/filters/filters.ts';
import { APP_JS_BUDGET_BROTLI, type BundleReport, measureBundle } from './bundle-size.ts';
import { CHROMIUM_ARGS, chromiumPath } from './ensure-chromium.ts';
import { errorLine, exitCodesHelp, installCliGuards } from './lib/cli.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = '/tmp/jdac-bench';
const dist = join(work, 'dist');
const CHROMIUM = chromiumPath();

// ---------- arguments ----------
const argv = process.argv.slice(2);
const verbose = argv.includes('--verbose');
installCliGuards('bench', verbose);
const HELP = `npm run bench [-- options]
  --quick            3 repetitions, 12 clicks, 1M rows only (default: 7, 32, 1M and 10M)
  --reps N           cold/warm start repetitions
  --clicks N         cross-filter clicks per data size (2 warm-up clicks come first)
  --scales A,B       site_daily sizes besides the sample (e.g. 1M,10M,100M or 1000000; '' for the sample only);
                     from 100M on site_daily is published partitioned by year and the raw-row check is skipped
  --no-arquero       skip the Arquero comparison
  --no-start         skip the cold/warm start timings
  --no-build         reuse the build in /tmp/jdac-bench/dist
  --reuse-data       serve /tmp/jdac-bench/data-N as built before (npm run bench or bench/publish-scale.ts)
  --out DIR          write results.json and RESULTS.md into DIR (default bench/)
  --verbose          the stack trace of an error
${exitCodesHelp(['0  results written (timing targets are reported, never asserted)', '1  a step failed (the line says which)', '130  interrupted (Ctrl-C)'])}`;
if (argv.includes('--help') || argv.includes('-h')) {
  console.log(HELP);
  process.exit(0);
}
const opt = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = argv.includes('--quick');
const REPS = Number(opt('--reps') ?? (quick ? 3 : 7));
const CLICKS = Number(opt('--clicks') ?? (quick ? 12 : 32));
const SCALES = (opt('--scales') ?? (quick ? '1000000' : '1000000,10000000'))
  .split(',')
  .filter(Boolean)
  .map((s) => {
    const m = /^([\d_.]+)M$/i.exec(s.trim());
    return m ? Math.round(Number((m[1] as string).replaceAll('_', '')) * 1e6) : Number(s.replaceAll('_', ''));
  });
const ARQUERO = !argv.includes('--no-arquero');
const REUSE_DATA = argv.includes('--reuse-data');
const BUILD = !argv.includes('--no-build'); // --no-build: reuse /tmp/jdac-bench/dist (for iterating on the bench)
const OUT = resolve(opt('--out') ?? join(repo, 'bench'));
const ARQUERO_MAX_ROWS = 1_000_000; // Arquero holds every row in JS: beyond 1M it is the memory, not the query
// The raw-row reference (bench/queries.html) loads all of site_daily into DuckDB-WASM: beyond 10M rows it does not
// fit the browser's 4 GB wasm heap, so larger scales are timed but not compared with raw rows in the browser.
const RAW_CHECK_MAX_ROWS = 10_000_000;
if (!Number.isInteger(REPS) || REPS < 1 || !Number.isInteger(CLICKS) || CLICKS < 2)
  throw new Error('bad --reps/--clicks');

// ---------- helpers ----------
const log = (...a: unknown[]) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);
function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? Number.NaN : s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}
/** Nearest-rank percentile (as src/views/explore/cross-filter-timing.ts). */
function pct(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length))) - 1] ?? Number.NaN;
}
interface Stat {
  n: number;
  median: number;
  min: number;
  max: number;
  p95: number;
}
const stat = (xs: readonly number[]): Stat => ({
  n: xs.length,
  median: median(xs),
  min: Math.min(...xs),
  max: Math.max(...xs),
  p95: pct(xs, 95),
});
const ms = (n: number) => (Number.isFinite(n) ? (n >= 100 ? String(Math.round(n)) : n.toFixed(1)) : '–');
const range = (s: Stat | undefined) => (s?.n ? `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})` : '–');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.unref();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

const children: ChildProcess[] = [];
function stopChildren() {
  for (const c of children) if (c.exitCode === null && c.pid) c.kill('SIGTERM');
}
process.on('exit', stopChildren);
process.on('SIGINT', () => {
  stopChildren();
  process.exit(130);
});

async function serve(outDir: string): Promise<string> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      join(repo, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--config',
      join(repo, 'bench/vite.config.ts'),
      '--outDir',
      outDir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  children.push(child);
  const url = `http://127.0.0.1:${port}/`;
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return url;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timeout waiting for ${url}`);
}

function vite(args: string[], env: Record<string, string> = {}) {
  execFileSync(process.execPath, [join(repo, 'node_modules/vite/bin/vite.js'), ...args], {
    cwd: repo,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
}

// ---------- in-page probes ----------
/** Records when the first panel painted and when every overview panel was drawn (ms since navigation). */
const PAINT_PROBE = `(() => {
  // tsx compiles the functions this script passes to page.evaluate with esbuild's keepNames helper.
  window.__name = window.__name || ((f) => f);
  const out = (window.__benchPaint = { first: null, all: null, kpi: null, chart: null });
  const check = () => {
    const panels = [...document.querySelectorAll('[data-panel]')];
    if (out.kpi === null && document.querySelector('[data-panel="kpis"][data-state="ready"]')) out.kpi = performance.now();
    if (out.chart === null && document.querySelector('.chart[data-chart-state="finished"]')) out.chart = performance.now();
    if (out.first === null && (document.querySelector('.chart[data-chart-state="finished"]') ||
        document.querySelector('[data-panel="kpis"][data-state="ready"]'))) out.first = performance.now();
    if (out.all === null && panels.length >= 6 && panels.every((p) => p.dataset.state !== 'loading' &&
        [...p.querySelectorAll('.chart')].every((c) => c.dataset.chartState === 'finished') &&
        (p.dataset.state !== 'ready' || p.dataset.panel === 'kpis' || p.querySelector('.chart')))) {
      out.all = performance.now();
    }
  };
  const start = () => {
    new MutationObserver(check).observe(document.documentElement, { subtree: true, childList: true, attributes: true,
      attributeFilter: ['data-chart-state', 'data-state'] });
    check();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();`;

interface Paint {
  first: number;
  all: number;
  /** KPI cards rendered. */
  kpi: number | null;
  /** First chart `finished` (after its entry animation). */
  chart: number | null;
}

async function waitPaint(page: Page): Promise<Paint> {
  await page.waitForFunction(
    () => {
      const p = (window as unknown as { __benchPaint?: { all: number | null } }).__benchPaint;
      return p?.all != null;
    },
    undefined,
    { timeout: 120_000, polling: 50 },
  );
  return page.evaluate(() => (window as unknown as { __benchPaint: Paint }).__benchPaint);
}

async function newContext(browser: Browser, serviceWorkers: 'allow' | 'block'): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    serviceWorkers,
  });
  await context.addInitScript(PAINT_PROBE);
  return context;
}

// ---------- cold, floor, warm ----------
interface StartResult {
  cold: { first: Stat; all: Stat };
  floor: Stat;
  ratio: Stat;
  warm: { first: Stat; all: Stat; kpi: Stat; chart: Stat; fcp: Stat };
  coldDetail: { kpi: Stat; chart: Stat };
}

async function startTimings(browser: Browser, base: string): Promise<StartResult> {
  const coldFirst: number[] = [];
  const coldAll: number[] = [];
  const floor: number[] = [];
  const ratio: number[] = [];
  const coldKpi: number[] = [];
  const coldChart: number[] = [];
  for (let i = 0; i < REPS; i++) {
    // Floor and app alternate within each repetition, so both see the same load on the machine.
    const fctx = await newContext(browser, 'block');
    const fpage = await fctx.newPage();
    await fpage.goto(`${base}bench/floor.html`);
    await fpage.waitForFunction(() => (window as unknown as { __floor?: unknown }).__floor, undefined, {
      timeout: 120_000,
    });
    const f = await fpage.evaluate(() => (window as unknown as { __floor: { done: number; error?: string } }).__floor);
    if (f.error) throw new Error(`floor page: ${f.error}`);
    await fctx.close();

    const ctx = await newContext(browser, 'block');
    const page = await ctx.newPage();
    await page.goto(`${base}#/`);
    const p = await waitPaint(page);
    await ctx.close();
    coldFirst.push(p.first);
    coldAll.push(p.all);
    if (p.kpi !== null) coldKpi.push(p.kpi);
    if (p.chart !== null) coldChart.push(p.chart);
    floor.push(f.done);
    ratio.push(p.all / f.done);
    log(`cold #${i + 1}: first panel ${ms(p.first)} ms, all panels ${ms(p.all)} ms, floor ${ms(f.done)} ms`);
  }

  // Warm: one context; the service worker installs once the engine is ready; a reload puts the page under it.
  const ctx = await newContext(browser, 'allow');
  const page = await ctx.newPage();
  await page.goto(`${base}#/`);
  await waitPaint(page);
  await page.waitForSelector('.status-banner[data-state="ready"]', { timeout: 180_000 });
  await page.waitForFunction(() => navigator.serviceWorker?.ready.then(() => true), undefined, { timeout: 120_000 });
  await page.reload();
  await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), undefined, { timeout: 60_000 });
  await waitPaint(page);
  await page.waitForSelector('.status-banner[data-state="ready"]', { timeout: 180_000 });
  // The last figures are persisted (IndexedDB, throttled): wait until they are there.
  await page.waitForFunction(
    () =>
      new Promise<boolean>((ok) => {
        const req = indexedDB.open('jdac');
        req.onerror = () => ok(false);
        req.onsuccess = () => {
          try {
            const get = req.result.transaction('query-cache').objectStore('query-cache').get('jdac-query-cache');
            get.onsuccess = () => ok(Boolean(get.result));
            get.onerror = () => ok(false);
          } catch {
            ok(false);
          }
        };
      }),
    undefined,
    { timeout: 60_000, polling: 500 },
  );
  const warmFirst: number[] = [];
  const warmAll: number[] = [];
  const warmKpi: number[] = [];
  const warmChart: number[] = [];
  const warmFcp: number[] = [];
  for (let i = 0; i < REPS; i++) {
    await page.reload();
    const p = await waitPaint(page);
    const controlled = await page.evaluate(() => Boolean(navigator.serviceWorker?.controller));
    if (!controlled) throw new Error('warm start: the page is not controlled by the service worker');
    warmFirst.push(p.first);
    warmAll.push(p.all);
    if (p.kpi !== null) warmKpi.push(p.kpi);
    if (p.chart !== null) warmChart.push(p.chart);
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
    if (fcp !== null) warmFcp.push(fcp);
    log(`warm #${i + 1}: first panel ${ms(p.first)} ms, all panels ${ms(p.all)} ms`);
  }
  await ctx.close();
  return {
    cold: { first: stat(coldFirst), all: stat(coldAll) },
    floor: stat(floor),
    ratio: stat(ratio),
    warm: {
      first: stat(warmFirst),
      all: stat(warmAll),
      kpi: stat(warmKpi),
      chart: stat(warmChart),
      fcp: stat(warmFcp),
    },
    coldDetail: { kpi: stat(coldKpi), chart: stat(coldChart) },
  };
}

// ---------- cross-filter ----------
interface Known {
  regencies: number;
  programmes: number;
  technologies: number;
  statuses: number;
  years: string[];
}

type Step =
  | { kind: 'pick'; dimension: 'regency' | 'programme' | 'technology' | 'status'; index: number }
  | { kind: 'year'; from: string; to: string };

/** A deterministic walk through the filter bar: values toggled on and off, years set and cleared. */
function clickPlan(known: Known, n: number): Step[] {
  const steps: Step[] = [];
  const y = known.years;
  const lastYear = y[y.length - 1] ?? '';
  const prevYear = y[y.length - 2] ?? lastYear;
  let i = 0;
  while (steps.length < n) {
    const r = i % known.regencies;
    const p = (i * 3 + 1) % known.programmes;
    const s = i % known.statuses;
    const t = (i + 1) % known.technologies;
    const block: Step[] = [
      { kind: 'pick', dimension: 'regency', index: r },
      { kind: 'pick', dimension: 'programme', index: p },
      { kind: 'year', from: lastYear, to: lastYear },
      { kind: 'pick', dimension: 'regency', index: r },
      { kind: 'pick', dimension: 'status', index: s },
      { kind: 'year', from: prevYear, to: lastYear },
      { kind: 'pick', dimension: 'programme', index: p },
      { kind: 'pick', dimension: 'technology', index: t },
      { kind: 'pick', dimension: 'status', index: s },
      { kind: 'year', from: '', to: '' },
      { kind: 'pick', dimension: 'technology', index: t },
    ];
    steps.push(...block);
    i++;
  }
  return steps.slice(0, n);
}

/** The filters in the explore view's URL (#/explore?regency=…&programme=…&tech=…&status=…&year=…). */
function filtersFromHash(hash: string): Filters {
  const q = new URLSearchParams(hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '');
  const list = (k: string) => (q.get(k) ? (q.get(k) as string).split(',') : []);
  const year = q.get('year');
  const m = year ? /^(\d{4})(?:-(\d{4}))?$/.exec(year) : null;
  return normaliseFilters({
    ...NO_FILTERS,
    yearFrom: m ? Number(m[1]) : null,
    yearTo: m ? Number(m[2] ?? m[1]) : null,
    regencies: list('regency'),
    districts: list('district'),
    programmes: list('programme'),
    technologies: list('tech'),
    statuses: list('status'),
  });
}

interface CrossFilterResult {
  clicks: number;
  view: Stat;
  /** Until every panel's chart fired `finished` (its 300 ms animation included). */
  panels: Stat;
  /** Until the frame that first shows every panel's new figures (before the animation runs). */
  frame: Stat;
  /**
   * Per click, from the app's own counters: requests the view asked the coordinator for, runBatch calls it made,
   * and statements / queries sent to the DuckDB worker (window.__jdacCoordinator, window.__jdacEngine).
   */
  traffic: { requested: Stat; batches: Stat; statements: Stat; queries: Stat };
  timedOut: number;
  states: Filters[];
}

async function crossFilter(browser: Browser, base: string): Promise<CrossFilterResult> {
  const ctx = await newContext(browser, 'block');
  const page = await ctx.newPage();
  await page.goto(`${base}#/explore`);
  await page.waitForSelector('.filter-bar details[data-dimension="regency"] input[type=checkbox]', {
    timeout: 180_000,
    state: 'attached',
  });
  await page.waitForSelector('.status-banner[data-state="ready"]', { timeout: 300_000 });
  const known: Known = await page.evaluate(() => {
    const count = (d: string) =>
      document.querySelectorAll(`details[data-dimension="${d}"] input[type=checkbox]`).length;
    const years = [...document.querySelectorAll<HTMLOptionElement>('.year-range select option')]
      .map((o) => o.value)
      .filter(Boolean);
    return {
      regencies: count('regency'),
      programmes: count('programme'),
      technologies: count('technology'),
      statuses: count('status'),
      years: [...new Set(years)].sort(),
    };
  });
  const plan = clickPlan(known, CLICKS + 2); // two warm-up clicks first
  const view: number[] = [];
  const panels: number[] = [];
  const frames: number[] = [];
  const states: Filters[] = [];
  let timedOut = 0;
  const traffic = {
    requested: [] as number[],
    batches: [] as number[],
    statements: [] as number[],
    queries: [] as number[],
  };
  const counters = () =>
    page.evaluate(() => {
      const w = window as unknown as {
        __jdacCoordinator?: { requested: number; batches: number };
        __jdacEngine?: { statements: number; queries: number };
      };
      return {
        requested: w.__jdacCoordinator?.requested ?? Number.NaN,
        batches: w.__jdacCoordinator?.batches ?? Number.NaN,
        statements: w.__jdacEngine?.statements ?? Number.NaN,
        queries: w.__jdacEngine?.queries ?? Number.NaN,
      };
    });
  for (const [k, step] of plan.entries()) {
    const before = await page.evaluate(() => window.__jdacCrossFilter?.measures.length ?? 0);
    const sent = await counters();
    // Watch the panels from the click on, frame by frame. A panel keeps its previous figures on screen while its
    // next rows load (it never goes back to "loading"), and every chart redraws at once with the old figures and the
    // new selection: neither says the new figures are there. So a click's figures count as on screen at the first
    // frame where the coordinator has answered every request (stats.idle), no panel is loading and every chart in
    // the panel grid has finished drawing — and that stays so for the next three frames (the rows' React commit
    // and the charts' redraw fall inside them). Until 4 Dec 2026 the bench stopped at the first redraw, before the
    // rows were back: its "on screen" figures were too low (bench/click-profile.ts, docs/performance.md).
    await page.evaluate((measuresBefore) => {
      const w = window as unknown as {
        __benchPanels?: number | null;
        __benchFrame?: number | null;
        __jdacCoordinator?: { idle: boolean };
        __jdacCrossFilter?: { measures: unknown[]; pending: boolean };
      };
      w.__benchPanels = null;
      w.__benchFrame = null;
      const grid = document.querySelector('.explore-panels') as HTMLElement;
      const startedAt = performance.now();
      let stableSince: number | null = null;
      let stableFrames = 0;
      const settled = () =>
        w.__jdacCoordinator?.idle !== false &&
        ![...grid.querySelectorAll<HTMLElement>('[data-panel]')].some((p) => p.dataset.state === 'loading') &&
        [...grid.querySelectorAll<HTMLElement>('.chart')].every((c) => c.dataset.chartState === 'finished');
      // Counting starts once the view has taken the click (its cross-filter timing started).
      const clicked = () => {
        const log = w.__jdacCrossFilter;
        return log !== undefined && (log.pending || log.measures.length > measuresBefore);
      };
      const frame = (t: number) => {
        if (clicked() && settled()) {
          if (stableSince === null) stableSince = t;
          stableFrames += 1;
        } else {
          stableSince = null;
          stableFrames = 0;
        }
        if (stableFrames >= 4 && stableSince !== null) {
          w.__benchFrame = stableSince;
          w.__benchPanels = stableSince;
          return;
        }
        if (t - startedAt < 60_000) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    }, before);
    if (step.kind === 'pick') {
      await page.evaluate(
        ({ dimension, index }) => {
          const boxes = document.querySelectorAll<HTMLInputElement>(
            `details[data-dimension="${dimension}"] input[type=checkbox]`,
          );
          boxes[index]?.click();
        },
        { dimension: step.dimension, index: step.index },
      );
    } else {
      const selects = page.locator('.year-range select');
      if (step.from === '') {
        await selects.nth(0).selectOption('');
        await selects.nth(1).selectOption('');
      } else {
        await selects.nth(0).selectOption(step.from);
        await selects.nth(1).selectOption(step.to);
      }
    }
    await page.waitForFunction(
      (n) => {
        const log = window.__jdacCrossFilter;
        return log !== undefined && log.measures.length > n && !log.pending;
      },
      before,
      { timeout: 60_000, polling: 20 },
    );
    // The figures' moment needs three more frames of calm after it: it can come after the view's own measure.
    await page
      .waitForFunction(() => (window as unknown as { __benchFrame?: number | null }).__benchFrame != null, undefined, {
        timeout: 30_000,
        polling: 20,
      })
      .catch(() => undefined); // never settled: recorded as missing ('–'), not as a time
    const m = await page.evaluate(() => {
      const log = window.__jdacCrossFilter as NonNullable<Window['__jdacCrossFilter']>;
      const last = log.measures[log.measures.length - 1] as { ms: number; startedAt: number; timedOut: boolean };
      const w = window as unknown as { __benchPanels?: number | null; __benchFrame?: number | null };
      const p = w.__benchPanels;
      const f = w.__benchFrame;
      return {
        ms: last.ms,
        timedOut: last.timedOut,
        panels: p == null ? null : p - last.startedAt,
        frame: f == null || f < 0 ? null : f - last.startedAt,
        hash: location.hash,
      };
    });
    states.push(filtersFromHash(m.hash));
    const after = await counters();
    if (k < 2) continue; // warm-up: first use of each rollup and code path
    for (const key of ['requested', 'batches', 'statements', 'queries'] as const)
      traffic[key].push(after[key] - sent[key]);
    if (m.timedOut) timedOut++;
    view.push(m.ms);
    if (m.panels !== null) panels.push(m.panels);
    if (m.frame !== null) frames.push(m.frame);
  }
  await ctx.close();
  return {
    clicks: view.length,
    view: stat(view),
    panels: stat(panels),
    frame: stat(frames),
    traffic: {
      requested: stat(traffic.requested),
      batches: stat(traffic.batches),
      statements: stat(traffic.statements),
      queries: stat(traffic.queries),
    },
    timedOut,
    states,
  };
}

declare global {
  interface Window {
    __jdacCrossFilter?: {
      measures: { ms: number; startedAt: number; key: string; timedOut: boolean }[];
      pending: boolean;
    };
  }
}

// ---------- exactness and Arquero (bench/queries.html) ----------
interface QueryResult {
  /** DuckDB time of all the explore view's queries for one filter state, and per query (median over states). */
  viewCost: { total: Stat; perQuery: Record<string, Stat>; cacheableMs: Stat; cacheableQueries: Stat };
  states: number;
  /** Telemetry checks run (states × requests) and the names of the requests checked. */
  checks: number;
  checked: string[];
  worstDiff: number;
  mismatches: number;
  appQuery: Stat;
  /** Every app telemetry request over every visited state (appQuery is narrowed to the Arquero sample when it runs). */
  allApp: Stat;
  rawQuery: Stat;
  arquero?: { default: Stat; tuned: Stat; loadDefaultMs: number; loadTunedMs: number; worstDiff: number };
}

const uniqueStates = (states: readonly Filters[]) => [
  ...new Map([NO_FILTERS, ...states].map((f) => [JSON.stringify(normaliseFilters(f)), normaliseFilters(f)])).values(),
];

async function queryChecks(
  browser: Browser,
  base: string,
  states: readonly Filters[],
  rows: number,
): Promise<QueryResult> {
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  await ctx.addInitScript('window.__name = window.__name || ((f) => f);');
  const page = await ctx.newPage();
  page.on('pageerror', (e) => log('queries page error:', String(e)));
  await page.goto(`${base}bench/queries.html`);
  await page.waitForFunction(() => (window as unknown as { __bench?: unknown }).__bench, undefined, {
    timeout: 600_000,
  });
  type Compared = { name: string; appMs: number; rawMs: number; rows: number; diff: number };
  const call = <T>(fn: string, ...args: unknown[]) =>
    page.evaluate(
      ({ fn, args }) =>
        (window as unknown as { __bench: Record<string, (...a: unknown[]) => unknown> }).__bench[fn]?.(...args),
      { fn, args },
    ) as Promise<T>;
  const list = uniqueStates(states);
  let worst = 0;
  let mismatches = 0;
  let checks = 0;
  const checked = new Set<string>();
  const app: number[] = [];
  const raw: number[] = [];
  for (const f of list) {
    for (const r of await call<Compared[]>('compareAll', f)) {
      checks++;
      checked.add(r.name);
      worst = Math.max(worst, r.diff);
      if (!(r.diff <= 1e-9)) {
        mismatches++;
        log(`MISMATCH ${r.name} ${JSON.stringify(f)}: relative difference ${r.diff}`);
      }
      app.push(r.appMs);
      raw.push(r.rawMs);
    }
  }
  // Where a click's time goes: every query of the explore view, per state in click order, summed per query; and
  // how much of it a result cache keyed by SQL + parameters would skip (queries whose text and values did not change
  // since the previous state: the panels that ignore the dimension just clicked).
  const cost: Record<string, number[]> = {};
  const totals: number[] = [];
  const skippable: number[] = [];
  const skippableCount: number[] = [];
  let previous: Record<string, string> | null = null;
  for (const f of states.slice(0, quick ? 6 : 16)) {
    const c = await call<{ ms: Record<string, number>; keys: Record<string, string> }>('viewCost', f);
    let sum = 0;
    let same = 0;
    let sameMs = 0;
    for (const [k, v] of Object.entries(c.ms)) {
      cost[k] = [...(cost[k] ?? []), v];
      sum += v;
      if (previous?.[k] === c.keys[k]) {
        same++;
        sameMs += v;
      }
    }
    if (previous) {
      skippable.push(sameMs);
      skippableCount.push(same);
    }
    previous = c.keys;
    totals.push(sum);
  }
  const result: QueryResult = {
    viewCost: {
      total: stat(totals),
      perQuery: Object.fromEntries(Object.entries(cost).map(([k, v]) => [k, stat(v)])),
      cacheableMs: stat(skippable),
      cacheableQueries: stat(skippableCount),
    },
    states: list.length,
    checks,
    checked: [...checked],
    worstDiff: worst,
    mismatches,
    appQuery: stat(app),
    allApp: stat(app),
    rawQuery: stat(raw),
  };
  if (ARQUERO && rows <= ARQUERO_MAX_ROWS) {
    const sample = list.slice(0, quick ? 4 : 8);
    const times: Record<string, number[]> = { default: [], tuned: [] };
    const loads: Record<string, number> = {};
    let aqWorst = 0;
    for (const variant of ['default', 'tuned']) {
      loads[variant] = (await call<{ ms: number }>('loadArquero', variant)).ms;
      for (const f of sample) {
        for (const name of checked) {
          const r = await call<{ ms: number; check: number }>('arquero', name, f, variant);
          if (!(r.check <= 1e-9)) log(`ARQUERO MISMATCH (${variant}) ${name} ${JSON.stringify(f)}: ${r.check}`);
          aqWorst = Math.max(aqWorst, r.check);
          (times[variant] as number[]).push(r.ms);
        }
      }
    }
    result.arquero = {
      default: stat(times.default as number[]),
      tuned: stat(times.tuned as number[]),
      loadDefaultMs: loads.default as number,
      loadTunedMs: loads.tuned as number,
      worstDiff: aqWorst,
    };
    // The app's query times over the same Arquero sample, for the ratio side by side.
    const appSample: number[] = [];
    for (const f of sample) for (const name of checked) appSample.push(await call<number>('time', name, f, 'app'));
    result.appQuery = stat(appSample.length ? appSample : app);
  }
  await ctx.close();
  return result;
}

// ---------- cold start and memory at each data size ----------
interface ScaleStart {
  cold: { first: Stat; all: Stat };
  /** Main-thread JS heap used (CDP Runtime.getHeapUsage) and DuckDB's memory (duckdb_memory()) once ready, bytes. */
  jsHeap: Stat;
  engine: Stat;
}

async function scaleStart(browser: Browser, base: string, label: string): Promise<ScaleStart> {
  const first: number[] = [];
  const all: number[] = [];
  const heap: number[] = [];
  const engine: number[] = [];
  for (let i = 0; i < REPS; i++) {
    const ctx = await newContext(browser, 'block');
    const page = await ctx.newPage();
    await page.goto(`${base}#/`);
    const p = await waitPaint(page);
    await page.waitForSelector('.status-banner[data-state="ready"]', { timeout: 600_000 });
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    // window.__jdac (src/platform/debug-hooks.ts) is installed by the wall view only: open it in the same page (same
    // engine, same tables loaded) to read DuckDB's memory.
    await page.evaluate(() => {
      location.hash = '#/wall';
    });
    const eng = await page
      .waitForFunction(() => Boolean((window as unknown as { __jdac?: unknown }).__jdac), undefined, {
        timeout: 60_000,
      })
      .then(() =>
        page.evaluate(() =>
          (
            window as unknown as { __jdac: { engineMemoryBytes: () => Promise<number | null> } }
          ).__jdac.engineMemoryBytes(),
        ),
      )
      .catch(() => null);
    await ctx.close();
    first.push(p.first);
    all.push(p.all);
    heap.push(usedSize);
    if (typeof eng === 'number') engine.push(eng);
    log(
      `${label}: cold #${i + 1}: first panel ${ms(p.first)} ms, all overview panels ${ms(p.all)} ms; ` +
        `JS heap ${(usedSize / 2 ** 20).toFixed(1)} MB, DuckDB ${typeof eng === 'number' ? (eng / 2 ** 20).toFixed(1) : '–'} MB`,
    );
  }
  return { cold: { first: stat(first), all: stat(all) }, jsHeap: stat(heap), engine: stat(engine) };
}

/** Stands in for the raw-row checks at sizes the browser cannot hold raw (RAW_CHECK_MAX_ROWS). */
function notChecked(): QueryResult {
  const none = stat([]);
  return {
    viewCost: { total: none, perQuery: {}, cacheableMs: none, cacheableQueries: none },
    states: 0,
    checks: 0,
    checked: [],
    worstDiff: Number.NaN,
    mismatches: 0,
    appQuery: none,
    allApp: none,
    rawQuery: none,
  };
}

// ---------- main ----------
interface ScaleRun {
  label: string;
  siteDailyRows: number;
  rollupRows: Record<string, number>;
  start: ScaleStart;
  crossFilter: CrossFilterResult;
  queries: QueryResult;
}

async function runScale(
  browser: Browser,
  label: string,
  siteDir: string,
  rows: number,
  rollupRows: Record<string, number>,
) {
  const base = await serve(siteDir);
  log(`${label}: serving ${siteDir} at ${base}`);
  const start = await scaleStart(browser, base, label);
  const cf = await crossFilter(browser, base);
  log(
    `${label}: cross-filter p50/p95: on screen ${ms(cf.frame.median)}/${ms(cf.frame.p95)} ms, panels finished ` +
      `${ms(cf.panels.median)}/${ms(cf.panels.p95)} ms, whole view ${ms(cf.view.median)}/${ms(cf.view.p95)} ms`,
  );
  const t = cf.traffic;
  log(
    `${label}: per click (median/max): ${t.requested.median}/${t.requested.max} requests asked, ` +
      `${t.batches.median}/${t.batches.max} coordinator batches, sent to the worker ${t.statements.median}/${t.statements.max} ` +
      `statements holding ${t.queries.median}/${t.queries.max} queries`,
  );
  if (rows > RAW_CHECK_MAX_ROWS) log(`${label}: raw-row checks skipped (over ${RAW_CHECK_MAX_ROWS} rows)`);
  const q = rows > RAW_CHECK_MAX_ROWS ? notChecked() : await queryChecks(browser, base, cf.states, rows);
  log(
    `${label}: ${q.states} filter states × ${q.checked.length} telemetry requests checked (${q.checks}), worst relative difference ${q.worstDiff}, mismatches ${q.mismatches}`,
  );
  const { states: _s, ...cfOut } = cf;
  return {
    label,
    siteDailyRows: rows,
    rollupRows,
    start,
    crossFilter: { ...cfOut, states: [] as Filters[] },
    queries: q,
  };
}

function soakSummary(): unknown {
  const p = join(repo, 'bench/soak.json');
  if (!existsSync(p)) return 'not run';
  try {
    return JSON.parse(readFileSync(p, 'utf8'));
  } catch {
    return 'unreadable';
  }
}

function sizesTable(b: BundleReport): string[][] {
  const order = [
    'app js (all chunks)',
    'css',
    'duckdb wasm',
    'duckdb worker',
    'parquet-wasm wasm',
    'data',
    'service worker',
    'other',
  ];
  const rows = order
    .filter((g) => b.groups[g])
    .map((g) => {
      const s = b.groups[g] as { raw: number; gzip: number; brotli: number };
      return [g, kb(s.raw), kb(s.gzip), kb(s.brotli)];
    });
  const appExDuck = b.groups['app js (all chunks)'];
  rows.unshift(['app js, initial (first paint)', kb(b.initial.raw), kb(b.initial.gzip), kb(b.initial.brotli)]);
  if (appExDuck)
    rows.unshift([
      '**app js excl. DuckDB (all chunks)**',
      kb(appExDuck.raw),
      kb(appExDuck.gzip),
      `**${kb(appExDuck.brotli)}**`,
    ]);
  return rows;
}

function mdTable(head: string[], rows: string[][]): string {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

async function main() {
  const started = Date.now();
  mkdirSync(work, { recursive: true });
  const load0 = loadavg()[0] ?? 0;
  if (BUILD || !existsSync(join(dist, 'index.html'))) {
    log(`building the app into ${dist}`);
    vite(['build', '--outDir', dist, '--emptyOutDir']);
  }
  const bundle = measureBundle(dist, ['bench']);
  log('building the bench pages into it');
  vite(['build', '--config', join(repo, 'bench/vite.config.ts')], { BENCH_OUT_DIR: dist });

  // Data variants: the sample (as built) and site_daily at each scale, each served from its own copy of the build.
  const variants: { label: string; dir: string; rows: number; rollupRows: Record<string, number> }[] = [];
  const sampleIndex = JSON.parse(readFileSync(join(dist, 'data/rollups.json'), 'utf8')) as {
    tables: { id: string; rows: number }[];
  };
  const sampleManifest = JSON.parse(readFileSync(join(dist, 'data/manifest.json'), 'utf8')) as {
    datasets: { id: string; row_count: number }[];
  };
  variants.push({
    label: 'sample',
    dir: dist,
    rows: sampleManifest.datasets.find((d) => d.id === 'site_daily')?.row_count ?? 0,
    rollupRows: Object.fromEntries(sampleIndex.tables.map((t) => [t.id, t.rows])),
  });
  for (const n of SCALES) {
    const partitioned = n >= PARTITIONED_FROM;
    const parquet = partitioned ? `/tmp/jdac-scale-${n}/site_daily` : `/tmp/jdac-scale-${n}/site_daily.parquet`;
    if (partitioned && !existsSync(join(parquet, '_done'))) {
      log(`writing ${parquet}/year=*/ (site_daily partitioned by year, bench/lib/scale-data.ts)`);
      await writePartitionedSiteDaily(n, parquet);
      writeFileSync(join(parquet, '_done'), '');
    } else if (!partitioned && !existsSync(parquet)) {
      log(`writing ${parquet} (npm run data:sample -- --scale ${n} --no-csv)`);
      execFileSync(
        process.execPath,
        [
          join(repo, 'node_modules/tsx/dist/cli.mjs'),
          join(repo, 'scripts/data-sample.ts'),
          '--scale',
          String(n),
          '--no-csv',
        ],
        { cwd: repo, stdio: 'inherit' },
      );
    }
    const data = join(work, `data-${n}`);
    let rollupRows: Record<string, number>;
    if (REUSE_DATA && existsSync(join(data, 'rollups.json'))) {
      log(`reusing ${data}`);
      const index = JSON.parse(readFileSync(join(data, 'rollups.json'), 'utf8')) as {
        tables: { id: string; rows: number }[];
      };
      rollupRows = Object.fromEntries(index.tables.map((t) => [t.id, t.rows]));
    } else {
      log(`building ${data}: sites, manifest, rollups, snapshot`);
      const built = await buildScaleDir(join(repo, 'public/data'), parquet, data, {
        partitioned,
      });
      rollupRows = built.rollupRows;
      log(
        `  ${n} rows, ${built.sites} sites, rollups ${JSON.stringify(built.rollupRows)}, rollup step ${built.seconds.rollups.toFixed(1)} s` +
          (built.partitions ? `, site_daily in ${built.partitions} year partitions` : ''),
      );
    }
    const site = join(work, `site-${n}`);
    rmSync(site, { recursive: true, force: true });
    execFileSync('cp', ['-al', dist, site]);
    rmSync(join(site, 'data'), { recursive: true, force: true });
    execFileSync('cp', ['-al', data, join(site, 'data')]);
    variants.push({ label: `${(n / 1e6).toString()}M`, dir: site, rows: n, rollupRows });
  }

  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  let start: StartResult;
  const scales: ScaleRun[] = [];
  try {
    const base = await serve(dist);
    log(`sample: serving ${dist} at ${base}`);
    start = argv.includes('--no-start') ? (undefined as unknown as StartResult) : await startTimings(browser, base);
    for (const v of variants) scales.push(await runScale(browser, v.label, v.dir, v.rows, v.rollupRows));
  } finally {
    await browser.close();
    stopChildren();
  }

  const minutes = (Date.now() - started) / 60_000;
  const results = {
    date: new Date().toISOString(),
    machine: { cores: cpus().length, loadavg_start: load0, loadavg_end: loadavg()[0], chromium: CHROMIUM },
    options: { quick, reps: REPS, clicks: CLICKS, scales: SCALES },
    minutes,
    start,
    scales,
    bundle: { ...bundle, budgetBrotli: APP_JS_BUDGET_BROTLI },
    soak: soakSummary(),
  };
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  // ---------- RESULTS.md ----------
  const t = (ok: boolean) => (ok ? 'met' : '**not met**');
  const s = start ?? ({} as StartResult);
  const lines: string[] = [];
  lines.push('# Benchmark results', '');
  lines.push(
    `Run ${results.date.slice(0, 16).replace('T', ' ')} UTC with \`npm run bench${quick ? ' -- --quick' : ''}\` ` +
      `(${REPS} repetitions, ${CLICKS} cross-filter clicks per data size) in ${minutes.toFixed(1)} min on ${cpus().length} cores, ` +
      `load average ${load0.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)}; headless Debian Chromium, production build served by vite preview. ` +
      'Times in ms, median (min–max) unless marked p50/p95.',
    '',
  );
  lines.push('## Start', '');
  if (start)
    lines.push(
      mdTable(
        ['measure', 'result', 'target', ''],
        [
          ['cold → first panel', range(s.cold.first), '≤ 1000', t(s.cold.first.median <= 1000)],
          ['cold → all overview panels', range(s.cold.all), '≤ 2500', t(s.cold.all.median <= 2500)],
          ['floor: DuckDB-WASM instantiated + manifest', range(s.floor), '–', ''],
          [
            'cold all panels / floor',
            `${s.ratio.median.toFixed(2)} (${s.ratio.min.toFixed(2)}–${s.ratio.max.toFixed(2)})`,
            '≤ 1.5',
            t(s.ratio.median <= 1.5),
          ],
          ['warm → first panel', range(s.warm.first), '≤ 300', t(s.warm.first.median <= 300)],
          ['warm → all overview panels', range(s.warm.all), '–', ''],
          [
            'cold: KPI cards rendered / first chart finished',
            `${range(s.coldDetail.kpi)} / ${range(s.coldDetail.chart)}`,
            '',
            '',
          ],
          ['warm: first contentful paint', range(s.warm.fcp), '', ''],
          ['warm: KPI cards rendered / first chart finished', `${range(s.warm.kpi)} / ${range(s.warm.chart)}`, '', ''],
        ],
      ),
      '',
    );
  lines.push('## Cold start and memory at each data size', '');
  const mb = (x: Stat) => (x.n ? `${(x.median / 2 ** 20).toFixed(1)} MB` : '–');
  const base1 = scales.find((r) => r.siteDailyRows === 1_000_000)?.start.cold.all.median;
  lines.push(
    mdTable(
      [
        'site_daily rows',
        'cold → first panel',
        'cold → all overview panels',
        'vs 1M (target ≤ 1.5×)',
        'JS heap (main)',
        'DuckDB memory',
      ],
      scales.map((r) => [
        r.siteDailyRows.toLocaleString('en'),
        range(r.start.cold.first),
        range(r.start.cold.all),
        base1 ? `${(r.start.cold.all.median / base1).toFixed(2)}×` : '–',
        mb(r.start.jsHeap),
        mb(r.start.engine),
      ]),
    ),
    '',
    "Fresh context, service worker blocked, each size served from its own copy of the build. Memory once the status banner says ready, after a forced GC: the page's JS heap (CDP Runtime.getHeapUsage; DuckDB-WASM lives in its worker, not in it) and DuckDB's own (sum of duckdb_memory(), window.__jdac.engineMemoryBytes, read after switching the same page to the wall view, the only view that installs it). Raw-row checks: only up to 10M rows (the reference loads every raw row into the browser).",
    '',
  );
  lines.push('## Cross-filter (explore view, filter-bar clicks)', '');
  lines.push(
    mdTable(
      [
        'site_daily rows',
        'rollup rows (week / day)',
        'clicks',
        'new figures on screen p50 / p95',
        'panels finished p50 / p95',
        'whole view p50 / p95',
        'p95 ≤ 50',
        'app query p95',
        'states checked',
        'worst rel. diff vs raw',
      ],
      scales.map((r) => [
        r.siteDailyRows.toLocaleString('en'),
        `${(r.rollupRows.site_daily_by_week ?? 0).toLocaleString('en')} / ${(r.rollupRows.site_daily_by_day ?? 0).toLocaleString('en')}`,
        String(r.crossFilter.clicks),
        `${ms(r.crossFilter.frame.median)} / ${ms(r.crossFilter.frame.p95)}`,
        `${ms(r.crossFilter.panels.median)} / ${ms(r.crossFilter.panels.p95)}`,
        `${ms(r.crossFilter.view.median)} / ${ms(r.crossFilter.view.p95)}`,
        `${t(r.crossFilter.frame.p95 <= 50)} (on screen), ${t(r.crossFilter.panels.p95 <= 50)} (finished)`,
        ms(r.queries.allApp.p95),
        `${r.queries.states} × ${r.queries.checked.length}${r.queries.mismatches ? ` (**${r.queries.mismatches} mismatches**)` : ''}`,
        r.queries.worstDiff.toExponential(1),
      ]),
    ),
    '',
    'All from the click (the view\'s jdac:xf:start mark). "new figures on screen": the first frame at which the coordinator has answered every request of the click, no panel is loading and every chart has finished drawing, holding for three more frames (until 4 Dec 2026 it stopped at the charts\' first redraw, which shows the old figures with the new selection: too low). "panels finished": the same moment (cross-filter updates do not animate). "whole view": the view\'s own measure (jdac:cross-filter), which also waits for the villages/sites tables and the drill-down. "app query p95": one telemetry indicator request as the app asks for it (catalog → rollups) in DuckDB-WASM, over every filter state visited. "states checked": filter states × telemetry requests (the KPI card\'s uptime windows, the trends panel\'s four measures by week × programme), each equal to the raw-site-day reference (bench/lib/raw-queries.ts, SQL written from docs/indicators.md).',
    '',
  );
  lines.push(
    mdTable(
      [
        'site_daily rows',
        'requests asked per click',
        'coordinator batches per click',
        'worker statements per click',
        'queries in them',
      ],
      scales.map((r) => {
        const t = r.crossFilter.traffic;
        const mm = (x: Stat) => `${x.median} (${x.min}–${x.max})`;
        return [r.siteDailyRows.toLocaleString('en'), mm(t.requested), mm(t.batches), mm(t.statements), mm(t.queries)];
      }),
    ),
    '',
    "From the app's own counters over each click (src/coordinator/coordinator.ts stats, src/data/duckdb-browser.ts engineTraffic): every figure and listing the view asks for goes through the coordinator, which sends the requests of one render as one runBatch (one SQL statement, src/data/batch-sql.ts); requests answered from the cache never reach it.",
    '',
  );
  lines.push('### Where a click goes: DuckDB time of every query the explore view runs', '');
  const names = Object.keys(scales[0]?.queries.viewCost.perQuery ?? {});
  lines.push(
    mdTable(
      ['query', ...scales.map((r) => `${r.siteDailyRows.toLocaleString('en')} rows`)],
      [
        ...names.map((n) => [n, ...scales.map((r) => ms(r.queries.viewCost.perQuery[n]?.median ?? Number.NaN))]),
        ['**all queries of one click**', ...scales.map((r) => `**${range(r.queries.viewCost.total)}**`)],
        [
          'of which unchanged since the previous click (same SQL + values)',
          ...scales.map(
            (r) =>
              `${ms(r.queries.viewCost.cacheableMs.median)} ms, ${r.queries.viewCost.cacheableQueries.median} of ${names.length} queries`,
          ),
        ],
      ],
    ),
    '',
    'Median ms per query over the filter states visited (bench/queries.html, one query after another as in the view\'s one DuckDB worker). Named panel/indicator: every request of every panel\'s default view (src/panels/registry.ts, through the indicator catalog), the explore listings and the drill-down at province level; requests equal after resolving share one query, listed once. The telemetry indicators read the rollups; "explore/sites table" still reads the raw site_daily (its last-30-days uptime column).',
    '',
  );
  lines.push('## Telemetry indicators: DuckDB with rollups vs raw rows vs Arquero', '');
  lines.push(
    mdTable(
      [
        'site_daily rows',
        'app query (rollups)',
        'same in DuckDB over raw rows',
        'Arquero default',
        'Arquero tuned (dictionary strings)',
        'Arquero default / app',
        'target ≥ 10× at 1M',
      ],
      scales.map((r) => {
        const a = r.queries.arquero;
        const ratio = a ? a.default.median / r.queries.appQuery.median : Number.NaN;
        return [
          r.siteDailyRows.toLocaleString('en'),
          range(r.queries.appQuery),
          range(r.queries.rawQuery),
          a ? range(a.default) : 'not run',
          a ? range(a.tuned) : 'not run',
          a ? `${ratio.toFixed(0)}× (tuned ${(a.tuned.median / r.queries.appQuery.median).toFixed(0)}×)` : '–',
          r.siteDailyRows === 1_000_000 && a ? t(ratio >= 10) : '',
        ];
      }),
    ),
    '',
    "Per request (the KPI card's uptime windows and the trends panel's four measures by week × programme, over the same filter states), inside the page, result rows included. Arquero figures exclude loading its tables (fromArrow); each Arquero result is checked against the app's rows (value and period per key).",
    '',
  );
  lines.push('## Bytes shipped (production build)', '');
  lines.push(mdTable(['group', 'raw', 'gzip', 'brotli'], sizesTable(bundle)), '');
  const appAll = bundle.groups['app js (all chunks)']?.brotli ?? 0;
  lines.push(
    `App JavaScript excluding DuckDB: ${kb(appAll)} brotli for all chunks (lazy views included), ${kb(bundle.initial.brotli)} for the first paint; budget ${kb(APP_JS_BUDGET_BROTLI)}: ${t(appAll <= APP_JS_BUDGET_BROTLI)} (all chunks), ${t(bundle.initial.brotli <= APP_JS_BUDGET_BROTLI)} (first paint; \`npm run size\` checks this one in npm test).`,
    '',
  );
  lines.push('## Wall soak', '');
  lines.push(
    typeof results.soak === 'string'
      ? `${results.soak} (\`npm run bench:soak\` writes bench/soak.json).`
      : `\`\`\`json\n${JSON.stringify(results.soak, null, 2).slice(0, 3000)}\n\`\`\``,
    '',
  );
  lines.push('## Notes', '');
  lines.push(
    "- Exactness: the reference is SQL over the raw site-days (site_daily ⋈ sites ⋈ villages) written from the definitions in docs/indicators.md (bench/lib/raw-queries.ts), not the app's builders; rows are compared column by column (breakdowns, value, numerator, denominator, period_from, period_to).",
    "- Arquero: kept, on the new row shapes. bench/lib/arquero-queries.ts computes the same telemetry requests from the definitions (the row's period clipped to the data, the year filter and the range; daily users over calendar days) and is checked against the app's rows before its time counts.",
    '',
  );
  writeFileSync(join(OUT, 'RESULTS.md'), `${lines.join('\n')}\n`);
  console.log(`\n${lines.join('\n')}`);
  log(`wrote ${join(OUT, 'results.json')} and ${join(OUT, 'RESULTS.md')} in ${minutes.toFixed(1)} min`);
}

main().catch((err) => {
  console.error(errorLine('bench', err, verbose));
  stopChildren();
  process.exit(1);
});
