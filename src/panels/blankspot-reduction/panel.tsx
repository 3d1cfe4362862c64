import { useMemo } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import type { Filters } from '../../filters/filters.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { Chart } from '../../ui/chart.tsx';
import { PanelFrame } from '../../ui/panel-frame.tsx';
import { useThemeName } from '../../ui/theme-context.ts';
import { datasetAsOf, datasetSource, panelLabels } from '../panel-text.ts';
import { usePanelQuery } from '../use-panel-query.ts';
import { blankspotQuery, PANEL_ID } from './query.ts';
import { projectionSentence, toModel, toOption, toTable } from './to-option.ts';

const NS = 'blankspotReduction';

export function BlankspotReductionPanel({ filters }: { filters: Filters }) {
  const { t, lang } = useLang();
  const theme = useThemeName();
  const { manifest } = useData();
  const query = usePanelQuery(PANEL_ID, filters, blankspotQuery);

  const view = useMemo(() => {
    if (!query.data) return null;
    const model = toModel(query.data);
    const sentence = projectionSentence(model.projection, lang);
    const projection = t(`${NS}.projection.${sentence.key}`, sentence.values);
    const ctx = {
      lang,
      labels: {
        blankspot: t(`${NS}.series.blankspot`),
        served: t(`${NS}.series.served`),
        installations: t(`${NS}.series.installations`),
        target: t(`${NS}.series.target`),
        projection: t(`${NS}.series.projection`),
      },
      villagesAxis: t(`${NS}.villagesAxis`),
      sitesAxis: t(`${NS}.sitesAxis`),
      missing: t(`${NS}.missing`),
      ariaDescription: t(`${NS}.aria`, { projection }),
    };
    return {
      model,
      projection,
      option: toOption(model, ctx),
      table: toTable(model, { ...ctx, yearLabel: t(`${NS}.year`) }),
    };
  }, [query.data, lang, t]);

  const state = query.isError ? 'error' : !view ? 'loading' : view.model.hasData ? 'ready' : 'empty';
  const date = formatDate(datasetAsOf(manifest, 'village_coverage'), lang);
  return (
    <PanelFrame
      panelId={PANEL_ID}
      title={t(`${NS}.title`)}
      subtitle={
        view?.model.hasData
          ? t(`${NS}.subtitle`, { projection: view.projection, date })
          : t(`${NS}.subtitleBase`, { date })
      }
      source={t('panel.source', { source: datasetSource(manifest, ['village_coverage', 'sites', 'targets']) })}
      labels={panelLabels(t)}
      state={state}
      error={query.error?.message}
      onRetry={() => void query.refetch()}
      table={view?.table}
    >
      {view && (
        <>
          <Chart option={view.option} theme={theme} height={380} />
          <p className="panel-note">{t(`${NS}.note`)}</p>
        </>
      )}
    </PanelFrame>
  );
}
