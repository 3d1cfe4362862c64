// Arrow vectors built straight from their buffers (makeData), without apache-arrow's Builder classes: those compile
// their null check with `new Function`, which the app's Content Security Policy (script-src without 'unsafe-eval')
// forbids in the page and in workers. Used by the Parquet export and by the upload worker's batches.
import {
  Bool,
  DateDay,
  Float64,
  Int32,
  makeData,
  makeVector,
  Table,
  tableToIPC,
  Utf8,
  type Vector,
} from 'apache-arrow';

/** Validity bitmap (bit set = value present), or undefined when nothing is null. */
function validity(length: number, isNull: (i: number) => boolean): { bitmap?: Uint8Array; nullCount: number } {
  let nullCount = 0;
  const bitmap = new Uint8Array(Math.ceil(length / 8));
  for (let i = 0; i < length; i++) {
    if (isNull(i)) nullCount++;
    else bitmap[i >> 3] = (bitmap[i >> 3] as number) | (1 << (i & 7));
  }
  return nullCount === 0 ? { nullCount } : { bitmap, nullCount };
}

export function utf8Vector(values: readonly (string | null | undefined)[]): Vector<Utf8> {
  const n = values.length;
  const encoder = new TextEncoder();
  const offsets = new Int32Array(n + 1);
  let bytes = new Uint8Array(Math.max(64, n * 16));
  let at = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== null && v !== undefined && v !== '') {
      // A UTF-16 code unit takes at most 3 bytes in UTF-8.
      if (at + v.length * 3 > bytes.length) {
        const grown = new Uint8Array(Math.max(bytes.length * 2, at + v.length * 3));
        grown.set(bytes.subarray(0, at));
        bytes = grown;
      }
      at += encoder.encodeInto(v, bytes.subarray(at)).written;
    }
    offsets[i + 1] = at;
  }
  const { bitmap, nullCount } = validity(n, (i) => values[i] === null || values[i] === undefined);
  return makeVector(
    makeData({
      type: new Utf8(),
      length: n,
      nullCount,
      nullBitmap: bitmap,
      valueOffsets: offsets,
      data: bytes.slice(0, at),
    }),
  );
}

export function float64Vector(values: readonly (number | null | undefined)[]): Vector<Float64> {
  const n = values.length;
  const data = new Float64Array(n);
  for (let i = 0; i < n; i++) data[i] = values[i] ?? 0;
  const { bitmap, nullCount } = validity(n, (i) => typeof values[i] !== 'number');
  return makeVector(makeData({ type: new Float64(), length: n, nullCount, nullBitmap: bitmap, data }));
}

export function int32Vector(values: readonly (number | null | undefined)[]): Vector<Int32> {
  const n = values.length;
  const data = new Int32Array(n);
  for (let i = 0; i < n; i++) data[i] = values[i] ?? 0;
  const { bitmap, nullCount } = validity(n, (i) => typeof values[i] !== 'number');
  return makeVector(makeData({ type: new Int32(), length: n, nullCount, nullBitmap: bitmap, data }));
}

export function boolVector(values: readonly (boolean | null | undefined)[]): Vector<Bool> {
  const n = values.length;
  const data = new Uint8Array(Math.ceil(n / 8));
  for (let i = 0; i < n; i++) if (values[i] === true) data[i >> 3] = (data[i >> 3] as number) | (1 << (i & 7));
  const { bitmap, nullCount } = validity(n, (i) => typeof values[i] !== 'boolean');
  return makeVector(makeData({ type: new Bool(), length: n, nullCount, nullBitmap: bitmap, data }));
}

const DAY_MS = 86_400_000;

/** ISO dates ('YYYY-MM-DD…') → Date32 (days since 1970-01-01); anything else is NULL. */
export function dateDayVector(values: readonly (string | null | undefined)[]): Vector<DateDay> {
  const n = values.length;
  const data = new Int32Array(n);
  const ok = new Array<boolean>(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const ms = typeof v === 'string' ? Date.parse(`${v.slice(0, 10)}T00:00:00Z`) : Number.NaN;
    ok[i] = Number.isFinite(ms);
    data[i] = ok[i] ? Math.round(ms / DAY_MS) : 0;
  }
  const { bitmap, nullCount } = validity(n, (i) => !ok[i]);
  return makeVector(makeData({ type: new DateDay(), length: n, nullCount, nullBitmap: bitmap, data }));
}

/** A table of named vectors as Arrow IPC stream bytes. */
export function vectorsToIPC(vectors: Record<string, Vector>): Uint8Array {
  return tableToIPC(new Table(vectors), 'stream');
}
