// papaparse's File streaming as the upload worker drives it: rows cut by slice boundaries (also inside quotes and
// inside multi-byte UTF-8 characters) come out whole, the parser waits for a slow consumer, and a stop stops it.
// FileReader does not exist in Node: the stand-in below decodes each slice on its own, as the browser's does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamCsv, utf8Aligned, utf8Boundary } from './upload-csv-stream.ts';

class SliceReader {
  onload: ((e: { target: { result: string } }) => void) | null = null;
  onerror: (() => void) | null = null;
  error: Error | null = null;
  readAsText(blob: Blob) {
    void blob.arrayBuffer().then((b) => this.onload?.({ target: { result: new TextDecoder().decode(b) } }));
  }
}

const g = globalThis as { FileReader?: unknown };
const before = g.FileReader;
beforeAll(() => {
  g.FileReader = SliceReader;
});
afterAll(() => {
  g.FileReader = before;
});

const bytesOf = (text: string) => new TextEncoder().encode(text);
const aligned = (text: string) => {
  const bytes = bytesOf(text);
  return utf8Aligned(new Blob([bytes]), (s, e) => bytes.slice(s, e));
};

async function collect(text: string, chunkSize: number) {
  const rows: string[][] = [];
  const reads: number[] = [];
  await streamCsv(aligned(text), { delimiter: ',', chunkSize }, (r, read) => {
    rows.push(...r);
    reads.push(read);
  });
  return { rows, reads };
}

describe('utf8Boundary', () => {
  it('keeps a boundary between characters and moves one inside a character back to its start', () => {
    // "aé" = 61 C3 A9; a boundary at byte 2 falls between C3 and A9.
    expect(utf8Boundary(Uint8Array.of(0x61, 0xc3, 0xa9), 2)).toBe(1);
    expect(utf8Boundary(Uint8Array.of(0x61, 0x62, 0x63, 0x64), 10)).toBe(10);
    // "€" = E2 82 AC: boundaries inside it go to the E2.
    expect(utf8Boundary(Uint8Array.of(0x61, 0xe2, 0x82, 0xac), 13)).toBe(11);
    expect(utf8Boundary(Uint8Array.of(0x61, 0x61, 0xe2, 0x82), 13)).toBe(12);
    // Not UTF-8 (continuation bytes with no lead): cut where asked.
    expect(utf8Boundary(Uint8Array.of(0x80, 0x80, 0x80, 0x80), 9)).toBe(9);
  });
});

describe('streamCsv', () => {
  // Hand-written: 4 data rows, one with a quoted line break, one with Indonesian and multi-byte characters.
  const text =
    '\uFEFFkode,nama,catatan\n1501,"Muara\nBulian",ok\n1502,Sengeti,"kata ""kutip"""\n1503,Bangkô ✓,—\n\n1504,Sabak,x\n';
  const expected = [
    ['kode', 'nama', 'catatan'],
    ['1501', 'Muara\nBulian', 'ok'],
    ['1502', 'Sengeti', 'kata "kutip"'],
    ['1503', 'Bangkô ✓', '—'],
    ['1504', 'Sabak', 'x'],
  ];

  it('gives the same rows for every slice size, with no replacement characters', async () => {
    for (const size of [1, 2, 3, 5, 7, 16, 1000]) {
      const { rows, reads } = await collect(text, size);
      expect(rows, `chunkSize ${size}`).toEqual(expected);
      expect(reads.at(-1)).toBe(bytesOf(text).length);
    }
  });

  it('pauses while the consumer works and resumes after', async () => {
    const seen: number[] = [];
    let busy = false;
    await streamCsv(aligned(text), { delimiter: ',', chunkSize: 4 }, async (r) => {
      expect(busy).toBe(false);
      busy = true;
      seen.push(r.length);
      await new Promise((res) => setTimeout(res, 1));
      busy = false;
    });
    expect(seen.reduce((a, b) => a + b, 0)).toBe(expected.length);
  });

  it('stops when the signal is set and reports it', async () => {
    const signal = { aborted: false };
    let rows = 0;
    const out = await streamCsv(aligned(text), { delimiter: ',', chunkSize: 4, signal }, (r) => {
      rows += r.length;
      if (rows >= 2) signal.aborted = true;
    });
    expect(out.aborted).toBe(true);
    expect(rows).toBeLessThan(expected.length);
  });

  it('rejects when the consumer fails', async () => {
    await expect(
      streamCsv(aligned(text), { delimiter: ',', chunkSize: 8 }, () => Promise.reject(new Error('penuh'))),
    ).rejects.toThrow('penuh');
  });
});
