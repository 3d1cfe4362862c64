// The data catalog (#/data) of the production build in Chromium (3: every indicator with its metadata, and the
// published figures beside the dashboard's own, checked against native DuckDB):
//  1. every dataset of the manifest as a card: row counts equal what native DuckDB counts in the published CSV
//     twins, every file checked as loaded ("Valid"), every download link serves the published bytes (sha256 and
//     size as in the manifest), the column dictionary from the contract, in Indonesian and English;
//  2. a published file corrupted after publication (targets.parquet cut short): the catalog shows "N galat" with the
//     reason, the engine's load failure, the panel that needs the file says which file failed and why, and the other
//     panels keep drawing.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../scripts/security-headers.ts';
import { CONTRACT } from '../../src/data/contract.ts';
import type { Manifest } from '../../src/data/manifest.ts';
import { INDICATOR_IDS } from '../../src/indicators/types.ts';
import { launchChromium, openPage, screenshot, waitForCharts } from './browser.ts';
import { copyDist } from './fixtures-hostile/hostile-dist.ts';
import { serveStatic } from './fixtures-hostile/static-server.ts';
import { publicDataDb } from './public-data.ts';

const DIST = process.env.E2E_DIST ?? 'dist';
const manifest = JSON.parse(readFileSync(`${DIST}/data/manifest.json`, 'utf8')) as Manifest;
const id = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

/** Every card has its check result (no "checking" left). */
async function catalogChecked(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelectorAll('.catalog-card').length > 0 &&
      !document.querySelector('.catalog-card[data-validation="checking"]'),
    undefined,
    { timeout: 60_000 },
  );
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('data catalog', () => {
  it('lists every dataset with true row counts, valid files, working downloads and the dictionary', async () => {
    const db = await publicDataDb();
    const counts: Record<string, number> = {};
    for (const d of manifest.datasets) {
      counts[d.id] = Number((await db.rows(`SELECT count(*) AS n FROM ${d.id}`))[0]?.n);
    }
    db.close();

    const started = Date.now();
    const g = await openPage(browser, '#/data');
    await g.page.getByRole('heading', { level: 1, name: 'Katalog data' }).waitFor();
    await catalogChecked(g.page);
    const checkedMs = Date.now() - started;

    const cards = g.page.locator('.catalog-card');
    expect(await cards.count()).toBe(manifest.datasets.length);
    for (const d of manifest.datasets) {
      const card = g.page.getByRole('article', { name: d.title.id });
      expect(await card.getAttribute('data-validation'), d.id).toBe('valid');
      await expect.poll(() => card.locator('.catalog-badge').textContent()).toBe('Valid');
      // Row count: manifest = native DuckDB over the CSV twin = what the validator read in the browser.
      expect(manifest.datasets.find((x) => x.id === d.id)?.row_count).toBe(counts[d.id]);
      const rows = id.format(counts[d.id] as number);
      expect(await card.locator('dt:text-is("Jumlah baris") + dd').textContent()).toBe(rows);
      expect(await card.locator('.catalog-validation').textContent()).toContain(`${rows} baris diperiksa`);
      expect(await card.locator('dt:text-is("Produsen data") + dd').textContent()).toBe(d.producer);
      expect(await card.locator('dt:text-is("Walidata") + dd').textContent()).toBe(d.walidata);

      // Downloads: the published bytes, same origin.
      for (const f of d.files) {
        const link = card.getByRole('link', { name: `Unduh ${f.format.toUpperCase()}` });
        expect(await link.getAttribute('download')).toBe(f.path);
        const href = (await link.getAttribute('href')) as string;
        expect(href).toBe(`data/${f.path}?v=${f.sha256.slice(0, 16)}`);
        const res = await g.page.request.get(new URL(href, g.baseUrl).toString());
        expect(res.status()).toBe(200);
        const body = await res.body();
        expect(body.length, f.path).toBe(f.bytes);
        expect(createHash('sha256').update(body).digest('hex'), f.path).toBe(f.sha256);
        expect(await card.locator(`[data-file="${f.path}"] .catalog-sha code`).textContent()).toBe(f.sha256);
      }

      // Column dictionary: one row per contract column.
      await card.locator('details.catalog-columns > summary').click();
      const names = await card.locator('details.catalog-columns tbody th code').allTextContents();
      expect(names).toEqual(CONTRACT[d.id].columns.map((c) => c.name));
    }
    const uptime = g.page
      .getByRole('article', { name: 'Telemetri harian titik' })
      .getByRole('row', { name: /uptime_pct/ });
    expect(await uptime.textContent()).toContain('Rentang: 0 – 100');
    expect(await g.page.locator('.catalog-summary[role="status"]').textContent()).toBe(
      `Pemeriksaan berkas: ${manifest.datasets.length} valid, 0 bermasalah, 0 sedang diperiksa.`,
    );
    await screenshot(g.page, 'catalog-1920');

    // English: titles, metadata labels and column meanings follow the language.
    await g.page.locator('.switches select').first().selectOption('en');
    const villages = g.page.getByRole('article', { name: 'Villages' });
    await villages.waitFor();
    expect(await villages.locator('dt:text-is("Update frequency") + dd').textContent()).toBe('Irregular');
    expect(await villages.getByRole('row', { name: /regency_code/ }).textContent()).toContain(
      'Refers to regencies.regency_code',
    );
    const perFile = await g.page.$$eval('.catalog-card', (cs) =>
      cs.map((c) => `${(c as HTMLElement).dataset.dataset} ${(c as HTMLElement).dataset.checkMs} ms`).join(', '),
    );
    console.log(`catalog: all ${manifest.datasets.length} files checked ${checkedMs} ms after navigation (${perFile})`);

    expect(g.foreignRequests).toEqual([]);
    expect(g.pageErrors).toEqual([]);
    await g.close();
  });

  it('lists every indicator with its metadata, and published figures beside the dashboard figure', async () => {
    // References from docs/indicators.md in native DuckDB over the published CSV files (not the app's builders).
    const db = await publicDataDb();
    const one = async (sql: string) => Number((await db.rows(sql))[0]?.n);
    const reference: Record<string, (year: number) => Promise<number>> = {
      blankspot_villages: (y) => one(`SELECT count(*) AS n FROM village_coverage WHERE year = ${y} AND is_blankspot`),
      villages_4g_share: (y) =>
        one(`SELECT 100.0 * count(*) FILTER (WHERE best_signal = '4G') / count(*) AS n
             FROM village_coverage WHERE year = ${y}`),
      plan_installations: (y) =>
        one(`SELECT count(*) AS n FROM sites s JOIN programmes p USING (programme)
             WHERE p.in_plan AND year(s.installed_on) = ${y}`),
      villages_served: (y) =>
        one(`SELECT count(*) AS n FROM village_coverage c WHERE c.year = ${y} AND c.is_blankspot AND EXISTS (
               SELECT 1 FROM sites s JOIN programmes p USING (programme)
               WHERE s.village_code = c.village_code AND p.kind = 'village_access' AND s.installed_on IS NOT NULL
                 AND year(s.installed_on) <= ${y} AND s.status IN ('active', 'offline'))`),
    };
    const published = await db.rows('SELECT indicator, period, value FROM published_figures');

    const g = await openPage(browser, '#/data');
    const { page } = g;
    const section = page.getByRole('region', { name: 'Indikator', exact: true });
    await section.waitFor({ timeout: 60_000 });
    const entries = await section
      .locator('[data-indicator-entry]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-indicator-entry')));
    expect(entries).toEqual([...INDICATOR_IDS]);
    const blankspot = section.locator('[data-indicator-entry="blankspot_villages"]');
    expect(await blankspot.locator('[data-field="filters"] dd').textContent()).toBe('tahun, kabupaten/kota, kecamatan');
    expect(await blankspot.locator('[data-field="screens"] dd').textContent()).toContain(
      'Eksplorasi: Telusuri wilayah',
    );

    // Every published row is shown; where the dashboard has the same period its figure and the difference match.
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-published-for] tbody tr').length > 0 &&
        ![...document.querySelectorAll('[data-published-for] td')].some((td) => td.textContent === '…'),
      undefined,
      { timeout: 60_000 },
    );
    const shown = await page.$$eval('[data-published-for] tbody tr', (rows) =>
      rows.map((r) => {
        const fig = r.querySelector('[data-indicator]');
        return {
          indicator: r.closest('table')?.getAttribute('data-published-for') ?? '',
          period: r.getAttribute('data-period') ?? '',
          published: Number(r.querySelector('[data-published-value]')?.getAttribute('data-published-value')),
          same: fig?.getAttribute('data-same-period') === 'true',
          figurePeriod: fig?.getAttribute('data-period') ?? null,
          value: fig ? Number(fig.getAttribute('data-value')) : null,
          difference: r.querySelector('[data-difference]')?.getAttribute('data-difference') ?? '',
        };
      }),
    );
    expect(shown.length).toBe(published.length);
    let compared = 0;
    for (const row of shown) {
      if (!row.same) {
        expect(row.difference, `${row.indicator} ${row.period}`).toBe('');
        continue;
      }
      expect(row.figurePeriod).toBe(row.period);
      const ref = reference[row.indicator];
      if (!ref || !/^\d{4}$/.test(row.period)) continue;
      const want = await ref(Number(row.period));
      expect(row.value, `${row.indicator} ${row.period}`).toBeCloseTo(want, 9);
      expect(Number(row.difference)).toBeCloseTo(want - row.published, 9);
      compared += 1;
    }
    expect(compared, 'published figures compared with native DuckDB').toBeGreaterThan(0);
    db.close();
    await screenshot(page, 'catalog-indicators-1920');
    expect(g.foreignRequests).toEqual([]);
    expect(g.pageErrors).toEqual([]);
    await g.close();
  });

  it('names a file that fails at load, in the catalog and in the panel that needs it; the rest keeps working', async () => {
    const copy = copyDist(DIST, 'jdac-broken-');
    const server = await serveStatic(copy.dir, securityHeaders);
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'id-ID' });
    try {
      // A copy cut short after publication: the manifest still describes the good file.
      const path = join(copy.data, 'targets.parquet');
      const full = readFileSync(path);
      writeFileSync(path, full.subarray(0, Math.floor(full.length / 2)));

      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${server.url}#/data`);
      await catalogChecked(page);
      const targets = page.getByRole('article', { name: 'Target program' });
      expect(await targets.getAttribute('data-validation')).toBe('invalid');
      expect(await targets.locator('.catalog-badge').textContent()).toBe('2 galat');
      const issues = await targets.locator('.catalog-issues').textContent();
      expect(issues).toContain('targets.parquet: isi berkas tidak sama dengan sha256 di manifest.json');
      expect(issues).toContain('targets.parquet: berkas Parquet tidak dapat dibaca (terpotong atau rusak)');
      // The engine's own failure for the same file, once it has tried.
      await targets.getByText(/^Gagal dimuat ke mesin data: .*targets\.parquet/).waitFor({ timeout: 60_000 });
      expect(await page.locator('.catalog-summary[role="status"]').textContent()).toBe(
        `Pemeriksaan berkas: ${manifest.datasets.length - 1} valid, 1 bermasalah, 0 sedang diperiksa.`,
      );

      // The overview: the panel that reads targets says which file failed and why; the others draw.
      await page.evaluate(() => {
        location.hash = '#/';
      });
      const blankspot = page.locator('[data-panel="blankspot-reduction"]');
      await blankspot.locator('.panel-error').waitFor({ timeout: 60_000 });
      expect(await blankspot.locator('.panel-error').textContent()).toMatch(
        /Berkas targets\.parquet gagal dimuat: .*tidak dapat dibaca/,
      );
      await waitForCharts(page, '[data-panel="installations-by-regency"]');
      await waitForCharts(page, '[data-panel="connectivity-trends"]');
      expect(await page.locator('.status-failures').textContent()).toContain('targets.parquet');
      await screenshot(page, 'catalog-broken-file-overview');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
      copy.cleanup();
    }
  });
});
