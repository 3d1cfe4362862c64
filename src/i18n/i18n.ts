// The one i18n layer (i18next + react-i18next). Indonesian is the default and the fallback.
// Core strings live in id.ts/en.ts; each panel keeps its strings in i18n/panels/<panel>.ts under its own key. The
// lazily loaded views (explore, briefing, catalog) register theirs from i18n/views/<view>.ts when they load, so the
// first paint does not carry them.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
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

const panels = {
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
const pick = (lang: Lang) => Object.fromEntries(Object.entries(panels).map(([k, v]) => [k, v[lang]]));

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: 'id',
  fallbackLng: 'id',
  supportedLngs: ['id', 'en'],
  resources: { id: { translation: { ...id, ...pick('id') } }, en: { translation: { ...en, ...pick('en') } } },
  interpolation: { escapeValue: false }, // React escapes; strings never go into innerHTML.
  initAsync: false,
  returnNull: false,
});

/** Adds a view's messages under its namespace key (called once by the view's module when it loads). */
export function registerMessages(namespace: string, pair: { id: object; en: object }): void {
  i18n.addResourceBundle('id', 'translation', { [namespace]: pair.id }, true, true);
  i18n.addResourceBundle('en', 'translation', { [namespace]: pair.en }, true, true);
}

export function currentLang(): Lang {
  return i18n.language === 'en' ? 'en' : 'id';
}

export function setLang(lang: Lang): void {
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}
