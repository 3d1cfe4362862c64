// The one i18n layer (i18next + react-i18next). Indonesian is the default and the fallback.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import type { Lang } from './format.ts';
import { id } from './id.ts';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: 'id',
  fallbackLng: 'id',
  supportedLngs: ['id', 'en'],
  resources: { id: { translation: id }, en: { translation: en } },
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
