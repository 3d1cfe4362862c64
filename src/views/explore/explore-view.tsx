import { useLang } from '../../i18n/use-lang.ts';
import { PlaceholderView } from '../placeholder/placeholder-view.tsx';

export function ExploreView(_props: { params: URLSearchParams }) {
  const { t } = useLang();
  return <PlaceholderView name={t('nav.explore')} />;
}
