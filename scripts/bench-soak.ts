// Wall soak: does memory stay flat on a screen that rotates for weeks? The production build (dist/, served by
// `vite preview` on a free port of its own, stopped at the end) runs #/wall in headless Chromium with a short dwell
// until it has rotated at least --rotations pages. Memory is read at the start, after --warmup rotations and at the
// end, each time as the median of 5 samples taken at consecutive starts of the playlist (the same page on screen,
// its charts drawn), right after a forced GC:
//   - page JS heap: CDP Performance.getMetrics JSHeapUsedSize, with DOM nodes and event listeners; and a heap
//     snapshot's total without compiled code (V8 keeps compiling hot code for a while: that is warm-up, not a leak);
//   - DuckDB: its own figure (duckdb_memory() through window.__jdac.engineMemoryBytes), the wasm linear memory of
//     its worker (never shrinks, so a leak there would show) and the worker's JS heap (CDP, after a GC);
//   - ECharts instances alive (Chart components mounted, and instances attached to the DOM), react-query entries,
//     DuckDB workers (must stay 1).
// Target: every end figure within +10 % of the post-warm-up one. Prints a table (and the JS heap every 100
// rotations) and writes bench/soak.json. About 6 minutes on 2 cores.
//
//   npm run build && npx tsx scripts/bench-soak.ts [--rotations 1000] [--warmup 300] [--dwell 0.3] [--poll 30]
//                                                 [--dist dist] [--json bench/soak.json] [--time-limit 540]
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type CDPSession, chromium, type Page } from 'playwright-core';
import { errorLine, exitCodesHelp, installCliGuards } from './lib/cli.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

const ROTATIONS = Number(arg('rotations', '1000'));
// V8 keeps compiling (baseline → optimised code) while new code paths get hot: about the first 20 passes over the
// playlist (15 steps). The object graph itself (heap snapshot without code) is flat from the start.
const WARMUP = Number(arg('warmup', '300'));
const DWELL = Number(arg('dwell', '0.3'));
const POLL = Number(arg('poll', '30'));
const DIST = resolve(repo, arg('dist', 'dist'));
const JSON_OUT = resolve(repo, arg('json', 'bench/soak.json'));
const TIME_LIMIT_MS = Number(arg('time-limit', '540')) * 1000;
const TARGET_PCT = 10;
const SAMPLES = 5;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Sample {
  rotations: number;
  page: string;
  jsHeapUsed: number;
  domNodes: number;
  listeners: number;
  liveCharts: number;
  echartsInDom: number;
  queries: number | null;
  engineBytes: number | null;
  wasmBytes: number | null;
  workerHeapUsed: number | null;
  duckdbWorkers: number;
}

type Checkpoint = Sample & { samples: number; atSeconds: number; jsObjects: number };

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => ok(port));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() - start > timeoutMs) throw new Error(`vite preview did not answer at ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A CDP session to the DuckDB worker (flatten: false, so messages go through Target.sendMessageToTarget). */
async function workerSession(browser: Browser): Promise<((method: string) => Promise<unknown>) | null> {
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'worker' && t.url.includes('duckdb'));
  if (!target) return null;
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let next = 0;
  const pending = new Map<number, (v: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const msg = JSON.parse(e.message) as { id?: number; result?: unknown };
    if (msg.id !== undefined) pending.get(msg.id)?.(msg.result);
  });
  return (method) =>
    new Promise((ok) => {
      next += 1;
      pending.set(next, ok);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: next, method }) });
    });
}

const rotationsOf = (page: Page) =>
  page.evaluate(() => Number((document.querySelector('.wall') as HTMLElement | null)?.dataset.rotations ?? 0));

async function sample(page: Page, cdp: CDPSession, worker: ((m: string) => Promise<unknown>) | null): Promise<Sample> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage'); // a second pass frees what the first only finalised
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  const hooks = await page.evaluate(async () => {
    const h = window.__jdac;
    const wall = document.querySelector('.wall') as HTMLElement | null;
    return {
      rotations: Number(wall?.dataset.rotations ?? 0),
      page: `${wall?.dataset.wallPage ?? ''}${wall?.dataset.wallRegency ? `:${wall.dataset.wallRegency}` : ''}`,
      liveCharts: h?.liveCharts() ?? -1,
      echartsInDom: h?.echartsInDom() ?? -1,
      queries: h?.queryCount() ?? null,
      engineBytes: (await h?.engineMemoryBytes()) ?? null,
    };
  });
  const duck = page.workers().filter((w) => w.url().includes('duckdb'));
  const wasmBytes = duck[0]
    ? await duck[0]
        .evaluate(() => {
          const b = (self as unknown as { DUCKDB_BINDINGS?: { mod?: { HEAPU8?: Uint8Array } } }).DUCKDB_BINDINGS;
          return b?.mod?.HEAPU8?.buffer.byteLength ?? null;
        })
        .catch(() => null)
    : null;
  let workerHeapUsed: number | null = null;
  if (worker) {
    await worker('HeapProfiler.collectGarbage');
    const usage = (await worker('Runtime.getHeapUsage')) as { usedSize?: number } | undefined;
    workerHeapUsed = usage?.usedSize ?? null;
  }
  return {
    ...hooks,
    jsHeapUsed: metric('JSHeapUsedSize'),
    domNodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
    wasmBytes,
    workerHeapUsed,
    duckdbWorkers: duck.length,
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

/**
 * Waits for the next start of the playlist (rotations a multiple of the number of steps), then for that page's
 * charts to finish drawing (or the page to move on): samples are then taken with the same page on screen.
 */
async function atPlaylistStart(page: Page): Promise<void> {
  const r = await page.waitForFunction(
    () => {
      const w = document.querySelector('.wall') as HTMLElement | null;
      const rot = Number(w?.dataset.rotations ?? 0);
      const steps = Number(w?.dataset.steps ?? 1) || 1;
      const seen = window as unknown as { __soakLast?: number };
      if (rot % steps !== 0 || rot === seen.__soakLast) return false;
      seen.__soakLast = rot;
      return { rot }; // an object: rotation 0 must count as found
    },
    undefined,
    { polling: 50, timeout: 120_000 },
  );
  const { rot: rotation } = (await r.jsonValue()) as { rot: number };
  await page.waitForFunction(
    (start) => {
      const w = document.querySelector('.wall') as HTMLElement | null;
      if (Number(w?.dataset.rotations ?? 0) !== start) return true; // moved on before drawing: sample anyway
      const charts = [...document.querySelectorAll('.wall .chart')];
      return charts.length > 0 && charts.every((c) => (c as HTMLElement).dataset.chartState === 'finished');
    },
    rotation,
    { polling: 20, timeout: 10_000 },
  );
}

/** Bytes of JS objects in a heap snapshot, compiled code (JIT, bytecode, feedback) left out. */
async function objectBytes(cdp: CDPSession): Promise<number> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [nf, ti, si] = [fields.length, fields.indexOf('type'), fields.indexOf('self_size')];
  let bytes = 0;
  for (let i = 0; i < snap.nodes.length; i += nf)
    if (types[snap.nodes[i + ti] as number] !== 'code') bytes += snap.nodes[i + si] as number;
  return bytes;
}

/** Five samples at consecutive starts of the playlist (same page on screen); figures are medians. */
async function checkpoint(
  page: Page,
  cdp: CDPSession,
  worker: ((m: string) => Promise<unknown>) | null,
  t0: number,
): Promise<Checkpoint> {
  const samples: Sample[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    await atPlaylistStart(page);
    samples.push(await sample(page, cdp, worker));
  }
  const objects = await objectBytes(cdp);
  const last = samples.at(-1) as Sample;
  const med = (k: keyof Sample) => {
    const vals = samples.map((s) => s[k]).filter((v): v is number => typeof v === 'number');
    return vals.length ? median(vals) : null;
  };
  return {
    ...last,
    jsHeapUsed: med('jsHeapUsed') ?? 0,
    domNodes: med('domNodes') ?? 0,
    listeners: med('listeners') ?? 0,
    engineBytes: med('engineBytes'),
    wasmBytes: med('wasmBytes'),
    workerHeapUsed: med('workerHeapUsed'),
    liveCharts: Math.max(...samples.map((s) => s.liveCharts)),
    echartsInDom: Math.max(...samples.map((s) => s.echartsInDom)),
    duckdbWorkers: Math.max(...samples.map((s) => s.duckdbWorkers)),
    jsObjects: objects,
    samples: samples.length,
    atSeconds: Math.round((Date.now() - t0) / 1000),
  };
}

const trend: { rotations: number; jsHeapUsed: number }[] = [];

async function waitForRotations(page: Page, cdp: CDPSession, n: number, t0: number): Promise<void> {
  for (;;) {
    const r = await rotationsOf(page);
    if (r >= n) return;
    const left = TIME_LIMIT_MS - (Date.now() - t0);
    if (left <= 0) throw new Error(`time limit: ${r} of ${n} rotations after ${TIME_LIMIT_MS / 1000} s`);
    const next = Math.min(n, (Math.floor(r / 100) + 1) * 100);
    await page.waitForFunction(
      (k) => Number(document.querySelector('.wall')?.getAttribute('data-rotations')) >= k,
      next,
      { timeout: left, polling: 500 },
    );
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
    trend.push({ rotations: next, jsHeapUsed: heap });
    console.log(`  … ${next} rotations, ${Math.round((Date.now() - t0) / 1000)} s, JS heap ${mib(heap)} MiB`);
  }
}

const mib = (b: number | null) => (b === null ? '–' : (b / 1048576).toFixed(1));
const pct = (end: number | null, base: number | null) =>
  end === null || base === null || base === 0 ? null : Math.round(((end - base) / base) * 1000) / 10;

async function main(): Promise<number> {
  if (!existsSync(resolve(DIST, 'index.html'))) {
    console.error(`${DIST}/index.html is missing: run \`npm run build\` first`);
    return 2;
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
    return 2;
  }
  const port = await freePort();
  const server: ChildProcess = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      DIST,
    ],
    { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  // Whatever ends us (a closed output pipe included) stops the server we started.
  process.once('exit', () => server.kill('SIGTERM'));
  let browser: Browser | undefined;
  // Interrupted (Ctrl+C, timeout): stop the server we started, and the browser with us.
  for (const sig of ['SIGINT', 'SIGTERM'] as const)
    process.once(sig, () => {
      server.kill('SIGTERM');
      process.exit(130);
    });
  try {
    const base = `http://127.0.0.1:${port}/`;
    await waitForHttp(base, 30_000);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    // The service worker lives in its own process and is not what is measured here; blocking it keeps the page's
    // figures free of its precaching.
    const context = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      timezoneId: 'Asia/Jakarta',
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const url = `${base}#/wall?dwell=${DWELL}&poll=${POLL}`;
    console.log(`wall soak: ${url}, ${ROTATIONS} rotations (warm-up ${WARMUP}), ${cpus().length} cores`);
    const t0 = Date.now();
    await page.goto(url);
    await page.waitForSelector('.wall .chart[data-chart-state="finished"]', { timeout: 90_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const worker = await workerSession(browser);

    const start = await checkpoint(page, cdp, worker, t0);
    console.log(`  start at ${start.rotations} rotations`);
    await waitForRotations(page, cdp, WARMUP, t0);
    const warm = await checkpoint(page, cdp, worker, t0);
    console.log(`  warm-up done at ${warm.rotations} rotations, ${warm.atSeconds} s`);
    await waitForRotations(page, cdp, ROTATIONS, t0);
    const end = await checkpoint(page, cdp, worker, t0);

    const growth = {
      jsHeapPct: pct(end.jsHeapUsed, warm.jsHeapUsed),
      jsObjectsPct: pct(end.jsObjects, warm.jsObjects),
      domNodesPct: pct(end.domNodes, warm.domNodes),
      engineBytesPct: pct(end.engineBytes, warm.engineBytes),
      wasmBytesPct: pct(end.wasmBytes, warm.wasmBytes),
      workerHeapPct: pct(end.workerHeapUsed, warm.workerHeapUsed),
    };
    const within = (p: number | null) => p === null || p <= TARGET_PCT;
    const checks = {
      jsHeapWithinTarget: within(growth.jsHeapPct),
      jsObjectsWithinTarget: within(growth.jsObjectsPct),
      engineWithinTarget: within(growth.engineBytesPct) && within(growth.wasmBytesPct) && within(growth.workerHeapPct),
      chartsPerVisiblePanel: end.liveCharts <= 4 && end.echartsInDom <= 4,
      oneDuckdbWorker: end.duckdbWorkers === 1,
      noPageErrors: errors.length === 0,
    };
    const pass = Object.values(checks).every(Boolean);

    const rows: [string, (c: Checkpoint) => string][] = [
      ['rotations', (c) => String(c.rotations)],
      ['time (s)', (c) => String(c.atSeconds)],
      ['JS heap used (MiB)', (c) => mib(c.jsHeapUsed)],
      ['  of which objects, no code (MiB)', (c) => mib(c.jsObjects)],
      ['DOM nodes', (c) => String(c.domNodes)],
      ['event listeners', (c) => String(c.listeners)],
      ['DuckDB duckdb_memory() (MiB)', (c) => mib(c.engineBytes)],
      ['DuckDB wasm memory (MiB)', (c) => mib(c.wasmBytes)],
      ['DuckDB worker JS heap (MiB)', (c) => mib(c.workerHeapUsed)],
      ['ECharts alive (components/DOM)', (c) => `${c.liveCharts}/${c.echartsInDom}`],
      ['react-query entries', (c) => String(c.queries ?? '–')],
      ['DuckDB workers', (c) => String(c.duckdbWorkers)],
    ];
    const w0 = Math.max(...rows.map((r) => r[0].length));
    console.log(`\n${'figure'.padEnd(w0)} | ${'start'.padStart(9)} | ${'warm-up'.padStart(9)} | ${'end'.padStart(9)}`);
    console.log(`${'-'.repeat(w0)}-+-${'-'.repeat(9)}-+-${'-'.repeat(9)}-+-${'-'.repeat(9)}`);
    for (const [label, f] of rows)
      console.log(`${label.padEnd(w0)} | ${f(start).padStart(9)} | ${f(warm).padStart(9)} | ${f(end).padStart(9)}`);
    console.log(
      `\nend vs warm-up: JS heap ${growth.jsHeapPct} % (objects ${growth.jsObjectsPct} %), duckdb_memory ${growth.engineBytesPct} %, wasm ${growth.wasmBytesPct} %, worker heap ${growth.workerHeapPct} % (target ≤ +${TARGET_PCT} %)`,
    );
    console.log(`checks: ${JSON.stringify(checks)} → ${pass ? 'PASS' : 'FAIL'}`);
    if (errors.length) console.log(`page errors: ${errors.slice(0, 5).join(' | ')}`);

    mkdirSync(dirname(JSON_OUT), { recursive: true });
    writeFileSync(
      JSON_OUT,
      `${JSON.stringify(
        {
          benchmark: 'wall-soak',
          date: new Date().toISOString(),
          machine: { cores: cpus().length, loadavg: loadavg().map((l) => Math.round(l * 100) / 100) },
          params: {
            url: url.replace(base, '/'),
            rotations: ROTATIONS,
            warmup: WARMUP,
            dwellSeconds: DWELL,
            pollSeconds: POLL,
            viewport: '1920x1080',
          },
          checkpoints: { start, warmup: warm, end },
          trend,
          growthPct: growth,
          targetPct: TARGET_PCT,
          checks,
          pass,
          pageErrors: errors.slice(0, 20),
        },
        null,
        2,
      )}\n`,
    );
    console.log(`written: ${JSON_OUT}`);
    return pass ? 0 : 1;
  } finally {
    await browser?.close().catch(() => undefined);
    server.kill('SIGTERM');
  }
}

const verbose = process.argv.includes('--verbose');
installCliGuards('bench-soak', verbose);
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`usage: npx tsx scripts/bench-soak.ts [--rotations 1000] [--warmup 300] [--dwell 0.3] [--poll 30]
                 [--dist dist] [--json bench/soak.json] [--time-limit 540] [--verbose]
  (npm run build first; --time-limit in seconds; --verbose: the stack trace of an error)
${exitCodesHelp([`0  every end figure within +${TARGET_PCT} % of the post-warm-up one`, '1  a figure grew more than that, or a step failed', '2  no build or no Chromium', '130  interrupted'])}`);
  process.exit(0);
}
main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(errorLine('bench-soak', err, verbose));
    process.exit(1);
  },
);
