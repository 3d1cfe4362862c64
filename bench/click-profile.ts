// npx tsx bench/click-profile.ts --dist before=/tmp/a,after=/tmp/b [--clicks N] [--profile] [--out FILE]
// Where one cross-filter click's time goes, and builds compared side by side in ONE browser session: each build is
// served from its own `vite preview` (bench/vite.config.ts: the app's headers) and opened in its own page on the
// explore view; the click walk (the same filter-bar walk as scripts/bench.ts) is played on the builds in turn, one
// click each, so that the machine's load hits both alike. Per click and build:
//   - the bench's three times from the view's own start mark (jdac:xf:start): new figures on screen in the panel
//     grid (every panel out of loading, every chart handed its new option, two frames), panels finished (every chart
//     fired `finished`), whole view (the view's jdac:cross-filter measure: tables and drill-down too);
//   - the coordinator's batches (window.__jdacCoordinator.log): queries in each and when it left and came back,
//     from the click; the round trip is the worker (DuckDB) plus the Arrow transfer and decode on the main thread;
//   - ECharts per panel: time in each chart's setOption and in its frame work (update + paint, zrender's frame
//     handler), the instances found through the React fiber of echarts-for-react (bench probe only);
//   - which charts got a new option (data-renders went up) and which kept theirs;
//   - with --profile: a CPU profile of the main thread (CDP) from the click to the settled view, by category
//     (ECharts setOption inside React's commit / ECharts frame work, Arrow + row decode, React render and commit
//     incl. the panels' own code, other JS, GC, idle). Build with `--minify false` for the React split: minified
//     React has no names to recognise (the categories then fall into "other JS").
// Timings are printed, never asserted (docs/performance.md).
import { type ChildProcess, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CDPSession, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/ensure-chromium.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
if (argv.includes('--help') || !opt('--dist')) {
  console.log(
    'npx tsx bench/click-profile.ts --dist label=DIR[,label=DIR…] [--clicks N (default 12)] [--profile] [--out FILE.json]',
  );
  process.exit(argv.includes('--help') ? 0 : 2);
}
const builds = (opt('--dist') as string).split(',').map((s) => {
  const [label, dir] = s.includes('=') ? (s.split('=') as [string, string]) : [s, s];
  return { label, dir: resolve(dir) };
});
const CLICKS = Number(opt('--clicks') ?? 12);
const PROFILE = argv.includes('--profile');
const OUT = opt('--out');
/** --trace: a Chrome trace of the third click on each build, printed as the main thread's tasks from the click. */
const TRACE = argv.includes('--trace');
/** --sql: the worker cost of one click's queries sent one by one, as one batch, and as figures + listings batches. */
const SQL = argv.includes('--sql');

const log = (...a: unknown[]) => console.log(`[click-profile ${new Date().toISOString().slice(11, 19)}]`, ...a);

// ---------- serving ----------
const children: ChildProcess[] = [];
process.on('exit', () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
});
async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}
async function serve(dir: string): Promise<string> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      join(repo, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--config',
      join(repo, 'bench/vite.config.ts'),
      '--outDir',
      dir,
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
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return url;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timeout waiting for ${url}`);
}

// ---------- in-page probe: per-chart ECharts time, chart renders, the panels' times ----------
const PROBE = `(() => {
  window.__name = window.__name || ((f) => f);
  const w = window;
  w.__xfEcharts = new Map(); // chart element → { setOption, frame } ms since reset
  const wrapped = new WeakSet();
  w.__xfHook = () => {
    for (const el of document.querySelectorAll('.chart')) {
      const dom = el.firstElementChild;
      if (!dom || wrapped.has(dom)) continue;
      const fk = Object.keys(dom).find((k) => k.startsWith('__reactFiber$'));
      let f = fk ? dom[fk] : null;
      while (f && !(f.stateNode && f.stateNode.props && f.stateNode.props.echarts)) f = f.return;
      const inst = f ? f.stateNode.props.echarts.getInstanceByDom(dom) : null;
      if (!inst) continue;
      wrapped.add(dom);
      const rec = () => {
        let r = w.__xfEcharts.get(el);
        if (!r) { r = { setOption: 0, frame: 0 }; w.__xfEcharts.set(el, r); }
        return r;
      };
      const set = inst.setOption;
      inst.setOption = function (...a) { const t = performance.now(); try { return set.apply(this, a); } finally { rec().setOption += performance.now() - t; } };
      const hs = inst.getZr().animation._$handlers && inst.getZr().animation._$handlers.frame;
      for (const h of hs || []) {
        const fn = h.h;
        h.h = function (...a) { const t = performance.now(); try { return fn.apply(this, a); } finally { rec().frame += performance.now() - t; } };
      }
    }
  };
  w.__xfArm = () => {
    w.__xfHook();
    w.__xfEcharts = new Map();
    w.__xfFrame = null; w.__xfPanels = null;
    const grid = document.querySelector('.explore-panels');
    const before = new Map([...document.querySelectorAll('.chart')].map((c) => [c, Number(c.dataset.renders || 0)]));
    w.__xfBefore = before;
    const changed = (c) => { const b = before.get(c); return b === undefined || Number(c.dataset.renders || 0) > b; };
    const check = () => {
      const ps = [...grid.querySelectorAll('[data-panel]')];
      if (ps.some((p) => p.dataset.state === 'loading')) return;
      const charts = [...grid.querySelectorAll('.chart')];
      if (w.__xfFrame === null && charts.every((c) => c.dataset.chartState === 'drawing' || changed(c))) {
        w.__xfFrame = -1;
        requestAnimationFrame(() => requestAnimationFrame(() => (w.__xfFrame = performance.now())));
      }
      if (charts.every((c) => c.dataset.chartState === 'finished' && changed(c))) { w.__xfPanels = performance.now(); obs.disconnect(); }
    };
    const obs = new MutationObserver(check);
    obs.observe(grid, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-chart-state', 'data-renders', 'data-state'] });
    // The last change of the panel grid: a chart's redraw done (data-renders) or the KPI cards' text. Unlike the
    // frame above, which a redraw of the OLD figures with the new selection can satisfy, this is when the last new
    // figure of the grid was painted.
    w.__xfLast = null;
    if (w.__xfLastObs) w.__xfLastObs.disconnect();
    w.__xfLastObs = new MutationObserver((ms) => {
      if (ms.some((m) => m.type !== 'attributes' || m.attributeName === 'data-renders')) w.__xfLast = performance.now();
    });
    w.__xfLastObs.observe(grid, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-renders'] });
  };
  w.__xfRead = () => {
    const log = w.__jdacCrossFilter;
    const last = log.measures[log.measures.length - 1];
    const t0 = last.startedAt;
    const where = (c) => { const p = c.closest('[data-panel]'); return p ? p.dataset.panel : (c.closest('.drill-down, [class*=drill]') ? 'drill-down' : 'other'); };
    const charts = [...document.querySelectorAll('.chart')].map((c) => ({
      panel: where(c),
      redrawn: Number(c.dataset.renders || 0) > (w.__xfBefore.get(c) ?? -1),
      setOption: (w.__xfEcharts.get(c) || {}).setOption || 0,
      frame: (w.__xfEcharts.get(c) || {}).frame || 0,
    }));
    const batches = (w.__jdacCoordinator && w.__jdacCoordinator.log || []).filter((b) => b.sent >= t0 - 1)
      .map((b) => ({ queries: b.queries, sent: b.sent - t0, done: b.done - t0 }));
    return {
      view: last.ms, timedOut: last.timedOut,
      frame: w.__xfFrame == null || w.__xfFrame < 0 ? null : w.__xfFrame - t0,
      panels: w.__xfPanels == null ? null : w.__xfPanels - t0,
      last: w.__xfLast == null ? null : w.__xfLast - t0,
      batches, charts, hash: location.hash,
    };
  };
})();`;

// ---------- the walk (as scripts/bench.ts clickPlan) ----------
type Step =
  | { kind: 'pick'; dimension: 'regency' | 'programme' | 'technology' | 'status'; index: number }
  | { kind: 'year'; from: string; to: string };
interface Known {
  regencies: number;
  programmes: number;
  technologies: number;
  statuses: number;
  years: string[];
}
function clickPlan(known: Known, n: number): Step[] {
  const steps: Step[] = [];
  const y = known.years;
  const lastYear = y[y.length - 1] ?? '';
  const prevYear = y[y.length - 2] ?? lastYear;
  for (let i = 0; steps.length < n; i++) {
    const r = i % known.regencies;
    const p = (i * 3 + 1) % known.programmes;
    const s = i % known.statuses;
    const t = (i + 1) % known.technologies;
    steps.push(
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
    );
  }
  return steps.slice(0, n);
}

async function click(page: Page, step: Step) {
  if (step.kind === 'pick') {
    await page.evaluate(({ dimension, index }) => {
      document
        .querySelectorAll<HTMLInputElement>(`details[data-dimension="${dimension}"] input[type=checkbox]`)
        [index]?.click();
    }, step);
  } else {
    const selects = page.locator('.year-range select');
    await selects.nth(0).selectOption(step.from);
    await selects.nth(1).selectOption(step.to);
  }
}

// ---------- CPU profile by category ----------
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
const REACT_WORK =
  /^(performWorkOnRoot|performSyncWorkOnRoot|renderRootSync|renderRootConcurrent|workLoopSync|workLoopConcurrent|commitRoot|commitRootImpl|flushPassiveEffects|flushSyncWorkAcrossRoots_impl|flushSyncWorkOnAllRoots|performWorkUntilDeadline|flushSpawnedWork|flushLayoutEffects|flushMutationEffects)$/;
function categorise(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const cache = new Map<number, string>();
  const categoryOf = (id: number): string => {
    const hit = cache.get(id);
    if (hit) return hit;
    const leaf = byId.get(id) as ProfileNode;
    let cat: string;
    if (leaf.callFrame.functionName === '(idle)') cat = 'idle';
    else if (leaf.callFrame.functionName === '(garbage collector)') cat = 'GC';
    else if (leaf.callFrame.functionName === '(program)') cat = 'browser (style, layout, paint, program)';
    else {
      let echarts = false;
      let decode = false;
      let react = false;
      for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
        const f = (byId.get(n) as ProfileNode).callFrame;
        if (/echarts-(setup|map-parts|zoom-parts)/.test(f.url)) echarts = true;
        if (/serialization-/.test(f.url) || /^(batchRows|arrowToRows|toCell)$/.test(f.functionName)) decode = true;
        if (REACT_WORK.test(f.functionName)) react = true;
      }
      cat = echarts
        ? react
          ? 'ECharts setOption (in React commit)'
          : 'ECharts frame work (update + paint)'
        : decode
          ? 'Arrow + row decode'
          : react
            ? 'React render + commit (panels’ code incl.)'
            : 'other JS';
    }
    cache.set(id, cat);
    return cat;
  };
  const out: Record<string, number> = {};
  profile.samples.forEach((s, i) => {
    const c = categoryOf(s);
    out[c] = (out[c] ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000;
  });
  return out;
}

// ---------- the click's SQL, three ways (bench/queries.html batchCost) ----------
async function sqlCost(browser: import('playwright-core').Browser, base: string, label: string) {
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  const page = await ctx.newPage();
  await page.goto(`${base}bench/queries.html`);
  await page.waitForFunction(() => document.getElementById('state')?.textContent?.startsWith('ready'), undefined, {
    timeout: 300_000,
  });
  const none = {
    yearFrom: null,
    yearTo: null,
    regencies: [],
    districts: [],
    programmes: [],
    technologies: [],
    statuses: [],
  };
  const states = [none, { ...none, yearFrom: 2024, yearTo: 2024 }, { ...none, statuses: ['active'] }];
  console.log(`\n-- ${label}: worker cost of one click's queries (ms, median of 5, in the worker + decode) --`);
  for (const f of states) {
    const r = await page.evaluate(
      (filters) =>
        (window as unknown as { __bench: { batchCost: (f: unknown) => Promise<unknown> } }).__bench.batchCost(filters),
      f,
    );
    console.log(`  ${JSON.stringify(f).replace(/"[a-z]+":(null|\[\]),?/gi, '')} ${JSON.stringify(r)}`);
  }
  await ctx.close();
}

// ---------- trace ----------
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}
/** The renderer main thread's top-level tasks from the click mark on (ms), each with its largest inner events. */
function printTrace(label: string, trace: { traceEvents: TraceEvent[] }) {
  const ev = trace.traceEvents;
  const main = ev.find(
    (e) =>
      e.name === 'thread_name' &&
      e.args?.name === 'CrRendererMain' &&
      ev.some((x) => x.pid === e.pid && x.name === 'jdac:xf:start'),
  );
  if (!main) return console.log(`${label}: no main thread in the trace`);
  const t0 = ev.find((e) => e.name === 'jdac:xf:start' && e.pid === main.pid)?.ts ?? 0;
  const mine = ev.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= t0 - 50_000);
  const tasks = mine.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) >= 3000);
  console.log(
    `\n-- ${label}: main-thread tasks ≥ 3 ms after the click (start +ms, duration ms: inner events ≥ 2 ms) --`,
  );
  for (const t of tasks) {
    const end = t.ts + (t.dur ?? 0);
    const inner = mine
      .filter(
        (e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= end && (e.dur ?? 0) >= 2000 && e.name !== 'RunTask',
      )
      .map((e) => {
        const d = e.args?.data;
        const what = d?.functionName || d?.url || d?.type || '';
        return `${e.name}${what ? `(${String(what).split('/').pop()})` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`;
      });
    console.log(
      `  +${((t.ts - t0) / 1000).toFixed(0).padStart(4)}  ${((t.dur ?? 0) / 1000).toFixed(1).padStart(6)}: ${inner.slice(0, 8).join(', ')}`,
    );
  }
  const marks = ev
    .filter((e) => e.pid === main.pid && e.name.startsWith('jdac:'))
    .map((e) => `${e.name} +${((e.ts - t0) / 1000).toFixed(0)}`);
  console.log(`  marks: ${[...new Set(marks)].join(', ')}`);
}

// ---------- main ----------
interface ClickResult {
  view: number;
  timedOut: boolean;
  frame: number | null;
  panels: number | null;
  last: number | null;
  batches: { queries: number; sent: number; done: number }[];
  charts: { panel: string; redrawn: boolean; setOption: number; frame: number }[];
  hash: string;
  cpu?: Record<string, number>;
}

async function main() {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const opened: { label: string; page: Page; cdp: CDPSession; results: ClickResult[] }[] = [];
  try {
    for (const b of builds) {
      const base = await serve(b.dir);
      if (SQL) await sqlCost(browser, base, b.label);
      const ctx = await browser.newContext({
        viewport: { width: 1920, height: 1080 },
        locale: 'id-ID',
        timezoneId: 'Asia/Jakarta',
        serviceWorkers: 'block',
      });
      await ctx.addInitScript(PROBE);
      const page = await ctx.newPage();
      await page.goto(`${base}#/explore`);
      await page.waitForSelector('.status-banner[data-state="ready"]', { timeout: 300_000 });
      await page.waitForSelector('details[data-dimension="regency"] input[type=checkbox]', { state: 'attached' });
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      opened.push({ label: b.label, page, cdp, results: [] });
      log(`${b.label}: ${b.dir} at ${base}`);
    }
    const known: Known = await (opened[0] as (typeof opened)[number]).page.evaluate(() => {
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
    const plan = clickPlan(known, CLICKS + 2);
    for (const [k, step] of plan.entries()) {
      for (const o of opened) {
        const before = await o.page.evaluate(() => window.__jdacCrossFilter?.measures.length ?? 0);
        await o.page.evaluate(() => (window as unknown as { __xfArm: () => void }).__xfArm());
        const tracing = TRACE && k === 2;
        if (tracing)
          await browser.startTracing(o.page, {
            categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
          });
        if (PROFILE && !tracing) await o.cdp.send('Profiler.start');
        await click(o.page, step);
        await o.page.waitForFunction(
          (n) => {
            const l = window.__jdacCrossFilter;
            return l !== undefined && l.measures.length > n && !l.pending;
          },
          before,
          { timeout: 60_000, polling: 10 },
        );
        let cpu: Record<string, number> | undefined;
        if (tracing) printTrace(o.label, JSON.parse((await browser.stopTracing()).toString('utf8')));
        else if (PROFILE) cpu = categorise((await o.cdp.send('Profiler.stop')).profile as never);
        // Let the last frames (panels' `finished`) land before reading.
        await o.page
          .waitForFunction(() => (window as unknown as { __xfPanels: number | null }).__xfPanels !== null, undefined, {
            timeout: 5_000,
            polling: 20,
          })
          .catch(() => undefined);
        const r = (await o.page.evaluate(() =>
          (window as unknown as { __xfRead: () => ClickResult }).__xfRead(),
        )) as ClickResult;
        if (cpu) r.cpu = cpu;
        if (k >= 2) o.results.push(r); // two warm-up clicks
        await o.page.waitForTimeout(150); // idle between clicks (both builds alike)
      }
    }
  } finally {
    await browser.close();
  }
  report(opened.map((o) => ({ label: o.label, results: o.results })));
}

// ---------- report ----------
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length))) - 1] ?? Number.NaN;
};
const f = (n: number) => (Number.isFinite(n) ? (n >= 100 ? String(Math.round(n)) : n.toFixed(1)) : '–');
const p5095 = (xs: number[]) => `${f(pct(xs, 50))} / ${f(pct(xs, 95))}`;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);

function report(runs: { label: string; results: ClickResult[] }[]) {
  const lines: string[] = [];
  const out = (s = '') => {
    lines.push(s);
    console.log(s);
  };
  out(
    `load average at the end ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}; ${CLICKS} clicks per build, interleaved`,
  );
  for (const { label, results } of runs) {
    out(`\n== ${label} (${results.length} clicks; p50 / p95 ms from the click) ==`);
    out(`new figures on screen (panel grid):  ${p5095(results.flatMap((r) => (r.frame === null ? [] : [r.frame])))}`);
    out(`panels finished:                     ${p5095(results.flatMap((r) => (r.panels === null ? [] : [r.panels])))}`);
    out(`last change in the panel grid:       ${p5095(results.flatMap((r) => (r.last === null ? [] : [r.last])))}`);
    out(
      `whole view settled:                  ${p5095(results.map((r) => r.view))}   timed out: ${results.filter((r) => r.timedOut).length}`,
    );
    const first = results.flatMap((r) => r.batches.slice(0, 1));
    out(
      `batches per click:                   ${p5095(results.map((r) => r.batches.length))} (queries per batch ${first.length ? p5095(results.flatMap((r) => r.batches.map((b) => b.queries))) : '–'})`,
    );
    out(`1st batch leaves after:              ${p5095(first.map((b) => b.sent))}`);
    out(`1st batch round trip (worker+decode): ${p5095(first.map((b) => b.done - b.sent))}`);
    out(
      `last batch back at:                  ${p5095(results.flatMap((r) => (r.batches.length ? [(r.batches[r.batches.length - 1] as { done: number }).done] : [])))}`,
    );
    const frames = results.flatMap((r) => {
      const last = r.batches[0];
      return r.frame !== null && last ? [r.frame - last.done] : [];
    });
    out(`1st batch back → figures on screen:  ${p5095(frames)}`);
    const panels = [...new Set(results.flatMap((r) => r.charts.map((c) => c.panel)))];
    out('ECharts per chart, mean ms per click (setOption + frame work), charts redrawn / clicks:');
    for (const p of panels) {
      const cs = results.map((r) => r.charts.filter((c) => c.panel === p));
      const so = mean(cs.map((c) => c.reduce((a, x) => a + x.setOption, 0)));
      const fr = mean(cs.map((c) => c.reduce((a, x) => a + x.frame, 0)));
      const redrawn = cs.reduce((a, c) => a + c.filter((x) => x.redrawn).length, 0);
      const charts = cs.reduce((a, c) => a + c.length, 0);
      out(`  ${p.padEnd(26)} setOption ${f(so).padStart(6)}  frame ${f(fr).padStart(6)}  redrawn ${redrawn}/${charts}`);
    }
    if (results[0]?.cpu) {
      out('main thread CPU from the click to the settled view, mean ms per click:');
      const cats = [...new Set(results.flatMap((r) => Object.keys(r.cpu ?? {})))];
      for (const c of cats.sort()) out(`  ${c.padEnd(42)} ${f(mean(results.map((r) => r.cpu?.[c] ?? 0))).padStart(7)}`);
    }
  }
  if (OUT) writeFileSync(OUT, `${JSON.stringify({ date: new Date().toISOString(), runs, report: lines }, null, 2)}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
