// The one i18n layer (i18next + react-i18next). Indonesian is the default and the fallback.
// Core strings live in id.ts/en.ts; each panel keeps its strings in i18n/panels/<panel>.ts (Indonesian) and
// i18n/panels-en/<panel>.ts (English) under its own key. English loads when first chosen (en-bundle.ts), and the
// lazily loaded views (explore, briefing, catalog) register theirs from i18n/views/<view>.ts when they load, so the
// first paint carries neither.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from './format.ts';
import { id } from './id.ts';
import { blankspotReduction } from './panels/blankspot-reduction.ts';
import { connectivityTrends } from './panels/connectivity-trends.ts';
import { installationsByRegency } from './panels/installations-by-regency.ts';
import { kpis } from './panels/kpis.ts';
import { programmeProgress } from './panels/programme-progress.ts';
import { regencyMap } from './panels/regency-map.ts';
import { regencySpotlight } from './panels/regency-spotlight.ts';
import { repeaterPlan } from './panels/repeater-plan.ts';
import { sitesDown } from './panels/sites-down.ts';

/** Every Indonesian message of the first paint (English: src/i18n/en-bundle.ts, with the same keys). */
export const ID_MESSAGES = {
  ...id,
  kpis,
  blankspotReduction,
  installationsByRegency,
  regencyMap,
  connectivityTrends,
  repeaterPlan,
  regencySpotlight,
  sitesDown,
  programmeProgress,
};

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: 'id',
  fallbackLng: 'id',
  supportedLngs: ['id', 'en'],
  // A copy: i18next merges later bundles into the object it is given.
  resources: { id: { translation: structuredClone(ID_MESSAGES) } },
  // English arrives later (loadEnglish); the lazily loaded views add their namespaces in both languages.
  partialBundledLanguages: true,
  interpolation: { escapeValue: false }, // React escapes; strings never go into innerHTML.
  initAsync: false,
  returnNull: false,
});

/** Adds the English messages (the en-bundle module's export); tests add them up front. */
let englishReady = false;

export function addEnglish(messages: object): void {
  i18n.addResourceBundle('en', 'translation', structuredClone(messages), true, true);
  englishReady = true;
}

let english: Promise<void> | null = null;

/** Loads the English messages once (a separate chunk: the first paint carries Indonesian only). */
export function loadEnglish(): Promise<void> {
  english ??= import('./en-bundle.ts').then((m) => addEnglish(m.EN_MESSAGES));
  return english;
}

/** Adds a view's messages under its namespace key (called once by the view's module when it loads). */
export function registerMessages(namespace: string, pair: { id: object; en: object }): void {
  i18n.addResourceBundle('id', 'translation', { [namespace]: pair.id }, true, true);
  i18n.addResourceBundle('en', 'translation', { [namespace]: pair.en }, true, true);
}

export function currentLang(): Lang {
  return i18n.language === 'en' ? 'en' : 'id';
}

let wanted: Lang = 'id';

/**
 * Switches the language. English is loaded first when it is not there yet; until then the screen stays in the
 * language it shows (never a mix of keys and words). The last choice wins when several overlap.
 */
export function setLang(lang: Lang): void {
  wanted = lang;
  const apply = () => {
    if (wanted !== lang) return;
    void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  };
  if (lang === 'en' && !englishReady) void loadEnglish().then(apply);
  else apply();
}
