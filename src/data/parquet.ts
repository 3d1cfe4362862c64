// Parquet → Apache Arrow in the browser with parquet-wasm (Rust, compiled to wasm). DuckDB-WASM cannot read
// Parquet itself offline (read_parquet needs an extension download), so published .parquet files are decoded here
// and inserted into DuckDB by the caller. Why parquet-wasm and not hyparquet: docs/decisions.md.
//
// No React and no DuckDB in this module. The wasm (≈5 MB raw, ≈1.2 MB brotli) and its JS glue are loaded lazily,
// once, on the first Parquet file: the glue through a dynamic import, the wasm from our own origin (`?url`).
//
// Inserting into DuckDB-WASM:
//   - fastest: `conn.insertArrowFromIPCStream(await parquetToArrowIPC(bytes), { name, create: true })`
//     (no JS Arrow table is built; one copy fewer).
//   - with a JS table: `conn.insertArrowFromIPCStream(tableToIPC(table, 'stream'), …)` with `tableToIPC` from
//     the same `apache-arrow` as this module. Do NOT pass the table to `conn.insertArrowTable()` while
//     @duckdb/duckdb-wasm carries its own nested apache-arrow 17: its `tableToIPC` does not recognise a Table of
//     another copy and serialises nothing; the insert then fails ("Table … does not exist") or creates nothing.
//
// Types as they reach DuckDB: VARCHAR → Utf8 → VARCHAR, DATE → Date32 (DateDay) → DATE, INTEGER → Int32 → INTEGER,
// BIGINT → Int64 → BIGINT, DOUBLE → Float64 → DOUBLE. In JS, Arrow returns DateDay values as epoch milliseconds
// (number) and Int64 as BigInt.

import { type Table, tableFromIPC } from 'apache-arrow';
import wasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';

type ParquetWasm = typeof import('parquet-wasm/esm');

/** Rows per Arrow record batch. parquet-wasm's default (1024) makes ~1000 tiny batches per million rows. */
const BATCH_SIZE = 64 * 1024;

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

/**
 * Decodes a whole Parquet file to an Arrow IPC stream (bytes). The cheapest input for
 * `conn.insertArrowFromIPCStream()`. Throws ParquetReadError on unreadable or truncated files.
 */
export async function parquetToArrowIPC(bytes: ArrayBuffer | Uint8Array, fileName?: string): Promise<Uint8Array> {
  const input = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  checkFraming(input, fileName);
  const pq = await loadParquetWasm();
  let table: ReturnType<ParquetWasm['readParquet']> | undefined;
  try {
    table = pq.readParquet(input, { batchSize: BATCH_SIZE });
    // Consumes (frees) the wasm table and copies the IPC bytes out of wasm memory.
    const ipc = table.intoIPCStream();
    table = undefined;
    return ipc;
  } catch (e) {
    table?.free();
    throw new ParquetReadError(describe(e), fileName, { cause: e });
  }
}

/**
 * Decodes a whole Parquet file to an Apache Arrow table (views over one IPC buffer; no per-value copies).
 * Throws ParquetReadError on unreadable or truncated files.
 */
export async function parquetToArrow(bytes: ArrayBuffer | Uint8Array, fileName?: string): Promise<Table> {
  const ipc = await parquetToArrowIPC(bytes, fileName);
  try {
    return tableFromIPC(ipc);
  } catch (e) {
    throw new ParquetReadError(describe(e), fileName, { cause: e });
  }
}
