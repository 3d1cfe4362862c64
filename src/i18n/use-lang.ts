import { useTranslation } from 'react-i18next';
import type { Lang } from './format.ts';

/** The active language and translate function, for components. */
export function useLang(): { lang: Lang; t: ReturnType<typeof useTranslation>['t'] } {
  const { t, i18n } = useTranslation();
  return { lang: i18n.language === 'en' ? 'en' : 'id', t };
}
