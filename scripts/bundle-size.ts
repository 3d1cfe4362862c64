// Bytes shipped, raw / gzip / brotli, grouped: app JavaScript (excluding DuckDB-WASM's worker), CSS, DuckDB wasm
// and worker, Parquet decoder wasm, data. `--check` fails (exit 1) when the initial app JavaScript (what the first
// paint needs: index.html's module and its static imports) exceeds the budget.
//   npx tsx scripts/bundle-size.ts [--check] [--json out.json] [--dist dist]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const APP_JS_BUDGET_BROTLI = 300 * 1024;

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

function sizes(buf: Buffer): Sizes {
  return {
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function group(file: string): string {
  const base = path.basename(file);
  if (file.includes(`${path.sep}data${path.sep}`)) return 'data';
  if (base.startsWith('duckdb')) return base.endsWith('.wasm') ? 'duckdb wasm' : 'duckdb worker';
  if (base.endsWith('.wasm')) return 'parquet-wasm wasm';
  if (base.endsWith('.css')) return 'css';
  if (base.endsWith('.js'))
    return base === 'sw.js' || base.startsWith('workbox-') ? 'service worker' : 'app js (all chunks)';
  return 'other';
}

/** The entry chunk and its static imports: what the first paint downloads. */
function initialJs(dist: string): string[] {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const entry = /<script[^>]+src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error('entry script not found in dist/index.html');
  const seen = new Set<string>();
  const visit = (rel: string) => {
    if (seen.has(rel)) return;
    seen.add(rel);
    const code = readFileSync(path.join(dist, rel), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      if (m[1]) visit(path.join('assets', m[1]));
    }
  };
  visit(entry);
  return [...seen];
}

export interface BundleReport {
  /** Bytes per group (app js, css, duckdb wasm, duckdb worker, parquet-wasm wasm, data, service worker, other). */
  groups: Record<string, Sizes>;
  /** The initial app JavaScript (index.html's module and its static imports). */
  initial: Sizes;
  initialFiles: string[];
}

/** Bytes shipped by a production build in `dist` (files under `skip` directories are left out, e.g. bench/). */
export function measureBundle(dist: string, skip: readonly string[] = []): BundleReport {
  const totals = new Map<string, Sizes>();
  for (const f of walk(dist)) {
    const rel = path.relative(dist, f);
    if (skip.some((d) => rel === d || rel.startsWith(`${d}${path.sep}`))) continue;
    const g = group(f);
    const s = sizes(readFileSync(f));
    const t = totals.get(g) ?? { raw: 0, gzip: 0, brotli: 0 };
    totals.set(g, { raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli });
  }
  const initialFiles = initialJs(dist);
  const initial = initialFiles
    .map((f) => sizes(readFileSync(path.join(dist, f))))
    .reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), {
      raw: 0,
      gzip: 0,
      brotli: 0,
    });
  return { groups: Object.fromEntries(totals), initial, initialFiles };
}

function main(args: readonly string[]): void {
  const distAt = args.indexOf('--dist');
  const dist = distAt >= 0 && args[distAt + 1] ? (args[distAt + 1] as string) : 'dist';
  const report = measureBundle(dist);
  const totals = new Map(Object.entries(report.groups));
  const { initial, initialFiles } = report;
  totals.set('app js (initial: first paint)', initial);

  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log('| group | raw | gzip | brotli |\n|---|---:|---:|---:|');
  for (const [g, s] of [...totals].sort()) console.log(`| ${g} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
  console.log(`\ninitial app JS files: ${initialFiles.join(', ')}`);
  const jsonAt = args.indexOf('--json');
  if (jsonAt >= 0 && args[jsonAt + 1])
    writeFileSync(args[jsonAt + 1] as string, `${JSON.stringify(Object.fromEntries(totals), null, 2)}\n`);
  if (args.includes('--check')) {
    const ok = initial.brotli <= APP_JS_BUDGET_BROTLI;
    console.log(
      `${ok ? 'OK' : 'OVER BUDGET'}: initial app JavaScript ${kb(initial.brotli)} brotli (budget ${kb(APP_JS_BUDGET_BROTLI)})`,
    );
    if (!ok) process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2));
}
