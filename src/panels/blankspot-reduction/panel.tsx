import { useMemo } from 'react';
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
import { TOKENS } from '../../ui/theme.ts';
import { useThemeName } from '../../ui/theme-context.ts';
import type { PanelProps } from '../define-panel.ts';
import { ignoredNotes } from '../ignored-notes.ts';
import { datasetAsOf, datasetSource, panelLabels } from '../panel-text.ts';
import { projectionText, toModel, yearLabel } from './model.ts';
import { BLANKSPOT_INDICATORS, blankspotRequests, PANEL_ID } from './requests.ts';
import { toOption, toTable } from './to-option.ts';

const NS = 'blankspotReduction';

/** `onSelect` is accepted (every panel takes it) and not used: the yearly lines have nothing to select. */
export function BlankspotReductionPanel({ filters }: PanelProps) {
  const { t, lang } = useLang();
  const theme = useThemeName();
  const { manifest } = useData();
  const present = usePresentation();
  const figures = useFigures(blankspotRequests(filters));
  const [blankspot, served, target] = figures.sets;

  const model = useMemo(
    () =>
      blankspot?.figures && served?.figures && target?.figures
        ? toModel({ blankspot: blankspot.figures, served: served.figures, target: target.figures })
        : null,
    [blankspot, served, target],
  );
  const view = useMemo(() => {
    if (!model?.hasData) return null;
    const projection = projectionText(model.projection, lang, t);
    const ctx = {
      lang,
      labels: {
        blankspot: t(`${NS}.series.blankspot`),
        served: t(`${NS}.series.served`),
        target: t(`${NS}.series.target`),
        projection: t(`${NS}.series.projection`),
        band: t(`${NS}.series.band`),
      },
      villagesAxis: t(`${NS}.villagesAxis`),
      missing: t(`${NS}.missing`),
      ariaDescription: t(`${NS}.aria`, { projection }),
      trendColour: TOKENS[theme].series[3],
      present,
    };
    return {
      projection,
      option: toOption(model, ctx),
      table: toTable(model, { ...ctx, yearLabel: t(`${NS}.year`) }),
    };
  }, [model, lang, t, theme, present]);

  const state = figures.state === 'error' ? 'error' : !model ? 'loading' : view ? 'ready' : 'empty';
  const date = formatDate(datasetAsOf(manifest, 'village_coverage'), lang);
  const sources = [...new Set(BLANKSPOT_INDICATORS.flatMap((id) => INDICATORS[id].sources))];
  const [, ...others] = BLANKSPOT_INDICATORS;
  return (
    <PanelFrame
      panelId={PANEL_ID}
      title={t(`${NS}.title`)}
      titleAside={<Definition text={definitionText('blankspot_villages', lang, filters)} />}
      notes={ignoredNotes(BLANKSPOT_INDICATORS, filters, lang)}
      subtitle={view ? t(`${NS}.subtitle`, { projection: view.projection, date }) : t(`${NS}.subtitleBase`, { date })}
      source={t('panel.source', { source: datasetSource(manifest, sources) })}
      labels={panelLabels(t)}
      state={state}
      error={figures.error?.message}
      onRetry={figures.retry}
      table={view?.table}
      notice={figures.showingOlderData ? t(`${NS}.olderData`) : undefined}
    >
      {view && model && (
        <>
          <Chart option={view.option} theme={theme} height={380} />
          <p className="panel-note">
            {model.incomplete && `${t(`${NS}.incomplete`, { period: yearLabel(model.incomplete, lang) })} `}
            {t(`${NS}.note`)}
          </p>
          {!present && (
            <div className="panel-note">
              {others.map((id) => (
                <Definition
                  key={id}
                  text={{
                    ...definitionText(id, lang, filters),
                    label: t(`${NS}.definitionOf`, { name: INDICATORS[id].short[lang] }),
                  }}
                />
              ))}
            </div>
          )}
        </>
      )}
    </PanelFrame>
  );
}
