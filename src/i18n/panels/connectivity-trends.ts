// Strings of the connectivity-trends panel (namespace "connectivityTrends"): Indonesian first, English with the same
// keys. Measure names come from the indicator catalog (src/indicators), not from here.
export const connectivityTrends = {
  id: {
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
  },
  en: {
    title: 'Connectivity site service trends',
    subtitle: '{{measure}} {{grain}} · {{from}} – {{to}} · unit: {{unit}} · data as of {{date}}',
    subtitleNoData: '{{measure}} · unit: {{unit}} · data as of {{date}}',
    grain: {
      day: 'per day',
      week: 'per week (ISO, starting Monday)',
    },
    measureLabel: 'Measure',
    groupByLabel: 'Group by',
    groupBy: {
      programme: 'Programme',
      technology: 'Technology',
    },
    period: {
      day: 'Date',
      week: 'Week starting',
    },
    weekOf: 'Week starting {{date}}',
    partialNote: '(part of the week: {{range}})',
    partialLabel: 'incomplete',
    noteGaps: 'Broken line: no reports in that period.',
    notePartial: 'The first or last week is only partly covered (marked), so its sums are smaller.',
    notePartialMean: 'The first or last week is only partly covered (marked).',
    noteDailyUsers: 'Daily users = mean users per day (user-days divided by the number of days), not a weekly sum.',
    noteDataVolume: 'Weekly data volume is the sum of the daily figures in that week.',
    olderData: 'Showing the previous data version; new data is loading or failed to load.',
    aria: 'Line chart of {{measure}} {{grain}} by {{groupBy}}, {{from}} to {{to}}. Periods without reports show as gaps.',
  },
};
