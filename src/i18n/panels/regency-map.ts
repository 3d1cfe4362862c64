// Strings of the regency-map panel (namespace "regencyMap"): Indonesian (English, with the same keys, in src/i18n/panels-en/regency-map.ts).
// Measure and column names come from the indicator catalog (src/indicators), not from here.
export const regencyMap = {
  title: 'Peta konektivitas per wilayah',
  metricLegend: 'Warna peta',
  unit: {
    blankspot_share: 'satuan: % desa/kelurahan yang disurvei tanpa sinyal seluler, {{period}}',
    sites_per_100_villages: 'satuan: titik dalam layanan per 100 desa/kelurahan, {{period}}',
  },
  scopeProvince: 'Provinsi Jambi',
  scopeRegency: 'Provinsi Jambi › {{name}}',
  subtitle: '{{scope}} · {{unit}} · data per {{date}}',
  drillLabel: 'Lihat kecamatan di',
  drillNone: 'Semua kabupaten/kota',
  back: '← Kembali ke provinsi',
  rateNote: 'Warna menunjukkan rasio, bukan jumlah, agar wilayah besar dan kecil sebanding.',
  clickHint: 'Klik wilayah di peta atau pilih kabupaten/kota untuk melihat kecamatannya.',
  selectHint:
    'Klik wilayah untuk menyaring semua panel (klik lagi untuk melepas); pilih kabupaten/kota untuk melihat kecamatannya.',
  regency: 'Kabupaten/kota',
  district: 'Kecamatan',
  high: 'Tinggi',
  low: 'Rendah',
  ofVillages: '{{blankspot}} dari {{villages}} desa',
  levelProvince: 'kabupaten/kota di Provinsi Jambi',
  levelRegency: 'kecamatan di {{name}}',
  aria: 'Peta {{level}} diwarnai menurut {{metric}}. Tertinggi: {{top}}.',
  noValues: 'Belum ada data cakupan sinyal untuk periode ini.',
  boundaries: 'Batas wilayah: cahyadsn/wilayah_boundaries (MIT)',
};
