// Strings of the regency-spotlight panel (namespace "regencySpotlight"): Indonesian (English, with the same keys, in src/i18n/panels-en/regency-spotlight.ts).
export const regencySpotlight = {
  title: 'Desa tanpa sinyal seluler per kabupaten/kota',
  subtitle:
    'Semua kabupaten/kota pada satu skala, terbanyak lebih dulu · per tahun survei · satuan: desa · data per {{date}}',
  aria: 'Diagram kecil per kabupaten/kota: jumlah desa tanpa sinyal seluler per tahun survei, semua pada skala yang sama.',
  regency: 'Kabupaten/kota',
};
