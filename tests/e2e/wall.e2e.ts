// The wall screen (#/wall) in Chromium: the playlist rotates in order with the given dwell; URL overrides work and a
// bad one is named on screen; the chart text really scales (a valid canvas font at wall size); with the data
// requests failing the last figures stay and an honest badge appears, then clears by itself; a reload with the
// network off draws the wall from the service worker and the persisted results. No fixed sleeps: conditions only.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, screenshot, waitForCharts } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const KPI_BLANKSPOT = '[data-panel="kpis"] .kpi-card:first-child .kpi-value';

/** Waits until the wall shows `pageId` with every chart drawn (and, on a KPI page, the first figure). */
async function wallReady(page: Page, pageId: string): Promise<void> {
  await page.waitForSelector(`.wall[data-wall-page="${pageId}"]`, { timeout: 60_000 });
  await waitForCharts(page, '.wall');
}

describe('wall screen in Chromium', () => {
  it('rotates the playlist in order, each page for about the given dwell, in kiosk layout', async () => {
    const g = await openPage(browser, '#/wall?pages=tren,ringkasan&dwell=2');
    const { page } = g;
    await page.waitForSelector('.wall[data-wall-page]');
    // Record every page change with its time, in the page (independent of the test's own timing).
    await page.evaluate(() => {
      const main = document.getElementById('main') as HTMLElement;
      const now = () => document.querySelector('.wall')?.getAttribute('data-wall-page') ?? null;
      const log: { page: string | null; t: number }[] = [{ page: now(), t: performance.now() }];
      (window as unknown as { __wallLog: typeof log }).__wallLog = log;
      new MutationObserver(() => {
        const p = now();
        if (p !== log.at(-1)?.page) log.push({ page: p, t: performance.now() });
      }).observe(main, { attributes: true, subtree: true, attributeFilter: ['data-wall-page'] });
    });
    await page.waitForFunction(() => (window as unknown as { __wallLog: unknown[] }).__wallLog.length >= 4, undefined, {
      timeout: 30_000,
    });
    const log = await page.evaluate(
      () => (window as unknown as { __wallLog: { page: string; t: number }[] }).__wallLog,
    );
    expect(log.slice(0, 4).map((l) => l.page)).toEqual(['tren', 'ringkasan', 'tren', 'ringkasan']);
    for (let i = 2; i < 4; i++) {
      const gap = (log[i]?.t ?? 0) - (log[i - 1]?.t ?? 0);
      expect(gap, `page ${i} shown for ${gap} ms`).toBeGreaterThanOrEqual(2000 * 0.8);
    }
    expect(Number(await page.getAttribute('.wall', 'data-rotations'))).toBeGreaterThanOrEqual(3);

    // Kiosk: no navigation chrome, no scrollbars, a progress bar, the cursor hides when still.
    expect(await page.locator('.top-bar, nav').count()).toBe(0);
    expect(await page.locator('.wall-progress-bar').count()).toBe(1);
    const overflow = await page.evaluate(() => {
      const se = document.scrollingElement as Element;
      const wall = (document.querySelector('.wall') as Element).getBoundingClientRect();
      // The wall itself, shifted against burn-in, stays inside the screen.
      return [
        se.scrollWidth - innerWidth,
        se.scrollHeight - innerHeight,
        wall.right <= innerWidth,
        wall.bottom <= innerHeight,
      ];
    });
    expect(overflow).toEqual([0, 0, true, true]);
    await page.mouse.move(200, 200);
    await page.waitForSelector('.wall.cursor-hidden', { timeout: 10_000 });
    expect(await page.textContent('.wall-clock')).toMatch(/^\d{2}\.\d{2} WIB$/);
    expect(await page.textContent('.wall-asof')).toMatch(/^Data per \d{1,2} \w{3} \d{4}$/);

    expect(g.foreignRequests).toEqual([]);
    expect(g.pageErrors).toEqual([]);
    await g.close();
  });

  it('applies URL overrides, names a bad value on screen, and draws wall-size chart text', async () => {
    const g = await openPage(browser, '#/wall?pages=ringkasan&theme=light&lang=en&dwell=abc');
    const { page, context } = g;
    // Record what ECharts asks of the canvas: an invalid font string (e.g. "21px inherit") is silently ignored by
    // the canvas, which then draws every label at its default 10px.
    await context.addInitScript(() => {
      const d = Object.getOwnPropertyDescriptor(CanvasRenderingContext2D.prototype, 'font');
      const fonts = { bad: [] as string[], sizes: [] as number[] };
      (window as unknown as { __fonts: typeof fonts }).__fonts = fonts;
      if (!d?.get || !d.set) return;
      const { get, set } = d;
      Object.defineProperty(CanvasRenderingContext2D.prototype, 'font', {
        get,
        set(this: CanvasRenderingContext2D, v: string) {
          set.call(this, v);
          const px = /(\d+(?:\.\d+)?)px/.exec(v)?.[1];
          if (!px) return;
          fonts.sizes.push(Number(px));
          if (!String(get.call(this)).includes(`${px}px`)) fonts.bad.push(v);
        },
      });
    });
    await page.reload();
    await wallReady(page, 'ringkasan');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await page.textContent('.wall-asof')).toMatch(/^Data as of /);
    expect(await page.textContent('.wall h1')).toBe('Programme summary');
    const note = await page.textContent('.wall-notes');
    expect(note).toContain('dwell="abc"');
    expect(note).toContain('URL settings ignored');

    const fonts = await page.evaluate(
      () => (window as unknown as { __fonts: { bad: string[]; sizes: number[] } }).__fonts,
    );
    expect(fonts.bad).toEqual([]);
    expect(Math.max(...fonts.sizes), 'axis/legend text at 1920×1080 (desk: 12px)').toBeGreaterThanOrEqual(20);
    expect(await page.getAttribute('.wall .chart', 'data-theme')).toMatch(/^jdac-light-x1\.75$/);
    await screenshot(page, 'wall-light-en-1920');
    expect(g.pageErrors).toEqual([]);
    await g.close();
  });

  it('keeps the last figures while data requests fail, says since when, and recovers by itself', async () => {
    const g = await openPage(browser, '#/wall?pages=ringkasan&poll=2&dwell=600');
    const { page, context } = g;
    await wallReady(page, 'ringkasan');
    await page.waitForSelector(KPI_BLANKSPOT);
    const before = await page.textContent(KPI_BLANKSPOT);
    expect(await page.getAttribute('.wall', 'data-stale')).toBe('false');

    // context.route also sees the requests of the service worker (which page.route would miss once it controls).
    await context.route('**/data/**', (route) => route.abort());
    const failedAt = await page.evaluate(() => Date.now());
    await page.waitForSelector('.wall[data-stale="true"] .wall-stale', { timeout: 20_000 });
    expect(await page.textContent('.wall-stale')).toMatch(
      /^Data tidak diperbarui sejak \d{1,2} \w{3} \d{4} \d{2}\.\d{2} WIB$/,
    );
    // Three polling intervals of failure: the figures stay, no error state anywhere.
    await page.waitForFunction((t) => Date.now() - t >= 3 * 2000, failedAt);
    expect(await page.textContent(KPI_BLANKSPOT)).toBe(before);
    expect(await page.locator('.panel-error, .panel[data-state="error"]').count()).toBe(0);
    await waitForCharts(page, '.wall');

    await context.unroute('**/data/**');
    await page.waitForSelector('.wall[data-stale="false"]', { timeout: 20_000 });
    expect(await page.locator('.wall-stale').count()).toBe(0);
    expect(await page.textContent(KPI_BLANKSPOT)).toBe(before);
    expect(g.pageErrors).toEqual([]);
    await g.close();
  });

  it('says when a dataset is older than its update schedule', async () => {
    const g = await openPage(browser, '#/wall?pages=tren&dwell=600');
    const { page, context } = g;
    await context.route('**/data/manifest.json', async (route) => {
      const res = await route.fetch();
      const m = (await res.json()) as { datasets: { id: string; as_of: string }[] };
      for (const d of m.datasets) if (d.id === 'site_daily') d.as_of = '2020-01-01';
      await route.fulfill({ response: res, json: m });
    });
    await page.reload();
    await page.waitForSelector('.wall-overdue li', { timeout: 60_000 });
    expect(await page.textContent('.wall-overdue')).toMatch(/data per 1 Jan 2020, lebih lama dari jadwal pembaruan/);
    await g.close();
  });

  it('draws the wall again after a reload with the network off (service worker, persisted results)', async () => {
    const g = await openPage(browser, '#/wall?pages=ringkasan&dwell=600');
    const { page, context } = g;
    await wallReady(page, 'ringkasan');
    await page.waitForSelector(KPI_BLANKSPOT);
    const before = await page.textContent(KPI_BLANKSPOT);
    // The worker installs (precaching the app shell and DuckDB), takes control, and refetches the data through itself.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForFunction(
      () => {
        const hooks = (
          window as unknown as { __jdac?: { serviceWorker(): { controlled: boolean; dataWarmed: boolean } } }
        ).__jdac;
        return navigator.serviceWorker.controller !== null && hooks?.serviceWorker().dataWarmed === true;
      },
      undefined,
      { timeout: 60_000 },
    );

    await context.setOffline(true);
    // The network is really gone, for the page and for its service worker.
    const probe = await page.evaluate(() =>
      fetch(`./offline-probe-${Date.now()}`, { cache: 'no-store' }).then(
        (r) => `status ${r.status}`,
        () => 'failed',
      ),
    );
    expect(probe).toBe('failed');

    await page.reload();
    await wallReady(page, 'ringkasan');
    await page.waitForSelector(KPI_BLANKSPOT);
    expect(await page.textContent(KPI_BLANKSPOT)).toBe(before);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await page.locator('.panel-error, [role="alert"]').count()).toBe(0);
    await screenshot(page, 'wall-offline-1920');
    await context.setOffline(false);
    expect(g.foreignRequests).toEqual([]);
    expect(g.pageErrors).toEqual([]);
    await g.close();
  });
});
