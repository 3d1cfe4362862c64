// The analyst workspace end to end (production build, Debian Chromium): a cross-filter click on a bar updates the
// panels and the tables to exactly what native DuckDB computes from the published CSV twins; a shared link
// reproduces the rows of the interactive path; a link with an unknown value and an old data version says so;
// the drill-down reaches a village; nothing leaves the origin; no page error. The cross-filter timings
// (window.__jdacCrossFilter) are printed as p50/p95: JDAC_XF_CLICKS sets the number of bar toggles (default 6;
// after the first two they hit the query cache), JDAC_XF_BENCH=1 adds a benchmark of 30 filter changes that each
// reach filters not seen before (nothing cached).

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GuardedPage, launchChromium, openPage, readTable, screenshot } from './browser.ts';
import { publicDataDb } from './public-data.ts';

let browser: Browser;
let expected: {
  regencyName: (code: string) => string;
  sites: (where: string) => Promise<number>;
  villages: (where: string) => Promise<number>;
  siteIds: (where: string) => Promise<string[]>;
};
let closeDb: () => void;
/** Every regency name, from the published data. */
let names: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  const db = await publicDataDb();
  const regencies = await db.rows('SELECT regency_code, name FROM regencies');
  const byCode = new Map(regencies.map((r) => [String(r.regency_code), String(r.name)]));
  names = [...byCode.values()];
  expected = {
    regencyName: (code) => byCode.get(code) ?? code,
    sites: async (where) =>
      Number(
        (await db.rows(`SELECT count(*) AS n FROM sites s JOIN villages v USING (village_code) WHERE ${where}`))[0]?.n,
      ),
    villages: async (where) => Number((await db.rows(`SELECT count(*) AS n FROM villages v WHERE ${where}`))[0]?.n),
    siteIds: async (where) =>
      (
        await db.rows(
          `SELECT s.site_id FROM sites s JOIN villages v USING (village_code) WHERE ${where} ORDER BY s.site_id`,
        )
      ).map((r) => String(r.site_id)),
  };
  closeDb = db.close;
});
afterAll(async () => {
  closeDb?.();
  await browser?.close();
});

const SITES = '[data-table="sites"]';
const VILLAGES = '[data-table="villages"]';
const INSTALLATIONS = '[data-panel="installations-by-regency"]';

/** Every chart finished, no panel or table loading, both tables showing rows. */
async function waitSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    ([sites, villages]) => {
      const root = document.querySelector('.view-explore');
      if (!root) return false;
      const charts = [...root.querySelectorAll<HTMLElement>('.chart')];
      return (
        charts.length > 0 &&
        charts.every((c) => c.dataset.chartState === 'finished') &&
        root.querySelectorAll('[data-state="loading"], [data-xf-state="loading"]').length === 0 &&
        document.querySelector(`${sites} .vt-count`) !== null &&
        document.querySelector(`${villages} .vt-count`) !== null
      );
    },
    [SITES, VILLAGES],
    { timeout: 60_000 },
  );
}

const measureCount = (page: Page) => page.evaluate(() => window.__jdacCrossFilter?.measures.length ?? 0);

/** Waits for the cross-filter started after `before` measures to end, and returns its duration. */
async function waitCrossFilter(page: Page, before: number): Promise<{ ms: number; timedOut: boolean }> {
  await page.waitForFunction(
    (n) => (window.__jdacCrossFilter?.measures.length ?? 0) > n && !window.__jdacCrossFilter?.pending,
    before,
    { timeout: 60_000 },
  );
  return page.evaluate(() => {
    const m = window.__jdacCrossFilter?.measures.at(-1);
    return { ms: m?.ms ?? Number.NaN, timedOut: m?.timedOut ?? true };
  });
}

const tableCount = (page: Page, table: string) =>
  page.$eval(`${table} .vt-count`, (el) => Number((el as HTMLElement).dataset.count));

/** All rows of a virtualised table (scrolling through it), as cell texts keyed by row key, in display order. */
async function readVirtualRows(page: Page, table: string): Promise<[string, string[]][]> {
  return page.evaluate(async (sel) => {
    const scroller = document.querySelector<HTMLElement>(`${sel} .vt-scroll`);
    if (!scroller) throw new Error(`no scroller in ${sel}`);
    const seen = new Map<string, string[]>();
    const order: string[] = [];
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    scroller.scrollTop = 0;
    await frame();
    for (let guard = 0; guard < 10_000; guard += 1) {
      for (const tr of scroller.querySelectorAll<HTMLElement>('tbody tr[data-key]')) {
        const key = tr.dataset.key ?? '';
        if (!seen.has(key)) {
          order.push(key);
          seen.set(
            key,
            [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''),
          );
        }
      }
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) break;
      scroller.scrollTop += Math.max(50, scroller.clientHeight - 60);
      await frame();
    }
    scroller.scrollTop = 0;
    return order.map((k) => [k, seen.get(k) ?? []] as [string, string[]]);
  }, table);
}

/** Centre of the bar band of row `index` in the installations chart (horizontal bars, first row on top). */
async function barPoint(page: Page, index: number, rows: number): Promise<{ x: number; y: number }> {
  const canvas = page.locator(`${INSTALLATIONS} .chart canvas`).first();
  // In the middle of the viewport: clear of the filter bar, which stays on top while scrolling on tall screens.
  await canvas.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const box = await canvas.boundingBox();
  if (!box) throw new Error('installations chart has no canvas');
  // grid: top 36 px (legend), bottom 8 px; the category bands share the rest evenly. The bar of the largest
  // regency spans most of the value axis, so a point a third into the chart is on it.
  const band = (box.height - 36 - 8) / rows;
  return { x: box.x + box.width * 0.35, y: box.y + 36 + band * (index + 0.5) };
}

/** The regency names of the installations panel's table, in bar order (opening the table when it is closed). */
async function installationRows(page: Page): Promise<string[]> {
  const panel = page.locator(INSTALLATIONS);
  if ((await panel.getByRole('button', { name: 'Sembunyikan tabel' }).count()) === 0) {
    await panel.getByRole('button', { name: 'Lihat tabel' }).click();
  }
  return Object.keys(await readTable(page, `${INSTALLATIONS} table`));
}

/** Clicks the bar of `name` in the installations chart (with Shift held: `add`) and returns the timing. */
async function clickBar(page: Page, name: string, add = false) {
  const rows = await installationRows(page);
  const index = rows.indexOf(name);
  expect(index, `${name} in ${rows.join(', ')}`).toBeGreaterThanOrEqual(0);
  const n = await measureCount(page);
  const at = await barPoint(page, index, rows.length);
  if (add) await page.keyboard.down('Shift');
  await page.mouse.click(at.x, at.y);
  if (add) await page.keyboard.up('Shift');
  const m = await waitCrossFilter(page, n);
  await waitSettled(page);
  return m;
}

/**
 * The regency names whose bars the installations chart draws dimmed (every year's segment at a lower opacity),
 * read from the chart's own ECharts instance; the bars stay in the chart.
 */
async function dimmedBars(page: Page): Promise<string[]> {
  return page.evaluate((sel) => {
    const host = document.querySelector<HTMLElement>(`${sel} .echarts-for-react`);
    if (!host) throw new Error('no installations chart');
    const key = Object.keys(host).find((k) => k.startsWith('__reactFiber$'));
    type Fiber = { stateNode?: { getEchartsInstance?: () => unknown }; return?: Fiber };
    let fiber = key ? (host as unknown as Record<string, Fiber>)[key] : undefined;
    type Instance = { getOption(): { series: { data: unknown[] }[]; yAxis: { data: string[] }[] } };
    let chart: Instance | null = null;
    while (fiber && !chart) {
      const get = fiber.stateNode?.getEchartsInstance;
      if (typeof get === 'function') chart = get.call(fiber.stateNode) as Instance;
      fiber = fiber.return;
    }
    if (!chart) throw new Error('no ECharts instance');
    const option = chart.getOption();
    const opacity = (d: unknown) =>
      d !== null && typeof d === 'object' ? (d as { itemStyle?: { opacity?: number } }).itemStyle?.opacity : undefined;
    const names = option.yAxis[0]?.data ?? [];
    return names
      .filter((_, i) => option.series.every((s) => (opacity(s.data[i]) ?? 1) < 0.5))
      .map(String)
      .sort();
  }, INSTALLATIONS);
}

const chipCount = (page: Page, label: string) => page.getByRole('button', { name: `Hapus filter ${label}` }).count();

function guardsClean(g: GuardedPage): void {
  expect(g.foreignRequests).toEqual([]);
  expect(g.pageErrors).toEqual([]);
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length))) - 1] ?? Number.NaN;
};

describe('explore view in Chromium', () => {
  let interactiveSites: [string, string[]][] = [];
  let interactiveVillages: [string, string[]][] = [];

  it('a click on a regency bar cross-filters every panel and both tables; timings are recorded', async () => {
    const g = await openPage(browser, '#/explore');
    const { page } = g;
    await page.getByRole('heading', { name: 'Eksplorasi data' }).waitFor();
    await waitSettled(page);
    expect(await tableCount(page, SITES)).toBe(await expected.sites('TRUE'));
    expect(await tableCount(page, VILLAGES)).toBe(await expected.villages('TRUE'));

    const name = expected.regencyName('15.02');
    const first = await clickBar(page, name);
    expect(first.timedOut).toBe(false);

    // The chip, the URL, the panels and the tables all follow.
    await expect(page.getByRole('button', { name: `Hapus filter Kabupaten/kota: ${name}` }).count()).resolves.toBe(1);
    expect(decodeURIComponent(page.url())).toMatch(/#\/explore\?.*regency=15\.02(&|$)/);
    expect(page.url()).toMatch(/[?&]v=[0-9a-f]{16}/);
    // Cross-filtering leaves the chart's own selection out: every regency stays, the others dimmed.
    expect(await installationRows(page)).toHaveLength(names.length);
    expect(await dimmedBars(page)).toEqual(names.filter((n) => n !== name).sort());
    const where = "v.regency_code = '15.02'";
    expect(await tableCount(page, SITES)).toBe(await expected.sites(where));
    expect(await tableCount(page, VILLAGES)).toBe(await expected.villages(where));
    const siteRows = await readVirtualRows(page, SITES);
    expect(siteRows.map(([k]) => k)).toEqual(await expected.siteIds(where));
    expect(new Set(siteRows.map(([, cells]) => cells[3]))).toEqual(new Set([name])); // regency column

    // Cross-filter timing: toggle the same bar off and on again (it stays the top band while filtered).
    const clicks = Number(process.env.JDAC_XF_CLICKS ?? 6);
    const timings = [first.ms];
    for (let i = 1; i < clicks; i += 1) {
      const m = await clickBar(page, name);
      expect(m.timedOut).toBe(false);
      timings.push(m.ms);
    }
    const marks = await page.evaluate(() => ({
      starts: performance.getEntriesByName('jdac:xf:start').length,
      measures: performance.getEntriesByName('jdac:cross-filter').length,
    }));
    expect(marks.measures).toBe(clicks);
    expect(marks.starts).toBe(clicks);
    console.log(
      `cross-filter over ${timings.length} clicks: p50 ${pct(timings, 50).toFixed(0)} ms, p95 ${pct(timings, 95).toFixed(0)} ms, ` +
        `min ${Math.min(...timings).toFixed(0)} ms, max ${Math.max(...timings).toFixed(0)} ms`,
    );
    // An even number of clicks leaves the filter on; make sure it is on for the next step.
    if (!page.url().includes('regency=15.02')) await clickBar(page, name);

    // Then status "active" through the filter bar: the interactive path of the shared-link test below.
    const n1 = await measureCount(page);
    await page.locator('.pick[data-dimension="status"] > summary').click();
    await page.getByRole('checkbox', { name: 'Aktif', exact: true }).check();
    await waitCrossFilter(page, n1);
    await waitSettled(page);
    await page.keyboard.press('Escape');
    expect(page.url()).toMatch(/status=active/);
    const whereActive = "v.regency_code = '15.02' AND s.status = 'active'";
    expect(await tableCount(page, SITES)).toBe(await expected.sites(whereActive));
    interactiveSites = await readVirtualRows(page, SITES);
    interactiveVillages = await readVirtualRows(page, VILLAGES);
    expect(interactiveSites.map(([k]) => k)).toEqual(await expected.siteIds(whereActive));
    await screenshot(page, 'explore-filtered-1920');
    guardsClean(g);
    await g.close();
  });

  it('a shared link reproduces the rows of the interactive path', async () => {
    const g = await openPage(browser, '#/explore?regency=15.02&status=active');
    const { page } = g;
    await waitSettled(page);
    await expect(page.getByRole('button', { name: /^Hapus filter Status titik: Aktif$/ }).count()).resolves.toBe(1);
    expect(await readVirtualRows(page, SITES)).toEqual(interactiveSites);
    expect(await readVirtualRows(page, VILLAGES)).toEqual(interactiveVillages);
    expect(interactiveSites.length).toBeGreaterThan(0);
    guardsClean(g);
    await g.close();
  });

  it('a link with an unknown value and an old data version shows both notes and keeps the valid value', async () => {
    const g = await openPage(browser, '#/explore?regency=9999,15.02&v=0000000000000000');
    const { page } = g;
    await waitSettled(page);
    const notes = page.locator('.explore-notes');
    await expect(notes.textContent()).resolves.toContain('Nilai filter diabaikan: regency=9999 (tidak dikenal)');
    await expect(notes.textContent()).resolves.toMatch(
      /Tautan ini dibuat untuk versi data 0000000000000000; data sudah diperbarui/,
    );
    const name = expected.regencyName('15.02');
    await expect(page.getByRole('button', { name: `Hapus filter Kabupaten/kota: ${name}` }).count()).resolves.toBe(1);
    expect(await tableCount(page, SITES)).toBe(await expected.sites("v.regency_code = '15.02'"));
    // The unknown value is not passed on: the next change writes a clean URL with the current version.
    const n = await measureCount(page);
    await page.getByRole('button', { name: 'Hapus semua filter' }).click();
    await waitCrossFilter(page, n);
    expect(page.url()).not.toContain('9999');
    expect(page.url()).not.toContain('0000000000000000');
    guardsClean(g);
    await g.close();
  });

  it('a click dims the other bars, a second click takes the filter off, shift-click adds a second regency', async () => {
    const g = await openPage(browser, '#/explore');
    const { page } = g;
    await waitSettled(page);
    const merangin = expected.regencyName('15.02');
    const kerinci = expected.regencyName('15.01');
    await clickBar(page, merangin);
    expect(await chipCount(page, `Kabupaten/kota: ${merangin}`)).toBe(1);
    expect(await installationRows(page)).toHaveLength(names.length);
    expect(await dimmedBars(page)).toEqual(names.filter((n) => n !== merangin).sort());
    // A dimmed bar is still there to click: it replaces the selection.
    await clickBar(page, kerinci);
    expect(new URL(page.url()).hash).toMatch(/regency=15\.01(&|$)/);
    expect(await chipCount(page, `Kabupaten/kota: ${merangin}`)).toBe(0);
    // Shift-click adds the second value; both bars bright, the others dimmed.
    await clickBar(page, merangin, true);
    expect(decodeURIComponent(page.url())).toMatch(/regency=15\.01,15\.02(&|$)/);
    expect(await chipCount(page, `Kabupaten/kota: ${merangin}`)).toBe(1);
    expect(await chipCount(page, `Kabupaten/kota: ${kerinci}`)).toBe(1);
    expect(await dimmedBars(page)).toEqual(names.filter((n) => n !== merangin && n !== kerinci).sort());
    const both = "v.regency_code IN ('15.01', '15.02')";
    expect(await tableCount(page, SITES)).toBe(await expected.sites(both));
    // A plain click on a selected bar takes it off; a second one on the last takes the filter off altogether.
    await clickBar(page, kerinci);
    expect(decodeURIComponent(page.url())).toMatch(/regency=15\.02(&|$)/);
    await clickBar(page, merangin);
    expect(page.url()).not.toMatch(/regency=/);
    expect(await chipCount(page, `Kabupaten/kota: ${merangin}`)).toBe(0);
    expect(await dimmedBars(page)).toEqual([]);
    expect(await tableCount(page, SITES)).toBe(await expected.sites('TRUE'));
    guardsClean(g);
    await g.close();
  });

  it('Back undoes the last filter (its chip goes), Back again the one before; Forward redoes', async () => {
    const g = await openPage(browser, '#/');
    const { page } = g;
    await page.goto(`${g.baseUrl}#/explore`);
    await waitSettled(page);
    const merangin = expected.regencyName('15.02');
    await clickBar(page, merangin);
    const n = await measureCount(page);
    await page.locator('.pick[data-dimension="status"] > summary').click();
    await page.getByRole('checkbox', { name: 'Aktif', exact: true }).check();
    await waitCrossFilter(page, n);
    await page.keyboard.press('Escape');
    await waitSettled(page);
    expect(await chipCount(page, 'Status titik: Aktif')).toBe(1);
    // A measure change is not a history entry of its own.
    await page
      .locator('[data-panel="regency-map"]')
      .getByRole('radio', { name: 'Titik per 100 desa', exact: true })
      .check();
    await expect.poll(() => page.url()).toContain('map=sites_per_100_villages');

    await page.goBack();
    await expect.poll(() => chipCount(page, 'Status titik: Aktif')).toBe(0);
    expect(await chipCount(page, `Kabupaten/kota: ${merangin}`)).toBe(1);
    expect(page.url()).not.toContain('status=');
    await waitSettled(page);
    expect(await tableCount(page, SITES)).toBe(await expected.sites("v.regency_code = '15.02'"));

    await page.goBack();
    await expect.poll(() => chipCount(page, `Kabupaten/kota: ${merangin}`)).toBe(0);
    expect(new URL(page.url()).hash).toMatch(/^#\/explore/);
    await page.getByRole('heading', { name: 'Eksplorasi data' }).waitFor();
    await waitSettled(page);
    expect(await tableCount(page, SITES)).toBe(await expected.sites('TRUE'));

    await page.goForward();
    await expect.poll(() => chipCount(page, `Kabupaten/kota: ${merangin}`)).toBe(1);
    expect(page.url()).toContain('regency=15.02');
    await page.goForward();
    await expect.poll(() => chipCount(page, 'Status titik: Aktif')).toBe(1);
    guardsClean(g);
    await g.close();
  });

  it('"Salin tautan" copies a link that reproduces filters, both measures and the language in a fresh page', async () => {
    const g = await openPage(browser, '#/explore');
    const { page } = g;
    await g.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(g.baseUrl).origin });
    await waitSettled(page);
    await clickBar(page, expected.regencyName('15.03'));
    await page
      .locator('[data-panel="regency-map"]')
      .getByRole('radio', { name: 'Titik per 100 desa', exact: true })
      .check();
    await page
      .locator('[data-panel="connectivity-trends"]')
      .getByRole('radio', { name: 'Kecepatan unduh', exact: true })
      .check();
    await page.getByLabel('Bahasa').selectOption('en');
    await page.getByRole('heading', { name: 'Data exploration' }).waitFor();
    await expect.poll(() => page.url()).toContain('lang=en');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    const hash = new URL(link).hash;
    expect(hash).toContain('regency=15.03');
    expect(hash).toContain('map=sites_per_100_villages');
    expect(hash).toContain('trend=downlink');
    guardsClean(g);
    await g.close();

    // A fresh browser context (no stored language) opens the link.
    const fresh = await openPage(browser, hash);
    const p = fresh.page;
    await p.getByRole('heading', { name: 'Data exploration' }).waitFor();
    await waitSettled(p);
    const name = expected.regencyName('15.03');
    expect(await p.getByRole('button', { name: `Remove filter Regency/city: ${name}` }).count()).toBe(1);
    const map = p.locator('[data-panel="regency-map"]');
    expect(await map.getByRole('radio', { name: 'Sites per 100 villages', exact: true }).isChecked()).toBe(true);
    const trends = p.locator('[data-panel="connectivity-trends"]');
    expect(await trends.getByRole('radio', { name: 'Downlink', exact: true }).isChecked()).toBe(true);
    expect(await tableCount(p, SITES)).toBe(await expected.sites("v.regency_code = '15.03'"));
    // What the map colours is the kept measure: its table (opened) holds that indicator's figures.
    await map.getByRole('button', { name: 'Show table' }).click();
    await map.locator('[data-indicator="sites_per_100_villages"]').first().waitFor();
    guardsClean(fresh);
    await fresh.close();
  });

  it.runIf(process.env.JDAC_XF_BENCH)('benchmark: 30 cross-filter clicks to filters not seen before', async () => {
    const g = await openPage(browser, '#/explore');
    const { page } = g;
    await waitSettled(page);
    const db = await publicDataDb();
    const regencies = (await db.rows('SELECT name FROM regencies ORDER BY regency_code')).map((r) => String(r.name));
    db.close();
    const timings: number[] = [];
    const click = async (dimension: string, label: string) => {
      const picker = page.locator(`.pick[data-dimension="${dimension}"]`);
      if (!(await picker.evaluate((d) => (d as HTMLDetailsElement).open))) await picker.locator('summary').click();
      const n = await measureCount(page);
      await picker.getByRole('checkbox', { name: label, exact: true }).click();
      const m = await waitCrossFilter(page, n);
      expect(m.timedOut).toBe(false);
      timings.push(m.ms);
      await waitSettled(page);
    };
    // Regency by regency: tick the next, untick the previous (each a new filter state), then add statuses and
    // technologies one by one on top of the last regency.
    let previous: string | null = null;
    for (const name of regencies) {
      await click('regency', name);
      if (previous) await click('regency', previous);
      previous = name;
    }
    for (const status of ['Aktif', 'Offline', 'Direncanakan', 'Dinonaktifkan']) await click('status', status);
    for (const tech of ['VSAT', 'BTS 4G', 'Repeater GSM', 'Serat optik/radio']) await click('technology', tech);
    for (const programme of ['Dumisake Internet Desa', 'BAKTI Internet Desa']) await click('programme', programme);
    expect(timings.length).toBeGreaterThanOrEqual(30);
    console.log(
      `cross-filter benchmark, ${timings.length} uncached changes: p50 ${pct(timings, 50).toFixed(0)} ms, ` +
        `p95 ${pct(timings, 95).toFixed(0)} ms, min ${Math.min(...timings).toFixed(0)} ms, max ${Math.max(...timings).toFixed(0)} ms`,
    );
    guardsClean(g);
    await g.close();
  });

  it('with a regency and a programme the drill-down shows the indicators, says what the filter does not change', async () => {
    const db = await publicDataDb();
    const one = async (sql: string) => Number((await db.rows(sql))[0]?.n);
    const programme = 'Dumisake Internet Desa';
    // docs/indicators.md: blankspot villages of the latest survey year (the programme does not apply); sites in
    // service = installed and active or offline (the programme applies); villages of the regency.
    const blankspot = await one(`SELECT count(*) AS n FROM village_coverage c JOIN villages v USING (village_code)
      WHERE c.year = (SELECT max(year) FROM village_coverage) AND c.is_blankspot AND v.regency_code = '15.02'`);
    const villages = await one("SELECT count(*) AS n FROM villages v WHERE v.regency_code = '15.02'");
    const inService = await one(`SELECT count(*) AS n FROM sites s JOIN villages v USING (village_code)
      WHERE v.regency_code = '15.02' AND s.programme = '${programme}'
        AND s.installed_on IS NOT NULL AND s.status IN ('active', 'offline')`);
    const withSite =
      await one(`SELECT count(DISTINCT s.village_code) AS n FROM sites s JOIN villages v USING (village_code)
      WHERE v.regency_code = '15.02' AND s.programme = '${programme}'`);
    db.close();

    const g = await openPage(browser, `#/explore?regency=15.02&programme=${encodeURIComponent(programme)}`);
    const { page } = g;
    await waitSettled(page);
    const drill = page.getByRole('region', { name: 'Telusuri wilayah' });
    await drill.locator('[data-xf-state="ready"]').waitFor();
    const cell = (indicator: string) => drill.locator(`tbody tr[data-key="15.02"] td[data-indicator="${indicator}"]`);
    expect(await cell('blankspot_villages').getAttribute('data-value')).toBe(String(blankspot));
    expect(await cell('blankspot_villages').getAttribute('data-scope')).toBe('regency=15.02');
    expect(await cell('villages_total').getAttribute('data-value')).toBe(String(villages));
    expect(await cell('sites_in_service').getAttribute('data-value')).toBe(String(inService));
    expect(await cell('sites_in_service').getAttribute('data-scope')).toBe(`regency=15.02;programme=${programme}`);
    // The same figure as anywhere else on the page (e.g. the KPI card) for the same indicator, scope and period.
    const period = await cell('blankspot_villages').getAttribute('data-period');
    const same = await page.$$eval(
      `[data-indicator="blankspot_villages"][data-scope="regency=15.02"][data-period="${period}"]`,
      (els) => [...new Set(els.map((el) => el.getAttribute('data-value')))],
    );
    expect(same).toEqual([String(blankspot)]);
    // The columns the programme filter does not change say so.
    const notes = await drill
      .locator('[data-ignored]')
      .evaluateAll((els) => els.map((el) => [el.getAttribute('data-ignored'), el.textContent]));
    expect(notes).toEqual([
      ['villages_total', 'Filter program tidak berlaku untuk angka ini.'],
      ['blankspot_villages', 'Filter program tidak berlaku untuk angka ini.'],
    ]);
    // The villages table lists the villages that have such a site, and says so.
    const table = page.locator(`${VILLAGES}[data-table-scope="with-sites"]`);
    await expect(table.getByRole('heading', { name: 'Desa dengan titik program terpilih' }).count()).resolves.toBe(1);
    expect(await tableCount(page, VILLAGES)).toBe(withSite);
    await screenshot(page, 'explore-programme-1920');
    guardsClean(g);
    await g.close();
  });

  it('drills down to a village with its sites and their uptime; the breadcrumb leads back', async () => {
    const g = await openPage(browser, '#/explore?drill=15.02.01');
    const { page } = g;
    await waitSettled(page);
    const drill = page.getByRole('region', { name: 'Telusuri wilayah' });
    await drill.getByRole('button', { name: 'Renah Kemumu', exact: true }).click();
    const crumbs = drill.getByRole('navigation', { name: 'Posisi penelusuran' });
    await expect
      .poll(() => crumbs.textContent())
      .toBe(['Provinsi Jambi', 'Merangin', 'Jangkat', 'Renah Kemumu'].join(''));
    expect(page.url()).toContain('drill=15.02.01.2001');
    await page.waitForSelector('[data-drill-level="village"] [data-xf-state="ready"]');
    const ids = await expected.siteIds("s.village_code = '15.02.01.2001'");
    const shown = await page.$$eval('[data-table="village-sites"] tbody th', (ths) => ths.map((th) => th.textContent));
    expect(shown).toEqual(ids);
    if (ids.length > 0) await page.waitForSelector('.village-chart .chart[data-chart-state="finished"]');
    await screenshot(page, 'explore-village-1920');
    await crumbs.getByRole('button', { name: 'Merangin', exact: true }).click();
    await drill.getByRole('button', { name: 'Jangkat', exact: true }).waitFor();
    expect(page.url()).toContain('drill=15.02');
    expect(page.url()).not.toContain('drill=15.02.01');
    guardsClean(g);
    await g.close();
  });
});
