// Strings of the kpis panel (namespace "kpis"): Indonesian first, English with the same keys.
// {{value}} in a phrase is where a figure (with its data-* attributes) is placed.
export const kpis = {
  id: {
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
  },
  en: {
    title: 'Key figures',
    subtitle: 'Latest state and what it is compared with · data as of {{date}}',
    cards: 'Key figure cards',
    olderData: 'Showing the previous data version; new data is loading or failed to load.',
    up: 'up {{value}}',
    down: 'down {{value}}',
    same: 'unchanged',
    withPercent: '{{change}} ({{percent}})',
    points: '{{value}} percentage points',
    basis: '{{words}} ({{period}}): {{value}}',
    noBasis: 'nothing to compare with yet',
    blankspot: {
      label: 'Blankspot villages',
      context: 'villages without cellular signal',
      target: 'Target {{period}}: {{value}}',
      targetRow: 'Blankspot village target',
    },
    villages4g: {
      label: 'Villages with 4G signal',
      context: '{{value}} of the villages surveyed',
      shareRow: 'Share of villages with 4G signal',
    },
    plan: {
      label: 'Programme sites installed',
      context: 'programmes in the installation plan',
      basis: 'of a plan of {{value}} for {{period}}',
      noPlan: 'no plan for this year yet',
    },
    planCumulative: {
      label: 'Programme sites since the plan began',
      context: 'installed since {{from}}, programmes in the plan',
      noPlan: 'no plan yet',
    },
    villagesServed: {
      label: 'Blankspot villages served',
      context: 'villages without cellular signal that have an Internet Desa site',
    },
    uptimeNow: {
      label: 'Site uptime on the last day',
      context: 'mean over every site on the last telemetry day',
      basis: 'against the {{days}}-day mean ({{period}}): {{value}}',
    },
    installations: {
      label: 'Sites installed (all programmes)',
      context: 'new sites installed, every programme',
    },
    sitesInService: {
      label: 'Sites in service',
      context: 'installed, status active or offline',
    },
    uptime: {
      label: 'Mean site uptime',
      context: '{{days}} days up to the last telemetry day',
    },
    repeaters: {
      label: 'Active GSM repeaters',
      context: 'units with status active',
      basis: 'of {{value}} units in the plan (any status)',
    },
    leadership: {
      title: 'Progress against plan and target',
      subtitle: 'Programmes, the blankspot village target and service · data as of {{date}}',
    },
    table: {
      name: 'Figure',
      period: 'Period',
      value: 'Value',
      change: 'Change',
      comparison: 'Compared value',
      basis: 'Compared with',
    },
  },
};
