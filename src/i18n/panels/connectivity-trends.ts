// Strings of the connectivity-trends panel (namespace "connectivityTrends"): Indonesian first, English with the same keys.
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
    measure: {
      uptime: 'Uptime rata-rata',
      downlink: 'Kecepatan unduh rata-rata',
      data: 'Volume data',
      users: 'Pengguna',
    },
    unit: {
      uptime: '%',
      downlink: 'Mbps',
      data: 'GB',
      users: 'pengguna',
    },
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
    noteGaps: 'Garis terputus: tidak ada laporan pada periode itu.',
    noteWeekSum: 'Volume data dan pengguna adalah jumlah angka harian dalam seminggu.',
    notePartial: 'Minggu pertama atau terakhir kurang dari tujuh hari, jadi jumlahnya lebih kecil.',
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
    measure: {
      uptime: 'Mean uptime',
      downlink: 'Mean downlink speed',
      data: 'Data volume',
      users: 'Users',
    },
    unit: {
      uptime: '%',
      downlink: 'Mbps',
      data: 'GB',
      users: 'users',
    },
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
    noteGaps: 'Broken line: no reports in that period.',
    noteWeekSum: 'Data volume and users are sums of the daily figures over the week.',
    notePartial: 'The first or last week has fewer than seven days, so its sums are smaller.',
    olderData: 'Showing the previous data version; new data is loading or failed to load.',
    aria: 'Line chart of {{measure}} {{grain}} by {{groupBy}}, {{from}} to {{to}}. Periods without reports show as gaps.',
  },
};
