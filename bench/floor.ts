// The floor of a cold start: what no dashboard on DuckDB-WASM can avoid. Instantiates DuckDB-WASM exactly as
// src/data/duckdb-browser.ts does (eh bundle from our origin, worker, open, connect) and fetches the manifest, in
// parallel. window.__floor holds performance.now() (ms since navigation) when both are done.
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';

declare global {
  interface Window {
    __floor?: { done: number; engine: number; manifest: number; error?: string };
  }
}

async function engine(): Promise<number> {
  const { AsyncDuckDB, VoidLogger } = await import('@duckdb/duckdb-wasm');
  const worker = new Worker(ehWorker, { type: 'classic' });
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  await db.instantiate(ehWasm);
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const conn = await db.connect();
  await conn.query('SELECT 1');
  return performance.now();
}

async function manifest(): Promise<number> {
  const res = await fetch(new URL('../data/manifest.json', document.baseURI), { cache: 'no-cache' });
  await res.json();
  return performance.now();
}

Promise.all([engine(), manifest()]).then(
  ([e, m]) => {
    window.__floor = { done: performance.now(), engine: e, manifest: m };
    (document.getElementById('state') as HTMLElement).textContent = 'done';
  },
  (err) => {
    window.__floor = { done: -1, engine: -1, manifest: -1, error: String(err) };
  },
);
