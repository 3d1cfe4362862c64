// The manifest query, shared by the app shell and views that poll it (the wall): fetching a manifest also starts
// (or refreshes) the engine for its version; only datasets whose file hash changed are loaded again.
import { dataUrl } from '../data/data-url.ts';
import { startEngine } from '../data/duckdb-browser.ts';
import { fetchManifest } from '../data/manifest-fetch.ts';

export const MANIFEST_POLL_MS = 5 * 60_000;

export function manifestQueryOptions(pollMs = MANIFEST_POLL_MS) {
  return {
    queryKey: ['manifest'] as const,
    queryFn: async () => {
      const m = await fetchManifest(dataUrl('manifest.json'));
      void startEngine(m);
      return m;
    },
    staleTime: 0,
    refetchInterval: pollMs,
    refetchIntervalInBackground: true,
    // A failed poll is retried with a capped backoff (2 s, 4 s, 8 s … never longer than a minute nor than the
    // polling interval); the interval goes on after that, so the screen recovers by itself when the network returns.
    retry: 3,
    retryDelay: (attempt: number) => Math.min(2000 * 2 ** attempt, 60_000, Math.max(1000, pollMs)),
  };
}
