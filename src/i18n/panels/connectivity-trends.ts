// Strings of the connectivity-trends panel (namespace "connectivityTrends"): Indonesian first, English with the same keys.
export const connectivityTrends = {
  id: {},
  en: {},
};
