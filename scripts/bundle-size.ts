// Bytes shipped, raw / gzip / brotli, grouped: app JavaScript (excluding DuckDB-WASM's worker), CSS, DuckDB wasm
// and worker, Parquet decoder wasm, data. `--check` fails (exit 1) when the initial app JavaScript (what the first
// paint needs: index.html's module and its static imports) exceeds the budget.
//   npx tsx scripts/bundle-size.ts [--check] [--json out.json] [--dist dist]
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const APP_JS_BUDGET_BROTLI = 300 * 1024;

interface Sizes {
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

const args = process.argv.slice(2);
const distAt = args.indexOf('--dist');
const dist = distAt >= 0 && args[distAt + 1] ? (args[distAt + 1] as string) : 'dist';
const totals = new Map<string, Sizes>();
for (const f of walk(dist)) {
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
