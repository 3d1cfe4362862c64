// What the bytes of an upload are before anything parses them: empty, a binary renamed .csv (XLSX/ZIP, XLS, PDF,
// gzip, Parquet, NUL bytes), UTF-16, UTF-8 with or without BOM, or not UTF-8 at all (typically Windows-1252 from
// an older Excel "CSV (dibatasi koma)" export).
import type { BinaryKind } from './messages.ts';
import type { Encoding } from './types.ts';

const startsWith = (b: Uint8Array, magic: readonly number[], at = 0) => magic.every((m, i) => b[at + i] === m);

export type Sniffed =
  | { kind: 'empty' }
  | { kind: 'parquet' }
  | { kind: 'binary'; binary: BinaryKind }
  | { kind: 'text'; encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; bom: boolean };

const SNIFF_BYTES = 8192;

export function sniffBytes(b: Uint8Array): Sniffed {
  if (b.length === 0) return { kind: 'empty' };
  if (startsWith(b, [0x50, 0x41, 0x52, 0x31])) return { kind: 'parquet' }; // PAR1
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06]))
    return { kind: 'binary', binary: 'zip' }; // PK: .xlsx, .ods, .zip
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { kind: 'binary', binary: 'xls' };
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d])) return { kind: 'binary', binary: 'pdf' }; // %PDF-
  if (startsWith(b, [0x1f, 0x8b])) return { kind: 'binary', binary: 'gzip' };
  if (startsWith(b, [0xef, 0xbb, 0xbf])) return { kind: 'text', encoding: 'utf-8', bom: true };
  if (startsWith(b, [0xff, 0xfe])) return { kind: 'text', encoding: 'utf-16le', bom: true };
  if (startsWith(b, [0xfe, 0xff])) return { kind: 'text', encoding: 'utf-16be', bom: true };
  const n = Math.min(b.length, SNIFF_BYTES);
  let nul = 0;
  let nulEven = 0;
  for (let i = 0; i < n; i++) {
    if (b[i] === 0) {
      nul++;
      if (i % 2 === 0) nulEven++;
    }
  }
  if (nul > 0) {
    // ASCII text in UTF-16 without BOM: every other byte is NUL.
    if (nul >= n / 2 - 2) return { kind: 'text', encoding: nulEven > nul / 2 ? 'utf-16be' : 'utf-16le', bom: false };
    return { kind: 'binary', binary: 'nul' };
  }
  return { kind: 'text', encoding: 'utf-8', bom: false };
}

/** A byte that is not valid UTF-8, by line (1-based), first one per line. */
export interface BadByte {
  byte: number;
}

export interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
  /** Lines with bytes that are not UTF-8 (only when `encoding` is windows-1252). At most MAX_BAD_LINES. */
  badLines: Map<number, BadByte>;
  /** Number of lines with bytes that are not UTF-8 (may exceed badLines.size). */
  badLineCount: number;
}

const MAX_BAD_LINES = 10_000;

/** Length of the valid UTF-8 sequence starting at i, or 0 when the byte at i does not start one. */
function utf8SequenceLength(b: Uint8Array, i: number): number {
  const c = b[i] ?? 0;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const x = b[i + k];
    return x !== undefined && x >= lo && x <= hi;
  };
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (c >= 0xe1 && c <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** Lines (1-based, counted by LF, or by CR in CR-only files) holding bytes that are not UTF-8. */
export function findInvalidUtf8(b: Uint8Array): { lines: Map<number, BadByte>; count: number } {
  const lines = new Map<number, BadByte>();
  let count = 0;
  const crOnly = !b.includes(0x0a);
  const nl = crOnly ? 0x0d : 0x0a;
  let line = 1;
  let lastBadLine = 0;
  for (let i = 0; i < b.length; ) {
    const c = b[i] as number;
    if (c === nl) line++;
    const len = utf8SequenceLength(b, i);
    if (len === 0) {
      if (lastBadLine !== line) {
        count++;
        lastBadLine = line;
        if (lines.size < MAX_BAD_LINES) lines.set(line, { byte: c });
      }
      i++;
    } else i += len;
  }
  return { lines, count };
}

function decoder(label: string, fatal = false): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return null;
  }
}

// Windows-1252 differs from ISO-8859-1 in 0x80–0x9F (undefined bytes map to the C1 control, as WHATWG does).
// Decoded by hand: Node's TextDecoder('windows-1252') decodes ISO-8859-1 (0x80 → U+0080 instead of €).
const CP1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(b: Uint8Array): string {
  const CHUNK = 8192;
  const units = new Uint16Array(Math.min(b.length, CHUNK));
  let s = '';
  for (let start = 0; start < b.length; start += CHUNK) {
    const end = Math.min(b.length, start + CHUNK);
    for (let i = start; i < end; i++) {
      const c = b[i] as number;
      units[i - start] = c >= 0x80 && c <= 0x9f ? (CP1252_80_9F[c - 0x80] as number) : c;
    }
    s += String.fromCharCode(...units.subarray(0, end - start));
  }
  return s;
}

/** Decodes text bytes: UTF-8 (BOM stripped), UTF-16 by BOM/NUL pattern, else Windows-1252 with the bad lines. */
export function decodeText(b: Uint8Array, sniffed: Extract<Sniffed, { kind: 'text' }>): Decoded {
  const none = new Map<number, BadByte>();
  if (sniffed.encoding !== 'utf-8') {
    const body = sniffed.bom ? b.subarray(2) : b;
    const d = decoder(sniffed.encoding) ?? new TextDecoder();
    return { text: d.decode(body), encoding: sniffed.encoding, bom: sniffed.bom, badLines: none, badLineCount: 0 };
  }
  const body = sniffed.bom ? b.subarray(3) : b;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { text, encoding: 'utf-8', bom: sniffed.bom, badLines: none, badLineCount: 0 };
  } catch {
    const { lines, count } = findInvalidUtf8(body);
    return {
      text: decodeWindows1252(body),
      encoding: 'windows-1252',
      bom: sniffed.bom,
      badLines: lines,
      badLineCount: count,
    };
  }
}
