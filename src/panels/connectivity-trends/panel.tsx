import { useId, useMemo, useState } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import { useFigures } from '../../coordinator/use-figures.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { INDICATORS } from '../../indicators/catalog.ts';
import { definitionText } from '../../indicators/describe.ts';
import { Chart } from '../../ui/chart.tsx';
import { Definition } from '../../ui/definition.tsx';
import { PanelFrame } from '../../ui/panel-frame.tsx';
import { usePresentation } from '../../ui/presentation.ts';
import { useThemeName } from '../../ui/theme-context.ts';
import type { PanelProps } from '../define-panel.ts';
import { ignoredNotes } from '../ignored-notes.ts';
import { datasetAsOf, datasetSource, panelLabels } from '../panel-text.ts';
import { selectMode } from '../select-mode.ts';
import {
  GROUP_BYS,
  type GroupBy,
  grainFor,
  isTrendMeasure,
  PANEL_ID,
  TREND_MEASURES,
  type TrendMeasure,
  telemetrySpan,
  trendRequests,
} from './requests.ts';
import { isEmpty, lastYearOnly, toModel, toOption, toTable, unitOf } from './to-option.ts';

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

/** A click on a line or a legend entry selects its group: ('programme' | 'technology', name). */
export function ConnectivityTrendsPanel({ filters, onSelect, measure: keptMeasure, onMeasure }: PanelProps) {
  const { t, lang } = useLang();
  const theme = useThemeName();
  const { manifest } = useData();
  // On a wall or a slide (no zoom slider, no switches): the default measure and grouping, the last year of data.
  const present = usePresentation();
  const [ownMeasure, setOwnMeasure] = useState<TrendMeasure>('uptime');
  // The view may keep the measure (explore: in the link); otherwise the panel does.
  const measure = keptMeasure !== undefined && isTrendMeasure(keptMeasure) ? keptMeasure : ownMeasure;
  const setMeasure = (m: TrendMeasure) => (onMeasure ? onMeasure(m) : setOwnMeasure(m));
  const [groupBy, setGroupBy] = useState<GroupBy>('programme');
  const span = telemetrySpan(manifest, filters);
  const figures = useFigures(trendRequests(filters, { measure, groupBy }, grainFor(span)));
  const [set] = figures.sets;

  // The model describes what is drawn: its measure, grouping and grain come from the figures on screen (the
  // previous ones while the next load).
  const model = useMemo(() => {
    if (!set?.figures) return null;
    const whole = toModel(set, telemetrySpan(manifest, set.request.filters));
    return present ? lastYearOnly(whole) : whole;
  }, [set, manifest, present]);
  const view = useMemo(() => {
    if (!model || isEmpty(model)) return null;
    const grainLabel = t(`connectivityTrends.grain.${model.grain}`);
    const range = {
      from: formatDate(model.span?.from ?? model.periods[0], lang),
      to: formatDate(model.span?.to ?? model.periods.at(-1), lang),
    };
    const labels = {
      lang,
      periodHeading: (start: string) =>
        model.grain === 'week'
          ? t('connectivityTrends.weekOf', { date: formatDate(start, lang) })
          : formatDate(start, lang),
      partialNote: (covered: string) => t('connectivityTrends.partialNote', { range: covered }),
    };
    const ariaDescription = t('connectivityTrends.aria', {
      measure: INDICATORS[model.measure].short[lang].toLocaleLowerCase(lang),
      grain: grainLabel,
      groupBy: t(`connectivityTrends.groupBy.${model.groupBy}`).toLocaleLowerCase(lang),
      ...range,
    });
    return {
      grainLabel,
      range,
      option: toOption(model, {
        ...labels,
        ariaDescription,
        partialLabel: t('connectivityTrends.partialLabel'),
        present,
      }),
      table: toTable(model, { ...labels, periodColumn: t(`connectivityTrends.period.${model.grain}`) }),
    };
  }, [model, lang, t, present]);

  const shown = model?.measure ?? measure;
  const measureLabel = INDICATORS[shown].short[lang];
  const unit = unitOf(shown, lang);
  const state = figures.state === 'error' ? 'error' : !model ? 'loading' : !view ? 'empty' : 'ready';
  const date = formatDate(datasetAsOf(manifest, 'site_daily'), lang);
  const subtitle = view
    ? t('connectivityTrends.subtitle', { measure: measureLabel, grain: view.grainLabel, ...view.range, unit, date })
    : t('connectivityTrends.subtitleNoData', { measure: measureLabel, unit, date });
  const partial = model !== null && Object.keys(model.partial).length > 0;
  const notes = [
    t('connectivityTrends.noteGaps'),
    shown === 'daily_users' ? t('connectivityTrends.noteDailyUsers') : null,
    shown === 'data_volume' && model?.grain === 'week' ? t('connectivityTrends.noteDataVolume') : null,
    partial
      ? shown === 'data_volume'
        ? t('connectivityTrends.notePartial')
        : t('connectivityTrends.notePartialMean')
      : null,
  ];

  return (
    <PanelFrame
      panelId={PANEL_ID}
      title={t('connectivityTrends.title')}
      titleAside={<Definition text={definitionText(shown, lang, filters)} />}
      notes={ignoredNotes([shown], filters, lang)}
      subtitle={subtitle}
      source={t('panel.source', { source: datasetSource(manifest, INDICATORS[shown].sources) })}
      labels={panelLabels(t)}
      state={state}
      error={figures.error?.message}
      onRetry={figures.retry}
      table={view?.table}
      notice={figures.showingOlderData ? t('connectivityTrends.olderData') : undefined}
      controls={
        !present && (
          <>
            <RadioGroup
              legend={t('connectivityTrends.measureLabel')}
              choices={TREND_MEASURES.map((m) => ({ value: m, label: INDICATORS[m].short[lang] }))}
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
        )
      }
    >
      {view && model && (
        <>
          <Chart
            option={view.option}
            theme={theme}
            height={380}
            onClick={onSelect ? (e) => e.seriesName && onSelect(model.groupBy, e.seriesName, selectMode(e)) : undefined}
            onLegendSelect={onSelect ? (name) => onSelect(model.groupBy, name) : undefined}
          />
          <p className="panel-note">{notes.filter(Boolean).join(' ')}</p>
        </>
      )}
    </PanelFrame>
  );
}
