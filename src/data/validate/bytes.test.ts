// The byte layer of validateBytes: binaries renamed .csv, encodings, BOMs, empty files.
import { describe, expect, it } from 'vitest';
import { decodeText, findInvalidUtf8, sniffBytes } from './bytes.ts';
import { validateBytes } from './validate.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

describe('sniffBytes', () => {
  it('recognises binaries by their magic bytes', () => {
    expect(sniffBytes(enc('PK\x03\x04rest'))).toEqual({ kind: 'binary', binary: 'zip' });
    expect(sniffBytes(enc('%PDF-1.7\n'))).toEqual({ kind: 'binary', binary: 'pdf' });
    expect(sniffBytes(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0))).toEqual({
      kind: 'binary',
      binary: 'xls',
    });
    expect(sniffBytes(Uint8Array.of(0x1f, 0x8b, 8, 0))).toEqual({ kind: 'binary', binary: 'gzip' });
    expect(sniffBytes(enc('PAR1....'))).toEqual({ kind: 'parquet' });
    expect(sniffBytes(cat(enc('a,b\n'), [0, 1, 2], enc('x,y\n')))).toEqual({ kind: 'binary', binary: 'nul' });
    expect(sniffBytes(new Uint8Array(0))).toEqual({ kind: 'empty' });
  });

  it('recognises BOMs and UTF-16 without one', () => {
    expect(sniffBytes(cat([0xef, 0xbb, 0xbf], enc('a')))).toEqual({ kind: 'text', encoding: 'utf-8', bom: true });
    expect(sniffBytes(Uint8Array.of(0xff, 0xfe, 0x61, 0))).toEqual({ kind: 'text', encoding: 'utf-16le', bom: true });
    expect(sniffBytes(Uint8Array.of(0x61, 0, 0x2c, 0, 0x62, 0))).toEqual({
      kind: 'text',
      encoding: 'utf-16le',
      bom: false,
    });
  });
});

describe('decodeText', () => {
  it('finds the lines with bytes that are not UTF-8 and reads the file as Windows-1252', () => {
    const bytes = cat(enc('a,b\nB'), [0xe9], enc(',x\nok,\xc3\xa9\n'), [0x80], enc('\n'));
    expect([...findInvalidUtf8(bytes).lines]).toEqual([
      [2, { byte: 0xe9 }],
      [4, { byte: 0x80 }],
    ]);
    const d = decodeText(bytes, { kind: 'text', encoding: 'utf-8', bom: false });
    expect(d.encoding).toBe('windows-1252');
    expect(d.text.split('\n')[1]).toBe('Bé,x');
    expect(d.text.split('\n')[3]).toBe('€');
  });

  it('accepts valid multi-byte UTF-8 and rejects overlongs and surrogates', () => {
    expect(findInvalidUtf8(enc('Désa ñ 😀 €')).count).toBe(0);
    expect(findInvalidUtf8(Uint8Array.of(0xc0, 0xaf)).count).toBe(1);
    expect(findInvalidUtf8(Uint8Array.of(0xed, 0xa0, 0x80)).count).toBe(1);
  });
});

describe('validateBytes', () => {
  const csv = 'regency_code,bps_code,name,type\n15.01,1501,Kerinci,Kabupaten\n';

  it('reads UTF-16 (Excel "Unicode text") but asks for UTF-8', async () => {
    const body = new Uint8Array(Buffer.from(csv, 'utf16le'));
    const r = await validateBytes(cat([0xff, 0xfe], body), { fileName: 'regencies.csv' });
    expect(r.issues.map((i) => i.code)).toEqual(['not_utf8']);
    expect(r.issues[0]?.hint?.id).toContain('simpan ulang sebagai CSV UTF-8');
    expect(r.validRows).toEqual([{ regency_code: '15.01', bps_code: '1501', name: 'Kerinci', type: 'Kabupaten' }]);
  });

  it('refuses a PDF, a Parquet file named .csv and NUL-filled files', async () => {
    const pdf = await validateBytes(enc('%PDF-1.4\n...'), { fileName: 'regencies.csv' });
    expect(pdf.issues.map((i) => [i.code, i.value])).toEqual([['binary_file', 'pdf']]);
    expect(pdf.dataset).toBe('regencies');
    const pq = await validateBytes(enc('PAR1xxxxPAR1'), { fileName: 'x.csv', format: 'csv' });
    expect(pq.issues[0]?.message.id).toContain('isinya berkas Parquet');
    const zip = await validateBytes(enc('PK\x03\x04'), { fileName: 'x.parquet', format: 'parquet' });
    expect(zip.issues.map((i) => i.code)).toEqual(['binary_file']);
  });

  it('treats a file of blank lines as empty, and names the columns it needs', async () => {
    const r = await validateBytes(enc('\r\n \n'), { fileName: 'sites.csv' });
    expect(r.issues.map((i) => i.code)).toEqual(['empty_file']);
    expect(r.issues[0]?.hint?.id).toContain('site_id, village_code');
  });
});
