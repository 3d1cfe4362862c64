// react-query around a panel's query: the key is the panel id + normalised filters + the data version, so equal
// views share results and new data (a new manifest version) never shows old figures under a new label.
// While the next query runs (a cross-filter click, a new data version) the previous figures stay on screen, so a
// panel never flashes back to "loading". If a new data version fails to load, the panel keeps its last good
// figures for the SAME filters (never another filter's figures) and says so through `showingOlderData`.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { coordinatedQueryFn } from '../coordinator/coordinator.ts';
import { useData } from '../coordinator/data-context.tsx';
import type { DataEngine, QueryRequest } from '../data/engine-types.ts';
import type { Row } from '../data/rows.ts';
import { type Filters, normaliseFilters } from '../filters/filters.ts';

export function panelQueryOptions(
  panelId: string,
  filters: Filters,
  version: string,
  build: (filters: Filters) => QueryRequest,
  engine: DataEngine,
) {
  const normalised = normaliseFilters(filters);
  return queryOptions({
    queryKey: ['panel', panelId, normalised, version] as const,
    queryFn: coordinatedQueryFn(engine, () => build(normalised), version),
  });
}

export function usePanelQuery(panelId: string, filters: Filters, build: (filters: Filters) => QueryRequest) {
  const { engine, manifest } = useData();
  const options = panelQueryOptions(panelId, filters, manifest.version, build, engine);
  const filtersKey = JSON.stringify(options.queryKey[2]);
  const sameFilters = useRef(false);
  const query = useQuery({
    ...options,
    placeholderData: (previous, previousQuery) => {
      sameFilters.current = previousQuery !== undefined && JSON.stringify(previousQuery.queryKey[2]) === filtersKey;
      return keepPreviousData(previous);
    },
  });
  const lastGood = useRef<{ filtersKey: string; data: Row[] } | null>(null);
  if (query.data && !query.isPlaceholderData) lastGood.current = { filtersKey, data: query.data };
  const fallback = lastGood.current?.filtersKey === filtersKey ? lastGood.current.data : undefined;
  const data = query.data ?? (query.isError ? fallback : undefined);
  return {
    data,
    error: query.error,
    isError: query.isError && !data,
    /** Figures from an earlier data version are on screen (a refresh is running or failed). */
    showingOlderData: (query.isPlaceholderData && sameFilters.current) || (query.isError && data !== undefined),
    refetch: query.refetch,
  };
}
