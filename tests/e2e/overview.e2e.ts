// The overview as a page: it shows progress while the engine loads (never a blank page), a panel whose data file
// fails shows its own message and a retry while the others keep working, and screenshots at three screen sizes in
// both themes (looked at by a person; the test only checks that nothing overflows sideways).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from './browser.ts';
import {
  chartRenders,
  openPageWith,
  panelSelector,
  waitForPanel,
  waitForPanelError,
  waitForRedraw,
} from './overview-helpers.ts';

const OVERVIEW = [
  'kpis',
  'blankspot-reduction',
  'regency-map',
  'installations-by-regency',
  'connectivity-trends',
  'repeater-plan',
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Sample {
  at: number;
  html: string;
  loading: boolean;
  panels: number;
  ready: number;
  status: string | null;
}

declare global {
  interface Window {
    __samples?: Sample[];
    __stopSampling?: boolean;
  }
}

/** Records, at every animation frame and every DOM change from the first byte on, what the page shows. */
function installSampler(): void {
  window.__samples = [];
  const sample = () => {
    // While the parser still reads index.html the page is the browser's, not the app's (our module script runs after
    // it): on a busy machine the parser can yield between <body> and #root's static "Memuat dasbor…", which is not a
    // blank page the app showed. From readyState 'interactive' on, every sample counts.
    if (window.__stopSampling || document.readyState === 'loading') return;
    const panels = [...document.querySelectorAll<HTMLElement>('section.panel')];
    const root = document.getElementById('root');
    window.__samples?.push({
      // What #root held, kept only for a blank sample so a failure names what the page showed.
      html: panels.length === 0 ? (root?.innerHTML.slice(0, 300) ?? '') : '',
      at: Math.round(performance.now()),
      // biome-ignore lint/performance/useDomNodeTextContent: only text a person can see counts here
      loading: /Memuat/.test(document.body.innerText),
      panels: panels.filter((p) => p.offsetHeight > 0).length,
      ready: panels.filter((p) => p.dataset.state === 'ready').length,
      status: document.querySelector('.status-banner [role="status"]')?.textContent ?? null,
    });
  };
  new MutationObserver(sample).observe(document, { subtree: true, childList: true, characterData: true });
  const frame = () => {
    sample();
    if (!window.__stopSampling) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function allPanelsReady(page: Page): Promise<void> {
  for (const id of OVERVIEW) await waitForPanel(page, id);
}

/** The precomputed first-view results answer the panels before DuckDB is up; withholding them forces the engine. */
const SNAPSHOT = '**/data/snapshot.json*';

describe('the overview page', () => {
  it('shows progress while the engine loads, never a blank page', async () => {
    const g = await openPageWith(browser, { before: (page) => page.addInitScript(installSampler) });
    // Straight after navigation: a loading text or panels.
    const first = await g.page.evaluate(() => ({
      // biome-ignore lint/performance/useDomNodeTextContent: only text a person can see counts here
      loading: /Memuat/.test(document.body.innerText),
      panels: document.querySelectorAll('section.panel').length,
    }));
    expect(first.loading || first.panels > 0).toBe(true);

    await allPanelsReady(g.page);
    await g.page.waitForSelector('.status-banner[data-state="ready"]');
    const samples = await g.page.evaluate(() => {
      window.__stopSampling = true;
      return window.__samples ?? [];
    });
    expect(samples.length).toBeGreaterThan(20);
    // A blank sample names when it happened and what the page held then.
    const blank = samples.filter((s) => !s.loading && s.panels === 0);
    // (at: ms since navigation; html: what #root held then.)
    expect(blank).toEqual([]);
    // Progress was really shown: the engine and data steps in words, before every panel was ready.
    const statuses = new Set(samples.map((s) => s.status));
    expect([...statuses].some((s) => s !== null && /Memuat data \d+\/\d+/.test(s))).toBe(true);
    expect(samples.some((s) => s.loading && s.ready < OVERVIEW.length)).toBe(true);
    expect(samples.at(-1)?.ready).toBe(OVERVIEW.length);
    expect(g.foreignRequests).toEqual([]);
    expect(g.pageErrors).toEqual([]);
    await g.close();
  });

  it('a failed data file stops only the panels that need it; retry recovers them', async () => {
    // The telemetry panels read the rollups of site_daily (published under data/rollups/, else computed from
    // site_daily in the browser): with both unreachable, they fail and name site_daily.parquet.
    const route = /\/data\/(site_daily\.parquet|rollups\/)/;
    const g = await openPageWith(browser, {
      serviceWorkers: 'block',
      before: async (page) => {
        await page.route(SNAPSHOT, (r) => r.fulfill({ status: 404, body: '' }));
        await page.route(route, (r) => r.abort());
      },
    });
    const { page } = g;
    for (const id of ['connectivity-trends', 'kpis']) {
      await waitForPanelError(page, id);
      const panel = page.locator(panelSelector(id));
      expect(await panel.locator('.panel-error').textContent()).toContain('site_daily.parquet');
      expect(await panel.getByRole('button', { name: 'Coba lagi' }).isVisible()).toBe(true);
    }
    // The panels that do not read site_daily keep working and draw their charts.
    for (const id of ['installations-by-regency', 'blankspot-reduction', 'regency-map', 'repeater-plan']) {
      await waitForPanel(page, id);
      expect(await page.locator(`${panelSelector(id)} .chart`).count()).toBeGreaterThan(0);
    }
    expect(await page.locator('.status-failures').textContent()).toContain('site_daily.parquet');

    await page.unroute(route);
    for (const id of ['connectivity-trends', 'kpis']) {
      await page.locator(panelSelector(id)).getByRole('button', { name: 'Coba lagi' }).click();
    }
    await waitForPanel(page, 'connectivity-trends');
    await waitForPanel(page, 'kpis');
    // Seven cards: blankspot, 4G, programme sites against plan, all installations, sites in service, uptime, repeaters.
    expect(await page.locator(`${panelSelector('kpis')} li`).count()).toBe(7);
    expect(
      await page.locator(`${panelSelector('kpis')} li`, { hasText: 'Rata-rata uptime titik' }).textContent(),
    ).toMatch(/\d+(,\d)?%/);
    expect(g.foreignRequests).toEqual([]);
    expect(g.pageErrors).toEqual([]);
    await g.close();
  });

  it('the overview never loads raw site_daily: with its file unreachable every panel paints from the cubes', async () => {
    // Raw telemetry loads only when a query names it (SQL console); the panels read the published cubes.
    const asked: string[] = [];
    const g = await openPageWith(browser, {
      serviceWorkers: 'block',
      before: async (page) => {
        page.on('request', (r) => {
          if (r.url().includes('/data/site_daily.')) asked.push(r.url());
        });
        await page.route('**/data/site_daily.parquet*', (r) => r.abort());
      },
    });
    await allPanelsReady(g.page);
    await g.page.waitForSelector('.status-banner[data-state="ready"]');
    expect(await g.page.locator('.status-failures').count()).toBe(0);
    expect(asked).toEqual([]);
    expect(g.foreignRequests).toEqual([]);
    expect(g.pageErrors).toEqual([]);
    await g.close();
  });

  for (const [width, height] of [
    [1920, 1080],
    [3840, 2160],
    [1366, 768],
  ] as const) {
    it(`screenshots at ${width}×${height}, light and dark, nothing overflows sideways`, async () => {
      const g = await openPageWith(browser, { viewport: { width, height } });
      const { page } = g;
      await allPanelsReady(page);
      await page.waitForSelector('.status-banner[data-state="ready"]');
      const overflow = () =>
        page.evaluate(() => ({
          page: document.documentElement.scrollWidth - window.innerWidth,
          panels: [...document.querySelectorAll<HTMLElement>('section.panel')]
            .filter((p) => p.scrollWidth > p.clientWidth + 1)
            .map((p) => p.dataset.panel),
        }));
      expect(await overflow()).toEqual({ page: 0, panels: [] });
      await screenshot(page, `overview-${width}x${height}-light`);

      const before = await chartRenders(page);
      await page.getByLabel('Tema').selectOption('dark');
      await page.waitForSelector('html[data-theme="dark"]');
      await waitForRedraw(page, before);
      expect(await overflow()).toEqual({ page: 0, panels: [] });
      await screenshot(page, `overview-${width}x${height}-dark`);
      expect(g.foreignRequests).toEqual([]);
      expect(g.pageErrors).toEqual([]);
      await g.close();
    });
  }
});
