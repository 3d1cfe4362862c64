// Strings of the catalog view (namespace "catalog"): Indonesian first, English with the same keys.
export const catalog = {
  id: {},
  en: {},
};
