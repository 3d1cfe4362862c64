// English strings of the sitesDown panel, the keys of src/i18n/panels/sites-down.ts. They load only when English is chosen
// (src/i18n/en-bundle.ts), so the first paint carries Indonesian alone.
export const sitesDown = {
  title: 'Sites down',
  subtitle: 'Sites offline or without telemetry for more than {{days}} days · data as of {{date}}',
  countUnit: 'sites down',
  none: 'No site is down',
  days_one: '{{n}} day',
  days_other: '{{n}} days',
  neverReported: 'no telemetry',
  more: '+{{n}} more sites',
  listLabel: 'Sites down, longest silent first',
  table: {
    days: 'Days without data',
    site: 'Site',
    village: 'Village',
    regency: 'Regency/city',
    programme: 'Programme',
    status: 'Status',
    lastDate: 'Last telemetry',
  },
  status: {
    active: 'Active',
    offline: 'Offline',
  },
};
