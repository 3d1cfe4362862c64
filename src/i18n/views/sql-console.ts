// Strings of the SQL console's gate, link, history and downloads (namespace "sqlConsole"): Indonesian first,
// English with the same keys. The console's older strings stay in explore.ts (explore.tools.console.*).
export const sqlConsole = {
  id: {
    refused: {
      empty: 'Tulis satu kueri: SELECT, WITH, FROM, VALUES, PIVOT, DESCRIBE, SHOW, SUMMARIZE atau EXPLAIN.',
      multiple_statements: 'Hanya satu perintah per kali jalan; ditemukan {{count}} perintah yang dipisah tanda ;.',
      not_a_query:
        'Perintah {{word}} tidak diizinkan: konsol hanya untuk membaca data (kueri SELECT, WITH, FROM, VALUES, PIVOT, DESCRIBE, SHOW, SUMMARIZE atau EXPLAIN).',
      file_access:
        'Membaca berkas atau alamat web ({{file}}) tidak diizinkan: konsol hanya membaca tabel yang sudah dimuat.',
      table_function:
        'Fungsi {{name}} tidak diizinkan: konsol hanya membaca tabel yang sudah dimuat, bukan berkas atau alamat web.',
    },
    error: {
      engine: 'DuckDB menolak perintah ini: {{message}}',
      syntax: 'Kesalahan sintaks menurut DuckDB: {{message}}',
      lockdown: 'Ditolak oleh penguncian mesin data (tanpa akses berkas, jaringan atau pengaturan): {{message}}',
      readOnly: 'Ditolak: konsol hanya membaca data, tidak mengubah tabel. {{message}}',
      at: 'Baris {{line}}, kolom {{column}}',
    },
    example: { pivot: 'Teknologi per kabupaten/kota (PIVOT)' },
    cancelled: 'Kueri dibatalkan.',
    timedOut: 'Kueri dihentikan: melewati batas waktu {{s}} detik.',
    link: {
      copy: 'Salin tautan kueri',
      copied: 'Tautan kueri disalin.',
      copyFailed: 'Tautan tidak dapat disalin otomatis; salin alamat halaman ini.',
      fromLink: 'Kueri ini dibuka dari tautan dan dijalankan otomatis (hanya baca).',
      stale:
        'Tautan kueri ini dibuat untuk versi data {{link}}; data sudah berubah (versi {{current}}), jadi hasilnya bisa berbeda.',
      tooLong:
        'Kueri terlalu panjang untuk tautan ({{length}} karakter; batas {{max}}): tautan halaman ini tidak memuat kueri. Simpan teks kueri atau unduh hasilnya.',
      ignoredTooLong: 'Kueri di tautan diabaikan: {{length}} karakter, lebih dari batas {{max}}.',
    },
    history: {
      title: 'Riwayat kueri ({{count}})',
      empty: 'Belum ada kueri yang dijalankan di peramban ini.',
      note: 'Disimpan hanya di peramban ini (IndexedDB), paling banyak {{max}} kueri terakhir.',
      use: 'Pakai',
      clear: 'Hapus riwayat',
      cleared: 'Riwayat kueri dihapus.',
      unavailable: 'Riwayat tidak tersedia di peramban ini.',
      rows: '{{count}} baris',
      failed: 'gagal/ditolak',
    },
    download: {
      title: 'Unduh hasil',
      csv: 'CSV',
      csvId: 'CSV (Excel, ;)',
      parquet: 'Parquet',
      button: 'Unduh hasil kueri — {{format}}',
      working: 'Menyiapkan {{file}}…',
      done: '{{file}} diunduh: {{rows}} baris.',
      truncated: 'Hanya {{limit}} baris pertama yang ikut (batas baris); naikkan batas untuk mengunduh lebih banyak.',
      provenance: 'Unduh keterangan asal ({{file}})',
      failed: 'Unduhan gagal: {{message}}',
      title_file: 'Hasil konsol SQL (JDAC)',
    },
  },
  en: {
    refused: {
      empty: 'Write one query: SELECT, WITH, FROM, VALUES, PIVOT, DESCRIBE, SHOW, SUMMARIZE or EXPLAIN.',
      multiple_statements: 'Only one statement per run; found {{count}} statements separated by ;.',
      not_a_query:
        'The {{word}} statement is not allowed: the console is for reading data only (SELECT, WITH, FROM, VALUES, PIVOT, DESCRIBE, SHOW, SUMMARIZE or EXPLAIN queries).',
      file_access: 'Reading a file or web address ({{file}}) is not allowed: the console reads loaded tables only.',
      table_function:
        'The function {{name}} is not allowed: the console reads loaded tables only, not files or web addresses.',
    },
    error: {
      engine: 'DuckDB could not run this statement: {{message}}',
      syntax: 'Syntax error according to DuckDB: {{message}}',
      lockdown: 'Refused by the data engine lockdown (no file, network or settings access): {{message}}',
      readOnly: 'Refused: the console reads data and never changes tables. {{message}}',
      at: 'Line {{line}}, column {{column}}',
    },
    example: { pivot: 'Technologies per regency (PIVOT)' },
    cancelled: 'Query cancelled.',
    timedOut: 'Query stopped: it ran past the {{s}} s time limit.',
    link: {
      copy: 'Copy query link',
      copied: 'Query link copied.',
      copyFailed: 'The link could not be copied automatically; copy this page’s address.',
      fromLink: 'This query was opened from a link and run automatically (read-only).',
      stale:
        'This query link was made for data version {{link}}; the data has changed since (version {{current}}), so the result may differ.',
      tooLong:
        'The query is too long for a link ({{length}} characters; limit {{max}}): this page’s link does not hold it. Keep the query text or download the result.',
      ignoredTooLong: 'The query in the link was ignored: {{length}} characters, over the {{max}} limit.',
    },
    history: {
      title: 'Query history ({{count}})',
      empty: 'No query has been run in this browser yet.',
      note: 'Kept in this browser only (IndexedDB), at most the last {{max}} queries.',
      use: 'Use',
      clear: 'Clear history',
      cleared: 'Query history cleared.',
      unavailable: 'History is not available in this browser.',
      rows: '{{count}} rows',
      failed: 'failed/refused',
    },
    download: {
      title: 'Download the result',
      csv: 'CSV',
      csvId: 'CSV (Excel, ;)',
      parquet: 'Parquet',
      button: 'Download the query result — {{format}}',
      working: 'Preparing {{file}}…',
      done: '{{file}} downloaded: {{rows}} rows.',
      truncated: 'Only the first {{limit}} rows are included (row limit); raise the limit to download more.',
      provenance: 'Download the provenance ({{file}})',
      failed: 'Download failed: {{message}}',
      title_file: 'SQL console result (JDAC)',
    },
  },
};
