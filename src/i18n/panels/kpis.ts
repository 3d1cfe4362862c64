// Strings of the kpis panel (namespace "kpis"): Indonesian first, English with the same keys.
export const kpis = {
  id: {},
  en: {},
};
