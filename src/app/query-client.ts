// The react-query client and its persister: the last good query results are kept in IndexedDB so that after a
// reload or a power cut a screen paints the last figures at once, then revalidates. Keys carry the data version,
// never a time, so the cache stays bounded.
import { createAsyncStoragePersister } from '@tanstack/query-async-storage-persister';
import { QueryClient } from '@tanstack/react-query';
import type { PersistQueryClientOptions } from '@tanstack/react-query-persist-client';
import { createStore, del, get, set } from 'idb-keyval';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: Number.POSITIVE_INFINITY, // panel keys include the data version: a result never goes stale
      gcTime: 10 * 60_000,
      retry: 2,
      retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 30_000),
    },
  },
});

const idb = typeof indexedDB === 'undefined' ? null : createStore('jdac', 'query-cache');

const persister = createAsyncStoragePersister({
  storage: idb
    ? {
        getItem: (key: string) => get<string>(key, idb).then((v) => v ?? null),
        setItem: (key: string, value: string) => set(key, value, idb),
        removeItem: (key: string) => del(key, idb),
      }
    : undefined,
  key: 'jdac-query-cache',
  throttleTime: 2_000,
});

/** Queries worth painting at once after a reload: results, the manifest, the filter values, the wall's playlist. */
const PERSISTED_KEYS = new Set(['panel', 'manifest', 'known-values', 'wall-config']);

export const persistOptions: Omit<PersistQueryClientOptions, 'queryClient'> = {
  persister,
  maxAge: 7 * 24 * 3600_000,
  buster: import.meta.env.VITE_BUILD_ID ?? 'dev',
  dehydrateOptions: {
    shouldDehydrateQuery: (q) => q.state.status === 'success' && PERSISTED_KEYS.has(String(q.queryKey[0])),
  },
};
