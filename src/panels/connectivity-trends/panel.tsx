import { useId, useMemo, useState } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import type { Dimension, Filters } from '../../filters/filters.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { Chart } from '../../ui/chart.tsx';
import { PanelFrame } from '../../ui/panel-frame.tsx';
import { useThemeName } from '../../ui/theme-context.ts';
import { datasetAsOf, datasetSource, panelLabels } from '../panel-text.ts';
import { usePanelQuery } from '../use-panel-query.ts';
import { PANEL_ID, trendsQuery } from './query.ts';
import { GROUP_BYS, type GroupBy, isEmpty, MEASURES, type Measure, toModel, toOption, toTable } from './to-option.ts';

interface Choice<T extends string> {
  value: T;
  label: string;
}

function RadioGroup<T extends string>(props: {
  legend: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  const name = useId();
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.choices.map((c) => (
        <label key={c.value}>
          <input
            type="radio"
            name={name}
            value={c.value}
            checked={props.value === c.value}
            onChange={() => props.onChange(c.value)}
          />{' '}
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}

export function ConnectivityTrendsPanel({
  filters,
  onSelect,
}: {
  filters: Filters;
  onSelect?: (dimension: Dimension, value: string) => void;
}) {
  const { t, lang } = useLang();
  const theme = useThemeName();
  const { manifest } = useData();
  const query = usePanelQuery(PANEL_ID, filters, trendsQuery);
  const [measure, setMeasure] = useState<Measure>('uptime');
  const [groupBy, setGroupBy] = useState<GroupBy>('programme');

  const model = useMemo(() => (query.data ? toModel(query.data) : null), [query.data]);
  const unit = t(`connectivityTrends.unit.${measure}`);
  const measureLabel = t(`connectivityTrends.measure.${measure}`);

  const view = useMemo(() => {
    if (!model || isEmpty(model)) return null;
    const grainLabel = t(`connectivityTrends.grain.${model.grain}`);
    const range = { from: formatDate(model.firstDay, lang), to: formatDate(model.lastDay, lang) };
    const periodLabel = (iso: string) =>
      model.grain === 'week' ? t('connectivityTrends.weekOf', { date: formatDate(iso, lang) }) : formatDate(iso, lang);
    const ariaDescription = t('connectivityTrends.aria', {
      measure: measureLabel.toLocaleLowerCase(lang),
      grain: grainLabel,
      groupBy: t(`connectivityTrends.groupBy.${groupBy}`).toLocaleLowerCase(lang),
      ...range,
    });
    const selection = { measure, groupBy };
    return {
      grainLabel,
      range,
      option: toOption(model, selection, { lang, unit, periodLabel, ariaDescription }),
      table: toTable(model, selection, { lang, unit, periodColumn: t(`connectivityTrends.period.${model.grain}`) }),
    };
  }, [model, measure, groupBy, lang, t, unit, measureLabel]);

  // Sums (not means) drop in a week cut short by the range: say so.
  const sums = measure === 'data' || measure === 'users';
  const state = query.isError ? 'error' : !model ? 'loading' : !view ? 'empty' : 'ready';
  const date = formatDate(datasetAsOf(manifest, 'site_daily'), lang);
  const subtitle = view
    ? t('connectivityTrends.subtitle', { measure: measureLabel, grain: view.grainLabel, ...view.range, unit, date })
    : t('connectivityTrends.subtitleNoData', { measure: measureLabel, unit, date });

  return (
    <PanelFrame
      panelId={PANEL_ID}
      title={t('connectivityTrends.title')}
      subtitle={subtitle}
      source={t('panel.source', { source: datasetSource(manifest, ['site_daily', 'sites']) })}
      labels={panelLabels(t)}
      state={state}
      error={query.error?.message}
      onRetry={() => void query.refetch()}
      table={view?.table}
      notice={query.showingOlderData ? t('connectivityTrends.olderData') : undefined}
      controls={
        <>
          <RadioGroup
            legend={t('connectivityTrends.measureLabel')}
            choices={MEASURES.map((m) => ({ value: m, label: t(`connectivityTrends.measure.${m}`) }))}
            value={measure}
            onChange={setMeasure}
          />
          <RadioGroup
            legend={t('connectivityTrends.groupByLabel')}
            choices={GROUP_BYS.map((g) => ({ value: g, label: t(`connectivityTrends.groupBy.${g}`) }))}
            value={groupBy}
            onChange={setGroupBy}
          />
        </>
      }
    >
      {view && model && (
        <>
          <Chart
            option={view.option}
            theme={theme}
            height={380}
            onClick={onSelect ? (e) => e.seriesName && onSelect(groupBy, e.seriesName) : undefined}
            onLegendSelect={onSelect ? (name) => onSelect(groupBy, name) : undefined}
          />
          <p className="panel-note">
            {[
              t('connectivityTrends.noteGaps'),
              model.grain === 'week' && sums ? t('connectivityTrends.noteWeekSum') : null,
              model.partialWeeks && sums ? t('connectivityTrends.notePartial') : null,
            ]
              .filter(Boolean)
              .join(' ')}
          </p>
        </>
      )}
    </PanelFrame>
  );
}
