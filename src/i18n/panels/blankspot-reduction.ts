// Strings of the blankspot-reduction panel (namespace "blankspotReduction"): Indonesian first, English with the same keys.
export const blankspotReduction = {
  id: {
    title: 'Pengurangan desa blankspot',
    subtitle:
      'Desa tanpa sinyal seluler per akhir tahun · satuan: desa; pemasangan: titik · {{projection}} · data per {{date}}',
    subtitleBase: 'Desa tanpa sinyal seluler per akhir tahun · satuan: desa; pemasangan: titik · data per {{date}}',
    note: 'Titik Internet Desa melayani desa (Wi-Fi lewat VSAT) tetapi tidak menghapus status blankspot; hanya BTS 4G dan repeater GSM yang menghapusnya.',
    aria: 'Grafik per tahun: desa tanpa sinyal seluler, desa blankspot yang dilayani Internet Desa, titik terpasang (sumbu kanan), target sisa blankspot dan proyeksinya. {{projection}}.',
    year: 'Tahun',
    villagesAxis: 'Desa',
    sitesAxis: 'Titik',
    missing: 'Tidak ada data cakupan',
    series: {
      blankspot: 'Desa tanpa sinyal',
      served: 'Blankspot dilayani Internet Desa',
      installations: 'Titik terpasang',
      target: 'Target sisa blankspot',
      projection: 'Proyeksi',
    },
    projection: {
      none: 'belum ada data cakupan untuk proyeksi',
      insufficient: 'proyeksi linear 2 tahun terakhir: data cakupan baru ada untuk {{year}}, belum bisa diproyeksikan',
      reached: 'tidak ada lagi desa blankspot pada {{year}}',
      flat: 'proyeksi linear 2 tahun terakhir ({{from}}–{{to}}): jumlahnya tetap, pada laju ini tidak mencapai nol',
      rising:
        'proyeksi linear 2 tahun terakhir ({{from}}–{{to}}): naik {{rate}} desa/tahun, pada laju ini tidak mencapai nol',
      falling:
        'proyeksi linear 2 tahun terakhir ({{from}}–{{to}}): turun {{rate}} desa/tahun, mencapai nol sekitar {{year}}',
    },
  },
  en: {
    title: 'Blankspot village reduction',
    subtitle:
      'Villages without cellular signal at year end · unit: villages; installations: sites · {{projection}} · data as of {{date}}',
    subtitleBase:
      'Villages without cellular signal at year end · unit: villages; installations: sites · data as of {{date}}',
    note: 'An Internet Desa point serves a village (Wi-Fi over VSAT) but does not end its blankspot; only 4G towers and GSM repeaters do.',
    aria: 'Yearly chart: villages without cellular signal, blankspot villages served by Internet Desa, sites installed (right axis), blankspot target and projection. {{projection}}.',
    year: 'Year',
    villagesAxis: 'Villages',
    sitesAxis: 'Sites',
    missing: 'No coverage data',
    series: {
      blankspot: 'Villages without signal',
      served: 'Blankspots served by Internet Desa',
      installations: 'Sites installed',
      target: 'Blankspot target',
      projection: 'Projection',
    },
    projection: {
      none: 'no coverage data to project',
      insufficient: 'linear projection of the last 2 years: coverage data only for {{year}}, cannot project yet',
      reached: 'no blankspot villages left in {{year}}',
      flat: 'linear projection of the last 2 years ({{from}}–{{to}}): unchanged, at this rate it does not reach zero',
      rising:
        'linear projection of the last 2 years ({{from}}–{{to}}): up {{rate}} villages/year, at this rate it does not reach zero',
      falling:
        'linear projection of the last 2 years ({{from}}–{{to}}): down {{rate}} villages/year, reaching zero around {{year}}',
    },
  },
};
