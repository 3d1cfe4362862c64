// The wall's operations view in Chromium: the "Titik mati" alerts page lists the sites down (equal to native DuckDB
// over the published files, from the definition in docs/indicators.md), the status strip shows the last check, a
// heartbeat per poll and the age of every dataset against its schedule, tiles built from overdue data are marked;
// and with the network cut after start every page of the playlist shows figures (marked stale) or is skipped —
// never an endless loading state. No fixed sleeps: conditions only.
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDuck, sqlString } from '../../scripts/lib/duck.ts';
import { sha256File } from '../../scripts/lib/manifest.ts';
import { securityHeaders } from '../../scripts/security-headers.ts';
import type { Manifest } from '../../src/data/manifest.ts';
import { launchChromium, openPage, screenshot } from './browser.ts';
import { serveStatic } from './fixtures-hostile/static-server.ts';
import { publicDataDb } from './public-data.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Today's date in WIB, as the wall reads it. */
const todayWib = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

async function attr(page: Page, selector: string, name: string): Promise<string | null> {
  return page.getAttribute(selector, name);
}

describe('wall operations view in Chromium', () => {
  it('lists the sites down, shows the status strip with a heartbeat per poll, and marks overdue tiles', async () => {
    // Reference: sites in service (installed, active or offline) that are offline, or whose last day in site_daily
    // is more than 7 days before site_daily's last day; longest silent first (never reported last).
    const db = await publicDataDb();
    const expected = (await db.rows(`
      WITH last AS (SELECT site_id, max(date) AS day FROM site_daily GROUP BY site_id),
        a AS (SELECT max(date) AS d FROM site_daily)
      SELECT s.site_id, CAST(datediff('day', l.day, a.d) AS INTEGER) AS days, CAST(l.day AS VARCHAR) AS last_day
      FROM sites s JOIN villages v ON v.village_code = s.village_code
        LEFT JOIN last l ON l.site_id = s.site_id CROSS JOIN a
      WHERE s.installed_on IS NOT NULL AND s.status IN ('active', 'offline')
        AND (s.status = 'offline' OR l.day < a.d - 7)
      ORDER BY days DESC NULLS LAST, v.regency_code, s.site_id`)) as {
      site_id: string;
      days: number | null;
      last_day: string | null;
    }[];
    const asOf = db.asOf;
    db.close();
    // The sample data: 13 sites offline, 12 of them silent since between 24 Aug and 5 Nov 2026.
    expect(expected).toHaveLength(13);
    const dated = expected.filter((e) => e.last_day !== null).map((e) => e.last_day as string);
    expect(dated).toHaveLength(12);
    const sorted = [...dated].sort();
    expect([sorted[0], sorted.at(-1)]).toEqual(['2026-08-24', '2026-11-05']);

    const g = await openPage(browser, '#/wall?pages=gangguan&dwell=600&poll=3');
    const { page } = g;
    await page.waitForSelector(
      '.wall[data-wall-page="gangguan"] [data-panel="sites-down"][data-state="ready"] .sites-down',
      {
        timeout: 90_000,
      },
    );
    expect(await attr(page, '.sites-down', 'data-sites-down')).toBe('13');
    expect(await attr(page, '.sites-down-count [data-indicator]', 'data-indicator')).toBe('sites_down');
    expect(await attr(page, '.sites-down-count [data-indicator]', 'data-value')).toBe('13');
    expect(await attr(page, '.sites-down-count [data-indicator]', 'data-period')).toBe(asOf.site_daily);
    // The lines on screen: the first ones of the reference order, with their days silent; the rest counted.
    const shown = await page.$$eval('.sites-down-row', (rows) =>
      rows.map((r) => [(r as HTMLElement).dataset.site, (r as HTMLElement).dataset.daysSilent]),
    );
    expect(shown.length).toBeGreaterThanOrEqual(8);
    expect(shown).toEqual(
      expected.slice(0, shown.length).map((e) => [e.site_id, e.days === null ? '' : String(e.days)]),
    );
    if (shown.length < 13)
      expect(await page.textContent('.sites-down-more')).toBe(`+${13 - shown.length} titik lainnya`);
    else expect(await page.locator('.sites-down-more').count()).toBe(0);
    expect(await page.textContent('.sites-down-row:first-child .sd-days')).toBe(`${expected[0]?.days} hari`);
    // Nothing on the page scrolls.
    expect(
      await page.evaluate(
        () =>
          [...document.querySelectorAll<HTMLElement>('.wall, .wall *')].filter(
            (el) =>
              el.scrollHeight > el.clientHeight + 1 && ['auto', 'scroll'].includes(getComputedStyle(el).overflowY),
          ).length,
      ),
    ).toBe(0);

    // The status strip: the last check and its age; a heartbeat that counts every poll (3 s here).
    expect(await page.textContent('.wall-check')).toMatch(/^Cek data terakhir .+ · \d+ dtk lalu$/);
    const beat = Number(await attr(page, '[data-heartbeat]', 'data-heartbeat'));
    await page.waitForFunction(
      (b) => Number(document.querySelector<HTMLElement>('[data-heartbeat]')?.dataset.heartbeat) >= b + 2,
      beat,
      {
        timeout: 30_000,
      },
    );
    // One chip per dataset, its level from its age against stale_after_days (green ≤ 1×, amber ≤ 2×, red beyond).
    const schedule = (await (await fetch(`${g.baseUrl}data/manifest.json`)).json()) as {
      datasets: { id: string; as_of: string; stale_after_days: number }[];
    };
    const chips = await page.$$eval('.wall-chip', (els) =>
      els.map((e) => [(e as HTMLElement).dataset.dataset, (e as HTMLElement).dataset.level]),
    );
    const today = todayWib();
    expect(chips).toEqual(
      schedule.datasets.map((d) => {
        const age = days(d.as_of, today);
        return [d.id, age <= d.stale_after_days ? 'ok' : age <= 2 * d.stale_after_days ? 'amber' : 'red'];
      }),
    );
    // The tile reads site_daily: marked amber when site_daily is overdue.
    const telemetryLate = chips.find(([id]) => id === 'site_daily')?.[1] !== 'ok';
    await page.waitForFunction(
      (late) =>
        (document.querySelector('[data-panel="sites-down"]')?.getAttribute('data-tile-overdue') ?? '') ===
        (late ? 'site_daily' : ''),
      telemetryLate,
    );
    await screenshot(page, 'wall-ops-gangguan-1920');
    expect(g.foreignRequests).toEqual([]);
    expect(g.pageErrors).toEqual([]);
    await g.close();
  });

  it('with the network cut after start, every page shows figures marked stale, or is skipped', async () => {
    const g = await openPage(browser, '#/wall?dwell=6&poll=2');
    const { page, context } = g;
    const total = Number(
      await (await page.waitForSelector('.wall[data-steps]', { timeout: 60_000 })).getAttribute('data-steps'),
    );
    expect(total).toBeGreaterThanOrEqual(7);
    // Every page prefetched by the engine itself (not only the first-paint answers): a round that ended after the
    // engine became ready.
    await page.waitForSelector('.wall[data-engine-ready="true"]', { timeout: 120_000 });
    const rounds = Number(await attr(page, '.wall', 'data-prefetch-rounds'));
    await page.waitForFunction(
      ([r, n]) => {
        const w = document.querySelector<HTMLElement>('.wall');
        return Number(w?.dataset.prefetchRounds) > r && Number(w?.dataset.prefetched) === n;
      },
      [rounds, total] as const,
      { timeout: 120_000 },
    );

    // The cut: every data request fails (context.route also sees the service worker's requests).
    await context.route('**/data/**', (route) => route.abort());
    await page.waitForSelector('.wall[data-stale="true"]', { timeout: 30_000 });

    const seen = new Map<string, { states: string[]; figures: number; stale: boolean }>();
    const deadline = Date.now() + 150_000;
    // Two full rotations: each page is checked once it has been on screen long enough to leave any loading state.
    while (seen.size < total && Date.now() < deadline) {
      const id = await page.evaluate(() => document.querySelector<HTMLElement>('.wall')?.dataset.wallPage ?? '');
      if (!id || seen.has(id)) {
        await page.waitForFunction((p) => document.querySelector<HTMLElement>('.wall')?.dataset.wallPage !== p, id, {
          timeout: 30_000,
        });
        continue;
      }
      // On screen: within seconds every tile is past loading (the figures come from the cache, not the network).
      const state = await page
        .waitForFunction(
          (p) => {
            const w = document.querySelector<HTMLElement>('.wall');
            if (w?.dataset.wallPage !== p) return { left: true };
            const tiles = [...document.querySelectorAll<HTMLElement>('.wall-grid > .panel[data-panel]')];
            if (tiles.length === 0 || tiles.some((t) => t.dataset.state === 'loading')) return false;
            return {
              left: false,
              states: tiles.map((t) => t.dataset.state ?? ''),
              figures: document.querySelectorAll('.wall-grid [data-indicator]').length,
              stale: tiles.every((t) => t.dataset.tileStale === 'true'),
            };
          },
          id,
          { timeout: 4000, polling: 100 },
        )
        .then((h) => h.jsonValue() as Promise<{ left: boolean; states?: string[]; figures?: number; stale?: boolean }>)
        .catch(async () => ({
          left: false,
          // Still loading after 4 s on screen: recorded with the tiles' states, and the test fails below.
          states: await page.$$eval('.wall-grid > .panel[data-panel]', (els) =>
            els.map((e) => `${(e as HTMLElement).dataset.panel}=${(e as HTMLElement).dataset.state}`),
          ),
          figures: 0,
          stale: false,
        }));
      if (state.left) continue;
      seen.set(id, { states: state.states ?? [], figures: state.figures ?? 0, stale: state.stale ?? false });
    }
    const skipped = ((await attr(page, '.wall', 'data-prefetch-failed')) ?? '').split(' ').filter(Boolean);
    // Every page was shown or skipped; each shown one with every tile drawn from figures, marked stale.
    expect(seen.size + skipped.length).toBe(total);
    for (const [id, s] of seen) {
      expect(
        s.states.every((x) => x === 'ready' || x === 'empty'),
        `${id}: ${s.states.join(',')}`,
      ).toBe(true);
      expect(s.figures, id).toBeGreaterThan(0);
      expect(s.stale, id).toBe(true);
    }
    // One more full rotation at most (7 pages × 6 s), to the page the issue saw stuck on "Memuat panel…".
    await page.waitForSelector('.wall[data-wall-page="repeater"] .wall-grid > .panel[data-state="ready"]', {
      timeout: 90_000,
    });
    await screenshot(page, 'wall-ops-offline-repeater-1920');
    await context.unroute('**/data/**');
    expect(g.foreignRequests).toEqual([]);
    expect(g.pageErrors).toEqual([]);
    await g.close();
  });
  it('jumps to the alerts page when a new data version has a site down that was not down before', async () => {
    // A private copy of the build; version B sets one active Internet Desa point offline (sites.parquet rewritten by
    // native DuckDB, the manifest pointing at it).
    const copy = mkdtempSync(join(tmpdir(), 'jdac-wall-ops-'));
    cpSync(process.env.E2E_DIST ?? 'dist', copy, { recursive: true });
    const data = join(copy, 'data');
    const published = JSON.parse(readFileSync(join(data, 'manifest.json'), 'utf8')) as Manifest;
    const conn = await openDuck();
    const sites = sqlString(join(data, 'sites.parquet'));
    const [victim] = (await (
      await conn.runAndReadAll(
        `SELECT site_id FROM read_parquet(${sites}) WHERE status = 'active' AND technology = 'VSAT' ORDER BY site_id LIMIT 1`,
      )
    ).getRowObjectsJson()) as { site_id: string }[];
    const siteId = victim?.site_id as string;
    await conn.run(
      `COPY (SELECT * REPLACE (CASE WHEN site_id = ${sqlString(siteId)} THEN 'offline' ELSE status END AS status)
             FROM read_parquet(${sites})) TO ${sqlString(join(data, 'sites-b.parquet'))} (FORMAT parquet)`,
    );
    conn.closeSync();
    const entry = {
      path: 'sites-b.parquet',
      format: 'parquet' as const,
      bytes: statSync(join(data, 'sites-b.parquet')).size,
      sha256: await sha256File(join(data, 'sites-b.parquet')),
    };
    const versionB: Manifest = {
      ...published,
      version: 'wall-ops-b-0001',
      datasets: published.datasets.map((d) => (d.id === 'sites' ? { ...d, files: [entry] } : d)),
    };
    const server = await serveStatic(copy, securityHeaders);
    const context = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      await page.goto(`${server.url}#/wall?pages=ringkasan,gangguan&dwell=600&poll=2`);
      // The first list is only remembered: 13 down, still on the first page, no interruption.
      await page.waitForSelector('.wall[data-sites-down="13"][data-wall-page="ringkasan"]', { timeout: 120_000 });
      expect(await attr(page, '.wall', 'data-interrupts')).toBe('0');
      writeFileSync(join(data, 'manifest.json'), JSON.stringify(versionB, null, 2));
      // Within a poll or two: 14 down, and the rotation is on the alerts page, listing the new one.
      await page.waitForSelector('.wall[data-sites-down="14"][data-wall-page="gangguan"][data-interrupts="1"]', {
        timeout: 120_000,
      });
      await page.waitForSelector('.sites-down[data-sites-down="14"]', { timeout: 60_000 });
      expect(await page.textContent('.wall-new-down')).toBe(`Titik baru mati: ${siteId}`);
      // Listed (the tile shows the lines that fit and counts the rest; data-site-ids names them all).
      expect(((await attr(page, '.sites-down', 'data-site-ids')) ?? '').split(' ')).toContain(siteId);
      const lines = await page.locator('.sites-down-row').count();
      if (lines < 14) expect(await page.textContent('.sites-down-more')).toBe(`+${14 - lines} titik lainnya`);
      await screenshot(page, 'wall-ops-interrupt-1920');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
