// Strings of the sites-down panel (namespace "sitesDown"): Indonesian (English, with the same keys, in src/i18n/panels-en/sites-down.ts).
export const sitesDown = {
  title: 'Titik mati',
  subtitle: 'Titik offline atau tanpa telemetri lebih dari {{days}} hari · data per {{date}}',
  countUnit: 'titik mati',
  none: 'Tidak ada titik mati',
  days_one: '{{n}} hari',
  days_other: '{{n}} hari',
  neverReported: 'tanpa telemetri',
  more: '+{{n}} titik lainnya',
  listLabel: 'Titik mati, terlama tanpa data di atas',
  table: {
    days: 'Hari tanpa data',
    site: 'Kode titik',
    village: 'Desa',
    regency: 'Kabupaten/kota',
    programme: 'Program',
    status: 'Status',
    lastDate: 'Telemetri terakhir',
  },
  status: {
    active: 'Aktif',
    offline: 'Offline',
  },
};
