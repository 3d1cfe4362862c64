// Strings of the connectivity-trends panel (namespace "connectivityTrends"): Indonesian first, English with the same
// keys. Measure names come from the indicator catalog (src/indicators), not from here.
export const connectivityTrends = {
  title: 'Tren layanan titik konektivitas',
  subtitle: '{{measure}} {{grain}} · {{from}} – {{to}} · satuan: {{unit}} · data per {{date}}',
  subtitleNoData: '{{measure}} · satuan: {{unit}} · data per {{date}}',
  grain: {
    day: 'per hari',
    week: 'per minggu (ISO, mulai Senin)',
  },
  measureLabel: 'Ukuran',
  groupByLabel: 'Kelompokkan menurut',
  groupBy: {
    programme: 'Program',
    technology: 'Teknologi',
  },
  period: {
    day: 'Tanggal',
    week: 'Minggu mulai',
  },
  weekOf: 'Minggu mulai {{date}}',
  partialNote: '(sebagian minggu: {{range}})',
  partialLabel: 'belum lengkap',
  noteGaps: 'Garis terputus: tidak ada laporan pada periode itu.',
  notePartial: 'Minggu pertama atau terakhir hanya sebagian (ditandai), jadi jumlahnya lebih kecil.',
  notePartialMean: 'Minggu pertama atau terakhir hanya sebagian (ditandai).',
  noteDailyUsers:
    'Pengguna harian = rata-rata pengguna per hari (jumlah pengguna-hari dibagi banyaknya hari), bukan jumlah seminggu.',
  noteDataVolume: 'Volume data per minggu adalah jumlah angka harian dalam minggu itu.',
  olderData: 'Menampilkan data versi sebelumnya; data baru sedang dimuat atau gagal dimuat.',
  aria: 'Diagram garis {{measure}} {{grain}} menurut {{groupBy}}, {{from}} sampai {{to}}. Periode tanpa laporan tampil sebagai celah.',
};
