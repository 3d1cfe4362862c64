// Every page of the wall's playlist is ready before it is shown: at start, on each data change (a new manifest
// version), when the engine replaces its first-paint answers with its own, and on each poll, the figures and row
// listings of every panel of every page are fetched into react-query's cache through the coordinator (the same keys
// the panels use: src/coordinator/key.ts). A page not yet shown then draws at once from the cache, and keeps doing so
// during a network cut (the engine's tables are loaded by then). A page whose figures could not be fetched at all
// is "failed": the rotation skips it rather than show an endless loading state.
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import { VERSIONED_KEY_HEADS } from '../../coordinator/key.ts';
import { figureQueryOptions } from '../../coordinator/use-figures.ts';
import { listingQueryOptions } from '../../coordinator/use-listing.ts';
import type { DataEngine } from '../../data/engine-types.ts';
import type { Manifest } from '../../data/manifest.ts';
import type { Filters } from '../../filters/filters.ts';
import type { PanelId, PanelListing } from '../../panels/define-panel.ts';
import { PANELS } from '../../panels/registry.ts';
import { sitesDownListings } from '../../panels/sites-down/requests.ts';

export type PageReadiness = 'pending' | 'ready' | 'failed';

/**
 * What a page needs in the cache: its panels' default requests and listings (sites-down at the wall's threshold),
 * and their other assets (the map's boundary file and chart module).
 */
export function pageQueries(
  panels: readonly PanelId[],
  filters: Filters,
  manifest: Manifest,
  engine: DataEngine,
  silentDays: number,
) {
  const listings = (id: PanelId): PanelListing[] =>
    id === 'sites-down' ? sitesDownListings(filters, silentDays) : (PANELS[id].listings?.(filters) ?? []);
  return [
    ...panels.flatMap((id) =>
      PANELS[id].requests(filters, { manifest }).map((r) => figureQueryOptions(r, engine, manifest.version)),
    ),
    ...panels.flatMap((id) =>
      listings(id).map((l) => listingQueryOptions(l.name, l.args, l.build, engine, manifest.version)),
    ),
    ...panels.flatMap((id) => PANELS[id].assets?.() ?? []),
  ];
}

/** Fetches what a page needs (cached entries are not fetched again) and says whether the page can be drawn. */
export async function prefetchPage(
  client: QueryClient,
  queries: ReturnType<typeof pageQueries>,
): Promise<PageReadiness> {
  await Promise.all(queries.map((q) => client.prefetchQuery(q as Parameters<QueryClient['prefetchQuery']>[0])));
  const missing = queries.filter((q) => client.getQueryData(q.queryKey) === undefined);
  if (missing.length === 0) return 'ready';
  // Only an error fails a page. A fetch aborted because the page it was drawn on left the screen mid-fetch (the
  // coordinator cancels keys no panel shows any more) is no failure: the page asks again when it is shown.
  return missing.some((q) => client.getQueryState(q.queryKey)?.status === 'error') ? 'failed' : 'pending';
}

function useEngineReady(engine: DataEngine): boolean {
  const fp = engine.firstPaint;
  return useSyncExternalStore(
    (cb) => (fp ? fp.subscribe(cb) : () => {}),
    () => (fp ? fp.ready() : true),
  );
}

/**
 * The readiness of each page (by page id) for the current data version; `round` counts completed prefetch rounds.
 * `tick` (the poll count) starts a new round: entries react-query dropped from its cache are fetched again.
 */
export function usePrefetchPages(
  pages: readonly { id: string; panels: readonly PanelId[] }[],
  filters: Filters,
  silentDays: number,
  tick: number,
): { readiness: Readonly<Record<string, PageReadiness>>; round: number; engineReady: boolean } {
  const client = useQueryClient();
  const { engine, manifest } = useData();
  const engineReady = useEngineReady(engine);
  const [state, setState] = useState<{ version: string; readiness: Record<string, PageReadiness>; round: number }>({
    version: manifest.version,
    readiness: {},
    round: 0,
  });
  const pagesKey = JSON.stringify(pages.map((p) => [p.id, p.panels]));
  // biome-ignore lint/correctness/useExhaustiveDependencies: pages by value; engineReady and tick start a new round
  useEffect(() => {
    let live = true;
    const version = manifest.version;
    void (async () => {
      const readiness: Record<string, PageReadiness> = {};
      // One page after the other: the page on screen is not starved by the whole playlist at once.
      for (const page of pages) {
        if (!live) return;
        readiness[page.id] = await prefetchPage(
          client,
          pageQueries(page.panels, filters, manifest, engine, silentDays),
        );
      }
      if (!live) return;
      setState((s) => ({ version, readiness, round: s.round + 1 }));
      dropSupersededVersions(client, version);
    })();
    return () => {
      live = false;
    };
  }, [client, engine, manifest, pagesKey, filters, silentDays, engineReady, tick]);
  // A new data version: nothing is known yet about its pages (the last round's answer was for the older one).
  const readiness = state.version === manifest.version ? state.readiness : {};
  return { readiness, round: state.round, engineReady };
}

/**
 * Once a round has fetched every page of the data version on screen, the results of earlier versions that nothing
 * shows any more are dropped from the cache: the wall never shows them again (a rollback loads that version's rows
 * again), and kept for the cache's whole gcTime they would pile up with every republish.
 */
export function dropSupersededVersions(client: QueryClient, version: string): void {
  client.removeQueries({
    type: 'inactive',
    predicate: (q) => VERSIONED_KEY_HEADS.has(String(q.queryKey[0])) && q.queryKey.at(-1) !== version,
  });
}

/**
 * The next step to show after `index`: the first following page that is not known to have failed (a page still
 * pending is shown: its panels keep their own loading and last-good states). Every page failed: simply the next.
 */
export function nextShowable(
  index: number,
  pageIds: readonly string[],
  readiness: Readonly<Record<string, PageReadiness>>,
): number {
  const n = pageIds.length;
  for (let k = 1; k <= n; k++) {
    const i = (index + k) % n;
    if (readiness[pageIds[i] as string] !== 'failed') return i;
  }
  return n ? (index + 1) % n : 0;
}
