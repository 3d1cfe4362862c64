// The headline history (public/data/history.jsonl, src/indicators/history.ts) for the data version shown: fetched
// once per data version and cached like a figure, so the briefing's "what changed" and its prefetch share one load.
import { type QueryClient, queryOptions, useQuery } from '@tanstack/react-query';
import { fetchHistory } from '../indicators/history.ts';
import { useData } from './data-context.tsx';
import { historyKey } from './key.ts';

export function historyQueryOptions(version: string) {
  return queryOptions({
    queryKey: historyKey(version),
    queryFn: () => fetchHistory(),
    staleTime: Number.POSITIVE_INFINITY,
    retry: 1,
  });
}

export function useHistory() {
  const { manifest } = useData();
  return useQuery(historyQueryOptions(manifest.version));
}

export function prefetchHistory(client: QueryClient, version: string): Promise<void> {
  return client.prefetchQuery(historyQueryOptions(version));
}
