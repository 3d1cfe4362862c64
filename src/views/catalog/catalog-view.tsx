import { useLang } from '../../i18n/use-lang.ts';
import { PlaceholderView } from '../placeholder/placeholder-view.tsx';

export function CatalogView() {
  const { t } = useLang();
  return <PlaceholderView name={t('nav.data')} />;
}
