// Strings of the programme-progress panel (namespace "programmeProgress"): Indonesian first, English with the same
// keys. {{value}} in a phrase is where a figure (with its data-* attributes) is placed.
export const programmeProgress = {
  title: 'Capaian program terhadap rencana',
  subtitle:
    'Titik program dalam rencana per tahun dan program, dengan rencana tahunan · satuan: titik · data per {{date}}',
  aria: 'Diagram batang bertumpuk titik program terpasang per tahun menurut program, dengan garis putus-putus rencana tahun itu.',
  plan: 'Rencana',
  total: 'Terpasang (semua program dalam rencana)',
  progress: 'Capaian',
  year: 'Tahun',
  ofPlan: '{{installed}} dari {{plan}}',
  since: 'Sejak {{year}}',
  headline: 'Sejak {{year}}: {{installed}} titik terpasang dari rencana {{plan}} titik ({{period}}).',
  note: 'Rencana tidak dibagi per program: garis putus-putus adalah rencana tahun itu untuk semua program dalam rencana.',
};
