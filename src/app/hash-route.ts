// Hash routes (#/, #/wall, #/explore?year=…): they work on any static host and sub-path without server rewrites.
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

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

export function useHashRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}
