// Strings of the blankspot-reduction panel (namespace "blankspotReduction"): Indonesian (English, with the same keys, in src/i18n/panels-en/blankspot-reduction.ts).
export const blankspotReduction = {
  title: 'Pengurangan desa blankspot',
  subtitle: 'Desa tanpa sinyal seluler per akhir tahun · satuan: desa · {{projection}} · data per {{date}}',
  subtitleBase: 'Desa tanpa sinyal seluler per akhir tahun · satuan: desa · data per {{date}}',
  incomplete: '{{period}}: keadaan s.d. tanggal data; tahun belum lengkap, tidak dipakai untuk proyeksi.',
  note: 'Titik Internet Desa melayani desa (Wi-Fi lewat VSAT) tetapi tidak menghapus status blankspot; hanya BTS 4G dan repeater GSM yang menghapusnya. Pemasangan titik ada di panel "Titik terpasang (semua program)".',
  aria: 'Grafik per tahun, satuan desa: desa tanpa sinyal seluler, desa blankspot yang dilayani Internet Desa, target sisa blankspot, dan garis tren dengan rentangnya. {{projection}}.',
  year: 'Tahun',
  villagesAxis: 'Desa',
  missing: 'Tidak ada data cakupan',
  definitionOf: 'Definisi {{name}}',
  olderData: 'Menampilkan data versi sebelumnya; data baru sedang dimuat atau gagal dimuat.',
  series: {
    blankspot: 'Desa tanpa sinyal',
    served: 'Blankspot dilayani Internet Desa',
    target: 'Target sisa blankspot',
    projection: 'Tren (kuadrat terkecil)',
    band: 'Rentang tren (±1 galat baku)',
  },
  projection: {
    none: 'belum ada tahun lengkap dengan data cakupan untuk proyeksi',
    insufficient: 'proyeksi butuh minimal 3 tahun lengkap; data cakupan lengkap baru ada untuk {{years}}',
    // Says the state at the end of that year, not that it changed (a regency may never have had one).
    reached: 'tidak ada desa tanpa sinyal pada akhir {{year}}',
    method: 'garis kuadrat terkecil atas {{n}} tahun lengkap terakhir ({{from}}–{{to}})',
    rate: 'laju {{rate}} desa/tahun (rentang ±1 galat baku: {{low}} s.d. {{high}})',
    between: 'mencapai nol antara {{fast}} dan {{slow}} (garis tengah {{central}})',
    around: 'mencapai nol sekitar {{year}}',
    earliest:
      'paling cepat mencapai nol {{fast}} (garis tengah: {{central}}); pada laju paling lambat belum mencapai nol s.d. {{horizon}}',
    notBy: 'belum nol s.d. {{year}}',
    notReached: 'belum mencapai nol s.d. {{horizon}} (perkiraan {{horizon}}: {{low}}–{{high}} desa)',
    sentence: 'proyeksi {{method}}: {{rate}}; {{outcome}}',
  },
};
