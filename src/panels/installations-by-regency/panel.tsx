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
import { installationsQuery, PANEL_ID } from './query.ts';
import { regencyAt, toModel, toOption, toTable, yearOfSeries } from './to-option.ts';

interface Props {
  filters: Filters;
  /** ('regency', code) when a regency's bar is clicked; ('year', '2024') when a year's legend entry is clicked. */
  onSelect?: (dimension: Dimension, value: string) => void;
}

export function InstallationsByRegencyPanel({ filters, onSelect }: Props) {
  const { t, lang } = useLang();
  const theme = useThemeName();
  const { manifest } = useData();
  const query = usePanelQuery(PANEL_ID, filters, installationsQuery);

  const view = useMemo(() => {
    if (!query.data) return null;
    const model = toModel(query.data);
    const ctx = {
      lang,
      yearLabel: (year: number) => t('installations.year', { year }),
      totalLabel: t('panel.total'),
      ariaDescription: t('installations.aria'),
    };
    return {
      model,
      option: toOption(model, ctx),
      table: toTable(model, { ...ctx, regencyLabel: t('installations.regency') }),
    };
  }, [query.data, lang, t]);

  const onClick = (e: ChartEvent) => {
    const code = view ? regencyAt(view.model, e.dataIndex) : null;
    if (code && onSelect) onSelect('regency', code);
  };
  const onLegend = (name: string) => {
    const year = view ? yearOfSeries(view.model, name, (y) => t('installations.year', { year: y })) : null;
    if (year !== null && onSelect) onSelect('year', String(year));
  };

  const empty = view !== null && view.model.years.length === 0;
  const state = query.isError ? 'error' : !view ? 'loading' : empty ? 'empty' : 'ready';
  return (
    <PanelFrame
      panelId={PANEL_ID}
      title={t('installations.title')}
      subtitle={t('installations.subtitle', { date: formatDate(datasetAsOf(manifest, 'sites'), lang) })}
      source={t('panel.source', { source: datasetSource(manifest, ['sites', 'villages']) })}
      labels={panelLabels(t)}
      state={state}
      error={query.error?.message}
      onRetry={() => void query.refetch()}
      table={view?.table}
    >
      {view && (
        <Chart
          option={view.option}
          theme={theme}
          height={Math.max(320, 40 + view.model.regencies.length * 34)}
          onClick={onSelect ? onClick : undefined}
          onLegendSelect={onSelect ? onLegend : undefined}
        />
      )}
    </PanelFrame>
  );
}
