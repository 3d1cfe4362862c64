// How long a cross-filter takes, from the filter change until everything in the explore view shows the new filters:
//   start  performance.mark('jdac:xf:start') when the filters change;
//   end    performance.mark('jdac:xf:end') when, inside the view,
//          · every chart (`.chart`, outside `[data-xf-ignore]`) is `data-chart-state="finished"` and its
//            `data-renders` counter went up since the start (a chart that appeared since then only needs finished);
//          · no panel (`[data-panel]`) is still loading (a panel showing empty or error has no chart to wait for);
//          · every element that shows filtered rows (`[data-xf-key]`: tables, drill-down) carries the new filters'
//            key and is not loading;
//   then   performance.measure('jdac:cross-filter', start, end).
// The last MAX_MEASURES measures are on window.__jdacCrossFilter for the benchmark. A change that does not settle
// within TIMEOUT_MS is recorded with timedOut: true (and its duration), so a stuck view shows up in the figures.

export interface CrossFilterMeasure {
  /** Milliseconds from start to end. */
  ms: number;
  /** performance.now() at the start. */
  startedAt: number;
  /** The filters' key the view settled on. */
  key: string;
  timedOut: boolean;
}

export interface CrossFilterLog {
  measures: CrossFilterMeasure[];
  /** A change is being timed right now. */
  pending: boolean;
}

declare global {
  interface Window {
    __jdacCrossFilter?: CrossFilterLog;
  }
}

export const MAX_MEASURES = 200;
export const TIMEOUT_MS = 20_000;

const START = 'jdac:xf:start';
const END = 'jdac:xf:end';
const MEASURE = 'jdac:cross-filter';

function log(): CrossFilterLog {
  if (!window.__jdacCrossFilter) window.__jdacCrossFilter = { measures: [], pending: false };
  return window.__jdacCrossFilter;
}

function watched(root: Element, selector: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(selector)].filter((el) => !el.closest('[data-xf-ignore]'));
}

/** Render counters of the charts at the start. */
export function chartSnapshot(root: Element): Map<Element, number> {
  return new Map(watched(root, '.chart').map((el) => [el, Number(el.dataset.renders ?? '0')]));
}

/** True when everything in `root` shows the filters with key `key` (see the rules at the top of this file). */
export function isSettled(root: Element, key: string, snapshot: ReadonlyMap<Element, number>): boolean {
  for (const panel of watched(root, '[data-panel]')) {
    if (panel.dataset.state === 'loading') return false;
  }
  for (const chart of watched(root, '.chart')) {
    if (chart.dataset.chartState !== 'finished') return false;
    const before = snapshot.get(chart);
    if (before !== undefined && Number(chart.dataset.renders ?? '0') <= before) return false;
  }
  for (const el of watched(root, '[data-xf-key]')) {
    if (el.dataset.xfKey !== key || el.dataset.xfState === 'loading') return false;
  }
  return true;
}

let current: { observer: MutationObserver; timer: ReturnType<typeof setTimeout> } | null = null;

function stop(): void {
  if (!current) return;
  current.observer.disconnect();
  clearTimeout(current.timer);
  current = null;
}

/** Starts timing a filter change towards the filters with key `key`; a change still being timed is abandoned. */
export function startCrossFilter(root: Element | null, key: string): void {
  if (!root || typeof performance === 'undefined') return;
  stop();
  const store = log();
  const startedAt = performance.now();
  performance.mark(START);
  store.pending = true;
  const snapshot = chartSnapshot(root);

  const finish = (timedOut: boolean) => {
    stop();
    performance.mark(END);
    const measure = performance.measure(MEASURE, START, END);
    store.measures.push({ ms: measure.duration, startedAt, key, timedOut });
    if (store.measures.length > MAX_MEASURES) store.measures.splice(0, store.measures.length - MAX_MEASURES);
    store.pending = false;
  };
  const check = () => {
    if (isSettled(root, key, snapshot)) finish(false);
  };
  const observer = new MutationObserver(check);
  observer.observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-chart-state', 'data-renders', 'data-state', 'data-xf-key', 'data-xf-state'],
  });
  current = { observer, timer: setTimeout(() => finish(true), TIMEOUT_MS) };
}

/** p-th percentile (0–100) by the nearest-rank method; null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] ?? null;
}
