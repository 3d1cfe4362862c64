// English strings of the connectivityTrends panel, the keys of src/i18n/panels/connectivity-trends.ts. They load only when English is chosen
// (src/i18n/en-bundle.ts), so the first paint carries Indonesian alone.
export const connectivityTrends = {
  title: 'Connectivity site service trends',
  subtitle: '{{measure}} {{grain}} · {{from}} – {{to}} · unit: {{unit}} · data as of {{date}}',
  subtitleNoData: '{{measure}} · unit: {{unit}} · data as of {{date}}',
  grain: {
    day: 'per day',
    week: 'per week (ISO, starting Monday)',
  },
  measureLabel: 'Measure',
  groupByLabel: 'Group by',
  groupBy: {
    programme: 'Programme',
    technology: 'Technology',
  },
  period: {
    day: 'Date',
    week: 'Week starting',
  },
  weekOf: 'Week starting {{date}}',
  partialNote: '(part of the week: {{range}})',
  partialLabel: 'incomplete',
  noteGaps: 'Broken line: no reports in that period.',
  notePartial: 'The first or last week is only partly covered (marked), so its sums are smaller.',
  notePartialMean: 'The first or last week is only partly covered (marked).',
  noteDailyUsers: 'Daily users = mean users per day (user-days divided by the number of days), not a weekly sum.',
  noteDataVolume: 'Weekly data volume is the sum of the daily figures in that week.',
  olderData: 'Showing the previous data version; new data is loading or failed to load.',
  aria: 'Line chart of {{measure}} {{grain}} by {{groupBy}}, {{from}} to {{to}}. Periods without reports show as gaps.',
};
