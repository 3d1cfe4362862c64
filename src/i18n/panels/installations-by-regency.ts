// Strings of the installations-by-regency panel (namespace "installationsByRegency"): Indonesian first, English with
// the same keys.
export const installationsByRegency = {
  id: {
    title: 'Titik terpasang (semua program)',
    subtitle:
      'Per kabupaten/kota menurut tahun pemasangan, semua program (bukan hanya rencana) · satuan: titik · data per {{date}}',
    aria: 'Diagram batang bertumpuk jumlah titik terpasang per kabupaten/kota menurut tahun pemasangan, semua program.',
    regency: 'Kabupaten/kota',
    total: 'Total {{period}}',
    incomplete: '{{period}}: tahun berjalan, belum lengkap.',
  },
  en: {
    title: 'Sites installed (all programmes)',
    subtitle:
      'Per regency by year of installation, every programme (not only the plan) · unit: sites · data as of {{date}}',
    aria: 'Stacked bar chart of sites installed per regency by year of installation, every programme.',
    regency: 'Regency/city',
    total: 'Total {{period}}',
    incomplete: '{{period}}: the current year, not complete.',
  },
};
