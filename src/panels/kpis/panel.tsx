import { useMemo } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import type { DatasetId } from '../../data/contract.ts';
import type { Dimension, Filters } from '../../filters/filters.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { KpiCard, KpiCardRow } from '../../ui/kpi-card.tsx';
import { PanelFrame } from '../../ui/panel-frame.tsx';
import { datasetAsOf, datasetSource, panelLabels } from '../panel-text.ts';
import { usePanelQuery } from '../use-panel-query.ts';
import { coverageQuery, installationsQuery, KPI_QUERY_IDS, PANEL_ID, repeatersQuery, uptimeQuery } from './query.ts';
import {
  coverageModel,
  installationsModel,
  isEmpty,
  type KpiModel,
  repeatersModel,
  toCards,
  toTable,
  uptimeModel,
} from './to-option.ts';

const DATASETS: readonly DatasetId[] = ['village_coverage', 'sites', 'site_daily', 'villages'];

/** `onSelect` is accepted (every panel takes it) and ignored: the KPI cards have nothing to click. */
export function KpisPanel({ filters }: { filters: Filters; onSelect?: (dimension: Dimension, value: string) => void }) {
  const { t, lang } = useLang();
  const { manifest } = useData();
  const coverage = usePanelQuery(KPI_QUERY_IDS.coverage, filters, coverageQuery);
  const installations = usePanelQuery(KPI_QUERY_IDS.installations, filters, installationsQuery);
  const uptime = usePanelQuery(KPI_QUERY_IDS.uptime, filters, uptimeQuery);
  const repeaters = usePanelQuery(KPI_QUERY_IDS.repeaters, filters, repeatersQuery);
  const queries = [coverage, installations, uptime, repeaters];

  const view = useMemo(() => {
    if (!coverage.data || !installations.data || !uptime.data || !repeaters.data) return null;
    const model: KpiModel = {
      coverage: coverageModel(coverage.data),
      installations: installationsModel(installations.data),
      uptime: uptimeModel(uptime.data),
      repeaters: repeatersModel(repeaters.data),
    };
    const ctx = { lang, t };
    const cards = toCards(model, ctx);
    return { model, cards, table: toTable(model, cards, ctx) };
  }, [coverage.data, installations.data, uptime.data, repeaters.data, lang, t]);

  const failed = queries.find((q) => q.isError);
  const state = failed ? 'error' : !view ? 'loading' : isEmpty(view.model) ? 'empty' : 'ready';
  const asOf = DATASETS.map((id) => datasetAsOf(manifest, id)).sort();
  return (
    <PanelFrame
      panelId={PANEL_ID}
      title={t('kpis.title')}
      subtitle={t('kpis.subtitle', { date: formatDate(asOf[asOf.length - 1] ?? manifest.as_of, lang) })}
      source={t('panel.source', { source: datasetSource(manifest, DATASETS) })}
      labels={panelLabels(t)}
      state={state}
      error={failed?.error?.message}
      onRetry={() => {
        for (const q of queries) if (q.isError) void q.refetch();
      }}
      table={view?.table}
    >
      {view && (
        <KpiCardRow label={t('kpis.cards')}>
          {view.cards.map((c) => (
            <KpiCard
              key={c.id}
              label={c.label}
              value={c.value}
              context={c.context}
              change={c.change}
              trend={c.trend}
              sentiment={c.sentiment}
              basis={c.basisLine}
              note={c.note}
            />
          ))}
        </KpiCardRow>
      )}
    </PanelFrame>
  );
}
