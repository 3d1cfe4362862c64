// Service worker (vite-plugin-pwa / Workbox): app shell, DuckDB wasm and worker precached; data files cached by
// version (their URLs carry ?v=<sha256 prefix>). Registered after the first view is up so it never competes with
// the first paint. A new build is applied only when the wall asks for it at a page boundary, once.
import { registerSW } from 'virtual:pwa-register';

let updateReady = false;
let applyUpdate: ((reload?: boolean) => Promise<void>) | null = null;
let registration: ServiceWorkerRegistration | undefined;

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
}

/** Asks the server whether a new build exists (called on each manifest poll). */
export function checkForNewBuild(): void {
  void registration?.update().catch(() => undefined);
}

/** At a page boundary: if a new build is waiting, activate it and reload — at most once a minute, never in a loop. */
export function applyNewBuildIfReady(): boolean {
  if (!updateReady || !applyUpdate) return false;
  const last = Number(sessionStorage.getItem(RELOAD_GUARD) ?? 0);
  if (Date.now() - last < 60_000) return false;
  sessionStorage.setItem(RELOAD_GUARD, String(Date.now()));
  void applyUpdate(true);
  return true;
}
