// Parquet writer for exports, in the browser: rows → Apache Arrow (typed by the export's column list) → Arrow IPC
// → parquet-wasm's writer (arrow-rs), ZSTD-compressed, with the provenance JSON in the file's key-value metadata.
// DuckDB-WASM here has no Parquet extension (COPY … TO 'x.parquet' is unavailable), so the writer is parquet-wasm,
// the same package that decodes the published files (src/data/parquet.ts loads its wasm once, lazily).
import { Table, tableToIPC, type Vector } from 'apache-arrow';
import { loadParquetWasm } from '../parquet.ts';
import type { Cell, Row } from '../rows.ts';
import { boolVector, dateDayVector, float64Vector, int32Vector, utf8Vector } from './arrow-columns.ts';
import type { ExportColumn } from './csv.ts';

/**
 * Export rows as an Arrow table with the column types of the export (VARCHAR → Utf8, INTEGER → Int32,
 * BIGINT/DOUBLE → Float64, DATE → Date32 (days), BOOLEAN → Bool); NULLs stay NULL.
 */
export function rowsToArrow(columns: readonly ExportColumn[], rows: readonly Row[]): Table {
  const vectors: Record<string, Vector> = {};
  const num = (v: Cell | undefined) => (typeof v === 'number' ? v : null);
  for (const c of columns) {
    const values = rows.map((r) => r[c.name] ?? null);
    switch (c.type) {
      case 'INTEGER':
        vectors[c.name] = int32Vector(values.map(num));
        break;
      case 'BIGINT':
      case 'DOUBLE':
        vectors[c.name] = float64Vector(values.map(num));
        break;
      case 'BOOLEAN':
        vectors[c.name] = boolVector(values.map((v) => (typeof v === 'boolean' ? v : null)));
        break;
      case 'DATE':
        vectors[c.name] = dateDayVector(values.map((v) => (typeof v === 'string' ? v : null)));
        break;
      default:
        vectors[c.name] = utf8Vector(values.map((v) => (v === null ? null : String(v))));
    }
  }
  return new Table(vectors);
}

export interface ParquetExportOptions {
  /** Key-value metadata written into the file footer (e.g. `jdac.provenance` → JSON). */
  metadata?: Record<string, string>;
  /** Default ZSTD. */
  compression?: 'zstd' | 'snappy';
}

/** Writes rows to Parquet bytes. Loads parquet-wasm on first use (in Node tests: loadParquetWasm(bytes) first). */
export async function toParquet(
  columns: readonly ExportColumn[],
  rows: readonly Row[],
  opts: ParquetExportOptions = {},
): Promise<Uint8Array> {
  const pq = await loadParquetWasm();
  const ipc = tableToIPC(rowsToArrow(columns, rows), 'stream');
  const table = pq.Table.fromIPCStream(ipc);
  let builder = new pq.WriterPropertiesBuilder()
    .setCompression(opts.compression === 'snappy' ? pq.Compression.SNAPPY : pq.Compression.ZSTD)
    .setCreatedBy('JDAC dashboard (parquet-wasm)');
  if (opts.metadata) builder = builder.setKeyValueMetadata(new Map(Object.entries(opts.metadata)));
  const props = builder.build();
  return pq.writeParquet(table, props);
}
