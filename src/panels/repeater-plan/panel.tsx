import { useMemo } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import type { Dimension, Filters } from '../../filters/filters.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { Chart, type ChartEvent } from '../../ui/chart.tsx';
import { PanelFrame } from '../../ui/panel-frame.tsx';
import { useThemeName } from '../../ui/theme-context.ts';
import { datasetAsOf, datasetSource, panelLabels } from '../panel-text.ts';
import { usePanelQuery } from '../use-panel-query.ts';
import { PANEL_ID, repeaterPlanQuery } from './query.ts';
import { regencyAt, toModel, toOption, toTable } from './to-option.ts';

interface Props {
  filters: Filters;
  /** Called with ('regency', code) when a regency's bar is clicked. */
  onSelect?: (dimension: Dimension, value: string) => void;
}

export function RepeaterPlanPanel({ filters, onSelect }: Props) {
  const { t, lang } = useLang();
  const theme = useThemeName();
  const { manifest } = useData();
  const query = usePanelQuery(PANEL_ID, filters, repeaterPlanQuery);

  const view = useMemo(() => {
    if (!query.data) return null;
    const model = toModel(query.data);
    const ctx = { lang, t };
    return { model, option: toOption(model, ctx), table: toTable(model, ctx) };
  }, [query.data, lang, t]);

  const onClick = (e: ChartEvent) => {
    const code = view ? regencyAt(view.model, e.dataIndex) : null;
    if (code && onSelect) onSelect('regency', code);
  };

  const empty = view !== null && view.model.units.length === 0;
  const state = query.isError ? 'error' : !view ? 'loading' : empty ? 'empty' : 'ready';
  return (
    <PanelFrame
      panelId={PANEL_ID}
      title={t('repeaterPlan.title')}
      subtitle={t('repeaterPlan.subtitle', { date: formatDate(datasetAsOf(manifest, 'sites'), lang) })}
      source={t('panel.source', { source: datasetSource(manifest, ['sites', 'village_coverage', 'villages']) })}
      labels={panelLabels(t)}
      state={state}
      error={query.error?.message}
      onRetry={() => void query.refetch()}
      table={view?.table}
    >
      {view && (
        <>
          <Chart
            option={view.option}
            theme={theme}
            height={Math.max(240, 60 + view.model.regencies.length * 40)}
            onClick={onSelect ? onClick : undefined}
          />
          <p className="panel-note">{t('repeaterPlan.note')}</p>
        </>
      )}
    </PanelFrame>
  );
}
