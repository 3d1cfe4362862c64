// Parquet decoder benchmark: hyparquet vs parquet-wasm, decoding in Chromium and inserting into DuckDB-WASM.
//
//   npx tsx scripts/bench-decoders.ts [file.parquet] [--reps N] [--no-bundle] [--json out.json]
//
// Without a file, a 1M-row synthetic site_daily Parquet (ZSTD) is written to /tmp/jdac-bench/ with native DuckDB.
// Steps: (1) bundle bytes each candidate adds to a production build (Vite builds of bench/decoders/bundle/*.ts);
// (2) build bench/decoders/ and serve it with `vite preview` (the app's CSP headers); (3) headless Chromium:
// per candidate, per repetition, fetch+decode, insert+count(*), JS heap, checksum and DuckDB column types;
// (4) a table on stdout. Everything runs in one browser page; candidates take turns within each repetition.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants as zlibConstants } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import type { CandidateId } from '../bench/decoders/main.ts';
import { DEFAULT_PARQUET, makeSiteDailyParquet } from '../bench/decoders/make-parquet.ts';
import { errorLine, exitCodesHelp, installCliGuards } from './lib/cli.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(repo, 'bench/decoders');
const work = '/tmp/jdac-bench';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
const CANDIDATES: CandidateId[] = ['parquet-wasm/ipc', 'parquet-wasm/table', 'hyparquet/table'];
const EXPECTED_TYPES = 'site_id VARCHAR, date DATE, uptime_pct DOUBLE, down_mbps DOUBLE, data_gb DOUBLE, users INTEGER';
const CHECKSUM_SQL = (from: string) => `
  SELECT count(*) AS n, sum(users)::BIGINT AS sum_users, count(DISTINCT site_id) AS sites,
         min(date)::VARCHAR AS min_date, max(date)::VARCHAR AS max_date,
         round(sum(uptime_pct), 2)::VARCHAR AS sum_uptime, round(sum(data_gb), 2)::VARCHAR AS sum_data_gb,
         count(*) FILTER (WHERE down_mbps IS NULL) AS null_down
  FROM ${from}`;

// ---------- arguments ----------
const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(name);
  if (i < 0) return undefined;
  const v = argv[i + 1];
  argv.splice(i, 2);
  return v;
};
const flag = (name: string) => {
  const i = argv.indexOf(name);
  if (i >= 0) argv.splice(i, 1);
  return i >= 0;
};
const reps = Number(opt('--reps') ?? 7);
const jsonOut = opt('--json');
const skipBundle = flag('--no-bundle');
const verbose = flag('--verbose');
installCliGuards('bench-decoders', verbose);
if (flag('--help') || flag('-h')) {
  console.log(`usage: npx tsx scripts/bench-decoders.ts [file.parquet] [--reps N] [--no-bundle] [--json out.json] [--verbose]
  (without a file: a 1M-row site_daily written to /tmp/jdac-bench/; --verbose: the stack trace of an error)
${exitCodesHelp(['0  every decoder gave the same rows, types and checksum as native DuckDB', '1  a decoder disagreed, or a step failed', '130  interrupted'])}`);
  process.exit(0);
}
if (!Number.isInteger(reps) || reps < 1) throw new Error('--reps must be a positive integer');

// ---------- helpers ----------
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const ms = (n: number) => `${Math.round(n)}`;
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
const stat = (xs: number[], f = ms) =>
  xs.length ? `${f(median(xs))} (${f(Math.min(...xs))}–${f(Math.max(...xs))})` : '–';

function table(head: string[], rows: string[][]): string {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join(' | ')} |`;
  return [line(head), `|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

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

async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timeout waiting for ${url}`);
}

// ---------- bundle sizes ----------
interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}
const zero = (): Sizes => ({ raw: 0, gzip: 0, brotli: 0 });
function sizesOf(buf: Buffer): Sizes {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
function add(a: Sizes, b: Sizes): Sizes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}
function sub(a: Sizes, b: Sizes): Sizes {
  return { raw: a.raw - b.raw, gzip: a.gzip - b.gzip, brotli: a.brotli - b.brotli };
}

interface BundleResult {
  entry: string;
  js: Sizes;
  /** The entry chunk only: what loads before any Parquet file is seen. */
  initialJs: Sizes;
  wasm: Sizes;
  files: string[];
}

async function measureBundle(entry: string): Promise<BundleResult> {
  const outDir = join(work, `bundle-${entry}`);
  await build({
    configFile: false,
    root: benchDir,
    logLevel: 'error',
    base: './',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 100_000,
      manifest: true,
      rolldownOptions: { input: join(benchDir, 'bundle', `${entry}.ts`) },
    },
  });
  const res: BundleResult = { entry, js: zero(), initialJs: zero(), wasm: zero(), files: [] };
  // The entry chunk and its static imports load up front; dynamic imports and wasm only when a Parquet file is read.
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    { file: string; isEntry?: boolean; imports?: string[] }
  >;
  const initial = new Set<string>();
  const visit = (key: string) => {
    const m = manifest[key];
    if (!m || initial.has(m.file)) return;
    initial.add(m.file);
    for (const k of m.imports ?? []) visit(k);
  };
  for (const [k, m] of Object.entries(manifest)) if (m.isEntry) visit(k);
  const walk = (dir: string) => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) {
        if (f !== '.vite') walk(p);
      } else if (f.endsWith('.js') || f.endsWith('.wasm')) {
        const s = sizesOf(readFileSync(p));
        if (f.endsWith('.js')) res.js = add(res.js, s);
        else res.wasm = add(res.wasm, s);
        if (initial.has(`assets/${f}`)) res.initialJs = add(res.initialJs, s);
        res.files.push(`${f} ${s.raw}`);
      }
    }
  };
  walk(outDir);
  return res;
}

// ---------- ground truth ----------
async function nativeChecksum(file: string): Promise<{ checksum: string; types: string }> {
  const inst = await DuckDBInstance.create(':memory:');
  const conn = await inst.connect();
  try {
    const src = `read_parquet('${file.replaceAll("'", "''")}')`;
    const sum = (await conn.runAndReadAll(CHECKSUM_SQL(src))).getRowObjectsJson()[0];
    const types = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM ${src}`))
      .getRowObjectsJson()
      .map((r) => `${r.column_name} ${r.column_type}`)
      .join(', ');
    // Same JSON shape as in the browser (numbers for counts).
    const norm = Object.fromEntries(
      Object.entries(sum ?? {}).map(([k, v]) => [k, /^(n|sum_users|sites|null_down)$/.test(k) ? String(v) : v]),
    );
    return { checksum: JSON.stringify(norm), types };
  } finally {
    conn.closeSync();
    inst.closeSync();
  }
}

// ---------- main ----------
interface Rep {
  rep: number;
  initMs: number;
  fetchMs: number;
  decodeMs: number;
  insertMs: number;
  count: number;
  heapBefore: number;
  heapDecoded: number;
  bufDecoded: number;
  heapAfter: number;
  wasmMem: number;
}

async function main() {
  mkdirSync(work, { recursive: true });
  let file = argv[0] ? resolve(argv[0]) : DEFAULT_PARQUET;
  if (!argv[0] && !existsSync(file)) {
    console.error(`writing ${file} (1,000,000 rows, ZSTD) with native DuckDB…`);
    await makeSiteDailyParquet(file);
  }
  if (!existsSync(file)) throw new Error(`no such file: ${file}`);
  file = resolve(file);
  const fileBytes = statSync(file).size;
  const loadBefore = loadavg()[0]!;
  const truth = await nativeChecksum(file);

  // 1. bundle bytes
  const bundles: BundleResult[] = [];
  if (!skipBundle) {
    console.error('measuring bundle sizes (4 Vite builds)…');
    for (const e of ['base', 'parquet-wasm', 'hyparquet', 'hyparquet-zstd']) bundles.push(await measureBundle(e));
  }

  // 2. page build + preview server
  console.error('building the benchmark page…');
  const env = { ...process.env, BENCH_PARQUET: file, BENCH_OUT_DIR: join(work, 'page-dist') };
  const viteBin = join(repo, 'node_modules/vite/bin/vite.js');
  const config = join(benchDir, 'vite.config.ts');
  await new Promise<void>((ok, fail) => {
    const b = spawn(process.execPath, [viteBin, 'build', '--config', config, '--logLevel', 'error'], {
      cwd: repo,
      env,
      stdio: 'inherit',
    });
    b.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`page build failed: ${code}`))));
  });
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [viteBin, 'preview', '--config', config, '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    { cwd: repo, env, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const stopServer = () => {
    if (server.exitCode === null && server.pid) {
      try {
        process.kill(server.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
  };
  process.on('SIGINT', () => {
    stopServer();
    process.exit(130);
  });
  // Whatever ends us (a closed output pipe included) stops the server we started.
  process.once('exit', stopServer);
  const base = `http://127.0.0.1:${port}/`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const results = new Map<CandidateId, Rep[]>(CANDIDATES.map((c) => [c, []]));
  const cold = new Map<CandidateId, Rep[]>(CANDIDATES.map((c) => [c, []]));
  const checks = new Map<CandidateId, { types: string; checksum: string; first: string }>();
  const problems: string[] = [];
  const duckdbMs: number[] = [];
  let duckdbInfo: { duckdbMs: number; version: string; cores: number } | undefined;
  let chromiumVersion = '';
  const dataUrl = `${base}__bench/data.parquet`;

  /** A fresh browser context (empty HTTP and code caches) with the page loaded and DuckDB instantiated. */
  const openPage = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await page.goto(base);
    await page.waitForFunction(() => typeof window.bench === 'object');
    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const h = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
      return { used: h.usedSize, buffers: h.backingStorageSize ?? Number.NaN };
    };
    duckdbInfo = await page.evaluate(() => window.bench.init());
    duckdbMs.push(duckdbInfo.duckdbMs);
    return { context, page, heap };
  };

  /** One file through one candidate: fetch+decode, insert+count(*), heap readings between the steps. */
  const runOnce = async (
    { page, heap }: Awaited<ReturnType<typeof openPage>>,
    id: CandidateId,
    rep: number,
    check: boolean,
  ): Promise<Rep> => {
    const before = await heap();
    const d = await page.evaluate(([c, u]) => window.bench.decode(c, u), [id, dataUrl] as [CandidateId, string]);
    const decoded = await heap();
    const ins = await page.evaluate(() => window.bench.insert());
    if (check) checks.set(id, await page.evaluate((sql) => window.bench.check(sql), CHECKSUM_SQL('site_daily')));
    const after = await heap();
    const wasmMem = await page.evaluate(() => window.bench.parquetWasmMemory());
    console.error(
      `${rep < 0 ? 'cold' : `warm ${rep}`} ${id.padEnd(18)} load ${ms(d.initMs)} fetch ${ms(d.fetchMs)} ` +
        `decode ${ms(d.decodeMs)} insert ${ms(ins.insertMs)} ms, rows ${ins.count}`,
    );
    return {
      rep,
      ...d,
      ...ins,
      heapBefore: before.used,
      heapDecoded: decoded.used,
      bufDecoded: decoded.buffers - before.buffers,
      heapAfter: after.used,
      wasmMem,
    };
  };

  try {
    await waitForHttp(base, server);
    chromiumVersion = browser.version();
    // 3a. Cold: what a visitor sees, one Parquet file per page load. Each run in a new context, so the decoder's
    // JS and wasm are fetched, compiled and run for the first time.
    for (let rep = 0; rep < reps; rep++) {
      for (let i = 0; i < CANDIDATES.length; i++) {
        const id = CANDIDATES[(i + rep) % CANDIDATES.length]!;
        const p = await openPage();
        cold.get(id)!.push(await runOnce(p, id, -1, rep === 0));
        await p.context.close();
      }
    }
    // 3b. Warm: the same page decodes the file again and again (decoder loaded and JIT-compiled; the first run is
    // discarded). Candidates take turns within each repetition.
    const p = await openPage();
    for (const id of CANDIDATES) await runOnce(p, id, 0, false);
    for (let rep = 1; rep <= reps; rep++) {
      for (let i = 0; i < CANDIDATES.length; i++) {
        const id = CANDIDATES[(i + rep) % CANDIDATES.length]!;
        results.get(id)!.push(await runOnce(p, id, rep, rep === reps));
      }
    }
    await p.context.close();
  } finally {
    await browser.close().catch(() => {});
    stopServer();
  }

  // 4. report
  const out: string[] = [];
  const now = new Date().toISOString().slice(0, 10);
  out.push(
    `Parquet decoders → DuckDB-WASM ${duckdbInfo?.version ?? '?'} (eh) in Chromium ${chromiumVersion}, ` +
      `${duckdbInfo?.cores ?? '?'} cores, ${now}`,
  );
  out.push(
    `load average (1 min) before / after: ${loadBefore.toFixed(2)} / ${loadavg()[0]!.toFixed(2)} ` +
      '(other processes on the machine make timings noisy; compare medians within one run)',
  );
  out.push(`file: ${file} (${mb(fileBytes)}, ${truth.checksum.match(/"n":"(\d+)"/)?.[1] ?? '?'} rows)`);
  out.push(`DuckDB instantiate (not in the numbers below): ${stat(duckdbMs)} ms over ${duckdbMs.length} page loads`);
  out.push(`${reps} repetitions per candidate; median (min–max) in ms`);
  out.push('');
  out.push('Cold: a new browser context per run (decoder JS + wasm fetched, compiled and run for the first time)');
  out.push(
    table(
      ['candidate', 'load decoder', 'fetch+decode', 'insert+count', 'total', 'rows'],
      CANDIDATES.map((id) => {
        const rs = cold.get(id)!;
        return [
          id,
          stat(rs.map((r) => r.initMs)),
          stat(rs.map((r) => r.fetchMs + r.decodeMs)),
          stat(rs.map((r) => r.insertMs)),
          stat(rs.map((r) => r.initMs + r.fetchMs + r.decodeMs + r.insertMs)),
          [...new Set(rs.map((r) => r.count))].join('/'),
        ];
      }),
    ),
  );
  out.push('');
  out.push('Warm: same page, decoder already loaded and compiled');
  out.push(
    table(
      ['candidate', 'fetch+decode', 'decode only', 'insert+count', 'total', 'rows'],
      CANDIDATES.map((id) => {
        const warm = results.get(id)!;
        return [
          id,
          stat(warm.map((r) => r.fetchMs + r.decodeMs)),
          stat(warm.map((r) => r.decodeMs)),
          stat(warm.map((r) => r.insertMs)),
          stat(warm.map((r) => r.fetchMs + r.decodeMs + r.insertMs)),
          [...new Set(warm.map((r) => r.count))].join('/'),
        ];
      }),
    ),
  );
  out.push('');
  const pw = CANDIDATES.filter((c) => c.startsWith('parquet-wasm')).flatMap((c) => results.get(c)!);
  const pwCold = CANDIDATES.filter((c) => c.startsWith('parquet-wasm')).flatMap((c) => cold.get(c)!);
  out.push(
    table(
      ['candidate', 'decoded result held (JS heap + ArrayBuffers)', 'JS heap after insert, GC', 'parquet-wasm memory'],
      CANDIDATES.map((id) => {
        const warm = results.get(id)!;
        return [
          id,
          mb(median(warm.map((r) => r.heapDecoded - r.heapBefore + r.bufDecoded))),
          mb(median(warm.map((r) => r.heapAfter))),
          id.startsWith('parquet-wasm') ? mb(Math.max(...warm.map((r) => r.wasmMem))) : '–',
        ];
      }),
    ),
  );
  out.push(
    '(after forced GC, so transient garbage is not counted. parquet-wasm memory is its wasm linear memory, shared by ' +
      `both parquet-wasm rows; it never shrinks: ${mb(Math.max(...pwCold.map((r) => r.wasmMem)))} after the first file, ` +
      `${mb(Math.max(...pw.map((r) => r.wasmMem)))} after ${pw.length + 2} files in one page)`,
  );
  out.push('');
  out.push(`native DuckDB read_parquet: ${truth.checksum}`);
  out.push(`native types:               ${truth.types}`);
  let ok = truth.types === EXPECTED_TYPES;
  if (!ok) problems.push(`native types differ from the contract: ${truth.types}`);
  for (const id of CANDIDATES) {
    const c = checks.get(id);
    const same = c?.checksum === truth.checksum && c?.types === EXPECTED_TYPES;
    ok &&= same;
    out.push(
      `${id.padEnd(18)} ${same ? 'OK ' : 'DIFF'} types: ${c?.types}; checksum: ${c?.checksum}; first row ${c?.first}`,
    );
  }
  out.push('');
  if (bundles.length) {
    const baseB = bundles.find((b) => b.entry === 'base')!;
    const f = (s: Sizes) => `${kb(s.raw)} / ${kb(s.gzip)} / ${kb(s.brotli)}`;
    out.push(
      `Production bundle bytes added to a DuckDB-WASM app (raw / gzip -9 / brotli -q11); baseline JS (DuckDB API + its arrow) ${f(baseB.js)}`,
    );
    out.push(
      table(
        ['candidate', 'initial JS added', 'JS added (lazy chunks)', 'wasm added (lazy)', 'total added'],
        bundles
          .filter((b) => b.entry !== 'base')
          .map((b) => {
            const initial = sub(b.initialJs, baseB.initialJs);
            const js = sub(b.js, baseB.js);
            const wasm = sub(b.wasm, baseB.wasm);
            return [b.entry, f(initial), f(sub(js, initial)), f(wasm), f(add(js, wasm))];
          }),
      ),
    );
    out.push('');
  }
  if (problems.length) out.push(`problems:\n  ${problems.join('\n  ')}`);
  out.push(ok ? 'ALL CHECKSUMS AND TYPES MATCH' : 'MISMATCH: see above');
  console.log(out.join('\n'));
  if (jsonOut) {
    writeFileSync(
      jsonOut,
      JSON.stringify(
        {
          file,
          fileBytes,
          truth,
          duckdbInfo,
          duckdbMs,
          chromiumVersion,
          cold: Object.fromEntries(cold),
          warm: Object.fromEntries(results),
          checks: Object.fromEntries(checks),
          bundles,
          problems,
        },
        null,
        2,
      ),
    );
  }
  if (!ok) process.exitCode = 1;
}

main().catch((e) => {
  console.error(errorLine('bench-decoders', e, verbose));
  process.exit(1);
});
