// Strings of the installations-by-regency panel (namespace "installationsByRegency"): Indonesian first, English with
// the same keys.
export const installationsByRegency = {
  title: 'Titik terpasang (semua program)',
  subtitle:
    'Per kabupaten/kota menurut tahun pemasangan, semua program (bukan hanya rencana) · satuan: titik · data per {{date}}',
  aria: 'Diagram batang bertumpuk jumlah titik terpasang per kabupaten/kota menurut tahun pemasangan, semua program.',
  regency: 'Kabupaten/kota',
  total: 'Total {{period}}',
  incomplete: '{{period}}: tahun berjalan, belum lengkap.',
};
