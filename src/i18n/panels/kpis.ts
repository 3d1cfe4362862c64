// Strings of the kpis panel (namespace "kpis"): Indonesian (English, with the same keys, in src/i18n/panels-en/kpis.ts).
// {{value}} in a phrase is where a figure (with its data-* attributes) is placed.
export const kpis = {
  title: 'Angka utama',
  subtitle: 'Keadaan terakhir dan pembandingnya · data per {{date}}',
  cards: 'Kartu angka utama',
  olderData: 'Menampilkan data versi sebelumnya; data baru sedang dimuat atau gagal dimuat.',
  up: 'naik {{value}}',
  down: 'turun {{value}}',
  same: 'tetap',
  withPercent: '{{change}} ({{percent}})',
  points: '{{value}} poin persen',
  basis: '{{words}} ({{period}}): {{value}}',
  noBasis: 'belum ada pembanding',
  blankspot: {
    label: 'Desa blankspot',
    context: 'desa tanpa sinyal seluler',
    target: 'Target {{period}}: {{value}}',
    targetRow: 'Target desa blankspot',
  },
  villages4g: {
    label: 'Desa dengan sinyal 4G',
    context: '{{value}} dari desa yang disurvei',
    shareRow: 'Persentase desa dengan sinyal 4G',
  },
  plan: {
    label: 'Titik program terpasang',
    context: 'program dalam rencana pemasangan',
    basis: 'dari rencana {{value}} untuk {{period}}',
    noPlan: 'belum ada rencana untuk tahun ini',
  },
  planCumulative: {
    label: 'Titik program sejak awal rencana',
    context: 'terpasang sejak {{from}}, program dalam rencana',
    noPlan: 'belum ada rencana',
  },
  villagesServed: {
    label: 'Desa blankspot terlayani',
    context: 'desa tanpa sinyal seluler yang punya titik Internet Desa',
  },
  uptimeNow: {
    label: 'Uptime titik hari terakhir',
    context: 'rata-rata semua titik pada hari terakhir telemetri',
    basis: 'dibanding rata-rata {{days}} hari ({{period}}): {{value}}',
  },
  installations: {
    label: 'Titik terpasang (semua program)',
    context: 'titik baru terpasang, semua program',
  },
  sitesInService: {
    label: 'Titik dalam layanan',
    context: 'terpasang, berstatus aktif atau offline',
  },
  uptime: {
    label: 'Rata-rata uptime titik',
    context: '{{days}} hari s.d. hari terakhir telemetri',
  },
  repeaters: {
    label: 'Repeater GSM aktif',
    context: 'unit berstatus aktif',
    basis: 'dari {{value}} unit dalam rencana (semua status)',
  },
  leadership: {
    title: 'Capaian terhadap rencana dan target',
    subtitle: 'Program, target desa blankspot dan layanan · data per {{date}}',
  },
  table: {
    name: 'Angka',
    period: 'Periode',
    value: 'Nilai',
    change: 'Perubahan',
    comparison: 'Nilai pembanding',
    basis: 'Dasar pembanding',
  },
};
