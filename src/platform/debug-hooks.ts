// Read-only figures for the wall soak benchmark and the end-to-end tests (window.__jdac): ECharts instances alive,
// DuckDB's memory, the service worker's state. Nothing here changes the app; it only lets a harness look.
import { engineMemoryBytes } from '../data/duckdb-browser.ts';
import { liveCharts } from '../ui/chart.tsx';
import { echarts } from '../ui/echarts-setup.ts';
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
  /**
   * The option (theme merged in, as ECharts resolved it) of every chart inside `scope` (a CSS selector), in DOM
   * order: the wall's e2e tests read the chart text sizes from it.
   */
  chartOptions: (scope?: string) => unknown[];
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
    chartOptions: (scope = 'body') =>
      [...document.querySelectorAll(`${scope} [_echarts_instance_]:not([_echarts_instance_=""])`)].flatMap((el) => {
        const chart = echarts.getInstanceByDom(el as HTMLElement);
        return chart ? [chart.getOption()] : [];
      }),
  };
}
