// Service worker (vite-plugin-pwa / Workbox, see the VitePWA block of vite.config.ts): the app shell, DuckDB's wasm
// and worker are precached; data files are cached by version (their URLs carry ?v=<sha256 prefix>); manifest.json,
// wall.json and the other files under data/ go network-first with the last good copy as fallback. Registered after
// the first view is up so it never competes with the first paint. Then the data the page fetched before the worker
// controlled it is fetched once more through the worker, so that a reload with the network down finds it.
// A new build is applied only when the wall asks for it at a page boundary, and at most once a minute.
import { registerSW } from 'virtual:pwa-register';
import { dataUrlsToWarm, reloadAllowed, reloadHistory } from './sw-policy.ts';

let updateReady = false;
let applyUpdate: ((reload?: boolean) => Promise<void>) | null = null;
let registration: ServiceWorkerRegistration | undefined;
let warmed: 'no' | 'warming' | 'yes' = 'no';
const extraUrls = new Set<string>();

const RELOAD_GUARD = 'jdac.sw-reloaded-at';

export function startServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || applyUpdate) return;
  applyUpdate = registerSW({
    immediate: true,
    onNeedRefresh() {
      updateReady = true;
    },
    onRegisteredSW(_url, reg) {
      registration = reg;
    },
  });
  if (navigator.serviceWorker.controller)
    warmed = 'yes'; // everything this page fetched went through the worker
  else navigator.serviceWorker.addEventListener('controllerchange', () => void warmDataCache(), { once: true });
}

/** Asks the server whether a new build exists (called on each manifest poll). */
export function checkForNewBuild(): void {
  void registration?.update().catch(() => undefined);
}

/**
 * At a page boundary: if a new build is waiting, activate it and reload. Guarded per tab (sessionStorage survives
 * the reload): at least a minute between two build reloads and at most three an hour, so a build that fails to
 * take over never turns into a reload loop. Returns true when a reload was started.
 */
export function applyNewBuildIfReady(now = Date.now()): boolean {
  if (!updateReady || !applyUpdate) return false;
  const history = reloadHistory(sessionStorage.getItem(RELOAD_GUARD));
  if (!reloadAllowed(history, now)) return false;
  sessionStorage.setItem(RELOAD_GUARD, JSON.stringify([...history, now].slice(-5)));
  void applyUpdate(true);
  return true;
}

/** Data URLs (absolute) that must be available offline besides those already fetched, e.g. every dataset file. */
export function keepOffline(urls: Iterable<string>): void {
  for (const u of urls) extraUrls.add(u);
  if (warmed === 'yes' && navigator.serviceWorker?.controller) void fetchThroughWorker([...urls]);
}

async function fetchThroughWorker(urls: string[]): Promise<void> {
  await Promise.all(
    urls.map((u) =>
      fetch(u).then(
        (r) => r.arrayBuffer(),
        () => undefined,
      ),
    ),
  );
}

async function warmDataCache(): Promise<void> {
  if (warmed !== 'no') return;
  warmed = 'warming';
  const names = performance.getEntriesByType('resource').map((e) => e.name);
  await fetchThroughWorker(dataUrlsToWarm(names, extraUrls, document.baseURI));
  warmed = 'yes';
}

export function serviceWorkerState() {
  return {
    supported: typeof navigator !== 'undefined' && 'serviceWorker' in navigator,
    registered: registration !== undefined,
    controlled: Boolean(navigator.serviceWorker?.controller),
    updateReady,
    dataWarmed: warmed === 'yes',
  };
}
