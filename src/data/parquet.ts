// Parquet → Apache Arrow in the browser with parquet-wasm (Rust, compiled to wasm). DuckDB-WASM cannot read
// Parquet itself offline (read_parquet needs an extension download), so published .parquet files are decoded here
// and inserted into DuckDB by the caller. Why parquet-wasm and not hyparquet: docs/decisions.md.
//
// No React and no DuckDB in this module. The wasm (≈5 MB raw, ≈1.2 MB brotli) and its JS glue are loaded lazily,
// once, on the first Parquet file: the glue through a dynamic import, the wasm from our own origin (`?url`).
//
// Inserting into DuckDB-WASM (see docs/decisions.md for the numbers):
//   - cheapest: `parquetToIPCStreams(bytes)`, then `conn.insertArrowFromIPCStream(stream, { name, create })` for
//     each stream in order (create: true for the first, false for the rest). No JS Arrow table, no re-serialising.
//   - with a JS table: `conn.insertArrowTable(await parquetToArrow(bytes), { name, create: true })`. insertArrowTable
//     re-serialises the table with DuckDB's own apache-arrow: that works only while the app and
//     @duckdb/duckdb-wasm resolve ONE apache-arrow copy (`npm ls apache-arrow` shows "deduped"; today both are 17.x).
//     With two copies its `tableToIPC` does not recognise the table and writes nothing (no rows, no table).
//
// Types as they reach DuckDB: VARCHAR → Utf8 → VARCHAR, DATE → Date32 (DateDay) → DATE, INTEGER → Int32 → INTEGER,
// BIGINT → Int64 → BIGINT, DOUBLE → Float64 → DOUBLE: no casts needed. Reading the Arrow table in JS: DateDay values
// come out as epoch milliseconds (number), Int64 as BigInt.

import { Table, tableFromIPC } from 'apache-arrow';
import type { ParquetFile } from 'parquet-wasm/esm';
import wasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';

type ParquetWasm = typeof import('parquet-wasm/esm');

let ready: Promise<ParquetWasm> | undefined;

/**
 * Loads and instantiates parquet-wasm once. Called by the decode functions; call it early to overlap the download
 * with other work. `source` overrides where the wasm comes from (tests in Node pass the file's bytes).
 */
export function loadParquetWasm(source?: BufferSource | WebAssembly.Module | URL | string): Promise<ParquetWasm> {
  if (!ready) {
    const loading = (async () => {
      const mod = await import('parquet-wasm/esm');
      await mod.default({ module_or_path: source ?? wasmUrl });
      return mod;
    })();
    ready = loading;
    // A failed download may be retried by the next call.
    loading.catch(() => {
      if (ready === loading) ready = undefined;
    });
  }
  return ready;
}

export class ParquetReadError extends Error {
  constructor(detail: string, fileName?: string, options?: { cause?: unknown }) {
    const what = fileName ? ` ${fileName}` : '';
    super(
      `Berkas Parquet${what} tidak dapat dibaca (terpotong atau rusak): ${detail} / ` +
        `The Parquet file${what} is not readable (truncated or corrupt).`,
      options,
    );
    this.name = 'ParquetReadError';
  }
}

const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1", at the start and at the end of every Parquet file

function checkFraming(b: Uint8Array, fileName?: string): void {
  if (b.length < 12) throw new ParquetReadError(`hanya ${b.length} bait`, fileName);
  const at = (offset: number) => MAGIC.every((m, i) => b[offset + i] === m);
  if (!at(0)) throw new ParquetReadError('tidak diawali penanda PAR1 (bukan berkas Parquet?)', fileName);
  if (!at(b.length - 4)) throw new ParquetReadError('tidak diakhiri penanda PAR1 (berkas terpotong?)', fileName);
}

function describe(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

/** Row groups are decoded in spans of at least this many rows (DuckDB writes 122,880-row groups)… */
const SPAN_ROWS = 100_000;
/** …or this many uncompressed bytes, whichever comes first: wasm memory only holds one span at a time. */
const SPAN_BYTES = 32 * 1024 * 1024;

/**
 * Decodes a Parquet file to Arrow IPC streams, one per span of row groups (a few 100k rows each), in file order.
 * The cheapest input for DuckDB-WASM: `insertArrowFromIPCStream(streams[0], { name, create: true })`, then the
 * others with `create: false`. Decoding span by span keeps parquet-wasm's memory (which never shrinks) at about
 * 22 MB for a 1M-row site_daily file instead of ~4× the decoded data (189 MB). Throws ParquetReadError on unreadable or truncated files.
 */
export async function parquetToIPCStreams(bytes: ArrayBuffer | Uint8Array, fileName?: string): Promise<Uint8Array[]> {
  const input = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  checkFraming(input, fileName);
  const pq = await loadParquetWasm();
  let file: ParquetFile | undefined;
  try {
    file = await pq.ParquetFile.fromFile(new Blob([input as Uint8Array<ArrayBuffer>]));
    const meta = file.metadata();
    const spans: { groups: number[]; rows: number }[] = [];
    let span = { groups: [] as number[], rows: 0, bytes: 0 };
    for (const [i, rg] of meta.rowGroups().entries()) {
      span.groups.push(i);
      span.rows += rg.numRows();
      span.bytes += rg.totalByteSize();
      rg.free();
      if (span.rows >= SPAN_ROWS || span.bytes >= SPAN_BYTES) {
        spans.push(span);
        span = { groups: [], rows: 0, bytes: 0 };
      }
    }
    if (span.groups.length) spans.push(span);
    meta.free();
    const out: Uint8Array[] = [];
    for (const { groups, rows } of spans) {
      const table = await file.read({ rowGroups: groups, batchSize: Math.max(rows, 1) });
      out.push(table.intoIPCStream()); // consumes (frees) the wasm table, copies the bytes out of wasm memory
    }
    if (out.length === 0) {
      // A file without row groups: still return its schema, so the caller can create an empty table.
      out.push((await file.read()).intoIPCStream());
    }
    return out;
  } catch (e) {
    throw new ParquetReadError(describe(e), fileName, { cause: e });
  } finally {
    file?.free();
  }
}

/**
 * Decodes a whole Parquet file to an Apache Arrow table (zero-copy views over the IPC buffers).
 * Throws ParquetReadError on unreadable or truncated files.
 */
export async function parquetToArrow(bytes: ArrayBuffer | Uint8Array, fileName?: string): Promise<Table> {
  const streams = await parquetToIPCStreams(bytes, fileName);
  try {
    const [first, ...rest] = streams.map((ipc) => tableFromIPC(ipc));
    if (!first) throw new Error('no Arrow data');
    if (rest.length === 0) return first;
    return new Table(first.schema, [...first.batches, ...rest.flatMap((t) => t.batches)]);
  } catch (e) {
    throw new ParquetReadError(describe(e), fileName, { cause: e });
  }
}
