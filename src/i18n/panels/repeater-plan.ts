// Strings of the repeater-plan panel (namespace "repeaterPlan"): Indonesian (English, with the same keys, in src/i18n/panels-en/repeater-plan.ts).
export const repeaterPlan = {
  title: 'Rencana repeater GSM',
  subtitle: 'Unit repeater GSM per kabupaten/kota menurut status · satuan: unit · data per {{date}}',
  note: 'Sinyal sebelum: tahun sebelum pemasangan (unit yang masih direncanakan: tahun survei terakhir). Sinyal sesudah: tahun survei terakhir.',
  aria: 'Diagram batang bertumpuk jumlah unit repeater GSM per kabupaten/kota menurut status: direncanakan, aktif, offline, dinonaktifkan.',
  unitsAxis: 'Unit',
  unitsCaption: 'Daftar unit repeater GSM',
  headline: {
    planned: 'direncanakan (semua status)',
    active: 'aktif',
    progress: 'capaian',
    progressRule: '(unit aktif dibanding rencana)',
  },
  status: {
    planned: 'Direncanakan',
    active: 'Aktif',
    offline: 'Offline',
    decommissioned: 'Dinonaktifkan',
  },
  signal: {
    none: 'Tidak ada sinyal',
    '2G': '2G',
    '3G': '3G',
    '4G': '4G',
  },
  signalInYear: '{{signal}} ({{year}})',
  table: {
    village: 'Desa',
    district: 'Kecamatan',
    regency: 'Kabupaten/kota',
    status: 'Status',
    installedOn: 'Tanggal terpasang',
    before: 'Sinyal sebelum',
    after: 'Sinyal sesudah',
    site: 'Kode unit',
    total: 'Jumlah unit',
  },
};
