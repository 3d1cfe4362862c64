// Text cell → typed value, by contract type and the file's conventions (decimal separator detected per file).
// `canonical` says whether the text is already in the form the dashboard's CSV loader reads (publish profile).
import type { SqlType, Text } from '../contract.ts';
import type { Cell, DecimalSeparator } from './types.ts';

export type Parsed =
  | { ok: true; value: Cell; canonical: boolean }
  | { ok: false; what: Text; hint: Text /** wrong_type unless said otherwise */; code?: 'wrong_type' };

const bi = (id: string, en: string): Text => ({ id, en });

// Numbers. Dot convention: 1234.5, 1,234.5, 1e3. Comma convention: 1234,5, 1.234,5.
const DOT_NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?(?:[eE][+-]?\d+)?$|^[+-]?\.\d+$/;
const COMMA_NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:\.\d{3})+)(?:,\d+)?$|^[+-]?,\d+$/;
const CANONICAL_NUMBER = /^[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const GROUPED_ONLY_COMMA = /^[+-]?\d{1,3}(?:,\d{3})+$/;
const GROUPED_ONLY_DOT = /^[+-]?\d{1,3}(?:\.\d{3})+$/;

/**
 * What a numeric cell says about the file's decimal separator: ',' for "12,5" or "1.234,5", '.' for "12.5" or
 * "1,234.5", null when it says nothing ("12", or "1.234" / "1,234", which read either way).
 */
export function decimalEvidence(raw: string): DecimalSeparator | null {
  const s = raw.trim();
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma < 0 && dot < 0) return null;
  if (comma >= 0 && dot >= 0) {
    if (comma > dot) return COMMA_NUMBER.test(s) ? ',' : null;
    return DOT_NUMBER.test(s) ? '.' : null;
  }
  if (comma >= 0) return GROUPED_ONLY_COMMA.test(s) || !COMMA_NUMBER.test(s) ? null : ',';
  return GROUPED_ONLY_DOT.test(s) || !DOT_NUMBER.test(s) ? null : '.';
}

function toNumber(s: string, decimal: DecimalSeparator): number | null {
  if (decimal === '.') {
    if (!DOT_NUMBER.test(s)) return null;
    return Number(s.includes(',') ? s.replaceAll(',', '') : s);
  }
  if (!COMMA_NUMBER.test(s)) return null;
  return Number(s.includes('.') ? s.replaceAll('.', '').replace(',', '.') : s.replace(',', '.'));
}

const sepName = (d: DecimalSeparator) => (d === ',' ? bi('koma', 'comma') : bi('titik', 'point'));
const example = (d: DecimalSeparator) => (d === ',' ? '1.234,5' : '1234.5');

function numberHint(decimal: DecimalSeparator, integer: boolean): Text {
  if (integer)
    return bi(
      'Tulis bilangan bulat tanpa desimal dan tanpa teks, mis. 2024.',
      'Write a whole number without decimals or text, e.g. 2024.',
    );
  const n = sepName(decimal);
  return bi(
    `Tulis angka dengan ${n.id} desimal seperti di bagian lain berkas ini, mis. ${example(decimal)}, tanpa satuan atau teks.`,
    `Write a number with a decimal ${n.en} like the rest of this file, e.g. ${example(decimal)}, without units or text.`,
  );
}

export function parseNumber(raw: string, decimal: DecimalSeparator, integer: boolean): Parsed {
  const s = raw.trim();
  let n = toNumber(s, decimal);
  if (n === null) {
    const other: DecimalSeparator = decimal === ',' ? '.' : ',';
    if (s.endsWith('%') && toNumber(s.slice(0, -1).trim(), decimal) !== null) {
      return {
        ok: false,
        what: bi('memakai tanda %.', 'has a % sign.'),
        hint: bi(
          `Tulis angkanya saja tanpa %, mis. ${decimal === ',' ? '97,5' : '97.5'} (format sel sebagai Angka, bukan Persentase).`,
          `Write the number only, without %, e.g. ${decimal === ',' ? '97,5' : '97.5'} (format the cells as Number, not Percentage).`,
        ),
      };
    }
    if (toNumber(s, other) !== null) {
      return {
        ok: false,
        what: bi(
          `memakai ${sepName(other).id} sebagai pemisah desimal, padahal berkas ini memakai ${sepName(decimal).id} (terdeteksi dari nilai lain).`,
          `uses a decimal ${sepName(other).en}, but this file uses a decimal ${sepName(decimal).en} (detected from its other values).`,
        ),
        hint: bi(
          `Gunakan satu konvensi per berkas: ${sepName(decimal).id} desimal, mis. ${example(decimal)}.`,
          `Use one convention per file: decimal ${sepName(decimal).en}, e.g. ${example(decimal)}.`,
        ),
      };
    }
    return {
      ok: false,
      what: integer ? bi('bukan bilangan bulat.', 'is not a whole number.') : bi('bukan angka.', 'is not a number.'),
      hint: numberHint(decimal, integer),
    };
  }
  if (!Number.isFinite(n))
    return { ok: false, what: bi('bukan angka.', 'is not a number.'), hint: numberHint(decimal, integer) };
  if (integer && !Number.isInteger(n)) {
    return { ok: false, what: bi('bukan bilangan bulat.', 'is not a whole number.'), hint: numberHint(decimal, true) };
  }
  if (Object.is(n, -0)) n = 0;
  return { ok: true, value: n, canonical: CANONICAL_NUMBER.test(s) };
}

// Dates: ISO yyyy-mm-dd (optionally with a midnight time), or day first: dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]00:00(?::00(?:\.0+)?)?)?$/;
const DMY_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const EXCEL_SERIAL = /^\d{5}(?:[.,]0+)?$/;

export type DateKind = 'iso' | 'dmy';

export function dateKind(raw: string): DateKind | null {
  const s = raw.trim();
  if (ISO_DATE.test(s)) return 'iso';
  if (DMY_DATE.test(s)) return 'dmy';
  return null;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isoOf(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = m === 2 && leap ? 29 : (MONTH_DAYS[m - 1] as number);
  if (d > days) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const DATE_HINT = bi(
  'Tulis tanggal sebagai YYYY-MM-DD (mis. 2024-01-31) atau DD/MM/YYYY (mis. 31/01/2024).',
  'Write dates as YYYY-MM-DD (e.g. 2024-01-31) or DD/MM/YYYY (e.g. 31/01/2024).',
);

export function excelSerialToIso(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

export function parseDate(raw: string): Parsed {
  const s = raw.trim();
  const iso = ISO_DATE.exec(s);
  if (iso) {
    const value = isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (value) return { ok: true, value, canonical: s.length === 10 };
    return { ok: false, what: bi('bukan tanggal yang ada di kalender.', 'is not a calendar date.'), hint: DATE_HINT };
  }
  const dmy = DMY_DATE.exec(s);
  if (dmy) {
    const d = Number(dmy[1]);
    const m = Number(dmy[3]);
    const y = Number(dmy[4]);
    const value = isoOf(y, m, d);
    if (value) return { ok: true, value, canonical: false };
    if (m > 12 && d <= 12 && isoOf(y, d, m)) {
      return {
        ok: false,
        what: bi('tampaknya berformat bulan/hari/tahun (AS).', 'looks like month/day/year (US order).'),
        hint: bi(
          'Tulis tanggal dengan hari lebih dulu (DD/MM/YYYY) atau sebagai YYYY-MM-DD; periksa pengaturan wilayah Excel.',
          'Write the day first (DD/MM/YYYY) or use YYYY-MM-DD; check Excel’s regional settings.',
        ),
      };
    }
    return { ok: false, what: bi('bukan tanggal yang ada di kalender.', 'is not a calendar date.'), hint: DATE_HINT };
  }
  if (EXCEL_SERIAL.test(s)) {
    const iso = excelSerialToIso(Number.parseInt(s, 10));
    return {
      ok: false,
      what: bi(
        `adalah nomor seri tanggal Excel (= ${iso}), bukan tanggal tertulis.`,
        `is an Excel date serial number (= ${iso}), not a written date.`,
      ),
      hint: bi(
        'Format kolom sebagai Tanggal (atau Teks YYYY-MM-DD) sebelum ekspor.',
        'Format the column as Date (or as text YYYY-MM-DD) before exporting.',
      ),
    };
  }
  return {
    ok: false,
    what: bi('bukan tanggal (YYYY-MM-DD atau DD/MM/YYYY).', 'is not a date (YYYY-MM-DD or DD/MM/YYYY).'),
    hint: DATE_HINT,
  };
}

const TRUE_WORDS = new Set(['true', '1', 'ya', 'benar', 'yes']);
const FALSE_WORDS = new Set(['false', '0', 'tidak', 'salah', 'no']);
const CANONICAL_BOOLEAN = /^(?:true|false|1|0)$/i;

export function parseBoolean(raw: string): Parsed {
  const s = raw.trim();
  const lower = s.toLowerCase();
  if (TRUE_WORDS.has(lower)) return { ok: true, value: true, canonical: CANONICAL_BOOLEAN.test(s) };
  if (FALSE_WORDS.has(lower)) return { ok: true, value: false, canonical: CANONICAL_BOOLEAN.test(s) };
  return {
    ok: false,
    what: bi('bukan nilai logika (true/false, 1/0, ya/tidak).', 'is not a boolean (true/false, 1/0, ya/tidak).'),
    hint: bi(
      'Tulis true atau false (ya/tidak dan 1/0 juga diterima).',
      'Write true or false (ya/tidak and 1/0 are accepted too).',
    ),
  };
}

/** A non-empty, trimmed cell → typed value for the column's SQL type. */
export function parseCell(raw: string, sql: SqlType, decimal: DecimalSeparator): Parsed {
  switch (sql) {
    case 'VARCHAR':
      return { ok: true, value: raw, canonical: true };
    case 'INTEGER':
      return parseNumber(raw, decimal, true);
    case 'DOUBLE':
      return parseNumber(raw, decimal, false);
    case 'DATE':
      return parseDate(raw);
    case 'BOOLEAN':
      return parseBoolean(raw);
  }
}

/** Today's date in WIB (UTC+7, no daylight saving) as YYYY-MM-DD. */
export function todayWib(now: number = Date.now()): string {
  return new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);
}

export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return !!m && isoOf(Number(m[1]), Number(m[2]), Number(m[3])) === s;
}
