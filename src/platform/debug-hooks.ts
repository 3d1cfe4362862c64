// Read-only figures for the wall soak benchmark and the end-to-end tests (window.__jdac): ECharts instances alive,
// DuckDB's memory, the service worker's state. Nothing here changes the app; it only lets a harness look.
import { engineMemoryBytes } from '../data/duckdb-browser.ts';
import { liveCharts } from '../ui/chart.tsx';
import { serviceWorkerState } from './service-worker.ts';

export interface JdacDebugHooks {
  /** Chart components mounted now (each owns one ECharts instance). */
  liveCharts: () => number;
  /** ECharts instances attached to the document now (counted from the DOM, independent of the counter above). */
  echartsInDom: () => number;
  /** DuckDB's own memory use in bytes (sum of duckdb_memory()); null before the engine starts. */
  engineMemoryBytes: () => Promise<number | null>;
  /** The service worker as the wall sees it (registered, update waiting, data cache warmed). */
  serviceWorker: () => ReturnType<typeof serviceWorkerState>;
  /** Queries held in the react-query cache (bounded: keys carry the data version, never a time). */
  queryCount: () => number | null;
}

declare global {
  interface Window {
    __jdac?: JdacDebugHooks;
  }
}

export function installDebugHooks(extra: { queryCount?: () => number } = {}): void {
  if (typeof window === 'undefined') return;
  window.__jdac = {
    liveCharts: () => liveCharts.count,
    echartsInDom: () => document.querySelectorAll('[_echarts_instance_]:not([_echarts_instance_=""])').length,
    engineMemoryBytes,
    serviceWorker: serviceWorkerState,
    queryCount: extra.queryCount ?? (() => null),
  };
}
