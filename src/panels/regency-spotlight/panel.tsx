import { useMemo } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import { useFigures } from '../../coordinator/use-figures.ts';
import { useListing } from '../../coordinator/use-listing.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { definitionText } from '../../indicators/describe.ts';
import { REGENCIES_LISTING, regenciesListing, toAreaNames } from '../../indicators/listings/regencies.ts';
import { Chart } from '../../ui/chart.tsx';
import { Definition } from '../../ui/definition.tsx';
import { PanelFrame } from '../../ui/panel-frame.tsx';
import { useThemeName } from '../../ui/theme-context.ts';
import type { PanelProps } from '../define-panel.ts';
import { ignoredNotes } from '../ignored-notes.ts';
import { datasetAsOf, datasetSource, panelLabels } from '../panel-text.ts';
import { PANEL_ID, spotlightRequests } from './requests.ts';
import { cellGrid, isEmpty, toModel, toOption, toTable } from './to-option.ts';

const noArgs = () => regenciesListing();

/** Every regency at once, on one scale: the wall's regency page (one page, not one page per regency). */
export function RegencySpotlightPanel({ filters }: PanelProps) {
  const { t, lang } = useLang();
  const theme = useThemeName();
  const { manifest } = useData();
  const figures = useFigures(spotlightRequests(filters));
  const regencies = useListing(REGENCIES_LISTING, null, noArgs);
  const [set] = figures.sets;

  const view = useMemo(() => {
    if (!set?.figures || !regencies.rows) return null;
    const model = toModel(set, toAreaNames(regencies.rows));
    return {
      model,
      option: toOption(model, { lang, theme, ariaDescription: t('regencySpotlight.aria') }),
      table: toTable(model, { lang, regencyLabel: t('regencySpotlight.regency') }),
    };
  }, [set, regencies.rows, lang, t, theme]);

  const failed = figures.state === 'error' || (regencies.state === 'error' && !view);
  const state = failed ? 'error' : !view ? 'loading' : isEmpty(view.model) ? 'empty' : 'ready';
  const rows = view ? cellGrid(view.model.regencies.length).rows : 3;
  return (
    <PanelFrame
      panelId={PANEL_ID}
      title={t('regencySpotlight.title')}
      titleAside={<Definition text={definitionText('blankspot_villages', lang, filters)} />}
      notes={ignoredNotes(['blankspot_villages'], filters, lang)}
      subtitle={t('regencySpotlight.subtitle', { date: formatDate(datasetAsOf(manifest, 'village_coverage'), lang) })}
      source={t('panel.source', { source: datasetSource(manifest, ['village_coverage', 'villages']) })}
      labels={panelLabels(t)}
      state={state}
      error={(figures.error ?? regencies.error)?.message}
      onRetry={() => {
        figures.retry();
        regencies.retry();
      }}
      table={view?.table}
    >
      {view && <Chart option={view.option} theme={theme} height={rows * 200} />}
    </PanelFrame>
  );
}
