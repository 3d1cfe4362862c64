import { type ReactNode, useMemo } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import { useFigures } from '../../coordinator/use-figures.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { definitionText, formatValue, periodLabel } from '../../indicators/describe.ts';
import { figureAttrs } from '../../indicators/figure.ts';
import type { Figure } from '../../indicators/results.ts';
import { Chart } from '../../ui/chart.tsx';
import { Definition } from '../../ui/definition.tsx';
import { FigureText } from '../../ui/figure-text.tsx';
import { PanelFrame } from '../../ui/panel-frame.tsx';
import { usePresentation } from '../../ui/presentation.ts';
import { useThemeName } from '../../ui/theme-context.ts';
import type { PanelProps } from '../define-panel.ts';
import { ignoredNotes } from '../ignored-notes.ts';
import { datasetAsOf, datasetSource, panelLabels } from '../panel-text.ts';
import { PANEL_ID, PROGRAMME_PROGRESS_INDICATORS, programmeRequests } from './requests.ts';
import { isEmpty, toModel, toOption, toTable } from './to-option.ts';

const MARK = '\uE000';

/** "Sejak 2022: 293 titik terpasang dari rencana 315 titik (…)." with both numbers as figures. */
function Headline({ since, plan, text }: { since: Figure; plan: Figure; text: string }): ReactNode {
  const [a = '', b = '', c = ''] = text.split(MARK);
  const { lang } = useLang();
  return (
    <p className="programme-headline">
      {a}
      <strong>
        <FigureText attrs={figureAttrs(since)}>{formatValue('plan_installations', since.value, lang)}</FigureText>
      </strong>
      {b}
      <strong>
        <FigureText attrs={figureAttrs(plan)}>{formatValue('planned_installations', plan.value, lang)}</FigureText>
      </strong>
      {c}
    </p>
  );
}

/** Nothing to click: the bars are years and programmes of the plan, shown whole on the wall and in briefings. */
export function ProgrammeProgressPanel({ filters }: PanelProps) {
  const { t, lang } = useLang();
  const theme = useThemeName();
  const { manifest } = useData();
  const present = usePresentation();
  const figures = useFigures(programmeRequests(filters, manifest));
  const [byProgramme, byYear, planned, progress, cumulative, plannedCumulative] = figures.sets;
  const sitesAsOf = datasetAsOf(manifest, 'sites');

  const view = useMemo(() => {
    if (!byProgramme?.figures || !byYear?.figures || !planned?.figures || !progress?.figures) return null;
    if (cumulative && !cumulative.figures) return null;
    if (plannedCumulative && !plannedCumulative.figures) return null;
    const model = toModel({ byProgramme, byYear, planned, progress, cumulative, plannedCumulative }, sitesAsOf);
    const ctx = {
      lang,
      ofPlan: (installed: string, plan: string) => t('programmeProgress.ofPlan', { installed, plan }),
      planLabel: t('programmeProgress.plan'),
      totalLabel: t('programmeProgress.total'),
      ariaDescription: t('programmeProgress.aria'),
      present,
      theme,
    };
    const table = toTable(model, {
      ...ctx,
      yearLabel: t('programmeProgress.year'),
      progressLabel: t('programmeProgress.progress'),
      sinceLabel: (year: string) => t('programmeProgress.since', { year }),
    });
    return { model, option: toOption(model, ctx), table };
  }, [byProgramme, byYear, planned, progress, cumulative, plannedCumulative, sitesAsOf, lang, t, present, theme]);

  const state = figures.state === 'error' ? 'error' : !view ? 'loading' : isEmpty(view.model) ? 'empty' : 'ready';
  const m = view?.model;
  return (
    <PanelFrame
      panelId={PANEL_ID}
      title={t('programmeProgress.title')}
      titleAside={<Definition text={definitionText('plan_installations', lang, filters)} />}
      notes={ignoredNotes(PROGRAMME_PROGRESS_INDICATORS, filters, lang)}
      subtitle={t('programmeProgress.subtitle', { date: formatDate(sitesAsOf, lang) })}
      source={t('panel.source', { source: datasetSource(manifest, ['sites', 'programmes', 'targets']) })}
      labels={panelLabels(t)}
      state={state}
      error={figures.error?.message}
      onRetry={figures.retry}
      table={view?.table}
      notice={figures.showingOlderData ? t('kpis.olderData') : undefined}
    >
      {view && m && (
        <>
          {m.cumulative && m.plannedCumulative && (
            <Headline
              since={m.cumulative}
              plan={m.plannedCumulative}
              text={t('programmeProgress.headline', {
                year: m.cumulative.period.slice(0, 4),
                installed: MARK,
                plan: MARK,
                period: periodLabel(m.cumulative.period, lang),
              })}
            />
          )}
          <Chart option={view.option} theme={theme} height={360} />
          <p className="panel-note">{t('programmeProgress.note')}</p>
        </>
      )}
    </PanelFrame>
  );
}
