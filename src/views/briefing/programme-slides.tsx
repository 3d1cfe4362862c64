// The programme slides. Status: the overview's key indicators as figure cards (blankspot villages against the
// previous complete year and the target, plan progress, uptime over 30 days against the 30 before, repeaters
// active of planned) and the figures public bodies published beside the dashboard's own. Targets: programme sites
// installed against the province plan per year, and each regency against its own plan in the latest year with
// regency plans — with the regency plans added up, so a difference from the province plan is visible and said.
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import { useFigures } from '../../coordinator/use-figures.ts';
import { useListing } from '../../coordinator/use-listing.ts';
import type { DatasetId } from '../../data/contract.ts';
import { NO_FILTERS } from '../../filters/filters.ts';
import { formatDate, type Lang } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { resolve } from '../../indicators/catalog.ts';
import { definitionText } from '../../indicators/describe.ts';
import {
  compare,
  comparisonRequests,
  PUBLISHED_FIGURES,
  publishedFiguresQuery,
  toPublishedFigures,
} from '../../indicators/listings/published-figures.ts';
import {
  MET_PERCENT,
  NEAR_PERCENT,
  type PlanOptionContext,
  planByRegencyOption,
  planByYearOption,
  type Variance,
} from '../../panels/installations-by-regency/targets-option.ts';
import { datasetSource, panelLabels } from '../../panels/panel-text.ts';
import { Chart } from '../../ui/chart.tsx';
import { DataTable } from '../../ui/data-table.tsx';
import { Definition } from '../../ui/definition.tsx';
import { PanelFrame } from '../../ui/panel-frame.tsx';
import { usePresentation } from '../../ui/presentation.ts';
import { type ThemeName, TOKENS } from '../../ui/theme.ts';
import { useChartScale, useThemeName } from '../../ui/theme-context.ts';
import { useBriefingData } from './briefing-data.ts';
import { statusRequests, targetsRequests } from './deck-requests.ts';
import { FigureCardRow } from './figure-card.tsx';
import { regencyPlanYear, statusNarrative, targetsNarrative } from './narrative-programme.ts';
import { SlideShell } from './slide-shell.tsx';
import { publishedTable, statusCards } from './status-model.ts';
import { planTable, provinceRows, regencyRows, regencyTableExtras, toBars } from './targets-model.ts';
import { single, useSlideFigures } from './use-slide-figures.ts';

const STATUS_DATASETS: readonly DatasetId[] = ['village_coverage', 'targets', 'sites', 'site_daily'];
const TARGETS_DATASETS: readonly DatasetId[] = ['targets', 'sites', 'programmes'];
const PUBLISHED_DATASETS: readonly DatasetId[] = ['published_figures'];

function PublishedFigures() {
  const { t, lang } = useLang();
  const { manifest } = useData();
  const listing = useListing(PUBLISHED_FIGURES, NO_FILTERS, publishedFiguresQuery);
  const rows = useMemo(() => (listing.rows ? toPublishedFigures(listing.rows) : null), [listing.rows]);
  const requests = useMemo(() => (rows ? comparisonRequests(rows) : []), [rows]);
  const figures = useFigures(requests);
  const table = useMemo(() => {
    if (!rows) return null;
    const byRequest = new Map(figures.sets.map((s) => [JSON.stringify(s.request), s.figures]));
    const comparisons = rows.map((r) => {
      const req = comparisonRequests([r])[0];
      return compare(r, req ? byRequest.get(JSON.stringify(resolve(req))) : undefined);
    });
    const l = (k: string) => t(`briefing.published.${k}`);
    return publishedTable(
      comparisons,
      {
        subject: l('subject'),
        period: l('period'),
        publishedValue: l('publishedValue'),
        producer: l('producer'),
        indicator: l('indicator'),
        dashboardValue: l('dashboardValue'),
        difference: l('difference'),
        otherPeriod: l('otherPeriod'),
        noFigure: l('noFigure'),
        notInCatalog: l('notInCatalog'),
      },
      lang,
    );
  }, [rows, figures.sets, t, lang]);
  const state =
    listing.state === 'error' || figures.state === 'error'
      ? 'error'
      : !table || figures.state === 'loading'
        ? 'loading'
        : table.rows.length
          ? 'ready'
          : 'empty';
  return (
    <PanelFrame
      panelId="briefing-published"
      title={t('briefing.published.title')}
      subtitle={t('briefing.published.subtitle')}
      source={t('panel.source', { source: datasetSource(manifest, PUBLISHED_DATASETS) })}
      labels={{ ...panelLabels(t), empty: t('briefing.published.empty') }}
      state={state}
      error={(listing.error ?? figures.error)?.message}
      onRetry={() => {
        listing.retry();
        figures.retry();
      }}
    >
      {table && <DataTable model={table} caption={t('briefing.published.title')} />}
    </PanelFrame>
  );
}

export function StatusSlide() {
  const { t, lang } = useLang();
  const data = useBriefingData();
  const q = useSlideFigures(statusRequests(data.ctx));
  const f = q.figures;
  const view = useMemo(() => {
    if (!q.complete) return null;
    const plan = { installed: f.installed ?? [], planned: f.planned ?? [], progress: f.progress ?? [] };
    const common = {
      blankspot: f.blankspot ?? [],
      target: f.target ?? [],
      plan,
      uptime: single(f.uptime),
      uptimePrevious: single(f.uptimePrevious),
      sitesAsOf: data.sitesAsOf,
    };
    return {
      sentences: statusNarrative(common),
      cards: statusCards(
        {
          ...common,
          repeatersActive: single(f.repeatersActive),
          repeatersPlanned: single(f.repeatersPlanned),
          repeaterProgress: single(f.repeaterProgress),
        },
        lang,
      ),
    };
  }, [q.complete, f, data.sitesAsOf, lang]);
  return (
    <SlideShell
      slideId="status"
      headline={t('briefing.headline.status')}
      sentences={view?.sentences ?? null}
      failed={q.state === 'error'}
      onRetry={q.retry}
      datasets={STATUS_DATASETS}
    >
      {view && view.cards.length > 0 && (
        <div className="slide-kpis">
          <FigureCardRow label={t('briefing.cards.label')} cards={view.cards} />
        </div>
      )}
      <PublishedFigures />
    </SlideShell>
  );
}

function optionContext(
  t: TFunction,
  lang: Lang,
  theme: ThemeName,
  aria: string,
  scale: number,
  present: boolean,
): PlanOptionContext {
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
    present,
  };
}

function tableLabels(t: TFunction, key: string) {
  const term = (v: Variance) => t(`briefing.term.variance.${v}`);
  return {
    key,
    installed: t('briefing.chart.installed'),
    planned: t('briefing.chart.planned'),
    percent: t('briefing.chart.percent'),
    class: t('briefing.chart.class'),
    variance: { met: term('met'), near: term('near'), far: term('far'), none: term('none') },
  };
}

export function TargetsSlide() {
  const { t, lang } = useLang();
  const theme = useThemeName();
  const scale = useChartScale();
  const present = usePresentation();
  const data = useBriefingData();
  const q = useSlideFigures(targetsRequests(data.ctx));
  const f = q.figures;
  const view = useMemo(() => {
    if (!q.complete) return null;
    const province = { installed: f.installed ?? [], planned: f.planned ?? [], progress: f.progress ?? [] };
    const regencies = {
      installed: f.regencyInstalled ?? [],
      planned: f.regencyPlanned ?? [],
      progress: f.regencyProgress ?? [],
    };
    const sum = f.regencyPlanSum ?? [];
    const year = regencyPlanYear({ regencies, sitesAsOf: data.sitesAsOf });
    const years = provinceRows(province, data.sitesAsOf, lang);
    const regs = year === null ? [] : regencyRows(regencies, year, data.regencies, data.sitesAsOf);
    const extras =
      year === null
        ? []
        : regencyTableExtras(
            province,
            sum,
            year,
            { sum: t('briefing.chart.planSum'), province: t('briefing.facts.province') },
            data.sitesAsOf,
          );
    return {
      year,
      sentences: targetsNarrative({
        province,
        regencies,
        regencyPlanSum: sum,
        names: data.names,
        sitesAsOf: data.sitesAsOf,
      }),
      years,
      regs,
      yearOption: planByYearOption(
        toBars(years),
        optionContext(t, lang, theme, t('briefing.chart.provinceAria'), scale, present),
      ),
      regencyOption: planByRegencyOption(
        toBars(regs),
        optionContext(t, lang, theme, t('briefing.chart.regencyAria'), scale, present),
      ),
      yearTable: planTable(years, tableLabels(t, t('briefing.chart.year')), lang),
      regencyTable: planTable(regs, tableLabels(t, t('briefing.chart.area')), lang, extras),
    };
  }, [q.complete, f, data, lang, t, theme, scale, present]);

  const { manifest } = useData();
  const failed = q.state === 'error';
  const source = t('panel.source', { source: datasetSource(manifest, TARGETS_DATASETS) });
  const definition = <Definition text={definitionText('plan_progress', lang)} />;
  return (
    <SlideShell
      slideId="targets"
      headline={t('briefing.headline.targets')}
      sentences={view?.sentences ?? null}
      failed={failed}
      onRetry={q.retry}
      datasets={TARGETS_DATASETS}
    >
      <div className="slide-row">
        <PanelFrame
          panelId="briefing-plan-years"
          title={t('briefing.chart.provinceTitle')}
          titleAside={definition}
          subtitle={t('briefing.chart.provinceSubtitle', { date: formatDate(data.sitesAsOf, lang) })}
          source={source}
          labels={panelLabels(t)}
          state={failed ? 'error' : !view ? 'loading' : view.years.length ? 'ready' : 'empty'}
          error={q.error?.message}
          onRetry={q.retry}
          table={view?.yearTable}
        >
          {view && <Chart option={view.yearOption} theme={theme} height={320} />}
        </PanelFrame>
        <PanelFrame
          panelId="briefing-plan-regencies"
          title={t('briefing.chart.regencyTitle', { year: view?.year ?? '–' })}
          titleAside={definition}
          subtitle={t('briefing.chart.regencySubtitle', { year: view?.year ?? '–' })}
          source={source}
          labels={panelLabels(t)}
          state={
            failed ? 'error' : !view ? 'loading' : view.regs.some((r) => r.variance !== 'none') ? 'ready' : 'empty'
          }
          error={q.error?.message}
          onRetry={q.retry}
          table={view?.regencyTable}
        >
          {view && (
            <>
              <Chart option={view.regencyOption} theme={theme} height={320} />
              {view.regs.some((r) => r.variance === 'none') && (
                <p className="panel-note">{t('briefing.chart.noTarget')}</p>
              )}
            </>
          )}
        </PanelFrame>
      </div>
    </SlideShell>
  );
}
