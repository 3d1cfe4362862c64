// Benchmark candidate: hyparquet → Apache Arrow table, written as fairly as we could:
// columnar read (onChunk, no row objects), dates kept as day numbers, values copied once into typed arrays,
// strings UTF-8 encoded once per distinct value. Covers the flat types of the data contract only.
import {
  Bool,
  type DataType,
  DateDay,
  Float32,
  Float64,
  Int32,
  Int64,
  makeData,
  makeVector,
  Table,
  Utf8,
  type Vector,
} from 'apache-arrow';
import { type ColumnData, type Compressors, parquetMetadata, parquetRead, parquetSchema } from 'hyparquet';

type Kind = 'utf8' | 'date' | 'int32' | 'int64' | 'float64' | 'float32' | 'bool';

function kindOf(el: { type?: string; converted_type?: string; logical_type?: { type: string } }): Kind {
  const logical = el.logical_type?.type;
  switch (el.type) {
    case 'BYTE_ARRAY':
      if (el.converted_type === 'UTF8' || logical === 'STRING') return 'utf8';
      break;
    case 'INT32':
      if (el.converted_type === 'DATE' || logical === 'DATE') return 'date';
      if (!el.converted_type || el.converted_type === 'INT_32' || logical === 'INTEGER') return 'int32';
      break;
    case 'INT64':
      if (!el.converted_type || el.converted_type === 'INT_64') return 'int64';
      break;
    case 'DOUBLE':
      return 'float64';
    case 'FLOAT':
      return 'float32';
    case 'BOOLEAN':
      return 'bool';
  }
  throw new Error(`hyparquet candidate: unsupported column type ${el.type}/${el.converted_type ?? logical}`);
}

/** Calls fn(row, value) for every value of a column, chunk by chunk, without an intermediate array. */
function each(parts: ColumnData[], rows: number, fn: (row: number, v: unknown) => void): void {
  for (const p of parts) {
    const d = p.columnData as ArrayLike<unknown>;
    const end = Math.min(d.length, rows - p.rowStart);
    for (let i = 0; i < end; i++) fn(p.rowStart + i, d[i]);
  }
}

function toVector(kind: Kind, parts: ColumnData[], n: number): Vector {
  let nulls = 0;
  let nullBitmap: Uint8Array | undefined;
  const setNull = (i: number) => {
    nullBitmap ??= new Uint8Array((n + 7) >> 3).fill(0xff);
    nullBitmap[i >> 3]! &= ~(1 << (i & 7));
    nulls++;
  };
  const numeric = (type: DataType, out: Int32Array | Float64Array | Float32Array) => {
    each(parts, n, (i, v) => {
      if (v == null) setNull(i);
      else out[i] = v as number;
    });
    return makeVector(makeData({ type, length: n, nullCount: nulls, nullBitmap, data: out } as never));
  };
  switch (kind) {
    case 'float64':
      return numeric(new Float64(), new Float64Array(n));
    case 'float32':
      return numeric(new Float32(), new Float32Array(n));
    case 'int32':
      return numeric(new Int32(), new Int32Array(n));
    case 'date':
      return numeric(new DateDay(), new Int32Array(n));
    case 'int64': {
      const out = new BigInt64Array(n);
      each(parts, n, (i, v) => {
        if (v == null) setNull(i);
        else out[i] = BigInt(v as bigint | number);
      });
      return makeVector(makeData({ type: new Int64(), length: n, nullCount: nulls, nullBitmap, data: out }));
    }
    case 'bool': {
      const out = new Uint8Array((n + 7) >> 3);
      each(parts, n, (i, v) => {
        if (v == null) setNull(i);
        else if (v) out[i >> 3]! |= 1 << (i & 7);
      });
      return makeVector(makeData({ type: new Bool(), length: n, nullCount: nulls, nullBitmap, data: out }));
    }
    case 'utf8': {
      // Dictionary-encoded columns come back as repeated references to few strings: encode each distinct one once.
      const enc = new TextEncoder();
      const cache = new Map<string, Uint8Array>();
      const encoded: Uint8Array[] = new Array(n).fill(EMPTY);
      each(parts, n, (i, v) => {
        if (v == null) return setNull(i);
        const s = v as string;
        let b = cache.get(s);
        if (!b) {
          b = enc.encode(s);
          cache.set(s, b);
        }
        encoded[i] = b;
      });
      const offsets = new Int32Array(n + 1);
      for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + encoded[i]!.length;
      const data = new Uint8Array(offsets[n]!);
      for (let i = 0; i < n; i++) data.set(encoded[i]!, offsets[i]!);
      return makeVector(
        makeData({ type: new Utf8(), length: n, nullCount: nulls, nullBitmap, valueOffsets: offsets, data }),
      );
    }
  }
}
const EMPTY = new Uint8Array(0);

export async function hyparquetToArrowWith(bytes: ArrayBuffer, compressors: Compressors): Promise<Table> {
  const metadata = parquetMetadata(bytes);
  const schema = parquetSchema(metadata);
  const rows = Number(metadata.num_rows);
  const columns = schema.children.map((c) => ({ name: c.element.name, kind: kindOf(c.element) }));
  const chunks = new Map<string, ColumnData[]>(columns.map((c) => [c.name, []]));
  await parquetRead({
    file: bytes,
    metadata,
    compressors,
    parsers: { dateFromDays: (d: number) => d },
    onChunk: (c) => chunks.get(c.columnName)?.push(c),
  });
  const vectors: Record<string, Vector> = {};
  for (const { name, kind } of columns) {
    vectors[name] = toVector(kind, chunks.get(name)!, rows);
  }
  return new Table(vectors);
}
