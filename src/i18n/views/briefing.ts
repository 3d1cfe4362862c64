// Strings of the briefing view (namespace "briefing"): Indonesian first, English with the same keys.
export const briefing = {
  id: {},
  en: {},
};
