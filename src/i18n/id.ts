// Indonesian (default). Every visible string lives here or in en.ts with the same keys.
export const id = {
  app: {
    title: 'Dasbor Konektivitas Jambi',
    org: 'Jambi Data and Analytic Center (JDAC)',
    skip: 'Lewati ke konten',
    language: 'Bahasa',
    theme: 'Tema',
    themeLight: 'Terang',
    themeDark: 'Gelap',
  },
  nav: {
    label: 'Navigasi utama',
    overview: 'Ringkasan',
    wall: 'Layar dinding',
    briefing: 'Briefing',
    explore: 'Eksplorasi',
    data: 'Katalog data',
  },
  views: {
    overviewTitle: 'Ringkasan konektivitas desa',
    placeholder: 'Halaman ini belum tersedia. Fitur "{{name}}" dibangun pada tahap berikutnya.',
    notFound: 'Halaman tidak ditemukan.',
    backHome: 'Kembali ke ringkasan',
  },
  status: {
    idle: 'Mesin data belum dimulai.',
    manifest: 'Memuat katalog data…',
    engine: 'Memuat mesin data…',
    data: 'Memuat data {{done}}/{{total}}…',
    dataFile: 'Memuat data {{done}}/{{total}} ({{file}})…',
    ready: 'Data siap.',
    failed: 'Data gagal dimuat: {{message}}',
    asOf: 'Data per {{date}}',
    snapshotMismatch:
      'Angka tampilan pertama (snapshot.json) berbeda dari hasil mesin data untuk {{count}} kueri; yang tampil sekarang adalah hasil mesin data.',
  },
  errors: {
    manifest: 'Katalog data (manifest.json) tidak dapat dibaca.',
    dataset: 'Berkas {{file}} gagal dimuat: {{message}}',
    panel: 'Panel ini gagal dimuat.',
    retry: 'Coba lagi',
    dismiss: 'Tutup',
    unexpected: 'Terjadi kesalahan tak terduga.',
  },
  panel: {
    downloadPng: 'Unduh PNG',
    showTable: 'Lihat tabel',
    hideTable: 'Sembunyikan tabel',
    source: 'Sumber: {{source}}',
    loading: 'Memuat panel…',
    empty: 'Tidak ada data untuk pilihan ini.',
    total: 'Total',
  },
  wall: {
    dataAsOf: 'Data per {{date}}',
    notUpdatedSince: 'Data tidak diperbarui sejak {{time}}',
    overdue: '{{title}}: data per {{date}}, lebih lama dari jadwal pembaruan ({{days}} hari)',
    configError: 'Konfigurasi layar dinding (wall.json) tidak valid.',
    configNotes: 'Pengaturan URL diabaikan:',
    page: 'Halaman {{n}} dari {{total}}',
    loadingConfig: 'Memuat konfigurasi layar…',
    clock: 'Jam {{time}}',
    figures: 'Angka di halaman ini',
  },
} as const;

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof id>;
