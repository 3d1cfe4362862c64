// The slides' figures through the panels' own query builders and keys (src/panels/use-panel-query.ts): a slide that
// shows a panel reads the very rows the panel draws (same key → same cached result), and its narrative is built
// from the panel's own model (toModel).
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import type { QueryRequest } from '../../data/engine-types.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import { PANEL_ID as BLANKSPOT_ID, blankspotQuery } from '../../panels/blankspot-reduction/query.ts';
import { type BlankspotModel, toModel as blankspotModel } from '../../panels/blankspot-reduction/to-option.ts';
import { PANEL_ID as TRENDS_ID, trendsQuery } from '../../panels/connectivity-trends/query.ts';
import { toModel as trendsModel } from '../../panels/connectivity-trends/to-option.ts';
import { regencyLevelQuery } from '../../panels/regency-map/query.ts';
import { toModel as mapModel } from '../../panels/regency-map/to-option.ts';
import { PANEL_ID as REPEATERS_ID, repeaterPlanQuery } from '../../panels/repeater-plan/query.ts';
import { toModel as repeaterModel } from '../../panels/repeater-plan/to-option.ts';
import { panelQueryOptions, usePanelQuery } from '../../panels/use-panel-query.ts';
import { toIsolatedModel } from './isolated-model.ts';
import { ISOLATED_QUERY_ID, isolatedQuery } from './isolated-query.ts';
import { toTargetsModel } from './targets-model.ts';
import { TARGETS_QUERY_ID, targetsQuery } from './targets-query.ts';

export function useTargets() {
  const q = usePanelQuery(TARGETS_QUERY_ID, NO_FILTERS, targetsQuery);
  return { ...q, model: useMemo(() => (q.data ? toTargetsModel(q.data) : null), [q.data]) };
}

export function useBlankspot(filters: Filters = NO_FILTERS): ReturnType<typeof usePanelQuery> & {
  model: BlankspotModel | null;
} {
  const q = usePanelQuery(BLANKSPOT_ID, filters, blankspotQuery);
  return { ...q, model: useMemo(() => (q.data ? blankspotModel(q.data) : null), [q.data]) };
}

const mapBlankspot = (f: Filters) => regencyLevelQuery('blankspot', f);
const mapSites = (f: Filters) => regencyLevelQuery('sites', f);

export function useMapFigures() {
  const blank = usePanelQuery('briefing-map-blankspot', NO_FILTERS, mapBlankspot);
  const sites = usePanelQuery('briefing-map-sites', NO_FILTERS, mapSites);
  const model = useMemo(
    () =>
      blank.data && sites.data
        ? { blankspot: mapModel(blank.data, 'blankspot', null), sites: mapModel(sites.data, 'sites', null) }
        : null,
    [blank.data, sites.data],
  );
  return { model, isError: blank.isError || sites.isError };
}

export function useRepeaters() {
  const q = usePanelQuery(REPEATERS_ID, NO_FILTERS, repeaterPlanQuery);
  return { ...q, model: useMemo(() => (q.data ? repeaterModel(q.data) : null), [q.data]) };
}

export function useTrends() {
  const q = usePanelQuery(TRENDS_ID, NO_FILTERS, trendsQuery);
  return { ...q, model: useMemo(() => (q.data ? trendsModel(q.data) : null), [q.data]) };
}

export function useIsolated() {
  const q = usePanelQuery(ISOLATED_QUERY_ID, NO_FILTERS, isolatedQuery);
  return { ...q, model: useMemo(() => (q.data ? toIsolatedModel(q.data) : null), [q.data]) };
}

/** The year the briefing reports on (the data's as-of year) and the as-of dates it quotes. */
export function useDataYear() {
  const { manifest } = useData();
  const sitesAsOf = manifest.datasets.find((d) => d.id === 'sites')?.as_of ?? manifest.as_of;
  return { dataYear: Number(manifest.as_of.slice(0, 4)), asOf: manifest.as_of, sitesAsOf };
}

/**
 * Loads every slide's figures in the background once the deck is open, so that printing from the browser's menu
 * (Ctrl+P: no time to wait) finds them ready. The map panel's own query (boundaries + figures) is not among them:
 * "Unduh PDF" waits for everything.
 */
export function usePrefetchDeck(regencyCodes: readonly string[]) {
  const client = useQueryClient();
  const { engine, manifest } = useData();
  const codes = regencyCodes.join(',');
  useEffect(() => {
    const v = manifest.version;
    const jobs: [string, Filters, (f: Filters) => QueryRequest][] = [
      [TARGETS_QUERY_ID, NO_FILTERS, targetsQuery],
      [BLANKSPOT_ID, NO_FILTERS, blankspotQuery],
      ['briefing-map-blankspot', NO_FILTERS, mapBlankspot],
      ['briefing-map-sites', NO_FILTERS, mapSites],
      [REPEATERS_ID, NO_FILTERS, repeaterPlanQuery],
      [TRENDS_ID, NO_FILTERS, trendsQuery],
      [ISOLATED_QUERY_ID, NO_FILTERS, isolatedQuery],
      ...codes
        .split(',')
        .filter(Boolean)
        .map((code): [string, Filters, typeof blankspotQuery] => [
          BLANKSPOT_ID,
          { ...NO_FILTERS, regencies: [code] },
          blankspotQuery,
        ]),
    ];
    for (const [id, filters, build] of jobs)
      void client.prefetchQuery(panelQueryOptions(id, filters, v, build, engine));
  }, [client, engine, manifest.version, codes]);
}
