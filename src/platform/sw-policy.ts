// Pure rules of the service-worker glue (tested without a browser): the reload guard for new builds and the list of
// data URLs to fetch through the worker once it controls the page.

const RELOAD_GUARD_MS = 60_000;
const MAX_RELOADS_PER_HOUR = 3;

export function reloadHistory(stored: string | null): number[] {
  try {
    const v: unknown = JSON.parse(stored ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)) : [];
  } catch {
    return [];
  }
}

/** The reload guard: none within a minute of the last, none after three in the past hour. */
export function reloadAllowed(history: number[], now: number): boolean {
  const recent = history.filter((t) => now - t < 3_600_000 && now >= t);
  const last = recent.at(-1);
  if (last !== undefined && now - last < RELOAD_GUARD_MS) return false;
  return recent.length < MAX_RELOADS_PER_HOUR;
}

/** URLs under data/ that this page fetched (Resource Timing), plus those given to keepOffline. */
export function dataUrlsToWarm(resourceNames: string[], extra: Iterable<string>, base: string): string[] {
  const dataPath = new URL('data/', base).pathname;
  const urls = new Set<string>();
  for (const name of [...resourceNames, ...extra]) {
    try {
      const u = new URL(name, base);
      if (u.origin === new URL(base).origin && u.pathname.startsWith(dataPath)) urls.add(u.toString());
    } catch {
      // not a URL
    }
  }
  return [...urls];
}
