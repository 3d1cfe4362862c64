// Bilingual messages (Indonesian first, English second) for every issue code. Plain text only: values are quoted
// as found, never escaped into or wrapped in markup (the UI renders them as text).
import { CONTRACT, type Text, type VocabularyId } from '../contract.ts';
import type { FileFormat } from './types.ts';

export interface Where {
  file: string;
  format: FileFormat | null;
  line?: number;
  column?: string;
}

const bi = (id: string, en: string): Text => ({ id, en });

const MAX_VALUE_CHARS = 200;

/** A value as shown in messages: shortened, line breaks made visible, otherwise untouched. */
export function showValue(value: string): string {
  const flat = value.replace(/\r\n|\r|\n/g, '↵');
  return flat.length > MAX_VALUE_CHARS ? `${flat.slice(0, MAX_VALUE_CHARS)}…` : flat;
}

const q = (value: string) => `"${showValue(value)}"`;

/** 1234.5 → "1.234,5" (id) / "1,234.5" (en), without relying on Intl data being present. */
export function formatNumber(n: number, lang: 'id' | 'en'): string {
  const [int = '', frac] = String(Math.abs(n)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'id' ? '.' : ',');
  const sign = n < 0 ? '-' : '';
  return frac ? `${sign}${grouped}${lang === 'id' ? ',' : '.'}${frac}` : `${sign}${grouped}`;
}

/** "sites.csv, baris 12, kolom uptime_pct: " */
export function location(w: Where): Text {
  const id = [w.file];
  const en = [w.file];
  if (w.line !== undefined) {
    id.push(w.format === 'parquet' ? `baris data ke-${w.line}` : `baris ${w.line}`);
    en.push(w.format === 'parquet' ? `row ${w.line}` : `line ${w.line}`);
  }
  if (w.column !== undefined) {
    id.push(`kolom ${w.column}`);
    en.push(`column ${w.column}`);
  }
  return bi(`${id.join(', ')}: `, `${en.join(', ')}: `);
}

function at(w: Where, id: string, en: string): Text {
  const l = location(w);
  return bi(l.id + id, l.en + en);
}

const list = (xs: readonly string[]) => xs.join(', ');

/** Values of a vocabulary listed in a message before "…". */
const MAX_LISTED_VALUES = 12;

const VOCABULARY_WORD: Record<VocabularyId, Text & { plural: string }> = {
  programmes: { id: 'program', en: 'programme', plural: 'programmes' },
  technologies: { id: 'teknologi', en: 'technology', plural: 'technologies' },
};

export type BinaryKind = 'zip' | 'xls' | 'pdf' | 'gzip' | 'parquet' | 'nul';

const BINARY_WHAT: Record<BinaryKind, Text> = {
  zip: bi('berkas Excel (.xlsx) atau ZIP', 'an Excel workbook (.xlsx) or ZIP archive'),
  xls: bi('berkas Excel lama (.xls)', 'a legacy Excel workbook (.xls)'),
  pdf: bi('dokumen PDF', 'a PDF document'),
  gzip: bi('berkas terkompresi gzip', 'a gzip-compressed file'),
  parquet: bi('berkas Parquet', 'a Parquet file'),
  nul: bi('berkas biner (berisi bait NUL)', 'a binary file (contains NUL bytes)'),
};

export interface Built {
  message: Text;
  hint?: Text;
}

const SAVE_AS_UTF8 = bi(
  'Buka berkas di Excel, lalu simpan ulang sebagai CSV UTF-8 (Simpan Sebagai → "CSV UTF-8 (dibatasi koma)").',
  'Open the file in Excel and save it again as CSV UTF-8 (Save As → "CSV UTF-8 (Comma delimited)").',
);

const QUOTE_HINT = bi(
  'Nilai yang memuat pemisah, tanda kutip atau baris baru harus diapit tanda kutip ganda, dan tanda kutip di ' +
    'dalamnya ditulis dua kali (""). Ekspor ulang dari spreadsheet biasanya memperbaikinya.',
  'Values that contain the delimiter, quotes or line breaks must be enclosed in double quotes, with inner quotes ' +
    'doubled (""). Exporting again from the spreadsheet usually fixes it.',
);

export const M = {
  emptyFile(w: Where, columns: readonly string[] | null): Built {
    return {
      message: bi(`${w.file}: berkas kosong, tidak ada isi.`, `${w.file}: the file is empty.`),
      hint: columns
        ? bi(
            `Ekspor ulang data; baris pertama berisi nama kolom: ${list(columns)}.`,
            `Export the data again; the first line holds the column names: ${list(columns)}.`,
          )
        : bi(
            'Ekspor ulang data; baris pertama berisi nama kolom.',
            'Export the data again; the first line holds the column names.',
          ),
    };
  },

  binaryFile(w: Where, kind: BinaryKind, expected: FileFormat): Built {
    const what = BINARY_WHAT[kind];
    const wanted = expected === 'csv' ? bi('CSV (teks)', 'CSV (text)') : bi('Parquet', 'Parquet');
    return {
      message: bi(
        `${w.file}: bukan berkas ${wanted.id}: isinya ${what.id}.`,
        `${w.file}: not a ${wanted.en} file: it contains ${what.en}.`,
      ),
      hint:
        kind === 'parquet'
          ? bi('Beri berkas akhiran .parquet, atau unggah versi CSV-nya.', 'Name the file .parquet, or upload its CSV.')
          : bi(
              'Buka berkas di Excel, lalu ekspor dari Excel sebagai CSV (Simpan Sebagai → "CSV UTF-8 (dibatasi koma)"); ' +
                'mengganti akhiran nama berkas saja tidak mengubah isinya.',
              'Open the file in Excel and export it as CSV (Save As → "CSV UTF-8 (Comma delimited)"); renaming a file ' +
                'does not change its contents.',
            ),
    };
  },

  notUtf8Byte(w: Where, byte: number, asCp1252: string): Built {
    const hex = `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    return {
      message: at(
        w,
        `bait ${hex} bukan UTF-8 (dalam Windows-1252 berarti "${asCp1252}"); berkas dibaca sebagai Windows-1252.`,
        `byte ${hex} is not UTF-8 (in Windows-1252 it means "${asCp1252}"); the file was read as Windows-1252.`,
      ),
      hint: SAVE_AS_UTF8,
    };
  },

  utf16(w: Where, encoding: string): Built {
    return {
      message: bi(
        `${w.file}: berkas berenkode ${encoding}, bukan UTF-8.`,
        `${w.file}: the file is encoded as ${encoding}, not UTF-8.`,
      ),
      hint: SAVE_AS_UTF8,
    };
  },

  headerOnly(w: Where): Built {
    return {
      message:
        w.format === 'parquet'
          ? at(w, 'berkas tidak berisi baris data (hanya skema).', 'the file holds no data rows (only a schema).')
          : at(w, 'hanya ada baris nama kolom, tidak ada baris data.', 'only the header line, no data rows.'),
      hint: bi(
        'Periksa apakah ekspor memuat data (lembar atau filter yang salah?).',
        'Check that the export contains data (wrong sheet or filter?).',
      ),
    };
  },

  unknownDataset(w: Where, header: readonly string[], ids: readonly string[]): Built {
    const found = header.length ? list(header.map(showValue)) : '–';
    return {
      message: bi(
        `${w.file}: dataset tidak dapat ditentukan dari nama berkas maupun nama kolom (${found}).`,
        `${w.file}: cannot tell the dataset from the file name or the column names (${found}).`,
      ),
      hint: bi(
        `Beri nama berkas sesuai dataset (mis. sites.csv) atau pilih dataset: ${list(ids)} (CLI: --dataset).`,
        `Name the file after its dataset (e.g. sites.csv) or choose one: ${list(ids)} (CLI: --dataset).`,
      ),
    };
  },

  parquetUnreadable(w: Where, detail: string): Built {
    return {
      message: bi(
        `${w.file}: berkas Parquet tidak dapat dibaca (terpotong atau rusak): ${showValue(detail)}`,
        `${w.file}: the Parquet file is not readable (truncated or corrupt): ${showValue(detail)}`,
      ),
      hint: bi(
        'Ekspor ulang berkas Parquet, atau salin/unggah ulang: berkas mungkin terpotong saat disalin.',
        'Export the Parquet file again, or copy/upload it again: it may have been cut off while copying.',
      ),
    };
  },

  missingColumn(w: Where, meaning: Text, expectedColumns: readonly string[]): Built {
    return {
      message: at(
        w,
        `kolom tidak ada di berkas (kolom yang dibutuhkan: ${list(expectedColumns)}).`,
        `column is missing from the file (expected columns: ${list(expectedColumns)}).`,
      ),
      hint: bi(
        `Tambahkan kolom "${w.column}" (${meaning.id}). Huruf besar/kecil dan spasi pada nama kolom tidak masalah.`,
        `Add the column "${w.column}" (${meaning.en}). Upper/lower case and spaces in column names do not matter.`,
      ),
    };
  },

  missingColumnInRow(w: Where): Built {
    return {
      message: at(w, 'kolom tidak ada di berkas.', 'column is missing from the file.'),
    };
  },

  unknownColumn(w: Where, dataset: string, expectedColumns: readonly string[]): Built {
    return {
      message: at(
        w,
        `kolom tidak dikenal dalam kontrak ${dataset}; isinya diabaikan.`,
        `column is not part of the ${dataset} contract; its values are ignored.`,
      ),
      hint: bi(
        `Hapus kolom ini atau periksa ejaannya (kolom kontrak: ${list(expectedColumns)}).`,
        `Remove the column or check its spelling (contract columns: ${list(expectedColumns)}).`,
      ),
    };
  },

  duplicateColumn(w: Where, first: number, second: number): Built {
    return {
      message: at(
        w,
        `kolom muncul dua kali (kolom ke-${first} dan ke-${second}).`,
        `column appears twice (columns ${first} and ${second}).`,
      ),
      hint: bi('Hapus atau ganti nama salah satunya.', 'Remove or rename one of them.'),
    };
  },

  wrongColumnType(w: Where, found: string, sql: string, isCode: boolean): Built {
    return {
      message: at(
        w,
        `tipe kolom Parquet ${found}, seharusnya ${sql}.`,
        `Parquet column type is ${found}, expected ${sql}.`,
      ),
      hint: isCode
        ? bi(
            'Simpan kolom kode sebagai teks (VARCHAR/string) agar titik dan nol di depan tetap ada, lalu ekspor ulang.',
            'Store code columns as text (VARCHAR/string) so dots and leading zeros survive, then export again.',
          )
        : bi(
            `Ubah tipe kolom menjadi ${sql} saat ekspor (mis. CAST(${w.column} AS ${sql})), lalu ekspor ulang.`,
            `Give the column type ${sql} in the export (e.g. CAST(${w.column} AS ${sql})), then export again.`,
          ),
    };
  },

  wrongColumnTypeInRow(w: Where): Built {
    return { message: at(w, 'tipe kolom tidak sesuai kontrak.', 'the column type does not match the contract.') };
  },

  notCanonical(w: Where, what: Text): Built {
    return {
      message: at(w, `untuk publikasi, ${what.id}`, `for publishing, ${what.en}`),
      hint: bi(
        'Berkas di public/data harus CSV berpemisah koma, titik desimal, tanggal YYYY-MM-DD, nilai logika ' +
          'true/false, dan kolom dengan nama serta urutan kontrak. Jalankan data:sample/ekspor ulang dengan format itu.',
        'Files in public/data must be comma-delimited CSV with a decimal point, YYYY-MM-DD dates, true/false ' +
          'booleans and the contract column names in contract order. Export again in that form.',
      ),
    };
  },

  raggedRow(w: Where, expected: number, found: number, delimiter: string): Built {
    const d = delimiter === '\t' ? 'tab' : `"${delimiter}"`;
    return {
      message: at(
        w,
        `jumlah kolom ${found}, seharusnya ${expected} (pemisah ${d}).`,
        `${found} fields, expected ${expected} (delimiter ${d}).`,
      ),
      hint: bi(
        `Periksa nilai yang memuat pemisah ${d}: nilai seperti itu harus diapit tanda kutip ganda; atau ada kolom yang hilang/berlebih di baris ini.`,
        `Check values that contain the delimiter ${d}: they must be enclosed in double quotes; or this row has a missing/extra field.`,
      ),
    };
  },

  unclosedQuote(w: Where): Built {
    return {
      message: at(
        w,
        'tanda kutip ganda (") dibuka tetapi tidak ditutup; sisa berkas terbaca sebagai satu nilai.',
        'a double quote (") is opened but never closed; the rest of the file reads as one value.',
      ),
      hint: QUOTE_HINT,
    };
  },

  malformedQuote(w: Where): Built {
    return {
      message: at(
        w,
        'tanda kutip ganda (") di tengah nilai berkutip tidak valid.',
        'a double quote (") inside a quoted value is malformed.',
      ),
      hint: QUOTE_HINT,
    };
  },

  nullValue(w: Where, meaning: Text): Built {
    return {
      message: at(w, 'nilai kosong, padahal kolom ini wajib diisi.', 'empty value in a required column.'),
      hint: bi(`Isi nilainya (${meaning.id}).`, `Fill in the value (${meaning.en}).`),
    };
  },

  wrongType(w: Where, value: string, what: Text, hint: Text): Built {
    return { message: at(w, `${q(value)} ${what.id}`, `${q(value)} ${what.en}`), hint };
  },

  patternMismatch(w: Where, value: string, example: Text): Built {
    return {
      message: at(
        w,
        `${q(value)} tidak sesuai format ${example.id}.`,
        `${q(value)} does not match the format ${example.en}.`,
      ),
      hint: bi(
        `Tulis nilai dengan format ${example.id}, tanpa spasi atau karakter lain.`,
        `Write the value in the format ${example.en}, without spaces or other characters.`,
      ),
    };
  },

  codeMangled(w: Where, value: string, example: Text, suggestion: string | null): Built {
    const id = suggestion ? ` Mungkin maksudnya ${suggestion}.` : '';
    const en = suggestion ? ` Probably ${suggestion}.` : '';
    return {
      message: at(
        w,
        `kode ${q(value)} tampaknya tersimpan sebagai angka (seharusnya berbentuk ${example.id}).${id}`,
        `code ${q(value)} looks like it was stored as a number (expected the form ${example.en}).${en}`,
      ),
      hint: bi(
        'Kode kehilangan titik/nol di depan; simpan kolom kode sebagai Teks (Excel: Format Sel → Teks) ' +
          'sebelum mengetik atau menempel kode, lalu ekspor ulang.',
        'The code lost its dots/leading zeros; store the code column as Text (Excel: Format Cells → Text) before ' +
          'typing or pasting codes, then export again.',
      ),
    };
  },

  invalidEnum(w: Where, value: string, allowed: readonly string[], suggestion: string | null): Built {
    const allowedText = list(allowed.map((a) => `"${a}"`));
    return {
      message: at(
        w,
        `${q(value)} bukan nilai yang diizinkan (${allowedText}).`,
        `${q(value)} is not an allowed value (${allowedText}).`,
      ),
      hint: suggestion
        ? bi(
            `Mungkin maksudnya "${suggestion}" (tulis persis seperti itu).`,
            `Probably "${suggestion}" (write it exactly so).`,
          )
        : bi(
            'Gunakan salah satu nilai yang diizinkan, persis seperti tertulis.',
            'Use one of the allowed values, exactly as written.',
          ),
    };
  },

  outOfRange(w: Where, value: string, min: number | undefined, max: number | undefined, meaning: Text): Built {
    const range = (lang: 'id' | 'en') =>
      min !== undefined && max !== undefined
        ? `${formatNumber(min, lang)}–${formatNumber(max, lang)}`
        : min !== undefined
          ? `≥ ${formatNumber(min, lang)}`
          : `≤ ${formatNumber(max ?? 0, lang)}`;
    const pct = w.column?.endsWith('_pct');
    return {
      message: at(
        w,
        `nilai ${q(value)} di luar rentang ${range('id')}.`,
        `value ${q(value)} is outside the range ${range('en')}.`,
      ),
      hint: pct
        ? bi(
            `Nilai persen ditulis 0–100 (mis. 97,5), bukan pecahan 0–1 dan tidak lebih dari 100 (${meaning.id}).`,
            `Percentages are written 0–100 (e.g. 97.5), not as a 0–1 fraction, and never above 100 (${meaning.en}).`,
          )
        : bi(
            `Periksa nilai dan satuannya (${meaning.id}); yang diizinkan ${range('id')}.`,
            `Check the value and its unit (${meaning.en}); allowed: ${range('en')}.`,
          ),
    };
  },

  futureDate(w: Where, value: string, iso: string, today: string): Built {
    const shown = value === iso ? q(value) : `${q(value)} (${iso})`;
    return {
      message: at(
        w,
        `tanggal ${shown} berada setelah hari ini (${today}).`,
        `date ${shown} is after today (${today}).`,
      ),
      hint: bi(
        'Periksa tahun dan urutan hari/bulan; data tidak boleh bertanggal di masa depan.',
        'Check the year and the day/month order; data cannot be dated in the future.',
      ),
    };
  },

  unknownReference(w: Where, value: string, dataset: string, size: number): Built {
    return {
      message: at(
        w,
        `kode ${q(value)} tidak ada dalam daftar ${dataset} (${formatNumber(size, 'id')} kode).`,
        `code ${q(value)} is not in the ${dataset} list (${formatNumber(size, 'en')} codes).`,
      ),
      hint: bi(
        `Periksa kode terhadap ${dataset}.csv; kode baru harus ditambahkan ke daftar ${dataset} lebih dulu.`,
        `Check the code against ${dataset}.csv; new codes must be added to the ${dataset} list first.`,
      ),
    };
  },

  /**
   * A value missing from its vocabulary (programmes, technologies): names the value, the vocabulary file and how to
   * add the value there (its columns, the allowed values of each), or the spelling it probably meant.
   */
  unknownVocabulary(
    w: Where,
    value: string,
    vocabulary: VocabularyId,
    known: ReadonlySet<string>,
    suggestion: string | null,
  ): Built {
    const what = VOCABULARY_WORD[vocabulary];
    const file = `${vocabulary}.csv`;
    const sorted = [...known].sort((a, b) => a.localeCompare(b));
    const shown = sorted.slice(0, MAX_LISTED_VALUES).map((v) => `"${showValue(v)}"`);
    if (sorted.length > MAX_LISTED_VALUES) shown.push('…');
    const spec = CONTRACT[vocabulary];
    const columns = spec.columns.map((c) => c.name);
    const rules = (lang: 'id' | 'en') =>
      spec.columns
        .slice(1)
        .flatMap((c) =>
          c.values
            ? [`${c.name} = ${c.values.join(' | ')}`]
            : c.sql === 'BOOLEAN'
              ? [`${c.name} = true/false (${lang === 'id' ? c.meaning.id.toLowerCase() : c.meaning.en.toLowerCase()})`]
              : [],
        )
        .join('; ');
    const add = bi(
      `Bila ${q(value)} memang ${what.id} baru: tambahkan baris untuk '${showValue(value)}' ke ${file} ` +
        `(kolom ${list(columns)}; ${rules('id')}), lalu jalankan npm run data:manifest. Tidak perlu mengubah kode.`,
      `If ${q(value)} really is a new ${what.en}: add a row for '${showValue(value)}' to ${file} ` +
        `(columns ${list(columns)}; ${rules('en')}), then run npm run data:manifest. No code change is needed.`,
    );
    return {
      message: at(
        w,
        `${what.id} ${q(value)} tidak ada dalam kosakata ${file} (${formatNumber(known.size, 'id')} ${what.id}: ${list(shown)}); baris ini ditolak.`,
        `${what.en} ${q(value)} is not in the vocabulary ${file} (${formatNumber(known.size, 'en')} ${what.plural}: ${list(shown)}); this row is refused.`,
      ),
      hint: suggestion
        ? bi(
            `Mungkin maksudnya "${suggestion}" (tulis persis seperti di ${file}). ${add.id}`,
            `Probably "${suggestion}" (write it exactly as in ${file}). ${add.en}`,
          )
        : add,
    };
  },

  duplicateKey(w: Where, key: readonly string[], values: readonly string[], otherLine: number): Built {
    const other =
      w.format === 'parquet'
        ? bi(`baris data ke-${otherLine}`, `row ${otherLine}`)
        : bi(`baris ${otherLine}`, `line ${otherLine}`);
    const k = `(${list(key)}) = (${list(values.map(showValue))})`;
    return {
      message: at(
        w,
        `kunci ${k} sudah ada di ${other.id}; baris ini duplikat.`,
        `key ${k} already appears on ${other.en}; this row is a duplicate.`,
      ),
      hint: bi(
        `Hapus salah satu baris (${other.id} atau baris ini) atau perbaiki kuncinya; setiap (${list(key)}) hanya boleh muncul sekali.`,
        `Remove one of the rows (${other.en} or this one) or fix its key; each (${list(key)}) may appear only once.`,
      ),
    };
  },
};
