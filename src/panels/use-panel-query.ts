// react-query around a panel's query: the key is the panel id + normalised filters + the data version, so equal
// views share results and new data (a new manifest version) never shows old figures under a new label.
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DataEngine, QueryRequest } from '../data/engine-types.ts';
import { type Filters, normaliseFilters } from '../filters/filters.ts';
import { useData } from './data-context.tsx';

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
    queryFn: () => engine.run(build(normalised)),
  });
}

export function usePanelQuery(panelId: string, filters: Filters, build: (filters: Filters) => QueryRequest) {
  const { engine, manifest } = useData();
  return useQuery(panelQueryOptions(panelId, filters, manifest.version, build, engine));
}
