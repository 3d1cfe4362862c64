// Strings of the explore view (namespace "explore"): Indonesian first, English with the same keys.
export const explore = {
  id: {},
  en: {},
};
