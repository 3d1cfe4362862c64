import { NO_FILTERS } from '../../filters/filters.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { InstallationsByRegencyPanel } from '../../panels/installations-by-regency/panel.tsx';

export function OverviewView() {
  const { t } = useLang();
  return (
    <div className="view view-overview">
      <h1>{t('views.overviewTitle')}</h1>
      <div className="panel-grid">
        <InstallationsByRegencyPanel filters={NO_FILTERS} />
      </div>
    </div>
  );
}
