// Hardening, end to end in Chromium:
//  1. The production build under its real headers (vite preview, scripts/security-headers.ts): every route opened,
//     every chart hovered, every table opened — zero `securitypolicyviolation` events, no console error about the
//     Content Security Policy, no request to another origin, no uncaught page error.
//  2. A hostile publication (tests/e2e/fixtures-hostile/hostile-dist.ts: markup in regency, village and district
//     names, contract-valid, manifest recomputed) served with the same headers: the payloads never run
//     (`window.__xss` stays undefined, no element carries an injected handler) and are visible as text — in table
//     cells, in a chart tooltip, in the catalog.
//  3. The upload path of #/explore: a CSV with a hostile header and hostile values executes nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '../../scripts/security-headers.ts';
import { DATASET_IDS } from '../../src/data/contract.ts';
import { launchChromium, openPage, readTable } from './browser.ts';
import { buildHostileDist, HOSTILE_REGENCY_NAME, type HostileDist, PAYLOADS } from './fixtures-hostile/hostile-dist.ts';
import { type StaticServer, serveStatic } from './fixtures-hostile/static-server.ts';

const ROUTES = ['#/', '#/wall', '#/briefing', '#/explore', '#/data'] as const;

declare global {
  interface Window {
    __xss?: unknown;
    __cspViolations?: string[];
  }
}

/** Records CSP violations in the page (before any script of ours runs). */
function recordCspViolations(): void {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations?.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
  });
}

interface Watch {
  cspConsole: string[];
  foreign: string[];
  pageErrors: string[];
}

function watch(page: Page, origin: string): Watch {
  const w: Watch = { cspConsole: [], foreign: [], pageErrors: [] };
  page.on('console', (m) => {
    if (/content security policy/i.test(m.text())) w.cspConsole.push(m.text());
  });
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) w.foreign.push(url);
  });
  page.on('pageerror', (e) => w.pageErrors.push(String(e)));
  return w;
}

/** What each route shows once drawn (so that "every chart finished" is never true of an empty page). */
const DRAWN: Record<(typeof ROUTES)[number], string> = {
  '#/': 'main .chart',
  // The wall's first page may hold key figures only (no chart): a drawn panel is the sign.
  '#/wall': 'main .wall .panel[data-state="ready"]',
  // The first slide (status) has figure cards and a table, no chart: its narrative being ready is the sign.
  '#/briefing': 'main .slide[data-narrative-state="ready"]',
  '#/explore': 'main .chart',
  '#/data': 'main .catalog-card',
};

/** The route has drawn: its content is there, no panel loading, every chart finished, the catalog checked. */
async function settle(page: Page, route: (typeof ROUTES)[number]): Promise<void> {
  await page.waitForFunction(
    (drawn) => {
      const main = document.querySelector('main');
      if (!main || !document.querySelector(drawn)) return false;
      if (main.querySelector('.panel[data-state="loading"], [data-validation="checking"]')) return false;
      return [...main.querySelectorAll('.chart')].every((c) => (c as HTMLElement).dataset.chartState === 'finished');
    },
    DRAWN[route],
    { timeout: 60_000 },
  );
}

async function go(page: Page, route: (typeof ROUTES)[number]): Promise<void> {
  await page.evaluate((h) => {
    location.hash = h;
  }, route);
  // The route part only: a view may add its own state to the query (explore writes e.g. `?lang=id`).
  await page.waitForFunction((h) => location.hash.split('?')[0] === h, route);
  await settle(page, route);
  expect(await page.locator('.global-errors').allTextContents(), `unexpected error on ${route}`).toEqual([]);
}

/** Hover every chart (tooltips are HTML), open every table and every column dictionary. */
async function exercise(page: Page): Promise<number> {
  for (const chart of await page.$$('main .chart')) {
    if (!(await chart.isVisible())) continue;
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    if (!box || box.width === 0) continue;
    for (const fx of [0.5, 0.3, 0.7]) await page.mouse.move(box.x + box.width * fx, box.y + box.height / 2);
  }
  // Only what is on screen (the wall and the briefing keep other pages hidden).
  for (const toggle of await page.$$('main button.table-toggle[aria-expanded="false"]')) {
    if (await toggle.isVisible()) await toggle.click();
  }
  // Open every disclosure on screen (column dictionaries, "Definisi" of every figure): set `open` rather than click,
  // since an opened definition floats over the summaries next to it.
  await page.$$eval('main details:not([open])', (ds) => {
    for (const d of ds) if ((d as HTMLElement).offsetParent !== null) (d as HTMLDetailsElement).open = true;
  });
  await page.waitForFunction(
    () => document.querySelectorAll('main details[open] > .definition-body[aria-busy="true"]').length === 0,
  );
  // Charts whose HTML tooltip has been drawn at least once (ECharts keeps the element).
  return page.$$eval(
    'main .chart',
    (charts) => charts.filter((c) => [...c.querySelectorAll('div')].some((d) => d.innerHTML.includes('<b>'))).length,
  );
}

/** Elements a payload would have created if it had been parsed as markup. */
async function injected(page: Page): Promise<string[]> {
  return page.$$eval('img[src="x"], svg[onload], [onerror], [onload], [onmouseover], script:not([src])', (els) =>
    els.map((e) => e.outerHTML.slice(0, 120)),
  );
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the production build under its security headers', () => {
  it('sends the policy and runs every route without a violation or a foreign request', async () => {
    const g = await openPage(browser, '#/');
    const res = await g.page.request.get(g.baseUrl);
    expect(res.headers()['content-security-policy']).toBe(contentSecurityPolicy);
    for (const [name, value] of Object.entries(securityHeaders)) expect(res.headers()[name.toLowerCase()]).toBe(value);

    const w = watch(g.page, new URL(g.baseUrl).origin);
    await g.page.addInitScript(recordCspViolations);
    await g.page.reload();
    await settle(g.page, '#/');
    const tooltips: Record<string, number> = {};
    for (const route of ROUTES) {
      await go(g.page, route);
      tooltips[route] = await exercise(g.page);
      // An unexpected error shown at the foot of the page would also block the clicks: name it.
      expect(await g.page.locator('.global-errors').allTextContents(), route).toEqual([]);
      expect(await g.page.evaluate(() => window.__cspViolations), route).toEqual([]);
    }
    // Not vacuous: tooltips (HTML with ECharts' styled colour markers) were really opened.
    expect(tooltips['#/']).toBeGreaterThanOrEqual(3);
    expect(w.cspConsole).toEqual([]);
    expect(g.foreignRequests).toEqual([]);
    expect(g.pageErrors).toEqual([]);
    await g.close();
  });
});

describe('a hostile publication', () => {
  let hostile: HostileDist;
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  let w: Watch;
  let upload: string;

  beforeAll(async () => {
    hostile = await buildHostileDist(process.env.E2E_DIST ?? 'dist');
    server = await serveStatic(hostile.dir, securityHeaders);
    context = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
    });
    await context.addInitScript(recordCspViolations);
    page = await context.newPage();
    w = watch(page, new URL(server.url).origin);
    upload = mkdtempSync(join(tmpdir(), 'jdac-upload-'));
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
    hostile?.cleanup();
    if (upload) rmSync(upload, { recursive: true, force: true });
  });

  it('shows every payload as text and runs none of them, on every route', async () => {
    expect(hostile.villageNames.length).toBeGreaterThan(0);
    await page.goto(`${server.url}#/`);
    await settle(page, '#/');

    // Tooltip: hover down the installations chart until Merangin's bar shows its (hostile) name.
    const chart = page.locator('[data-panel="installations-by-regency"] .chart');
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    if (!box) throw new Error('installations chart has no box');
    let tooltip = '';
    for (let y = box.y + 10; y < box.y + box.height - 10 && !tooltip.includes(HOSTILE_REGENCY_NAME); y += 12) {
      await page.mouse.move(box.x + box.width / 2, y);
      tooltip = await page
        .waitForFunction(
          (name) => {
            const el = document.querySelector('[data-panel="installations-by-regency"] .chart') as HTMLElement;
            // biome-ignore lint/performance/useDomNodeTextContent: only the tooltip on screen counts (not a hidden one)
            const text = el.innerText;
            return text.includes(name) ? text : false;
          },
          HOSTILE_REGENCY_NAME,
          { timeout: 400 },
        )
        .then((h) => h.jsonValue() as Promise<string>)
        .catch(() => '');
    }
    expect(tooltip).toContain(HOSTILE_REGENCY_NAME);

    // Tables: the regency row header and the repeater plan's village cells carry the payloads as text.
    await exercise(page);
    const installations = await readTable(page, '[data-panel="installations-by-regency"] table');
    expect(Object.keys(installations)).toContain(HOSTILE_REGENCY_NAME);
    // The repeater panel has two tables: the figures and the list of units (with their villages).
    const repeaterText = (await page.locator('[data-panel="repeater-plan"] table').allTextContents()).join('\n');
    expect(repeaterText).toContain(PAYLOADS.img);
    expect(repeaterText).toContain(PAYLOADS.attr);

    for (const route of ROUTES) {
      await go(page, route);
      await exercise(page);
      expect(await page.evaluate(() => window.__xss), route).toBeUndefined();
      expect(await injected(page), route).toEqual([]);
      expect(await page.evaluate(() => window.__cspViolations), route).toEqual([]);
    }

    // The catalog: the hostile files are contract-valid (free text) and pass; nothing was turned into markup.
    await go(page, '#/data');
    const states = await page.$$eval('.catalog-card', (cards) =>
      cards.map((c) => (c as HTMLElement).dataset.validation),
    );
    // One card per published dataset (the contract's nine, vocabularies and published figures included).
    expect(states).toEqual(DATASET_IDS.map(() => 'valid'));
    expect(w.foreign).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    expect(w.cspConsole).toEqual([]);
  });

  it('uploads of a CSV with a hostile header and hostile values execute nothing', async () => {
    await go(page, '#/explore');
    const input = page.getByLabel('Unggah CSV/Parquet');
    if ((await input.count()) === 0) {
      console.warn('security.e2e: #/explore has no "Unggah CSV/Parquet" input yet — upload path not tested');
      return;
    }
    // 1. A contract file (sites) with a hostile programme: rejected row, its message shows the value as text.
    const sites = join(upload, 'sites.csv');
    writeFileSync(
      sites,
      'site_id,village_code,programme,technology,status,budget_year,installed_on,bandwidth_mbps\n' +
        'XSS-1,15.02.01.2001,"Dumisake <img src=x onerror=""window.__xss=1"">",VSAT,active,2024,2024-03-01,10\n',
    );
    await input.setInputFiles(sites);
    await page.waitForFunction(
      (p) => document.querySelector('main')?.textContent?.includes(p),
      'Dumisake <img src=x onerror="window.__xss=1">',
      { timeout: 30_000 },
    );
    // 2. A free table: a header and a value that are markup.
    const free = join(upload, 'catatan.csv');
    writeFileSync(free, `"${PAYLOADS.img.replaceAll('"', '""')}",jumlah\n"${PAYLOADS.svg.replaceAll('"', '""')}",3\n`);
    await input.setInputFiles(free);
    // The type check of the free table lists the header and example values — as text.
    await page.waitForFunction((p) => document.querySelector('main')?.textContent?.includes(p), PAYLOADS.svg, {
      timeout: 30_000,
    });
    const load = page.getByRole('button', { name: /^Muat sebagai / });
    if ((await load.count()) > 0) {
      const before = await page.locator('[data-upload-table]').count();
      await load.click();
      await page.waitForFunction((n) => document.querySelectorAll('[data-upload-table]').length > n, before, {
        timeout: 30_000,
      });
      expect(await page.locator('[data-upload-table]').last().textContent()).toContain(PAYLOADS.img);
    }
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    expect(await injected(page)).toEqual([]);
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    expect(w.foreign).toEqual([]);
  });
});
