// English strings of the repeaterPlan panel, the keys of src/i18n/panels/repeater-plan.ts. They load only when English is chosen
// (src/i18n/en-bundle.ts), so the first paint carries Indonesian alone.
export const repeaterPlan = {
  title: 'GSM repeater plan',
  subtitle: 'GSM repeater units per regency by status · unit: units · data as of {{date}}',
  note: 'Signal before: the year before installation (units still planned: the latest survey year). Signal after: the latest survey year.',
  aria: 'Stacked bar chart of GSM repeater units per regency by status: planned, active, offline, decommissioned.',
  unitsAxis: 'Units',
  unitsCaption: 'GSM repeater units',
  headline: {
    planned: 'planned (any status)',
    active: 'active',
    progress: 'progress',
    progressRule: '(active units against the plan)',
  },
  status: {
    planned: 'Planned',
    active: 'Active',
    offline: 'Offline',
    decommissioned: 'Decommissioned',
  },
  signal: {
    none: 'No signal',
    '2G': '2G',
    '3G': '3G',
    '4G': '4G',
  },
  signalInYear: '{{signal}} ({{year}})',
  table: {
    village: 'Village',
    district: 'District',
    regency: 'Regency/city',
    status: 'Status',
    installedOn: 'Installed on',
    before: 'Signal before',
    after: 'Signal after',
    site: 'Unit code',
    total: 'Units',
  },
};
