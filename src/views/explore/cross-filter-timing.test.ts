// @vitest-environment jsdom
import { chartSnapshot, isSettled, percentile, startCrossFilter, TIMEOUT_MS } from './cross-filter-timing.ts';

function view(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('isSettled', () => {
  it('waits for every chart to draw again, every panel to stop loading and every table to show the new key', () => {
    const root = view(`
      <section data-panel="a" data-state="ready"><div class="chart" data-chart-state="finished" data-renders="2"></div></section>
      <section data-panel="b" data-state="empty"></section>
      <section data-xf-key="old" data-xf-state="ready"></section>
      <div data-xf-ignore><div class="chart" data-chart-state="drawing" data-renders="0"></div></div>`);
    const snapshot = chartSnapshot(root);
    expect(snapshot.size).toBe(1); // the chart under data-xf-ignore is not watched
    expect(isSettled(root, 'new', snapshot)).toBe(false); // chart not redrawn, table on the old key

    const chart = root.querySelector<HTMLElement>('[data-panel="a"] .chart');
    const table = root.querySelector<HTMLElement>('[data-xf-key]');
    if (!chart || !table) throw new Error('fixture');
    table.dataset.xfKey = 'new';
    expect(isSettled(root, 'new', snapshot)).toBe(false);
    chart.dataset.renders = '3';
    expect(isSettled(root, 'new', snapshot)).toBe(true);
    table.dataset.xfState = 'loading';
    expect(isSettled(root, 'new', snapshot)).toBe(false);
    table.dataset.xfState = 'error'; // an error is an end state too
    expect(isSettled(root, 'new', snapshot)).toBe(true);
    root.querySelector<HTMLElement>('[data-panel="b"]')?.setAttribute('data-state', 'loading');
    expect(isSettled(root, 'new', snapshot)).toBe(false);
  });

  it('takes a chart that appeared since the start once it has finished', () => {
    const root = view('<section data-panel="a" data-state="loading"></section>');
    const snapshot = chartSnapshot(root);
    const panel = root.querySelector<HTMLElement>('[data-panel]');
    panel?.setAttribute('data-state', 'ready');
    panel?.insertAdjacentHTML('beforeend', '<div class="chart" data-chart-state="drawing"></div>');
    expect(isSettled(root, 'k', snapshot)).toBe(false);
    panel?.querySelector<HTMLElement>('.chart')?.setAttribute('data-chart-state', 'finished');
    expect(isSettled(root, 'k', snapshot)).toBe(true);
  });
});

describe('startCrossFilter', () => {
  beforeEach(() => {
    window.__jdacCrossFilter = undefined;
    performance.clearMarks();
    performance.clearMeasures();
  });

  it('marks the start and the end and keeps the measure on window.__jdacCrossFilter', async () => {
    const root = view(`
      <section data-panel="a" data-state="ready"><div class="chart" data-chart-state="finished" data-renders="1"></div></section>
      <section data-xf-key="old" data-xf-state="ready"></section>`);
    startCrossFilter(root, 'new');
    expect(window.__jdacCrossFilter?.pending).toBe(true);
    expect(performance.getEntriesByName('jdac:xf:start')).toHaveLength(1);

    root.querySelector<HTMLElement>('[data-xf-key]')?.setAttribute('data-xf-key', 'new');
    await tick();
    expect(window.__jdacCrossFilter?.measures).toHaveLength(0); // the chart has not drawn again yet
    const chart = root.querySelector<HTMLElement>('.chart');
    chart?.setAttribute('data-chart-state', 'drawing');
    chart?.setAttribute('data-renders', '2');
    chart?.setAttribute('data-chart-state', 'finished');
    await tick();
    const log = window.__jdacCrossFilter;
    expect(log?.pending).toBe(false);
    expect(log?.measures).toHaveLength(1);
    expect(log?.measures[0]).toMatchObject({ key: 'new', timedOut: false });
    expect(log?.measures[0]?.ms).toBeGreaterThanOrEqual(0);
    expect(performance.getEntriesByName('jdac:cross-filter')).toHaveLength(1);
    expect(performance.getEntriesByName('jdac:xf:end')).toHaveLength(1);
  });

  it('abandons a change overtaken by the next one, and records a change that never settles as timed out', async () => {
    vi.useFakeTimers();
    try {
      const root = view('<section data-xf-key="a" data-xf-state="ready"></section>');
      startCrossFilter(root, 'b');
      startCrossFilter(root, 'c'); // the user clicked again before b showed
      root.querySelector('[data-xf-key]')?.setAttribute('data-xf-key', 'b');
      await vi.advanceTimersByTimeAsync(10);
      expect(window.__jdacCrossFilter?.measures).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(TIMEOUT_MS);
      expect(window.__jdacCrossFilter?.measures).toEqual([expect.objectContaining({ key: 'c', timedOut: true })]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const xs = [50, 10, 40, 20, 30];
    expect(percentile(xs, 50)).toBe(30);
    expect(percentile(xs, 95)).toBe(50);
    expect(percentile(xs, 0)).toBe(10);
    expect(percentile([], 50)).toBeNull();
  });
});
