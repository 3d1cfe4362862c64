import { NO_FILTERS } from '../../filters/filters.ts';
import { useLang } from '../../i18n/use-lang.ts';
import type { PanelId } from '../../panels/define-panel.ts';
import { PanelHost } from '../../panels/panel-host.tsx';
import { ChartScaleContext } from '../../ui/theme-context.ts';
import { useTextScale } from '../use-text-scale.ts';

/** The overview: KPIs across the top, then the stories in a responsive grid. */
const LAYOUT: { id: PanelId; wide?: boolean }[] = [
  { id: 'kpis', wide: true },
  { id: 'blankspot-reduction' },
  { id: 'regency-map' },
  { id: 'installations-by-regency' },
  { id: 'connectivity-trends' },
  { id: 'repeater-plan', wide: true },
];

export function OverviewView() {
  const { t } = useLang();
  const scale = useTextScale();
  return (
    <ChartScaleContext value={scale}>
      <div className="view view-overview">
        <h1>{t('views.overviewTitle')}</h1>
        <div className="panel-grid">
          {LAYOUT.map(({ id, wide }) => (
            <div key={id} className={wide ? 'grid-wide' : undefined}>
              <PanelHost id={id} filters={NO_FILTERS} />
            </div>
          ))}
        </div>
      </div>
    </ChartScaleContext>
  );
}
