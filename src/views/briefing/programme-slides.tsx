// The two slides about the programme's targets: the status (KPI group + installations per year against the plan)
// and the progress of each regency against its target, coloured by how far it is from the target, with a legend
// that says in words what each colour means.
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import type { DatasetId } from '../../data/contract.ts';
import { formatDate, formatNumber, formatPercent, type Lang } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { datasetSource, panelLabels } from '../../panels/panel-text.ts';
import { Chart } from '../../ui/chart.tsx';
import { KpiCard, KpiCardRow } from '../../ui/kpi-card.tsx';
import { PanelFrame } from '../../ui/panel-frame.tsx';
import { type ThemeName, TOKENS } from '../../ui/theme.ts';
import { useChartScale, useThemeName } from '../../ui/theme-context.ts';
import { statusNarrative, targetsNarrative } from './narrative.ts';
import { SlideShell } from './slide-shell.tsx';
import {
  MET_PERCENT,
  NEAR_PERCENT,
  provinceOption,
  provinceUpTo,
  regenciesIn,
  regencyOption,
  regencyTargetYear,
  statusYear,
  type TargetRow,
  type TargetsOptionContext,
  type TargetsTableContext,
  targetsTable,
  type Variance,
} from './targets-model.ts';
import { useDataYear, useTargets } from './use-briefing-data.ts';

const DATASETS: readonly DatasetId[] = ['targets', 'sites', 'village_coverage'];

function optionContext(t: TFunction, lang: Lang, theme: ThemeName, aria: string, scale: number): TargetsOptionContext {
  const tokens = TOKENS[theme];
  const limits = { met: MET_PERCENT, near: NEAR_PERCENT, nearTop: MET_PERCENT - 1 };
  return {
    lang,
    varianceLabels: {
      met: t('briefing.chart.legend.met', limits),
      near: t('briefing.chart.legend.near', limits),
      far: t('briefing.chart.legend.far', limits),
    },
    plannedLabel: t('briefing.chart.planned'),
    installedLabel: t('briefing.chart.installed'),
    targetLineLabel: t('briefing.chart.targetLine'),
    ariaDescription: aria,
    palette: { met: tokens.ok, near: tokens.warning, far: tokens.danger, planned: tokens.muted },
    sitesAxis: t('briefing.chart.sitesAxis'),
    scale,
  };
}

function tableContext(t: TFunction, lang: Lang): TargetsTableContext {
  const term = (v: Variance) => t(`briefing.term.variance.${v}`);
  return {
    lang,
    areaLabel: t('briefing.chart.area'),
    yearLabel: t('briefing.chart.year'),
    plannedLabel: t('briefing.chart.planned'),
    installedLabel: t('briefing.chart.installed'),
    percentLabel: t('briefing.chart.percent'),
    classLabel: t('briefing.chart.class'),
    varianceText: { met: term('met'), near: term('near'), far: term('far'), none: term('none') },
  };
}

const progressText = (r: TargetRow, t: TFunction, lang: Lang) =>
  r.percent === null
    ? t('briefing.term.variance.none')
    : `${formatPercent(r.percent / 100, lang, 0)} · ${t(`briefing.term.variance.${r.variance}`)}`;

const SENTIMENT: Record<Variance, 'good' | 'bad' | 'neutral'> = {
  met: 'good',
  near: 'neutral',
  far: 'bad',
  none: 'neutral',
};

export function StatusSlide() {
  const { t, lang } = useLang();
  const theme = useThemeName();
  const scale = useChartScale();
  const { manifest } = useData();
  const { dataYear, sitesAsOf } = useDataYear();
  const targets = useTargets();

  const view = useMemo(() => {
    const model = targets.model;
    if (!model) return null;
    const rows = provinceUpTo(model, dataYear);
    const y = statusYear(model, dataYear);
    const current = rows.find((r) => r.year === y) ?? null;
    const previous = y === null ? undefined : rows.filter((r) => r.year < y).at(-1);
    const date = formatDate(sitesAsOf, lang);
    const n = (v: number | null) => formatNumber(v, lang, 0);
    const cards = [];
    if (current) {
      cards.push({
        id: 'installed',
        label: t('briefing.cards.installed', { year: current.year }),
        value: n(current.installed),
        context: t('briefing.cards.installedContext', { planned: n(current.planned) }),
        change: progressText(current, t, lang),
        sentiment: SENTIMENT[current.variance],
        basis: t('briefing.cards.asOf', { date }),
      });
      const gap =
        current.blankspot !== null && current.blankspotTarget !== null
          ? current.blankspot - current.blankspotTarget
          : null;
      cards.push({
        id: 'blankspot',
        label: t('briefing.cards.blankspot', { year: current.year }),
        value: n(current.blankspot),
        context:
          current.blankspotTarget === null
            ? t('briefing.cards.blankspotNoTarget')
            : t('briefing.cards.blankspotContext', { target: n(current.blankspotTarget) }),
        change:
          current.blankspot === null
            ? t('briefing.cards.missing')
            : gap === null
              ? undefined
              : gap > 0
                ? t('briefing.cards.gapAbove', { gap: n(gap) })
                : t('briefing.cards.gapWithin'),
        sentiment: gap === null ? ('neutral' as const) : gap > 0 ? ('bad' as const) : ('good' as const),
        basis: t('briefing.cards.asOf', { date: formatDate(manifest.as_of, lang) }),
      });
    }
    if (previous) {
      cards.push({
        id: 'previous',
        label: t('briefing.cards.installed', { year: previous.year }),
        value: n(previous.installed),
        context: t('briefing.cards.installedContext', { planned: n(previous.planned) }),
        change: progressText(previous, t, lang),
        sentiment: SENTIMENT[previous.variance],
        basis: t('briefing.cards.asOf', { date }),
      });
    }
    return {
      sentences: statusNarrative({ targets: model, dataYear, asOf: sitesAsOf }),
      rows,
      cards,
      option: provinceOption(rows, optionContext(t, lang, theme, t('briefing.chart.provinceAria'), scale)),
      table: targetsTable(rows, 'year', tableContext(t, lang)),
    };
  }, [targets.model, dataYear, sitesAsOf, manifest.as_of, lang, t, theme, scale]);

  const state = targets.isError ? 'error' : !view ? 'loading' : view.rows.length ? 'ready' : 'empty';
  return (
    <SlideShell
      slideId="status"
      headline={t('briefing.headline.status')}
      sentences={view?.sentences ?? null}
      failed={targets.isError}
      datasets={DATASETS}
    >
      {view && view.cards.length > 0 && (
        <div className="slide-kpis">
          <KpiCardRow label={t('briefing.cards.label')}>
            {view.cards.map((c) => (
              <KpiCard
                key={c.id}
                label={c.label}
                value={c.value}
                context={c.context}
                change={c.change}
                sentiment={c.sentiment}
                basis={c.basis}
              />
            ))}
          </KpiCardRow>
        </div>
      )}
      <PanelFrame
        panelId="briefing-status"
        title={t('briefing.chart.provinceTitle')}
        subtitle={t('briefing.chart.provinceSubtitle', { date: formatDate(sitesAsOf, lang) })}
        source={t('panel.source', { source: datasetSource(manifest, DATASETS) })}
        labels={panelLabels(t)}
        state={state}
        error={targets.error?.message}
        onRetry={() => void targets.refetch()}
        table={view?.table}
      >
        {view && <Chart option={view.option} theme={theme} height={320} />}
      </PanelFrame>
    </SlideShell>
  );
}

export function TargetsSlide() {
  const { t, lang } = useLang();
  const theme = useThemeName();
  const scale = useChartScale();
  const { manifest } = useData();
  const { dataYear, sitesAsOf } = useDataYear();
  const targets = useTargets();

  const view = useMemo(() => {
    const model = targets.model;
    if (!model) return null;
    const year = regencyTargetYear(model, dataYear);
    const rows = year === null ? [] : regenciesIn(model, year);
    return {
      year,
      rows,
      drawn: rows.some((r) => r.variance !== 'none'),
      sentences: targetsNarrative({ targets: model, dataYear }),
      option: regencyOption(rows, optionContext(t, lang, theme, t('briefing.chart.regencyAria'), scale)),
      table: targetsTable(rows, 'regency', tableContext(t, lang)),
    };
  }, [targets.model, dataYear, lang, t, theme, scale]);

  const state = targets.isError ? 'error' : !view ? 'loading' : view.drawn ? 'ready' : 'empty';
  const year = view?.year ?? dataYear;
  return (
    <SlideShell
      slideId="targets"
      headline={t('briefing.headline.targets')}
      sentences={view?.sentences ?? null}
      failed={targets.isError}
      datasets={DATASETS}
    >
      <PanelFrame
        panelId="briefing-targets"
        title={t('briefing.chart.regencyTitle', { year })}
        subtitle={t('briefing.chart.regencySubtitle', { year, date: formatDate(sitesAsOf, lang) })}
        source={t('panel.source', { source: datasetSource(manifest, DATASETS) })}
        labels={panelLabels(t)}
        state={state}
        error={targets.error?.message}
        onRetry={() => void targets.refetch()}
        table={view?.table}
      >
        {view && (
          <>
            <Chart option={view.option} theme={theme} height={360} />
            {view.rows.some((r) => r.variance === 'none') && (
              <p className="panel-note">{t('briefing.chart.noTarget')}</p>
            )}
          </>
        )}
      </PanelFrame>
    </SlideShell>
  );
}
