// react-query around an explore query: the key is the query name + normalised filters (+ extra key parts) + the
// data version. The previous rows stay on screen while the next ones load; `xf` gives the attributes that tell
// the cross-filter timing which filters the shown rows belong to and whether they are still loading.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useData } from '../../coordinator/data-context.tsx';
import type { QueryRequest } from '../../data/engine-types.ts';
import { type Filters, normaliseFilters } from '../../filters/filters.ts';
import { filtersKey } from './explore-state.ts';

export function useExploreQuery(
  name: string,
  filters: Filters,
  build: (filters: Filters) => QueryRequest,
  extraKey: readonly (string | null)[] = [],
  enabled = true,
) {
  const { engine, manifest } = useData();
  const normalised = normaliseFilters(filters);
  const query = useQuery({
    queryKey: ['explore', name, ...extraKey, normalised, manifest.version] as const,
    queryFn: () => engine.run(build(normalised)),
    placeholderData: keepPreviousData,
    enabled,
  });
  const loading = enabled && (query.isPending || query.isPlaceholderData);
  return {
    rows: query.data,
    error: query.isError ? query.error : null,
    loading,
    refetch: query.refetch,
    xf: {
      'data-xf-key': filtersKey(filters),
      'data-xf-state': query.isError ? 'error' : loading ? 'loading' : 'ready',
    },
  };
}
