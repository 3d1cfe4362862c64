// English strings of the programmeProgress panel, the keys of src/i18n/panels/programme-progress.ts. They load only when English is chosen
// (src/i18n/en-bundle.ts), so the first paint carries Indonesian alone.
export const programmeProgress = {
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
};
