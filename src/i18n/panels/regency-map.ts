// Strings of the regency-map panel (namespace "regencyMap"): Indonesian first, English with the same keys.
export const regencyMap = {
  id: {},
  en: {},
};
