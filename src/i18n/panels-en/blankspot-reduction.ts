// English strings of the blankspotReduction panel, the keys of src/i18n/panels/blankspot-reduction.ts. They load only when English is chosen
// (src/i18n/en-bundle.ts), so the first paint carries Indonesian alone.
export const blankspotReduction = {
  title: 'Blankspot village reduction',
  subtitle: 'Villages without cellular signal at year end · unit: villages · {{projection}} · data as of {{date}}',
  subtitleBase: 'Villages without cellular signal at year end · unit: villages · data as of {{date}}',
  incomplete: '{{period}}: the state up to the data date; the year is not complete and is not used for the projection.',
  note: 'An Internet Desa point serves a village (Wi-Fi over VSAT) but does not end its blankspot; only 4G towers and GSM repeaters do. Installations are in the "Sites installed (all programmes)" panel.',
  aria: 'Yearly chart, unit villages: villages without cellular signal, blankspot villages served by Internet Desa, the blankspot target, and the trend line with its range. {{projection}}.',
  year: 'Year',
  villagesAxis: 'Villages',
  missing: 'No coverage data',
  definitionOf: 'Definition: {{name}}',
  olderData: 'Showing the previous data version; new data is loading or failed to load.',
  series: {
    blankspot: 'Villages without signal',
    served: 'Blankspots served by Internet Desa',
    target: 'Blankspot target',
    projection: 'Trend (least squares)',
    band: 'Trend range (±1 standard error)',
  },
  projection: {
    none: 'no complete year of coverage data to project from',
    insufficient: 'a projection needs at least 3 complete years; complete coverage data only for {{years}}',
    reached: 'no village without signal at the end of {{year}}',
    method: 'least-squares line over the last {{n}} complete years ({{from}}–{{to}})',
    rate: 'rate {{rate}} villages/year (range ±1 standard error: {{low}} to {{high}})',
    between: 'reaches zero between {{fast}} and {{slow}} (central line {{central}})',
    around: 'reaches zero around {{year}}',
    earliest:
      'reaches zero {{fast}} at the earliest (central line: {{central}}); at the slowest rate not by {{horizon}}',
    notBy: 'not zero by {{year}}',
    notReached: 'does not reach zero by {{horizon}} (estimate for {{horizon}}: {{low}}–{{high}} villages)',
    sentence: 'projection, {{method}}: {{rate}}; {{outcome}}',
  },
};
