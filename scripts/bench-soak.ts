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
//
// --republish N: the same wall, while the data is republished N times under it (scripts/lib/republish.ts: new
// versions of the targets, one rollback to an earlier version, one file that fails validation). The build is copied
// to a temporary folder served by a plain static server (files read at each request, so a new manifest.json is
// seen), its wall.json without the quiet-hour reload (a reload would restart the rotation count). The rotations
// after warm-up are spread evenly over the N republishes. After each one the figures on screen (every
// [data-indicator] element with a reference definition) are read about every 150 ms and compared with native DuckDB
// over that version's files: how long until they all equal it (target: one poll plus one page), whether a figure of
// the version before was shown after the new one appeared, and the memory at the end of each republish (after a GC,
// at a start of the playlist) against the post-warm-up plateau. Writes bench/soak-republish.json and, with
// --results bench/RESULTS.md, its "Republish soak" section.
//
//   npx tsx scripts/bench-soak.ts --republish 50 --dwell 1 --poll 2 [--warmup 100] [--results bench/RESULTS.md]
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type CDPSession, chromium, type Page } from 'playwright-core';
import type { Manifest } from '../src/data/manifest.ts';
import { type StaticServer, serveStatic } from '../tests/e2e/fixtures-hostile/static-server.ts';
import { errorLine, exitCodesHelp, installCliGuards } from './lib/cli.ts';
import {
  figureKey,
  hasReference,
  type PreparedVersions,
  prepareVersions,
  type References,
  type RepublishStep,
  references,
  republishPlan,
  type ShownFigure,
  sameFigure,
  shownNumber,
  writeResultsSection,
} from './lib/republish.ts';
import { securityHeaders } from './security-headers.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
}

const REPUBLISH = Number(arg('republish', '0'));
const ROTATIONS = Number(arg('rotations', '1000'));
// V8 keeps compiling (baseline → optimised code) while new code paths get hot: about the first 20 passes over the
// playlist (15 steps). The object graph itself (heap snapshot without code) is flat from the start.
const WARMUP = Number(arg('warmup', REPUBLISH ? '100' : '300'));
const DWELL = Number(arg('dwell', '0.3'));
const POLL = Number(arg('poll', '30'));
const DIST = resolve(repo, arg('dist', 'dist'));
const JSON_OUT = resolve(repo, arg('json', REPUBLISH ? 'bench/soak-republish.json' : 'bench/soak.json'));
const RESULTS_MD = arg('results', '') ? resolve(repo, arg('results', '')) : null;
const TIME_LIMIT_MS = Number(arg('time-limit', REPUBLISH ? '1500' : '540')) * 1000;
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
    if (verbose) console.log(`    sample ${i + 1}/${SAMPLES} at ${samples.at(-1)?.rotations} rotations`);
  }
  // Taken after the samples (a snapshot takes up to a minute on a loaded machine): it tells objects from compiled code.
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

// ---------- --republish N ----------

interface RepublishRecord {
  index: number;
  kind: RepublishStep['kind'];
  /** The version expected on screen (for the invalid file: the last good one). */
  version: number;
  manifestVersion: string;
  atSeconds: number;
  boundMs: number;
  /** Publish → first sample showing a figure with this version's value where it differs from the previous one. */
  switchMs: number | null;
  /** Publish → first sample after the last one with a figure unequal to this version (0: none was unequal). */
  settledMs: number | null;
  samples: number;
  figuresChecked: number;
  /** Figures whose value differs between this version and the previous one (seen on screen). */
  changedKeys: number;
  mismatchesAfterBound: number;
  olderAfterSwitch: number;
  examples: string[];
  rotations: [number, number];
  memory: Sample;
  growthPct: { jsHeap: number | null; engineBytes: number | null; wasmBytes: number | null; workerHeap: number | null };
  /** Reads with a tile of the wall in its error state (no figures: neither this version's nor the last good ones). */
  panelErrorReads: number;
  /** Tiles seen in their error state, and pages the rotation skipped (their prefetch failed: data-prefetch-failed). */
  panelsInError: string[];
  pagesSkipped: string[];
  /** Invalid file only: elements whose text names the file, and whether the header's stale badge is up. */
  namedIn?: string[];
  staleBadge?: boolean;
}

interface WallSnapshot {
  rot: number;
  steps: number;
  page: string;
  figures: (ShownFigure & { where: string })[];
  errorPanels: string[];
  prefetchFailed: string[];
  namedIn: string[];
  staleBadge: boolean;
}

const readWall = (page: Page, name: string | null): Promise<WallSnapshot> =>
  page.evaluate((fileName) => {
    const w = document.querySelector('.wall') as HTMLElement | null;
    const figures = [...document.querySelectorAll('.wall [data-indicator]')].map((e) => ({
      indicator: e.getAttribute('data-indicator') ?? '',
      period: e.getAttribute('data-period'),
      scope: e.getAttribute('data-scope'),
      value: e.getAttribute('data-value'),
      where:
        e.closest('[data-panel]')?.getAttribute('data-panel') ?? (e.closest('.wall-figures') ? 'wall-figures' : ''),
    }));
    const namedIn = fileName
      ? [...document.querySelectorAll('.wall *')]
          .filter((e) => e.childElementCount === 0 && (e.textContent ?? '').includes(fileName))
          .map((e) => `${e.tagName.toLowerCase()}.${(e.getAttribute('class') ?? '').replaceAll(' ', '.')}`)
      : [];
    return {
      rot: Number(w?.dataset.rotations ?? 0),
      steps: Number(w?.dataset.steps ?? 1) || 1,
      page: w?.dataset.wallPage ?? '',
      figures,
      errorPanels: [...document.querySelectorAll('.wall-grid > [data-panel][data-state="error"]')].map(
        (e) => `${w?.dataset.wallPage ?? ''}/${e.getAttribute('data-panel')}`,
      ),
      prefetchFailed: (w?.dataset.prefetchFailed ?? '').split(' ').filter(Boolean),
      namedIn,
      staleBadge: !!document.querySelector('.wall .wall-stale'),
    };
  }, name);

/** Every figure seen on the wall so far (by key): their references are computed before the next publish. */
const knownFigures = new Map<string, ShownFigure>();

/**
 * One republish (already published): reads the figures on screen about every 150 ms until `until` rotations,
 * comparing each with native DuckDB over the expected version and the previous one.
 */
async function watchRepublish(
  page: Page,
  refs: References,
  step: RepublishStep,
  previous: number,
  until: number,
  invalidName: string | null,
): Promise<Omit<RepublishRecord, 'index' | 'manifestVersion' | 'atSeconds' | 'memory' | 'growthPct'>> {
  const t0 = Date.now();
  const boundMs = (POLL + DWELL) * 1000;
  let switchMs: number | null = null;
  let settledMs: number | null = 0;
  let samples = 0;
  let figuresChecked = 0;
  let mismatchesAfterBound = 0;
  let olderAfterSwitch = 0;
  const changed = new Set<string>();
  const examples: string[] = [];
  const named = new Set<string>();
  let staleBadge = false;
  let startRot = -1;
  let panelErrorReads = 0;
  const panelsInError = new Set<string>();
  const pagesSkipped = new Set<string>();
  for (;;) {
    const snap = await readWall(page, invalidName);
    const t = Date.now() - t0;
    if (startRot < 0) startRot = snap.rot;
    samples += 1;
    for (const n of snap.namedIn) named.add(n);
    staleBadge ||= snap.staleBadge;
    if (snap.errorPanels.length) panelErrorReads += 1;
    for (const p of snap.errorPanels) panelsInError.add(p);
    for (const p of snap.prefetchFailed) pagesSkipped.add(p);
    // Figures not seen before (normally none: they were prepared before the publish) are computed for both versions
    // in one go each, not one table swap per figure.
    const fresh = snap.figures.filter((f) => hasReference(f) && !knownFigures.has(figureKey(f)));
    for (const f of fresh) knownFigures.set(figureKey(f), f);
    if (fresh.length) {
      await refs.prepare(step.version, fresh);
      await refs.prepare(previous, fresh);
    }
    let mismatch = false;
    for (const f of snap.figures) {
      if (!hasReference(f)) continue;
      figuresChecked += 1;
      const shown = shownNumber(f.value);
      const want = await refs.value(step.version, f);
      const before = await refs.value(previous, f);
      const differs = !sameFigure(want, before);
      if (differs) changed.add(figureKey(f));
      if (sameFigure(shown, want)) {
        if (differs && switchMs === null) switchMs = t;
        continue;
      }
      mismatch = true;
      const line = `${snap.page}/${f.where || '?'} ${figureKey(f)}: shown ${f.value}, v${step.version} ${want}, v${previous} ${before} (${t} ms)`;
      if (t > boundMs) mismatchesAfterBound += 1;
      if (differs && sameFigure(shown, before) && switchMs !== null) olderAfterSwitch += 1;
      if (examples.length < 5 && (t > boundMs || switchMs !== null)) examples.push(line);
    }
    if (mismatch) {
      settledMs = null;
    } else if (settledMs === null) settledMs = t;
    // Watched for its share of the rotations, and never less than twice the bound (poll + one page): a republish is
    // given the time its target allows, whatever the rotations left. Then the next start of the playlist
    // (atPlaylistStart) for the memory sample.
    if (snap.rot >= until && t > 2 * boundMs) break;
    await new Promise((r) => setTimeout(r, 150));
  }
  const endRot = await rotationsOf(page);
  return {
    kind: step.kind,
    version: step.version,
    boundMs,
    switchMs,
    settledMs,
    samples,
    figuresChecked,
    changedKeys: changed.size,
    mismatchesAfterBound,
    olderAfterSwitch,
    examples,
    rotations: [startRot, endRot],
    panelErrorReads,
    panelsInError: [...panelsInError],
    pagesSkipped: [...pagesSkipped],
    ...(invalidName ? { namedIn: [...named], staleBadge } : {}),
  };
}

async function republishSoak(
  page: Page,
  cdp: CDPSession,
  worker: ((m: string) => Promise<unknown>) | null,
  t0: number,
  warm: Checkpoint,
  versions: PreparedVersions,
  refs: References,
): Promise<RepublishRecord[]> {
  const plan = republishPlan(REPUBLISH);
  const records: RepublishRecord[] = [];
  let onScreen = 0;
  // The figures of every page: one pass over the playlist before the first publish.
  const first = await readWall(page, null);
  for (let snap = first; snap.rot <= first.rot + snap.steps; snap = await readWall(page, null)) {
    for (const f of snap.figures) if (hasReference(f)) knownFigures.set(figureKey(f), f);
    await new Promise((r) => setTimeout(r, 150));
  }
  console.log(`  ${knownFigures.size} figures with a reference seen over one pass of the playlist`);
  for (const [i, step] of plan.entries()) {
    const left = TIME_LIMIT_MS - (Date.now() - t0);
    if (left <= 0) {
      console.log(`  time limit: stopped after ${records.length} of ${plan.length} republishes`);
      break;
    }
    // The references of this version (and of the one on screen) before it is published: the reads that follow
    // compare at once, about every 150 ms.
    await refs.prepare(step.version, knownFigures.values());
    await refs.prepare(onScreen, knownFigures.values());
    const rot = await rotationsOf(page);
    const remaining = plan.length - i;
    const per = Math.max(1, Math.ceil((ROTATIONS - rot) / remaining));
    const manifest = step.kind === 'invalid' ? versions.invalid : (versions.manifests[step.version] as Manifest);
    const atSeconds = Math.round((Date.now() - t0) / 1000);
    if (verbose)
      console.log(`    publishing #${i + 1} ${step.kind} v${step.version} at ${rot} rotations, until ${rot + per}`);
    versions.publish(manifest);
    const watched = await watchRepublish(
      page,
      refs,
      step,
      onScreen,
      rot + per,
      step.kind === 'invalid' ? versions.invalidPath : null,
    );
    await atPlaylistStart(page);
    const memory = await sample(page, cdp, worker);
    const rec: RepublishRecord = {
      index: i + 1,
      manifestVersion: manifest.version,
      atSeconds,
      ...watched,
      memory,
      growthPct: {
        jsHeap: pct(memory.jsHeapUsed, warm.jsHeapUsed),
        engineBytes: pct(memory.engineBytes, warm.engineBytes),
        wasmBytes: pct(memory.wasmBytes, warm.wasmBytes),
        workerHeap: pct(memory.workerHeapUsed, warm.workerHeapUsed),
      },
    };
    records.push(rec);
    onScreen = step.version;
    console.log(
      `  #${rec.index} ${rec.kind} v${rec.version}: switch ${rec.switchMs ?? '–'} ms, settled ${rec.settledMs ?? 'never'} ms (bound ${rec.boundMs}), older after switch ${rec.olderAfterSwitch}, after bound ${rec.mismatchesAfterBound}; rotations ${rec.rotations.join('→')}; JS heap ${mib(memory.jsHeapUsed)} MiB (${rec.growthPct.jsHeap} %), duckdb ${mib(memory.engineBytes)} MiB (${rec.growthPct.engineBytes} %)${rec.namedIn ? `; file named in: ${rec.namedIn.join(', ') || 'nowhere'}, stale badge ${rec.staleBadge}` : ''}`,
    );
    for (const e of rec.examples) console.log(`      ${e}`);
  }
  return records;
}

function republishChecks(records: RepublishRecord[], end: Checkpoint): Record<string, boolean> {
  const good = records.filter((r) => r.kind !== 'invalid');
  const invalid = records.filter((r) => r.kind === 'invalid');
  const within = (p: number | null) => p === null || p <= TARGET_PCT;
  return {
    allRepublishesDone: records.length === REPUBLISH,
    rotationsReached: end.rotations >= ROTATIONS,
    everySwitchWithinPollPlusPage: good.every((r) => r.settledMs !== null && r.settledMs <= r.boundMs),
    noOlderFigureAfterSwitch: records.every((r) => r.olderAfterSwitch === 0),
    noTileInErrorNorPageSkipped: records.every((r) => r.panelErrorReads === 0 && r.pagesSkipped.length === 0),
    // Not reached (a run stopped by its time limit) counts as not shown.
    invalidKeepsLastGood:
      invalid.length > 0 &&
      invalid.every(
        (r) =>
          r.settledMs === 0 && r.mismatchesAfterBound === 0 && r.panelErrorReads === 0 && r.pagesSkipped.length === 0,
      ),
    invalidFileNamedOnScreen: invalid.length > 0 && invalid.every((r) => (r.namedIn ?? []).length > 0),
    memoryPerRepublishWithinTarget: records.every(
      (r) =>
        within(r.growthPct.jsHeap) &&
        within(r.growthPct.engineBytes) &&
        within(r.growthPct.wasmBytes) &&
        within(r.growthPct.workerHeap),
    ),
  };
}

const ms = (x: number | null) => (x === null ? 'never' : String(x));
/** Least-squares slope of a series (KiB per step; '–' under 2 points). */
function slopeKiB(ys: number[]): string {
  if (ys.length < 2) return '–';
  const n = ys.length;
  const mx = (n - 1) / 2;
  const my = ys.reduce((a, y) => a + y, 0) / n;
  const sxy = ys.reduce((a, y, x) => a + (x - mx) * (y - my), 0);
  const sxx = ys.reduce((a, _, x) => a + (x - mx) ** 2, 0);
  return (sxy / sxx / 1024).toFixed(1);
}
const pctText = (x: number | null) => (x === null ? '–' : `${x > 0 ? '+' : ''}${x}`);

function republishSummary(
  records: RepublishRecord[],
  warm: Checkpoint,
  end: Checkpoint,
  url: string,
): { table: string; markdown: string } {
  const good = records.filter((r) => r.kind !== 'invalid');
  const settled = good.map((r) => r.settledMs).filter((x): x is number => x !== null);
  const switched = good.map((r) => r.switchMs).filter((x): x is number => x !== null);
  const q = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length ? (s[Math.min(s.length - 1, Math.floor(p * s.length))] as number) : null;
  };
  const maxOf = (f: (r: RepublishRecord) => number | null) =>
    records.reduce<number | null>((m, r) => {
      const v = f(r);
      return v === null ? m : m === null ? v : Math.max(m, v);
    }, null);
  const header = [
    '#',
    'kind',
    'version',
    'switch ms',
    'settled ms',
    'bound ms',
    'older after switch',
    'wrong after bound',
    'tiles in error (reads) / pages skipped',
    'rotations',
    'JS heap MiB (%)',
    'duckdb_memory MiB (%)',
    'wasm MiB (%)',
  ];
  const rows = records.map((r) => [
    String(r.index),
    r.kind === 'invalid'
      ? `invalid (named: ${(r.namedIn ?? []).join(' ') || 'nowhere'}${r.staleBadge ? ', stale badge' : ''})`
      : r.kind,
    `v${r.version}`,
    ms(r.switchMs),
    ms(r.settledMs),
    String(r.boundMs),
    String(r.olderAfterSwitch),
    String(r.mismatchesAfterBound),
    `${r.panelsInError.length ? `${r.panelsInError.join(' ')} (${r.panelErrorReads})` : '0'} / ${r.pagesSkipped.join(' ') || '0'}`,
    r.rotations.join('→'),
    `${mib(r.memory.jsHeapUsed)} (${pctText(r.growthPct.jsHeap)})`,
    `${mib(r.memory.engineBytes)} (${pctText(r.growthPct.engineBytes)})`,
    `${mib(r.memory.wasmBytes)} (${pctText(r.growthPct.wasmBytes)})`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ');
  const table = [line(header), widths.map((w) => '-'.repeat(w)).join('-+-'), ...rows.map(line)].join('\n');
  const totals = [
    `republishes ${records.length} of ${REPUBLISH} (${good.length} switches incl. 1 rollback, ${records.length - good.length} invalid file)`,
    `rotations ${end.rotations} in ${end.atSeconds} s (warm-up plateau at ${warm.rotations})`,
    `settled (all figures on screen = the version's) median ${q(settled, 0.5)} ms, p95 ${q(settled, 0.95)} ms, max ${maxOf((r) => (r.kind === 'invalid' ? null : r.settledMs))} ms; ${good.length - settled.length} never settled; bound poll + one page = ${(POLL + DWELL) * 1000} ms`,
    `first changed figure seen: median ${q(switched, 0.5)} ms, max ${switched.length ? Math.max(...switched) : '–'} ms`,
    `figures checked ${records.reduce((a, r) => a + r.figuresChecked, 0)} in ${records.reduce((a, r) => a + r.samples, 0)} samples; older figure after switch ${records.reduce((a, r) => a + r.olderAfterSwitch, 0)}; wrong after bound ${records.reduce((a, r) => a + r.mismatchesAfterBound, 0)}; reads with a tile in error ${records.reduce((a, r) => a + r.panelErrorReads, 0)}; republishes with a page skipped ${records.filter((r) => r.pagesSkipped.length > 0).length}`,
    `checkpoints warm-up → end (median of 5 samples): JS heap ${mib(warm.jsHeapUsed)} → ${mib(end.jsHeapUsed)} MiB (${pctText(pct(end.jsHeapUsed, warm.jsHeapUsed))} %), of which objects without compiled code ${mib(warm.jsObjects)} → ${mib(end.jsObjects)} MiB (${pctText(pct(end.jsObjects, warm.jsObjects))} %); DOM nodes ${warm.domNodes} → ${end.domNodes}; ECharts alive ${warm.liveCharts}/${warm.echartsInDom} → ${end.liveCharts}/${end.echartsInDom}; react-query entries ${warm.queries ?? '–'} → ${end.queries ?? '–'}; duckdb_memory ${mib(warm.engineBytes)} → ${mib(end.engineBytes)} MiB; wasm ${mib(warm.wasmBytes)} → ${mib(end.wasmBytes)} MiB`,
    `JS heap after each republish (one sample each): least-squares slope over republishes #6–#${records.length} ${slopeKiB(records.slice(5).map((r) => r.memory.jsHeapUsed))} KiB per republish`,
    `max growth vs post-warm-up plateau: JS heap ${pctText(maxOf((r) => r.growthPct.jsHeap))} %, duckdb_memory ${pctText(maxOf((r) => r.growthPct.engineBytes))} %, wasm ${pctText(maxOf((r) => r.growthPct.wasmBytes))} %, worker heap ${pctText(maxOf((r) => r.growthPct.workerHeap))} % (target ≤ +${TARGET_PCT} %)`,
  ];
  const md = [
    `Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: \`npx tsx scripts/bench-soak.ts --republish ${REPUBLISH} --dwell ${DWELL} --poll ${POLL} --warmup ${WARMUP} --rotations ${ROTATIONS}\` (wall URL \`${url}\`, 1920×1080, ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(
        ' ',
      )}). Each republish writes a new manifest.json into a private copy of the build; versions change the targets (planned installations + k, province blankspot target − k); one republish is a rollback to an earlier version, one names a targets file without its planned_installations column (fails the contract check). Figures on screen are read about every 150 ms and compared with native DuckDB (tests/reference/indicators.ts) over the expected version's files. "settled": publish → first read after the last read with any figure unequal to the version; "switch": publish → first read showing a figure whose value changed; memory after a GC at a start of the playlist at the end of each republish, against the post-warm-up plateau (median of 5).`,
    '',
    ...totals.map((t) => `- ${t}`),
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i < 3 ? '---' : '---:')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
  return { table: `${table}\n\n${totals.join('\n')}`, markdown: md };
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
  // --republish: a private copy of the build, served by a static server that reads each file at each request.
  let copy: string | null = null;
  let versions: PreparedVersions | null = null;
  let refs: References | null = null;
  let statik: StaticServer | null = null;
  if (REPUBLISH > 0) {
    copy = mkdtempSync(join(tmpdir(), 'jdac-soak-republish-'));
    cpSync(DIST, copy, { recursive: true });
    const wallFile = join(copy, 'data', 'wall.json');
    const wall = JSON.parse(readFileSync(wallFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(wallFile, JSON.stringify({ ...wall, quiet_hour: null }, null, 2));
    const plan = republishPlan(REPUBLISH);
    versions = await prepareVersions(join(copy, 'data'), Math.max(...plan.map((p) => p.version)));
    refs = await references(join(copy, 'data'), versions);
    statik = await serveStatic(copy, securityHeaders);
  }
  const port = await freePort();
  const server: ChildProcess | null = statik
    ? null
    : spawn(
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
  const cleanUp = () => {
    server?.kill('SIGTERM');
    if (copy) rmSync(copy, { recursive: true, force: true });
  };
  // Whatever ends us (a closed output pipe included) stops the server we started.
  process.once('exit', cleanUp);
  let browser: Browser | undefined;
  // Interrupted (Ctrl+C, timeout): stop the server we started, and the browser with us.
  for (const sig of ['SIGINT', 'SIGTERM'] as const)
    process.once(sig, () => {
      cleanUp();
      process.exit(130);
    });
  try {
    const base = statik ? statik.url : `http://127.0.0.1:${port}/`;
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
    console.log(
      `wall soak: ${url}, ${ROTATIONS} rotations (warm-up ${WARMUP})${REPUBLISH ? `, ${REPUBLISH} republishes` : ''}, ${cpus().length} cores`,
    );
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
    const republished = versions && refs ? await republishSoak(page, cdp, worker, t0, warm, versions, refs) : null;
    if (!republished) await waitForRotations(page, cdp, ROTATIONS, t0);
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
      ...(republished ? republishChecks(republished, end) : {}),
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
    const summary = republished ? republishSummary(republished, warm, end, url.replace(base, '/')) : null;
    if (summary) console.log(`\n${summary.table}`);
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
            ...(REPUBLISH ? { republish: REPUBLISH } : {}),
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
          ...(republished ? { republishes: republished } : {}),
        },
        null,
        2,
      )}\n`,
    );
    console.log(`written: ${JSON_OUT}`);
    if (summary && RESULTS_MD) {
      writeResultsSection(
        RESULTS_MD,
        'Republish soak',
        `${summary.markdown}\n\nChecks: ${Object.entries(checks)
          .map(([k, v]) => `${k} ${v ? 'yes' : '**no**'}`)
          .join(', ')} → ${pass ? 'PASS' : '**FAIL**'}. Raw figures: \`${JSON_OUT.replace(`${repo}/`, '')}\`.`,
      );
      console.log(`written: ${RESULTS_MD} (section "Republish soak")`);
    }
    return pass ? 0 : 1;
  } finally {
    await browser?.close().catch(() => undefined);
    refs?.close();
    await statik?.close();
    cleanUp();
  }
}

const verbose = process.argv.includes('--verbose');
installCliGuards('bench-soak', verbose);
if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`usage: npx tsx scripts/bench-soak.ts [--rotations 1000] [--warmup 300] [--dwell 0.3] [--poll 30]
                 [--dist dist] [--json bench/soak.json] [--time-limit 540] [--verbose]
                 [--republish N [--results bench/RESULTS.md]]  (republish defaults: --warmup 100, --time-limit 1500,
                 --json bench/soak-republish.json)
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
