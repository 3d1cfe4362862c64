import { useLang } from '../../i18n/use-lang.ts';

/** A view whose issue has not been built yet: it says so instead of showing an empty page. */
export function PlaceholderView({ name }: { name: string }) {
  const { t } = useLang();
  return (
    <div className="view">
      <h1>{name}</h1>
      <p className="panel-note">{t('views.placeholder', { name })}</p>
    </div>
  );
}
