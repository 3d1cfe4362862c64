// The wall screen (#/wall) in Chromium: the playlist rotates in order with the given dwell; URL overrides work and a
// bad one is named on screen; the chart text really scales (a valid canvas font at wall size); with the data
// requests failing the last figures stay and an honest badge appears, then clears by itself; a reload with the
// network off draws the wall from the service worker and the persisted results. No fixed sleeps: conditions only.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, screenshot } from './browser.ts';
import { publicDataDb } from './public-data.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

// The first page's blankspot card (the leadership cards: programme sites, since the plan began, repeaters, blankspot…).
const KPI_BLANKSPOT = '[data-panel="leadership"] .kpi-value[data-indicator="blankspot_villages"]';

/** Waits until the wall shows `pageId` with every tile past loading and every chart drawn (a page may have none). */
async function wallReady(page: Page, pageId: string): Promise<void> {
  await page.waitForSelector(`.wall[data-wall-page="${pageId}"] .wall-grid [data-panel]`, { timeout: 60_000 });
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.wall-grid [data-panel][data-state="loading"]').length === 0 &&
      [...document.querySelectorAll<HTMLElement>('.wall .chart')].every((c) => c.dataset.chartState === 'finished'),
    undefined,
    { timeout: 90_000 },
  );
}

interface ShownFigure {
  indicator: string;
  period: string;
  scope: string;
  value: string;
}

/** The figures of the page on screen (panels and the page's figure list) once every one of them has loaded. */
async function pageFigures(page: Page): Promise<{ figures: ShownFigure[] }> {
  const handle = await page.waitForFunction(
    () => {
      const wall = document.querySelector('.wall');
      if (!wall) return false;
      const list = wall.querySelector<HTMLElement>('[data-wall-figures]');
      const els = [...wall.querySelectorAll('.wall-grid [data-indicator]')];
      const ready =
        els.length > 0 &&
        Number(list?.dataset.wallFigures ?? 0) > 0 &&
        wall.querySelectorAll('[data-panel][data-state="loading"]').length === 0;
      if (!ready) return false;
      return {
        figures: els.map((el) => ({
          indicator: el.getAttribute('data-indicator') ?? '',
          period: el.getAttribute('data-period') ?? '',
          scope: el.getAttribute('data-scope') ?? '',
          value: el.getAttribute('data-value') ?? '',
        })),
      };
    },
    undefined,
    { timeout: 90_000 },
  );
  return (await handle.jsonValue()) as { figures: ShownFigure[] };
}

describe('wall screen in Chromium', () => {
  it('every page and every spotlight step shows its figures with their indicator, period, scope and value', async () => {
    // References from docs/indicators.md, in native DuckDB over the published CSV files (not the app's builders).
    const db = await publicDataDb();
    const place = (scope: string) => {
      const regency = /(?:^|;)regency=([^;|]+)(?:;|$)/.exec(scope)?.[1];
      return regency ? `v.regency_code = '${regency}'` : 'TRUE';
    };
    const reference = async (f: ShownFigure): Promise<number | null> => {
      // Only unbroken scopes (the province or one regency) are checked here.
      if (f.scope !== '' && !/^regency=[^;|]+$/.test(f.scope)) return null;
      const year = /^\d{4}/.exec(f.period)?.[0];
      const q = async (sql: string) => Number((await db.rows(sql))[0]?.n);
      switch (f.indicator) {
        case 'blankspot_villages':
          // A survey year's stock: "2025", or "2026-01-01..2026-11-27" for the running year.
          return year
            ? q(`SELECT count(*) AS n FROM village_coverage c JOIN villages v USING (village_code)
                 WHERE c.year = ${year} AND c.is_blankspot AND ${place(f.scope)}`)
            : null;
        case 'sites_in_service':
          return q(`SELECT count(*) AS n FROM sites s JOIN villages v USING (village_code)
                    WHERE s.installed_on IS NOT NULL AND s.status IN ('active', 'offline') AND ${place(f.scope)}`);
        case 'villages_total':
          return q(`SELECT count(*) AS n FROM villages v WHERE ${place(f.scope)}`);
        default:
          return null;
      }
    };
    const checkValues = async (figures: ShownFigure[]) => {
      let checked = 0;
      for (const f of figures) {
        const want = await reference(f);
        if (want === null) continue;
        expect(Number(f.value), `${f.indicator} ${f.period} ${f.scope}`).toBe(want);
        checked += 1;
      }
      return checked;
    };
    const regencies = (await db.rows('SELECT regency_code FROM regencies ORDER BY regency_code')).map((r) =>
      String(r.regency_code),
    );

    const g = await openPage(browser, '#/wall?pages=ringkasan&dwell=600');
    const { page } = g;
    for (const id of ['ringkasan', 'program', 'capaian', 'wilayah', 'tren', 'repeater']) {
      await page.goto(`${g.baseUrl}#/wall?pages=${id}&dwell=600`);
      await wallReady(page, id);
      const { figures } = await pageFigures(page);
      for (const f of figures) {
        expect(f.indicator, id).toMatch(/^[a-z0-9_]+$/);
        expect(f.period, `${id} ${f.indicator}`).not.toBe('');
      }
      await checkValues(figures);
    }

    // The spotlight: ONE page with every regency (small multiples), each survey year's figure scoped to its regency.
    await page.goto(`${g.baseUrl}#/wall?pages=sorotan&dwell=600`);
    await wallReady(page, 'sorotan');
    const { figures } = await pageFigures(page);
    const scoped = figures.filter((f) => f.indicator === 'blankspot_villages');
    const shown = new Set(scoped.map((f) => /^regency=([^;|]+)$/.exec(f.scope)?.[1]));
    expect([...shown].sort()).toEqual(regencies);
    const checked = await checkValues(scoped);
    expect(checked, 'spotlight figures checked against native DuckDB').toBe(scoped.length);
    expect(checked).toBeGreaterThanOrEqual(regencies.length);
    db.close();
    expect(g.pageErrors).toEqual([]);
    await g.close();
  }, 300_000);

  it('rotates the playlist in order, each page for about the given dwell, in kiosk layout', async () => {
    const g = await openPage(browser, '#/wall?pages=tren,ringkasan&dwell=2');
    const { page, context } = g;
    // The daily soft reload (quiet_hour, 03 WIB) would reload the page at a boundary when the test runs in that
    // hour: mark it done for today, so the rotation log survives whatever the time of day.
    await context.addInitScript(() =>
      localStorage.setItem(
        'jdac.quiet-reload-date',
        new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date()),
      ),
    );
    await page.reload();
    await page.waitForSelector('.wall[data-wall-page]');
    // Record every page change with its time and the wall's rotation count, in the page (independent of the test's
    // own timing). On a busy machine the 2 s first page may already have turned before this starts: the rotation
    // count says which turn each logged page is, and the playlist's order is checked by it.
    await page.evaluate(() => {
      const main = document.getElementById('main') as HTMLElement;
      const wall = () => document.querySelector('.wall');
      const now = () => ({
        page: wall()?.getAttribute('data-wall-page') ?? null,
        rotations: Number(wall()?.getAttribute('data-rotations') ?? Number.NaN),
        t: performance.now(),
      });
      const log = [now()];
      (window as unknown as { __wallLog: typeof log }).__wallLog = log;
      new MutationObserver(() => {
        const p = now();
        if (p.page !== log.at(-1)?.page) log.push(p);
      }).observe(main, { attributes: true, subtree: true, attributeFilter: ['data-wall-page'] });
    });
    await page.waitForFunction(() => (window as unknown as { __wallLog: unknown[] }).__wallLog.length >= 4, undefined, {
      timeout: 30_000,
    });
    const log = await page.evaluate(
      () => (window as unknown as { __wallLog: { page: string; rotations: number; t: number }[] }).__wallLog,
    );
    const playlist = ['tren', 'ringkasan'];
    const turns = log.slice(0, 4);
    // Each logged page is the playlist's page for its turn (turn n shows page n mod 2), turns one after another.
    expect(turns.map((l) => l.page)).toEqual(turns.map((l) => playlist[l.rotations % playlist.length]));
    expect(turns.map((l) => l.rotations - (turns[0]?.rotations ?? 0))).toEqual([0, 1, 2, 3]);
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
    const g = await openPage(browser, '#/wall?pages=capaian&theme=light&lang=en&dwell=abc');
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
    await wallReady(page, 'capaian');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await page.textContent('.wall-asof')).toMatch(/^Data as of /);
    expect(await page.textContent('.wall h1')).toBe('Blankspot reduction');
    const note = await page.textContent('.wall-notes');
    expect(note).toContain('dwell="abc"');
    expect(note).toContain('URL settings ignored');

    const fonts = await page.evaluate(
      () => (window as unknown as { __fonts: { bad: string[]; sizes: number[] } }).__fonts,
    );
    expect(fonts.bad).toEqual([]);
    // The wall's smallest text at 1920×1080 is 24 px (docs/wall-setup.md; every drawn size: wall-room.e2e.ts).
    expect(Math.max(...fonts.sizes), 'axis/legend text at 1920×1080 (desk: 12px)').toBeGreaterThanOrEqual(24);
    expect(await page.getAttribute('.wall .chart', 'data-theme')).toMatch(/^jdac-light-x2$/);
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
    await wallReady(page, 'ringkasan');

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
