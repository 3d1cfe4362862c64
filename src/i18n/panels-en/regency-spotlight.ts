// English strings of the regencySpotlight panel, the keys of src/i18n/panels/regency-spotlight.ts. They load only when English is chosen
// (src/i18n/en-bundle.ts), so the first paint carries Indonesian alone.
export const regencySpotlight = {
  title: 'Villages without cellular signal by regency',
  subtitle: 'Every regency on one scale, most first · per survey year · unit: villages · data as of {{date}}',
  aria: 'Small multiples per regency: villages without cellular signal per survey year, all on the same scale.',
  regency: 'Regency/city',
};
