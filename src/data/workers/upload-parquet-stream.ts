// A Parquet upload read row group by row group, for the upload worker (upload.worker.ts) and its tests.
// parquet-wasm's ParquetFile.fromFile(blob) reads the footer, then only the byte ranges of the row groups asked for
// (Blob.slice), so the whole file is never in memory: one span of row groups (≥100k rows or 32 MB decoded, the same
// spans as src/data/parquet.ts) is decoded to an Arrow IPC stream, handed to the consumer, and the consumer's promise
// is awaited before the next span is read. Memory: one span in wasm plus what the consumer keeps (the worker keeps at
// most three batches the page has not inserted yet), whatever the file size.
// Cancelling: the page terminates the worker; in-process callers pass an AbortSignal (checked between spans).

import type { ParquetFile } from 'parquet-wasm/esm';
import { loadParquetWasm, ParquetReadError } from '../parquet.ts';

export interface ParquetSpan {
  /** Row-group indexes decoded together. */
  groups: number[];
  rows: number;
  /** Compressed bytes of these row groups in the file (for byte progress). */
  bytes: number;
}

export interface ParquetOutline {
  /** Arrow IPC stream holding the schema only (no rows). */
  schemaIpc: Uint8Array;
  rows: number;
  spans: ParquetSpan[];
}

const SPAN_ROWS = 100_000;
const SPAN_BYTES = 32 * 1024 * 1024;
const MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The first and last 4 bytes must be PAR1 (reads 8 bytes, not the file). */
async function checkFraming(blob: Blob, fileName?: string): Promise<void> {
  if (blob.size < 12) throw new ParquetReadError(`hanya ${blob.size} bait`, fileName);
  const head = new Uint8Array(await blob.slice(0, 4).arrayBuffer());
  const tail = new Uint8Array(await blob.slice(blob.size - 4).arrayBuffer());
  if (!MAGIC.every((m, i) => head[i] === m))
    throw new ParquetReadError('tidak diawali penanda PAR1 (bukan berkas Parquet?)', fileName);
  if (!MAGIC.every((m, i) => tail[i] === m))
    throw new ParquetReadError('tidak diakhiri penanda PAR1 (berkas terpotong?)', fileName);
}

async function open(blob: Blob, fileName?: string): Promise<{ file: ParquetFile; outline: ParquetOutline }> {
  await checkFraming(blob, fileName);
  const pq = await loadParquetWasm();
  let file: ParquetFile | undefined;
  try {
    file = await pq.ParquetFile.fromFile(blob);
    const meta = file.metadata();
    const spans: ParquetSpan[] = [];
    let span = { groups: [] as number[], rows: 0, bytes: 0, decoded: 0 };
    let rows = 0;
    for (const [i, rg] of meta.rowGroups().entries()) {
      span.groups.push(i);
      span.rows += rg.numRows();
      span.bytes += rg.compressedSize();
      span.decoded += rg.totalByteSize();
      rows += rg.numRows();
      rg.free();
      if (span.rows >= SPAN_ROWS || span.decoded >= SPAN_BYTES) {
        spans.push({ groups: span.groups, rows: span.rows, bytes: span.bytes });
        span = { groups: [], rows: 0, bytes: 0, decoded: 0 };
      }
    }
    if (span.groups.length) spans.push({ groups: span.groups, rows: span.rows, bytes: span.bytes });
    meta.free();
    const schemaIpc = file.schema().intoIPCStream();
    return { file, outline: { schemaIpc, rows, spans } };
  } catch (e) {
    file?.free();
    throw e instanceof ParquetReadError ? e : new ParquetReadError(describe(e), fileName, { cause: e });
  }
}

/** Schema, row count and decode spans from the file's footer only. Throws ParquetReadError. */
export async function outlineParquet(blob: Blob, fileName?: string): Promise<ParquetOutline> {
  const { file, outline } = await open(blob, fileName);
  file.free();
  return outline;
}

export interface ParquetProgress {
  /** Rows handed over so far. */
  rows: number;
  /** Compressed bytes of the row groups decoded so far (reaches the sum of all row groups, a bit under the size). */
  bytes: number;
}

export class ParquetStreamAborted extends Error {
  constructor() {
    super('Pembacaan Parquet dihentikan');
    this.name = 'ParquetStreamAborted';
  }
}

/**
 * Decodes `blob` span by span and hands each span to `onBatch` as an Arrow IPC stream (schema + record batches),
 * awaiting it before reading the next span. A file without row groups yields one schema-only stream with 0 rows, so
 * the consumer can still create its table. Resolves with the row count; throws ParquetReadError on an unreadable
 * file or row group, ParquetStreamAborted when `signal` aborts (checked before each span and after each hand-over).
 */
export async function streamParquet(
  blob: Blob,
  onBatch: (ipc: Uint8Array, rows: number, progress: ParquetProgress) => Promise<void> | void,
  opts: { fileName?: string; signal?: AbortSignal } = {},
): Promise<{ rows: number; batches: number }> {
  const { file, outline } = await open(blob, opts.fileName);
  const done: ParquetProgress = { rows: 0, bytes: 0 };
  let batches = 0;
  const stopIfAborted = () => {
    if (opts.signal?.aborted) throw new ParquetStreamAborted();
  };
  try {
    if (outline.spans.length === 0) {
      stopIfAborted();
      batches++;
      // A schema-only IPC stream, read the same way as a row group, so DuckDB creates the (empty) table.
      let ipc: Uint8Array;
      try {
        ipc = (await file.read()).intoIPCStream();
      } catch (e) {
        throw new ParquetReadError(describe(e), opts.fileName, { cause: e });
      }
      await onBatch(ipc, 0, { ...done });
      return { rows: 0, batches };
    }
    for (const span of outline.spans) {
      stopIfAborted();
      let ipc: Uint8Array;
      try {
        const table = await file.read({ rowGroups: span.groups, batchSize: Math.max(span.rows, 1) });
        ipc = table.intoIPCStream(); // frees the wasm table; the bytes now live in JS
      } catch (e) {
        throw new ParquetReadError(describe(e), opts.fileName, { cause: e });
      }
      done.rows += span.rows;
      done.bytes += span.bytes;
      batches++;
      await onBatch(ipc, span.rows, { ...done });
      stopIfAborted();
    }
    return { rows: done.rows, batches };
  } finally {
    file.free();
  }
}
