// A row listing of the explore view (src/indicators/listings/) through the coordinator's listing cache: the key is
// the listing name + normalised filters (+ extra key parts) + the data version (src/coordinator/key.ts). The previous
// rows stay on screen while the next ones load; `xf` gives the attributes that tell the cross-filter timing which
// filters the shown rows belong to and whether they are still loading.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useData } from '../../coordinator/data-context.tsx';
import { listingQueryOptions } from '../../coordinator/use-listing.ts';
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
  const args = { filters: normaliseFilters(filters), extra: extraKey };
  const query = useQuery({
    ...listingQueryOptions(name, args, (a) => build(a.filters), engine, manifest.version),
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
