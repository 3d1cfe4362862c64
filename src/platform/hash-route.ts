// Hash routes (#/, #/wall, #/explore?year=…): they work on any static host and sub-path without server rewrites.
// The route is read from window.location on every change the page can see: the browser's own (a link, an edited
// address, Back/Forward: `hashchange`, `popstate`) and the app's own writes through `navigate` (pushState and
// replaceState fire no event, so `navigate` tells the subscribers itself). Without that last step the router's
// snapshot would lag behind a pushState, and Back to the URL it last saw would look like "no change" to React.
import { useSyncExternalStore } from 'react';

export const ROUTES = ['/', '/wall', '/briefing', '/explore', '/data'] as const;
export type RoutePath = (typeof ROUTES)[number];

export interface Route {
  path: RoutePath | null;
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '') || '/';
  const [pathPart = '/', query = ''] = raw.split('?', 2);
  const path = (ROUTES as readonly string[]).includes(pathPart) ? (pathPart as RoutePath) : null;
  return { path, params: new URLSearchParams(query) };
}

const listeners = new Set<() => void>();

const subscribe = (cb: () => void) => {
  listeners.add(cb);
  window.addEventListener('hashchange', cb);
  window.addEventListener('popstate', cb);
  return () => {
    listeners.delete(cb);
    window.removeEventListener('hashchange', cb);
    window.removeEventListener('popstate', cb);
  };
};

/** How a URL change reaches the browser history: a new entry (Back undoes it) or in place of the current one. */
export type HistoryMode = 'push' | 'replace';

/**
 * Changes the hash route's query string without a reload: `push` adds a history entry, `replace` rewrites the
 * current one. The path stays; the router's subscribers re-read the URL straight away.
 */
export function navigate(search: string, mode: HistoryMode): void {
  const raw = window.location.hash.replace(/^#/, '');
  const at = raw.indexOf('?');
  const path = (at < 0 ? raw : raw.slice(0, at)) || '/';
  const url = `${window.location.pathname}${window.location.search}#${path}${search ? `?${search}` : ''}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(window.history.state, '', url);
  for (const cb of [...listeners]) cb();
}

/** The current hash route's query string (as written in the address). */
export function currentSearch(): string {
  const raw = window.location.hash;
  const at = raw.indexOf('?');
  return at < 0 ? '' : raw.slice(at + 1);
}

export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}
