// npm run bench:upload [-- --mb 250] [--no-build] [--dist DIR] [--no-cancel] [--parquet [--codec uncompressed]]
//
// A large free-form CSV through the real upload path in Chromium: generates the file in /tmp (default 250 MB,
// ~5M rows: a village_code column from public/data/villages.csv with one row in 1000 carrying a code from another
// province, a date, a decimal-comma number, an integer and a text), builds the app into /tmp/jdac-bench-upload/dist,
// serves it on loopback, opens #/explore, hands the file to the upload input (setInputFiles), confirms the column
// types and waits for the result. Then a second upload of the same file, cancelled at ~30 % of the file.
//
// Prints figures, asserts no timings: total time, rows loaded (and whether they and the unjoined-code count match
// what the generator wrote), peak main-thread JS heap (CDP Performance.getMetrics, sampled every 200 ms), peak RSS
// of Chromium's renderer processes (the page, its workers and DuckDB's wasm memory together; from /proc), DuckDB's
// own memory (duckdb_memory()), the progress values the page showed, and the longest main-thread task
// (PerformanceObserver 'longtask').
//
// --parquet: the same rows as a Parquet file instead (native DuckDB converts the generated CSV: Tanggal DATE, Nilai
// DOUBLE, Jumlah BIGINT, row groups of ~100k rows; --codec uncompressed by default, so the file is about --mb MB like
// the CSV; zstd or snappy give a smaller file of the same rows). The page reads it row group by row group
// (src/data/workers/upload-parquet-stream.ts).
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CDPSession, chromium, type Page } from 'playwright-core';
import { serveStatic } from '../tests/e2e/fixtures-hostile/static-server.ts';
import { CHROMIUM_ARGS, chromiumPath } from './ensure-chromium.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = '/tmp/jdac-bench-upload';
const argv = process.argv.slice(2);
const opt = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
if (argv.includes('--help')) {
  console.log(`npm run bench:upload -- [--mb 250] [--no-build] [--dist DIR] [--no-cancel] [--parquet] [--codec C]
  --mb N        size of the generated CSV in MB (default 250, ~5M rows)
  --no-build    reuse ${work}/dist
  --dist DIR    serve this build instead
  --no-cancel   skip the cancelled run
  --parquet     upload the same rows as a Parquet file (row groups of ~100k rows)
  --codec C     Parquet compression: uncompressed (default), zstd, snappy`);
  process.exit(0);
}
const MB = Number(opt('--mb') ?? 250);
if (!(MB > 0)) throw new Error('--mb must be a positive number');
const dist = opt('--dist') ?? join(work, 'dist');
const log = (s: string) => console.log(`[bench:upload] ${s}`);
const PARQUET = argv.includes('--parquet');
const CODEC = opt('--codec') ?? 'uncompressed';
if (!['uncompressed', 'zstd', 'snappy'].includes(CODEC)) throw new Error('--codec: uncompressed, zstd or snappy');

// ---------- the file ----------
interface Generated {
  path: string;
  bytes: number;
  rows: number;
  unjoinedRows: number;
  sumJumlah: number;
}

async function generate(mb: number): Promise<Generated> {
  mkdirSync(work, { recursive: true });
  const path = join(work, `data-upload-${mb}mb.csv`);
  const codes = readFileSync(join(repo, 'public/data/villages.csv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim() !== '')
    .map((l) => l.split(',')[0] as string);
  const target = mb * 1e6;
  const out = createWriteStream(path);
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((ok) => out.once('drain', () => ok()));
  let bytes = 0;
  let rows = 0;
  let unjoinedRows = 0;
  let sumJumlah = 0;
  const header = '\uFEFFvillage_code;Tanggal;Nilai;Jumlah;Keterangan\r\n';
  await write(header);
  bytes += Buffer.byteLength(header);
  while (bytes < target) {
    let block = '';
    for (let k = 0; k < 10_000 && bytes + block.length < target; k++) {
      const i = rows;
      const other = i % 1000 === 999; // a code from another province: loads, joins to nothing
      if (other) unjoinedRows++;
      const code = other ? `32.01.01.${2001 + (i % 7)}` : codes[i % codes.length];
      const day = String((i % 28) + 1).padStart(2, '0');
      const jumlah = i % 100_000;
      sumJumlah += jumlah;
      block += `${code};${day}/01/2024;${i % 1000},5;${jumlah};baris nomor ${i} desa ${i % 977}\r\n`;
      rows++;
    }
    bytes += Buffer.byteLength(block);
    await write(block);
  }
  await new Promise<void>((ok) => out.end(ok));
  return { path, bytes: statSync(path).size, rows, unjoinedRows, sumJumlah };
}

/** The generated CSV's rows as Parquet, written by native DuckDB (same values, typed columns, ~100k-row groups). */
async function toParquet(csv: Generated, mb: number): Promise<Generated> {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const path = join(work, `data-upload-${mb}mb.parquet`);
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    // Paths are ours (the work directory), never user input.
    await conn.run(`
      COPY (
        SELECT village_code,
               strptime(Tanggal, '%d/%m/%Y')::DATE AS Tanggal,
               replace(Nilai, ',', '.')::DOUBLE AS Nilai,
               Jumlah::BIGINT AS Jumlah,
               Keterangan
        FROM read_csv('${csv.path}', delim = ';', header = true, quote = '', escape = '',
          columns = {'village_code': 'VARCHAR', 'Tanggal': 'VARCHAR', 'Nilai': 'VARCHAR', 'Jumlah': 'VARCHAR',
                     'Keterangan': 'VARCHAR'})
      ) TO '${path}' (FORMAT parquet, COMPRESSION ${CODEC}, ROW_GROUP_SIZE 100000)`);
    const check = await conn.runAndReadAll(
      `SELECT count(*)::DOUBLE AS n, sum(Jumlah)::DOUBLE AS s FROM read_parquet('${path}')`,
    );
    const [n, s] = check.getRows()[0] ?? [];
    if (Number(n) !== csv.rows || Number(s) !== csv.sumJumlah) throw new Error(`Parquet check: ${n} rows, sum ${s}`);
    const groups = await conn.runAndReadAll(`SELECT count(DISTINCT row_group_id) FROM parquet_metadata('${path}')`);
    log(`${path}: ${CODEC}, ${groups.getRows()[0]?.[0]} row groups`);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
  return { ...csv, path, bytes: statSync(path).size };
}

// ---------- memory probes ----------
/** The launch flag that marks our Chromium (other Chromiums may run on the same machine). */
const MARKER = `--bench-upload-${process.pid}`;

/** RSS (bytes) of our Chromium's renderer processes (the page, its dedicated workers, wasm memory), from /proc. */
function rendererRss(): number {
  const procs = new Map<number, { ppid: number; cmd: string; rss: number }>();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      procs.set(Number(pid), {
        ppid: Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0),
        cmd,
        rss: Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024,
      });
    } catch {
      /* gone */
    }
  }
  const ours = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 10; hops++) {
      const info = procs.get(p);
      if (!info) return false;
      if (info.cmd.includes(MARKER)) return true;
      p = info.ppid;
    }
    return false;
  };
  let total = 0;
  for (const [pid, info] of procs) if (info.cmd.includes('--type=renderer') && ours(pid)) total += info.rss;
  return total;
}

interface Sampler {
  stop(): Promise<{ heapPeak: number; rssPeak: number; progress: number[]; finishingAt: number | null }>;
}

function sample(page: Page, cdp: CDPSession): Sampler {
  let heapPeak = 0;
  let rssPeak = 0;
  const progress: number[] = [];
  let finishingAt: number | null = null; // first seen "Memuat ke tabel": the whole file is read and inserted
  let running = true;
  const loop = (async () => {
    while (running) {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as {
        metrics: { name: string; value: number }[];
      };
      heapPeak = Math.max(heapPeak, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      rssPeak = Math.max(rssPeak, rendererRss());
      const p = await page
        .evaluate(() => {
          const bar = document.querySelector<HTMLProgressElement>('.tools-progress progress[value]');
          if (document.querySelector('.tools-progress')?.textContent?.includes('Memuat ke tabel')) return -1;
          return bar ? bar.value / bar.max : null;
        })
        .catch(() => null);
      if (p === -1) finishingAt ??= Date.now();
      else if (p !== null && progress.at(-1) !== p) progress.push(p);
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { heapPeak, rssPeak, progress, finishingAt };
    },
  };
}

const mbText = (b: number) => `${(b / 1048576).toFixed(1)} MiB`;
const pctList = (ps: number[]) =>
  `${ps.length} distinct values${ps.length ? ` (${ps.map((p) => `${Math.round(p * 100)}%`).join(' ')})` : ''}`;

async function startLongTasks(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { __benchLongTasks: number[] };
    w.__benchLongTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__benchLongTasks.push(e.duration);
    }).observe({ type: 'longtask' });
  });
}
async function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __benchLongTasks: number[] };
    const out = w.__benchLongTasks;
    w.__benchLongTasks = [];
    return out;
  });
}

async function runSql(page: Page, sql: string): Promise<string[][]> {
  await page.getByLabel('Perintah SQL', { exact: true }).fill(sql);
  await page.getByRole('button', { name: 'Jalankan', exact: true }).click();
  await page.waitForFunction(() => {
    const b = [...document.querySelectorAll('button')].find((x) => x.textContent === 'Jalankan');
    return b !== undefined && !b.hasAttribute('disabled');
  });
  return page.$$eval('.tools-console-result tbody tr', (r) =>
    r.map((x) => [...x.children].map((c) => c.textContent ?? '')),
  );
}

/** DuckDB's own memory (sum of duckdb_memory()), asked through the read-only SQL console. */
async function duckMemory(page: Page): Promise<number | null> {
  const rows = await runSql(page, 'SELECT CAST(sum(memory_usage_bytes) AS BIGINT) AS b FROM duckdb_memory()');
  const n = Number(rows[0]?.[0]?.replace(/\D/g, ''));
  return Number.isFinite(n) ? n : null;
}

async function main() {
  if (!opt('--dist') && (!argv.includes('--no-build') || !existsSync(join(dist, 'index.html')))) {
    log(`building the app into ${dist}`);
    execFileSync(process.execPath, [join(repo, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', dist], {
      cwd: repo,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  // Uncompressed Parquet of these rows is ~0.62× the CSV's size: a larger CSV gives a Parquet of about --mb MB.
  const csvMb = PARQUET && CODEC === 'uncompressed' ? Math.round(MB * 1.6) : MB;
  log(`generating a ${csvMb} MB CSV${PARQUET ? ' (then the same rows as Parquet)' : ''}`);
  const t = Date.now();
  const file = PARQUET ? await toParquet(await generate(csvMb), MB) : await generate(MB);
  log(
    `${file.path}: ${mbText(file.bytes)}, ${file.rows} rows (${file.unjoinedRows} with a code from another province), ` +
      `written in ${((Date.now() - t) / 1000).toFixed(1)} s`,
  );

  const server = await serveStatic(dist, {});
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS, MARKER] });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${server.url}#/explore`);
    await page.locator('[data-explore-tools]').waitFor({ timeout: 120_000 });
    await page.locator('[data-console-state="ready"]').waitFor({ timeout: 120_000 });
    const table = `upload_data_upload_${String(MB).replace(/[^a-z0-9]+/g, '_')}mb`;
    const memBefore = await duckMemory(page);
    log(`page ready; renderer RSS ${mbText(rendererRss())}, DuckDB ${memBefore === null ? '–' : mbText(memBefore)}`);

    // ---- full run ----
    await startLongTasks(page);
    const s = sample(page, cdp);
    const t0 = Date.now();
    await page.getByLabel('Unggah CSV/Parquet').setInputFiles(file.path);
    const load = page.getByRole('button', { name: `Muat sebagai ${table}` });
    await load.waitFor({ timeout: 120_000 });
    const tInspect = Date.now();
    await load.click();
    const result = page.locator('[data-upload-result="free"], .panel-error');
    await result.first().waitFor({ timeout: 3_600_000 });
    const t1 = Date.now();
    const mem = await s.stop();
    const tasks = await longTasks(page);
    const text = (await result.first().textContent()) ?? '';
    const rowsShown = Number(/([\d.]+) baris dimuat/.exec(text)?.[1]?.replaceAll('.', '') ?? Number.NaN);
    const unjoined = page.locator('[data-unjoined="village_code"]');
    const unjoinedShown = (await unjoined.count()) ? Number(await unjoined.getAttribute('data-unjoined-rows')) : null;
    const duck = await duckMemory(page);
    const [[n, sum] = []] = await runSql(page, `SELECT count(*) AS n, sum(jumlah) AS s FROM ${table}`);
    console.log('');
    console.log(
      `upload ${PARQUET ? `Parquet (${CODEC})` : 'CSV'} --mb ${MB} (${mbText(file.bytes)}, ${file.rows} rows) — free table ${table}`,
    );
    console.log(
      `  total time            ${((t1 - t0) / 1000).toFixed(1)} s (inspect ${((tInspect - t0) / 1000).toFixed(1)} s, load ${((t1 - tInspect) / 1000).toFixed(1)} s)`,
    );
    if (mem.finishingAt)
      console.log(
        `  phases                read+parse+insert ${((mem.finishingAt - tInspect) / 1000).toFixed(1)} s, final table + unjoined check ${((t1 - mem.finishingAt) / 1000).toFixed(1)} s (±0.2 s sampling)`,
      );
    console.log(
      `  throughput            ${(file.bytes / 1e6 / ((t1 - tInspect) / 1000)).toFixed(1)} MB/s (load phase)`,
    );
    console.log(
      `  rows loaded           ${rowsShown} shown, ${n} in DuckDB (generated ${file.rows}: ${rowsShown === file.rows && Number(n) === file.rows ? 'match' : 'MISMATCH'})`,
    );
    console.log(
      `  sum(jumlah)           ${sum} (generated ${file.sumJumlah}: ${Number(sum) === file.sumJumlah ? 'match' : 'MISMATCH'})`,
    );
    console.log(
      `  unjoined village_code ${unjoinedShown ?? '–'} rows shown (generated ${file.unjoinedRows}: ${unjoinedShown === file.unjoinedRows ? 'match' : 'MISMATCH'})`,
    );
    console.log(`  peak main JS heap     ${mbText(mem.heapPeak)} (CDP JSHeapUsedSize)`);
    console.log(`  peak renderer RSS     ${mbText(mem.rssPeak)} (page + workers + DuckDB wasm, /proc)`);
    console.log(`  DuckDB memory after   ${duck === null ? '–' : mbText(duck)} (duckdb_memory())`);
    console.log(`  longest main task     ${Math.round(Math.max(0, ...tasks))} ms (${tasks.length} long tasks ≥ 50 ms)`);
    console.log(`  progress shown        ${pctList(mem.progress)}`);
    if (!/baris dimuat/.test(text)) console.log(`  RESULT TEXT: ${text.slice(0, 300)}`);

    // ---- cancelled run ----
    if (!argv.includes('--no-cancel')) {
      await page.getByRole('button', { name: `Hapus ${table}` }).click();
      await page.locator(`[data-upload-table="${table}"]`).waitFor({ state: 'detached' });
      await startLongTasks(page);
      const c = sample(page, cdp);
      await page.getByLabel('Unggah CSV/Parquet').setInputFiles(file.path);
      await page.getByRole('button', { name: `Muat sebagai ${table}` }).click({ timeout: 120_000 });
      await page.waitForFunction(
        () => {
          const bar = document.querySelector<HTMLProgressElement>('.tools-progress progress[value]');
          return bar !== null && bar.value / bar.max >= 0.3;
        },
        undefined,
        { timeout: 3_600_000, polling: 100 },
      );
      const tc = Date.now();
      const at = await page.evaluate(() => {
        const bar = document.querySelector<HTMLProgressElement>('.tools-progress progress[value]');
        return bar ? bar.value / bar.max : 0;
      });
      await page.getByRole('button', { name: 'Batalkan unggahan' }).click();
      await page.getByText('dibatalkan; tidak ada tabel yang dibuat').waitFor({ timeout: 120_000 });
      const tc1 = Date.now();
      const cm = await c.stop();
      const ctasks = await longTasks(page);
      const listed = await page.locator(`[data-upload-table="${table}"]`).count();
      const left = await runSql(
        page,
        "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE '%upload_data_upload%'",
      );
      const duckAfter = await duckMemory(page);
      console.log('');
      console.log(`cancelled upload (same file)`);
      console.log(`  cancelled at          ${Math.round(at * 100)}% of the file; cancel → message ${tc1 - tc} ms`);
      console.log(`  tables left           ${left[0]?.[0] ?? '?'} in DuckDB (staging included), ${listed} listed`);
      console.log(`  peak main JS heap     ${mbText(cm.heapPeak)}`);
      console.log(`  peak renderer RSS     ${mbText(cm.rssPeak)}`);
      console.log(`  DuckDB memory after   ${duckAfter === null ? '–' : mbText(duckAfter)}`);
      console.log(`  longest main task     ${Math.round(Math.max(0, ...ctasks))} ms (${ctasks.length} long tasks)`);
    }
    console.log(
      `\nmachine: ${cpus().length} cores, load average ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')} at the end`,
    );
    console.log(`\npage errors: ${errors.length ? errors.join(' | ') : 'none'}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
