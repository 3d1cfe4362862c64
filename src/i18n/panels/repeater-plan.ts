// Strings of the repeater-plan panel (namespace "repeaterPlan"): Indonesian first, English with the same keys.
export const repeaterPlan = {
  id: {},
  en: {},
};
