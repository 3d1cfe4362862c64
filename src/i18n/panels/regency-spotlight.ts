// Strings of the regency-spotlight panel (namespace "regencySpotlight"): Indonesian first, English with the same keys.
export const regencySpotlight = {
  id: {
    title: 'Desa tanpa sinyal seluler per kabupaten/kota',
    subtitle:
      'Semua kabupaten/kota pada satu skala, terbanyak lebih dulu · per tahun survei · satuan: desa · data per {{date}}',
    aria: 'Diagram kecil per kabupaten/kota: jumlah desa tanpa sinyal seluler per tahun survei, semua pada skala yang sama.',
    regency: 'Kabupaten/kota',
  },
  en: {
    title: 'Villages without cellular signal by regency',
    subtitle: 'Every regency on one scale, most first · per survey year · unit: villages · data as of {{date}}',
    aria: 'Small multiples per regency: villages without cellular signal per survey year, all on the same scale.',
    regency: 'Regency/city',
  },
};
