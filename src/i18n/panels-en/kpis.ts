// English strings of the kpis panel, the keys of src/i18n/panels/kpis.ts. They load only when English is chosen
// (src/i18n/en-bundle.ts), so the first paint carries Indonesian alone.
export const kpis = {
  title: 'Key figures',
  subtitle: 'Latest state and what it is compared with · data as of {{date}}',
  cards: 'Key figure cards',
  olderData: 'Showing the previous data version; new data is loading or failed to load.',
  up: 'up {{value}}',
  down: 'down {{value}}',
  same: 'unchanged',
  withPercent: '{{change}} ({{percent}})',
  points: '{{value}} percentage points',
  basis: '{{words}} ({{period}}): {{value}}',
  noBasis: 'nothing to compare with yet',
  blankspot: {
    label: 'Blankspot villages',
    context: 'villages without cellular signal',
    target: 'Target {{period}}: {{value}}',
    targetRow: 'Blankspot village target',
  },
  villages4g: {
    label: 'Villages with 4G signal',
    context: '{{value}} of the villages surveyed',
    shareRow: 'Share of villages with 4G signal',
  },
  plan: {
    label: 'Programme sites installed',
    context: 'programmes in the installation plan',
    basis: 'of a plan of {{value}} for {{period}}',
    noPlan: 'no plan for this year yet',
  },
  planCumulative: {
    label: 'Programme sites since the plan began',
    context: 'installed since {{from}}, programmes in the plan',
    noPlan: 'no plan yet',
  },
  villagesServed: {
    label: 'Blankspot villages served',
    context: 'villages without cellular signal that have an Internet Desa site',
  },
  uptimeNow: {
    label: 'Site uptime on the last day',
    context: 'mean over every site on the last telemetry day',
    basis: 'against the {{days}}-day mean ({{period}}): {{value}}',
  },
  installations: {
    label: 'Sites installed (all programmes)',
    context: 'new sites installed, every programme',
  },
  sitesInService: {
    label: 'Sites in service',
    context: 'installed, status active or offline',
  },
  uptime: {
    label: 'Mean site uptime',
    context: '{{days}} days up to the last telemetry day',
  },
  repeaters: {
    label: 'Active GSM repeaters',
    context: 'units with status active',
    basis: 'of {{value}} units in the plan (any status)',
  },
  leadership: {
    title: 'Progress against plan and target',
    subtitle: 'Programmes, the blankspot village target and service · data as of {{date}}',
  },
  table: {
    name: 'Figure',
    period: 'Period',
    value: 'Value',
    change: 'Change',
    comparison: 'Compared value',
    basis: 'Compared with',
  },
};
