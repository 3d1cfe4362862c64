// A CSV `File` streamed by papaparse's own File streaming (`Papa.parse(file, { chunkSize, chunk })`), inside the
// upload worker: papaparse slices the file, reads each slice as text, carries a row cut by a slice boundary (also
// one inside quotes) over to the next slice, and hands us the rows of each slice. Memory is one slice plus the rows
// of one slice, whatever the file size; `onRows` may return a promise and the parser pauses until it settles (the
// worker's back-pressure when DuckDB inserts slower than we parse).
//
// One gap in papaparse's FileStreamer is closed here: it decodes every byte slice on its own (FileReader.readAsText
// per slice), so a multi-byte UTF-8 character cut by a slice boundary became two U+FFFD. We hand papaparse a view of
// the file whose slices start and end on UTF-8 character boundaries (`utf8Aligned`); it still sees a Blob-like input
// with `size` and `slice`, which it streams like a File.
import Papa from 'papaparse';

/** Bytes per slice papaparse reads (one FileReader call). */
export const CSV_CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * Where a slice boundary at byte `at` belongs so that no UTF-8 character is cut: `at` itself, or the start of the
 * character `at` falls inside. `around` holds the bytes [at - 3, at + 1) (fewer near the start of the file).
 */
export function utf8Boundary(around: Uint8Array, at: number): number {
  let i = around.length - 1; // the byte at `at`
  let back = 0;
  while (i > 0 && ((around[i] as number) & 0xc0) === 0x80 && back < 3) {
    i--;
    back++;
  }
  // A lead byte (11xxxxxx) found: the character starts there. Otherwise the bytes are not UTF-8; cut anywhere.
  return back > 0 && ((around[i] as number) & 0xc0) === 0xc0 ? at - back : at;
}

/** What papaparse's FileStreamer needs of its input. */
export interface SliceableFile {
  size: number;
  slice(start?: number, end?: number): Blob;
}

/**
 * A view of `file` whose slices start and end on UTF-8 character boundaries. `peek(start, end)` reads a few bytes
 * synchronously (FileReaderSync in a worker). `read()` says how many bytes papaparse has asked for so far.
 */
export function utf8Aligned(
  file: Blob,
  peek: (start: number, end: number) => Uint8Array,
): SliceableFile & { read(): number } {
  const align = (at: number) => {
    if (at <= 0 || at >= file.size) return Math.max(0, Math.min(at, file.size));
    return utf8Boundary(peek(Math.max(0, at - 3), at + 1), at);
  };
  let read = 0;
  return {
    size: file.size,
    slice(start = 0, end = file.size) {
      const to = align(end);
      read = Math.max(read, to);
      return file.slice(align(start), to);
    },
    read: () => read,
  };
}

export interface CsvStreamOptions {
  delimiter: string;
  chunkSize?: number;
  /** Stops the parse (the promise resolves with `aborted: true`). */
  signal?: { aborted: boolean };
}

/**
 * Streams `input` through papaparse and hands over the rows of each slice (header row included, a leading BOM
 * removed) with the bytes read so far. Resolves when the file is done (or aborted); rejects on a read error or when
 * `onRows` throws.
 */
export function streamCsv(
  input: SliceableFile & { read(): number },
  opts: CsvStreamOptions,
  onRows: (rows: string[][], bytesRead: number) => void | Promise<void>,
): Promise<{ aborted: boolean }> {
  return new Promise((resolve, reject) => {
    // papaparse calls `complete` also from abort(); the first outcome wins.
    let settled = false;
    const finish = (aborted: boolean) => {
      if (settled) return;
      settled = true;
      resolve({ aborted });
    };
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      reject(err instanceof Error ? err : new Error(String(err)));
    };
    const stop = (parser: Papa.Parser, outcome: () => void) => {
      outcome();
      parser.abort();
    };
    Papa.parse<string[]>(input as unknown as File, {
      worker: false,
      chunkSize: opts.chunkSize ?? CSV_CHUNK_BYTES,
      delimiter: opts.delimiter,
      quoteChar: '"',
      escapeChar: '"',
      skipEmptyLines: 'greedy',
      beforeFirstChunk: (chunk) => (chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk),
      chunk(results, parser) {
        if (settled) return;
        if (opts.signal?.aborted) return stop(parser, () => finish(true));
        let out: void | Promise<void>;
        try {
          out = onRows(results.data, input.read());
        } catch (err) {
          return stop(parser, () => fail(err));
        }
        if (out && typeof out.then === 'function') {
          parser.pause();
          out.then(
            () => (opts.signal?.aborted ? stop(parser, () => finish(true)) : parser.resume()),
            (err: unknown) => stop(parser, () => fail(err)),
          );
        }
      },
      complete: () => finish(false),
      error: (err) => fail(err),
    });
  });
}
