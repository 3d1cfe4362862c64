// Sites down on the wall: the sites-down listing at the wall's threshold (wall.json `alerts.silent_days`) is watched
// all the time, whatever page is on screen. When a result names a site that the previous result (the previous data
// version the wall polled) did not, and `alerts.interrupt` is on, the rotation jumps to the alerts page.
import { useEffect, useRef } from 'react';
import { useListing } from '../../coordinator/use-listing.ts';
import type { Filters } from '../../filters/filters.ts';
import { SITES_DOWN_LISTING } from '../../indicators/listings/sites-down.ts';
import { buildSitesDown, sitesDownArgs } from '../../panels/sites-down/requests.ts';

/** Sites in `current` that were not in `previous` (none on the first result: nothing to compare with). */
export function newlyDown(previous: readonly string[] | null, current: readonly string[]): string[] {
  if (previous === null) return [];
  const before = new Set(previous);
  return current.filter((id) => !before.has(id));
}

/** Calls `onNewDown` with the sites that went down since the last result; returns the sites down now. */
export function useSitesDownWatch(
  filters: Filters,
  silentDays: number,
  onNewDown: (siteIds: string[]) => void,
): string[] | undefined {
  const list = useListing(SITES_DOWN_LISTING, sitesDownArgs(filters, silentDays), buildSitesDown);
  const ids = list.rows?.map((r) => String(r.site_id));
  const idsKey = ids ? ids.join('\n') : null;
  // The previous result at the same threshold (a new threshold starts afresh: nothing "went down" by it).
  const previous = useRef<{ silentDays: number; ids: string[] } | null>(null);
  const callback = useRef(onNewDown);
  callback.current = onNewDown;
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the listed ids' value
  useEffect(() => {
    if (idsKey === null) return;
    const current = idsKey === '' ? [] : idsKey.split('\n');
    const before = previous.current?.silentDays === silentDays ? previous.current.ids : null;
    const fresh = newlyDown(before, current);
    previous.current = { silentDays, ids: current };
    if (fresh.length > 0) callback.current(fresh);
  }, [idsKey]);
  return ids;
}
