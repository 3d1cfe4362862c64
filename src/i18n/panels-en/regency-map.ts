// English strings of the regencyMap panel, the keys of src/i18n/panels/regency-map.ts. They load only when English is chosen
// (src/i18n/en-bundle.ts), so the first paint carries Indonesian alone.
export const regencyMap = {
  title: 'Connectivity map by area',
  metricLegend: 'Map colour',
  unit: {
    blankspot_share: 'unit: % of the villages surveyed without cellular signal, {{period}}',
    sites_per_100_villages: 'unit: sites in service per 100 villages, {{period}}',
  },
  scopeProvince: 'Jambi Province',
  scopeRegency: 'Jambi Province › {{name}}',
  subtitle: '{{scope}} · {{unit}} · data as of {{date}}',
  drillLabel: 'Show districts of',
  drillNone: 'All regencies',
  back: '← Back to province',
  rateNote: 'Colours show a rate, not a count, so large and small areas compare.',
  clickHint: 'Click an area on the map or choose a regency to see its districts.',
  selectHint: 'Click an area to filter every panel (click again to clear); choose a regency to see its districts.',
  regency: 'Regency/city',
  district: 'District',
  high: 'High',
  low: 'Low',
  ofVillages: '{{blankspot}} of {{villages}} villages',
  levelProvince: 'regencies and cities of Jambi Province',
  levelRegency: 'districts of {{name}}',
  aria: 'Map of the {{level}} coloured by {{metric}}. Highest: {{top}}.',
  noValues: 'No signal coverage data for this period yet.',
  // The attribution required by the boundary data's licence note, identical in both languages.
  boundaries: 'Batas wilayah: cahyadsn/wilayah_boundaries (MIT)',
};
