// Strings of the blankspot-reduction panel (namespace "blankspotReduction"): Indonesian first, English with the same keys.
export const blankspotReduction = {
  id: {},
  en: {},
};
