// Slides that show one of the dashboard's panels (from the registry, through the one PanelHost) with a headline and
// a narrative built from catalog figures; the spotlight of a regency (the same panel and indicators with the regency
// filter); the isolated villages (a listing).
import { useMemo } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import { useListing } from '../../coordinator/use-listing.ts';
import type { DatasetId } from '../../data/contract.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { periodLabel } from '../../indicators/describe.ts';
import { ISOLATED_VILLAGES, isolatedVillagesQuery } from '../../indicators/listings/isolated-villages.ts';
import { yearCode } from '../../indicators/period.ts';
import type { PanelId } from '../../panels/define-panel.ts';
import { PanelHost } from '../../panels/panel-host.tsx';
import { datasetSource, panelLabels } from '../../panels/panel-text.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { PanelFrame } from '../../ui/panel-frame.tsx';
import { useBriefingData } from './briefing-data.ts';
import {
  blankspotRequests,
  mapRequests,
  regenciesRequests,
  regencyRequests,
  repeaterRequests,
  trendsRequests,
} from './deck-requests.ts';
import { isolatedTable, toIsolatedModel } from './isolated-model.ts';
import {
  blankspotNarrative,
  isolatedNarrative,
  mapNarrative,
  repeatersNarrative,
  trendsNarrative,
} from './narrative-panels.ts';
import { spotlightNarrative } from './narrative-programme.ts';
import { regenciesNarrative } from './narrative-summary.ts';
import { SlideShell } from './slide-shell.tsx';
import { single, useSlideFigures } from './use-slide-figures.ts';

function Panel({ id, filters = NO_FILTERS }: { id: PanelId; filters?: Filters }) {
  return <PanelHost id={id} filters={filters} />;
}

export function BlankspotSlide() {
  const { t } = useLang();
  const q = useSlideFigures(blankspotRequests());
  const { blankspot, served } = q.figures;
  const sentences = useMemo(
    () => (q.complete ? blankspotNarrative({ blankspot: blankspot ?? [], served: served ?? [] }) : null),
    [q.complete, blankspot, served],
  );
  return (
    <SlideShell
      slideId="blankspot"
      headline={t('briefing.headline.blankspot')}
      sentences={sentences}
      failed={q.state === 'error'}
      onRetry={q.retry}
      datasets={['village_coverage', 'sites', 'targets']}
    >
      <Panel id="blankspot-reduction" />
    </SlideShell>
  );
}

export function MapSlide() {
  const { t } = useLang();
  const { names } = useBriefingData();
  const q = useSlideFigures(mapRequests());
  const { share, count, density } = q.figures;
  const sentences = useMemo(
    () => (q.complete ? mapNarrative({ share: share ?? [], count: count ?? [], density: density ?? [], names }) : null),
    [q.complete, share, count, density, names],
  );
  return (
    <SlideShell
      slideId="map"
      headline={t('briefing.headline.map')}
      sentences={sentences}
      failed={q.state === 'error'}
      onRetry={q.retry}
      datasets={['village_coverage', 'sites', 'villages']}
    >
      <Panel id="regency-map" />
    </SlideShell>
  );
}

/** Every regency on one ranked page: small multiples on one shared scale (panel regency-spotlight). */
export function RegenciesSlide() {
  const { t } = useLang();
  const { names, sitesAsOf } = useBriefingData();
  const q = useSlideFigures(regenciesRequests());
  const { blankspot, target } = q.figures;
  const sentences = useMemo(
    () =>
      q.complete ? regenciesNarrative({ blankspot: blankspot ?? [], target: target ?? [], names, sitesAsOf }) : null,
    [q.complete, blankspot, target, names, sitesAsOf],
  );
  return (
    <SlideShell
      slideId="regencies"
      headline={t('briefing.headline.regencies')}
      sentences={sentences}
      failed={q.state === 'error'}
      onRetry={q.retry}
      datasets={['village_coverage', 'targets', 'villages']}
    >
      <Panel id="regency-spotlight" />
    </SlideShell>
  );
}

export function RepeatersSlide() {
  const { t } = useLang();
  const { names } = useBriefingData();
  const q = useSlideFigures(repeaterRequests());
  const f = q.figures;
  const sentences = useMemo(
    () =>
      q.complete
        ? repeatersNarrative({
            planned: single(f.planned),
            byStatus: f.byStatus ?? [],
            active: single(f.active),
            progress: single(f.progress),
            byRegency: f.byRegency ?? [],
            names,
          })
        : null,
    [q.complete, f, names],
  );
  return (
    <SlideShell
      slideId="repeaters"
      headline={t('briefing.headline.repeaters')}
      sentences={sentences}
      failed={q.state === 'error'}
      onRetry={q.retry}
      datasets={['sites', 'village_coverage', 'villages']}
    >
      <Panel id="repeater-plan" />
    </SlideShell>
  );
}

export function TrendsSlide() {
  const { t } = useLang();
  const { ctx } = useBriefingData();
  const q = useSlideFigures(trendsRequests(ctx));
  const f = q.figures;
  const sentences = useMemo(
    () =>
      q.complete
        ? trendsNarrative({
            uptime: single(f.uptime),
            uptimePrevious: single(f.uptimePrevious),
            byProgramme: f.byProgramme ?? [],
          })
        : null,
    [q.complete, f],
  );
  return (
    <SlideShell
      slideId="trends"
      headline={t('briefing.headline.trends')}
      sentences={sentences}
      failed={q.state === 'error'}
      onRetry={q.retry}
      datasets={['site_daily', 'sites']}
    >
      <Panel id="connectivity-trends" />
    </SlideShell>
  );
}

export function RegencySlide({ code, name }: { code: string; name: string }) {
  const { t } = useLang();
  const { sitesAsOf } = useBriefingData();
  const filters = useMemo<Filters>(() => ({ ...NO_FILTERS, regencies: [code] }), [code]);
  const q = useSlideFigures(regencyRequests(code));
  const f = q.figures;
  const sentences = useMemo(
    () =>
      q.complete
        ? spotlightNarrative({
            name,
            blankspot: f.blankspot ?? [],
            plan: { installed: f.installed ?? [], planned: f.planned ?? [], progress: f.progress ?? [] },
            inService: single(f.inService),
            sitesAsOf,
          })
        : null,
    [q.complete, f, name, sitesAsOf],
  );
  return (
    <SlideShell
      slideId={`regency-${code}`}
      headline={t('briefing.headline.regency', { name })}
      sentences={sentences}
      failed={q.state === 'error'}
      onRetry={q.retry}
      datasets={['village_coverage', 'sites', 'targets']}
    >
      <Panel id="blankspot-reduction" filters={filters} />
    </SlideShell>
  );
}

const ISOLATED_DATASETS: readonly DatasetId[] = ['villages', 'sites', 'village_coverage'];

export function IsolatedSlide() {
  const { t, lang } = useLang();
  const { manifest } = useData();
  const { coverageAsOf, villagesAsOf } = useBriefingData();
  const q = useListing(ISOLATED_VILLAGES, NO_FILTERS, isolatedVillagesQuery);
  const view = useMemo(() => {
    if (!q.rows) return null;
    const model = toIsolatedModel(q.rows);
    const coverage = model.coverageYear === null ? null : yearCode(model.coverageYear, coverageAsOf);
    const signals = new Set(['none', '2G', '3G', '4G']);
    return {
      model,
      coverage,
      sentences: isolatedNarrative(model, { asOf: villagesAsOf, coverage }),
      table: isolatedTable(model, {
        lang,
        village: t('briefing.isolated.village'),
        district: t('briefing.isolated.district'),
        regency: t('briefing.isolated.regency'),
        servedSince: t('briefing.isolated.servedSince'),
        servedBy: t('briefing.isolated.servedBy'),
        signal: t('briefing.isolated.signal'),
        notServed: t('briefing.isolated.notServed'),
        signalText: (s) =>
          s === null ? t('briefing.isolated.signalMissing') : signals.has(s) ? t(`briefing.term.signal.${s}`) : s,
      }),
    };
  }, [q.rows, lang, t, coverageAsOf, villagesAsOf]);
  const state = q.state === 'error' ? 'error' : !view ? 'loading' : view.model.villages.length ? 'ready' : 'empty';
  const title = t('briefing.isolated.title');
  return (
    <SlideShell
      slideId="isolated"
      headline={t('briefing.headline.isolated')}
      sentences={view?.sentences ?? null}
      failed={q.state === 'error'}
      onRetry={q.retry}
      datasets={ISOLATED_DATASETS}
    >
      <PanelFrame
        panelId="briefing-isolated"
        title={title}
        subtitle={t('briefing.isolated.subtitle', {
          period: view?.coverage ? periodLabel(view.coverage, lang) : '–',
          date: formatDate(villagesAsOf, lang),
        })}
        source={t('panel.source', { source: datasetSource(manifest, ISOLATED_DATASETS) })}
        labels={panelLabels(t)}
        state={state}
        error={q.error?.message}
        onRetry={q.retry}
      >
        {view && <DataTable model={view.table} caption={title} />}
      </PanelFrame>
    </SlideShell>
  );
}
