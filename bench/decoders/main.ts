// Benchmark page: DuckDB-WASM (eh bundle, from our own origin) plus the Parquet decoder candidates, each loaded
// lazily on first use. scripts/bench-decoders.ts calls window.bench.* step by step so that it can read the JS heap
// between steps.
import * as duckdb from '@duckdb/duckdb-wasm';
import duckdbWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import duckdbWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import type { Table } from 'apache-arrow';

export type CandidateId = 'parquet-wasm/ipc' | 'parquet-wasm/table' | 'hyparquet/table';

interface Decoded {
  ipc?: Uint8Array[];
  table?: Table;
}
interface Candidate {
  load(): Promise<void>;
  decode(bytes: ArrayBuffer): Promise<Decoded>;
}

const candidates: Record<CandidateId, Candidate> = {
  'parquet-wasm/ipc': {
    async load() {
      await (await import('../../src/data/parquet.ts')).loadParquetWasm();
    },
    async decode(bytes) {
      return { ipc: await (await import('../../src/data/parquet.ts')).parquetToIPCStreams(bytes) };
    },
  },
  'parquet-wasm/table': {
    async load() {
      await (await import('../../src/data/parquet.ts')).loadParquetWasm();
    },
    async decode(bytes) {
      return { table: await (await import('../../src/data/parquet.ts')).parquetToArrow(bytes) };
    },
  },
  'hyparquet/table': {
    async load() {
      await import('./candidates/hyparquet.ts');
    },
    async decode(bytes) {
      return { table: await (await import('./candidates/hyparquet.ts')).hyparquetToArrow(bytes) };
    },
  },
};

let db: duckdb.AsyncDuckDB | undefined;
let conn: duckdb.AsyncDuckDBConnection | undefined;
let pending: Decoded | undefined;
const loaded = new Set<CandidateId>();

function log(line: string) {
  document.getElementById('log')!.textContent += `${line}\n`;
}

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  const r = await conn!.query(sql);
  return r.toArray().map((row) => {
    const o = row.toJSON() as Record<string, unknown>;
    for (const [k, v] of Object.entries(o)) if (typeof v === 'bigint') o[k] = v.toString();
    return o;
  });
}

const bench = {
  async init() {
    const t0 = performance.now();
    const worker = new Worker(duckdbWorker);
    db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await db.instantiate(duckdbWasm);
    conn = await db.connect();
    await conn.query('SET autoload_known_extensions=false');
    await conn.query('SET autoinstall_known_extensions=false');
    const ms = performance.now() - t0;
    log(`duckdb ready in ${ms.toFixed(0)} ms`);
    return { duckdbMs: ms, version: await db.getVersion(), cores: navigator.hardwareConcurrency };
  },

  /** Fetches and decodes; keeps the result for insert(). The first call per candidate also loads it (initMs). */
  async decode(id: CandidateId, url: string) {
    const c = candidates[id];
    let initMs = 0;
    if (!loaded.has(id)) {
      const t = performance.now();
      await c.load();
      initMs = performance.now() - t;
      loaded.add(id);
    }
    const t0 = performance.now();
    const res = await fetch(url, { cache: 'no-store' });
    if (!res.ok) throw new Error(`fetch ${url}: ${res.status}`);
    const bytes = await res.arrayBuffer();
    const t1 = performance.now();
    pending = await c.decode(bytes);
    const t2 = performance.now();
    return { initMs, fetchMs: t1 - t0, decodeMs: t2 - t1, fileBytes: bytes.byteLength };
  },

  /** Inserts the decoded data as table site_daily and waits for count(*). */
  async insert(table = 'site_daily') {
    const d = pending!;
    await conn!.query(`DROP TABLE IF EXISTS ${table}`);
    const t0 = performance.now();
    if (d.ipc) {
      for (const [i, ipc] of d.ipc.entries()) {
        await conn!.insertArrowFromIPCStream(ipc, { name: table, create: i === 0 });
      }
    } else await conn!.insertArrowTable(d.table!, { name: table, create: true });
    const count = Number((await rows(`SELECT count(*) AS n FROM ${table}`))[0]!.n);
    const insertMs = performance.now() - t0;
    pending = undefined;
    return { insertMs, count };
  },

  /** DuckDB column types, a checksum query (given by the driver, same SQL as for native DuckDB) and the first row. */
  async check(checksumSql: string, table = 'site_daily') {
    const types = await rows(`DESCRIBE ${table}`);
    const [sum] = await rows(checksumSql);
    const first = await rows(
      `SELECT site_id, date::VARCHAR AS date, users FROM ${table} ORDER BY site_id, date LIMIT 1`,
    );
    return {
      types: types.map((t) => `${t.column_name} ${t.column_type}`).join(', '),
      checksum: JSON.stringify(sum),
      first: JSON.stringify(first[0]),
    };
  },

  /** Bytes of parquet-wasm's linear memory (outside the JS heap; wasm memory never shrinks). */
  async parquetWasmMemory() {
    if (!loaded.has('parquet-wasm/ipc') && !loaded.has('parquet-wasm/table')) return 0;
    const m = await import('parquet-wasm/esm');
    return m.wasmMemory().buffer.byteLength;
  },
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;
log('bench page loaded');
