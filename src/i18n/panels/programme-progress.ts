// Strings of the programme-progress panel (namespace "programmeProgress"): Indonesian first, English with the same
// keys. {{value}} in a phrase is where a figure (with its data-* attributes) is placed.
export const programmeProgress = {
  id: {
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
  },
  en: {
    title: 'Programme progress against the plan',
    subtitle:
      'Sites of the programmes in the plan per year and programme, with the yearly plan · unit: sites · data as of {{date}}',
    aria: 'Stacked bar chart of programme sites installed per year by programme, with a dashed outline for that year’s plan.',
    plan: 'Plan',
    total: 'Installed (all programmes in the plan)',
    progress: 'Progress',
    year: 'Year',
    ofPlan: '{{installed}} of {{plan}}',
    since: 'Since {{year}}',
    headline: 'Since {{year}}: {{installed}} sites installed of a plan of {{plan}} sites ({{period}}).',
    note: 'The plan is not split by programme: the dashed outline is that year’s plan for all programmes in the plan.',
  },
};
