// The one i18n layer (i18next + react-i18next). Indonesian is the default and the fallback.
// Core strings live in id.ts/en.ts; each panel and view keeps its strings in i18n/panels/<panel>.ts or
// i18n/views/<view>.ts under its own key, so they can be written side by side without touching one shared file.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import type { Lang } from './format.ts';
import { id } from './id.ts';
import { blankspotReduction } from './panels/blankspot-reduction.ts';
import { connectivityTrends } from './panels/connectivity-trends.ts';
import { kpis } from './panels/kpis.ts';
import { regencyMap } from './panels/regency-map.ts';
import { repeaterPlan } from './panels/repeater-plan.ts';
import { briefing } from './views/briefing.ts';
import { catalog } from './views/catalog.ts';
import { explore } from './views/explore.ts';

const panels = { kpis, blankspotReduction, regencyMap, connectivityTrends, repeaterPlan, explore, briefing, catalog };
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

export function currentLang(): Lang {
  return i18n.language === 'en' ? 'en' : 'id';
}

export function setLang(lang: Lang): void {
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}
