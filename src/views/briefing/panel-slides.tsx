// Slides that show one of the dashboard's panels (from the registry) with a headline and a narrative built from
// the panel's own rows and model; the spotlight of a regency; the isolated villages.
import { useMemo } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import type { DatasetId } from '../../data/contract.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import type { PanelId } from '../../panels/define-panel.ts';
import { PanelHost } from '../../panels/panel-host.tsx';
import { datasetAsOf, datasetSource, panelLabels } from '../../panels/panel-text.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { PanelFrame } from '../../ui/panel-frame.tsx';
import { isolatedTable } from './isolated-model.ts';
import {
  blankspotNarrative,
  isolatedNarrative,
  mapNarrative,
  repeaterNarrative,
  spotlightNarrative,
  trendsNarrative,
} from './narrative.ts';
import { SlideShell } from './slide-shell.tsx';
import {
  useBlankspot,
  useDataYear,
  useIsolated,
  useMapFigures,
  useRepeaters,
  useTargets,
  useTrends,
} from './use-briefing-data.ts';

function Panel({ id, filters = NO_FILTERS }: { id: PanelId; filters?: Filters }) {
  return <PanelHost id={id} filters={filters} />;
}

export function BlankspotSlide() {
  const { t } = useLang();
  const { dataYear } = useDataYear();
  const q = useBlankspot();
  const sentences = useMemo(() => (q.model ? blankspotNarrative(q.model, dataYear) : null), [q.model, dataYear]);
  return (
    <SlideShell
      slideId="blankspot"
      headline={t('briefing.headline.blankspot')}
      sentences={sentences}
      failed={q.isError}
      datasets={['village_coverage', 'sites', 'targets']}
    >
      <Panel id="blankspot-reduction" />
    </SlideShell>
  );
}

export function MapSlide() {
  const { t } = useLang();
  const q = useMapFigures();
  const sentences = useMemo(() => (q.model ? mapNarrative(q.model) : null), [q.model]);
  return (
    <SlideShell
      slideId="map"
      headline={t('briefing.headline.map')}
      sentences={sentences}
      failed={q.isError}
      datasets={['sites', 'village_coverage', 'villages']}
    >
      <Panel id="regency-map" />
    </SlideShell>
  );
}

export function RepeatersSlide() {
  const { t } = useLang();
  const q = useRepeaters();
  const sentences = useMemo(() => (q.model ? repeaterNarrative(q.model) : null), [q.model]);
  return (
    <SlideShell
      slideId="repeaters"
      headline={t('briefing.headline.repeaters')}
      sentences={sentences}
      failed={q.isError}
      datasets={['sites', 'village_coverage', 'villages']}
    >
      <Panel id="repeater-plan" />
    </SlideShell>
  );
}

export function TrendsSlide() {
  const { t } = useLang();
  const q = useTrends();
  const sentences = useMemo(() => (q.model ? trendsNarrative(q.model) : null), [q.model]);
  return (
    <SlideShell
      slideId="trends"
      headline={t('briefing.headline.trends')}
      sentences={sentences}
      failed={q.isError}
      datasets={['site_daily', 'sites']}
    >
      <Panel id="connectivity-trends" />
    </SlideShell>
  );
}

export function RegencySlide({ code, name }: { code: string; name: string }) {
  const { t } = useLang();
  const { dataYear } = useDataYear();
  const filters = useMemo<Filters>(() => ({ ...NO_FILTERS, regencies: [code] }), [code]);
  const blank = useBlankspot(filters);
  const targets = useTargets();
  const sentences = useMemo(
    () =>
      blank.model && targets.model
        ? spotlightNarrative({ code, name, blankspot: blank.model, targets: targets.model, dataYear })
        : null,
    [blank.model, targets.model, code, name, dataYear],
  );
  return (
    <SlideShell
      slideId={`regency-${code}`}
      headline={t('briefing.headline.regency', { name })}
      sentences={sentences}
      failed={blank.isError || targets.isError}
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
  const q = useIsolated();
  const view = useMemo(() => {
    if (!q.model) return null;
    const signals = new Set(['none', '2G', '3G', '4G']);
    return {
      sentences: isolatedNarrative(q.model),
      table: isolatedTable(q.model, {
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
  }, [q.model, lang, t]);
  const state = q.isError ? 'error' : !view ? 'loading' : q.model?.villages.length ? 'ready' : 'empty';
  const title = t('briefing.isolated.title');
  return (
    <SlideShell
      slideId="isolated"
      headline={t('briefing.headline.isolated')}
      sentences={view?.sentences ?? null}
      failed={q.isError}
      datasets={ISOLATED_DATASETS}
    >
      <PanelFrame
        panelId="briefing-isolated"
        title={title}
        subtitle={t('briefing.isolated.subtitle', {
          year: q.model?.coverageYear ?? '–',
          date: formatDate(datasetAsOf(manifest, 'villages'), lang),
        })}
        source={t('panel.source', { source: datasetSource(manifest, ISOLATED_DATASETS) })}
        labels={panelLabels(t)}
        state={state}
        error={q.error?.message}
        onRetry={() => void q.refetch()}
      >
        {view && <DataTable model={view.table} caption={title} />}
      </PanelFrame>
    </SlideShell>
  );
}
