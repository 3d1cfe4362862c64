// English strings of the installationsByRegency panel, the keys of src/i18n/panels/installations-by-regency.ts. They load only when English is chosen
// (src/i18n/en-bundle.ts), so the first paint carries Indonesian alone.
export const installationsByRegency = {
  title: 'Sites installed (all programmes)',
  subtitle:
    'Per regency by year of installation, every programme (not only the plan) · unit: sites · data as of {{date}}',
  aria: 'Stacked bar chart of sites installed per regency by year of installation, every programme.',
  regency: 'Regency/city',
  total: 'Total {{period}}',
  incomplete: '{{period}}: the current year, not complete.',
};
