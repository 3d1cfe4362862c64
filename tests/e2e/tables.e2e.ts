// The workspace tables in Chromium: a search and a column filter narrow the villages table, the download holds
// exactly those rows in the on-screen order and columns, labelled and rounded as on screen (expected rows from
// native DuckDB over public/data, written here from the documented definitions); the sites download rounds uptime as
// displayed; a link with the table keys restores sort, search and filter; at 1366×768 the key column stays pinned
// while the table scrolls sideways.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
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

// The labels the screen shows (src/i18n/views/explore.ts, Indonesian).
const KIND: Record<string, string> = { desa: 'Desa', kelurahan: 'Kelurahan' };
const SIGNAL: Record<string, string> = { none: 'Tidak ada', '2G': '2G', '3G': '3G', '4G': '4G' };
const STATUS: Record<string, string> = {
  planned: 'Direncanakan',
  active: 'Aktif',
  offline: 'Offline',
  decommissioned: 'Dinonaktifkan',
};
const TECH: Record<string, string> = {
  VSAT: 'VSAT',
  'GSM repeater': 'Repeater GSM',
  'BTS 4G': 'BTS 4G',
  'fibre/radio': 'Serat optik/radio',
};
const yesNo = (b: unknown) => (b === null || b === undefined ? '' : b ? 'Ya' : 'Tidak');

/** Every word of the search in the row's text (lower case, no diacritics), as docs/exports.md defines it. */
const searchSql = (expr: string, words: string[]) =>
  words.map((w) => `strip_accents(lower(${expr})) LIKE '%${w}%'`).join(' AND ');

/**
 * The villages table without filters (docs/filters.md, docs/indicators.md): every village; best signal and
 * blankspot from the latest coverage survey; `sites` all its sites; in service = installed, active or offline.
 */
const VILLAGES_SQL = (where: string, order: string) => `
  WITH latest AS (SELECT max(year) AS y FROM village_coverage),
  sc AS (
    SELECT village_code, count(*) AS sites,
      count(*) FILTER (WHERE installed_on IS NOT NULL AND status IN ('active', 'offline')) AS in_service
    FROM sites GROUP BY village_code)
  SELECT v.village_code, v.name, v.district_name, r.name AS regency, v.kind, v.isolated, c.best_signal,
    c.is_blankspot, coalesce(sc.sites, 0) AS sites, coalesce(sc.in_service, 0) AS in_service
  FROM villages v JOIN regencies r USING (regency_code) CROSS JOIN latest l
  LEFT JOIN village_coverage c ON c.village_code = v.village_code AND c.year = l.y
  LEFT JOIN sc ON sc.village_code = v.village_code
  WHERE ${where}
  ORDER BY ${order}`;
const VILLAGE_TEXT = `concat_ws(' ', v.village_code, v.name, v.district_name, r.name)`;

async function openExplore(hash: string, viewport?: { width: number; height: number }) {
  const g = await openPage(browser, hash, viewport);
  await g.page.locator('section[data-table="villages"] tbody tr[data-key]').first().waitFor({ timeout: 90_000 });
  return g;
}

const villagesTable = (page: Page) => page.locator('section[data-table="villages"]');

async function waitForCount(page: Page, table: string, n: number) {
  await page.waitForFunction(
    ([sel, count]) =>
      document.querySelector(`section[data-table="${sel}"] .vt-count`)?.getAttribute('data-count') === String(count),
    [table, n] as const,
    { timeout: 30_000 },
  );
}

async function downloadCsv(page: Page, button: string): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  const file = await download;
  const bytes = readFileSync((await file.path()) as string);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return { name: file.suggestedFilename(), text: bytes.toString('utf8').slice(1) };
}

describe('workspace tables in Chromium', () => {
  it('downloads exactly the villages a search and a column filter leave, sorted and labelled as on screen', async () => {
    const db = await publicDataDb();
    const total = Number((await db.rows('SELECT count(*) AS n FROM villages'))[0]?.n);
    const searched = Number(
      (
        await db.rows(`SELECT count(*) AS n FROM villages v JOIN regencies r USING (regency_code)
        WHERE ${searchSql(VILLAGE_TEXT, ['merangin'])}`)
      )[0]?.n,
    );
    const expected = await db.rows(
      VILLAGES_SQL(`c.is_blankspot AND ${searchSql(VILLAGE_TEXT, ['merangin'])}`, 'sites DESC, v.village_code'),
    );
    db.close();
    expect(searched).toBeLessThan(total);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(searched);

    const g = await openExplore('#/explore');
    const { page } = g;
    const table = villagesTable(page);
    await waitForCount(page, 'villages', total);
    await table.getByRole('searchbox', { name: 'Cari' }).fill('Merangin');
    await waitForCount(page, 'villages', searched);
    await table.getByLabel('Saring kolom Blankspot').selectOption('true');
    await waitForCount(page, 'villages', expected.length);
    const sitesHeader = table.getByRole('columnheader', { name: /^Titik sesuai filter/ });
    await sitesHeader.getByRole('button').click();
    await sitesHeader.getByRole('button').click();
    await expect.poll(() => sitesHeader.getAttribute('aria-sort')).toBe('descending');
    await expect
      .poll(() => table.locator('tbody tr[data-key]').first().getAttribute('data-key'))
      .toBe(String(expected[0]?.village_code));
    // The state is in the link, next to the (empty) filters.
    const hash = new URLSearchParams((await page.evaluate(() => window.location.hash)).split('?')[1] ?? '');
    expect(hash.get('vq')).toBe('Merangin');
    expect(hash.get('vsort')).toBe('-sites');
    expect(hash.getAll('vcf')).toEqual(['blankspot:true']);

    // Default download: labels as on screen, in screen order, with the screen's columns.
    const csv = await downloadCsv(page, 'Unduh Desa/kelurahan — CSV');
    expect(csv.name).toMatch(/^jdac-desa-\d{8}-\d{4}\.csv$/);
    const parsed = Papa.parse<string[]>(csv.text, { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual([
      'Kode',
      'Desa/kelurahan',
      'Kecamatan',
      'Kabupaten/kota',
      'Jenis',
      'Terisolir',
      'Sinyal terbaik',
      'Blankspot',
      'Titik sesuai filter',
      'Titik dalam layanan',
    ]);
    expect(parsed.data.slice(1)).toEqual(
      expected.map((r) => [
        String(r.village_code),
        String(r.name),
        String(r.district_name),
        String(r.regency),
        KIND[String(r.kind)] ?? String(r.kind),
        yesNo(r.isolated),
        SIGNAL[String(r.best_signal)] ?? '',
        yesNo(r.is_blankspot),
        String(r.sites),
        String(r.in_service),
      ]),
    );
    const sidecar = page.waitForEvent('download');
    await page.getByRole('button', { name: /Unduh keterangan asal/ }).click();
    const prov = JSON.parse(readFileSync((await (await sidecar).path()) as string, 'utf8'));
    expect(prov.row_count).toBe(expected.length);
    expect(prov.table_view).toMatchObject({
      cells: 'label',
      search: 'Merangin',
      sort: { column: 'sites', direction: 'desc' },
      column_filters: { blankspot: 'true' },
      rows_before_view: total,
    });
    expect(prov.data_version).toMatch(/^[0-9a-f]{8,64}$/);

    // Codes on request: the same rows, raw values.
    await page.getByRole('radio', { name: /^Kode/ }).check();
    const codes = Papa.parse<Record<string, string>>((await downloadCsv(page, 'Unduh Desa/kelurahan — CSV')).text, {
      header: true,
      skipEmptyLines: true,
    });
    expect(codes.data.map((r) => [r.village_code, r.is_blankspot, r.best_signal])).toEqual(
      expected.map((r) => [String(r.village_code), 'true', String(r.best_signal)]),
    );
    expect(g.foreignRequests).toEqual([]);
    expect(g.pageErrors).toEqual([]);
    await g.close();
  }, 300_000);

  it('rounds the sites download as displayed (the ; variant with a decimal comma) and labels statuses', async () => {
    const db = await publicDataDb();
    // uptime_30d: mean uptime of the site's days in the 30 days up to site_daily's last day (docs/exports.md).
    const expected = await db.rows(`
      WITH last AS (SELECT max(date) AS d FROM site_daily),
      u AS (
        SELECT site_id, avg(uptime_pct) AS uptime FROM site_daily, last
        WHERE date > last.d - INTERVAL 30 DAY AND date <= last.d GROUP BY site_id)
      SELECT s.site_id, s.status, s.technology, s.bandwidth_mbps, u.uptime
      FROM sites s JOIN villages v USING (village_code) JOIN regencies r ON r.regency_code = v.regency_code
      LEFT JOIN u ON u.site_id = s.site_id
      WHERE ${searchSql(`concat_ws(' ', s.site_id, v.name, v.district_name, r.name, s.programme)`, ['merangin'])}
      ORDER BY s.site_id`);
    db.close();
    expect(expected.length).toBeGreaterThan(0);

    const g = await openExplore('#/explore?sq=merangin');
    const { page } = g;
    await waitForCount(page, 'sites', expected.length);
    const csv = await downloadCsv(page, 'Unduh Titik layanan — CSV untuk Excel Indonesia (;, desimal koma)');
    expect(csv.name).toMatch(/-excel-id\.csv$/);
    const parsed = Papa.parse<Record<string, string>>(csv.text, { header: true, delimiter: ';', skipEmptyLines: true });
    const comma = (x: unknown, digits: number) =>
      x === null || x === undefined ? '' : String(Number(Number(x).toFixed(digits))).replace('.', ',');
    expect(
      parsed.data.map((r) => [
        r['Kode titik'],
        r.Status,
        r.Teknologi,
        r['Kapasitas (Mbps)'],
        r['Ketersediaan 30 hari (%)'],
      ]),
    ).toEqual(
      expected.map((r) => [
        String(r.site_id),
        STATUS[String(r.status)],
        TECH[String(r.technology)],
        comma(r.bandwidth_mbps, 1),
        comma(r.uptime, 1),
      ]),
    );
    // No unrounded number anywhere in the file.
    expect(csv.text).not.toMatch(/\d[.,]\d{2,}/);
    expect(g.pageErrors).toEqual([]);
    await g.close();
  }, 300_000);

  it('restores sort, search and column filter from a link', async () => {
    const db = await publicDataDb();
    const expected = await db.rows(
      VILLAGES_SQL(
        `c.best_signal = 'none' AND ${searchSql(VILLAGE_TEXT, ['batang', 'asai'])}`,
        'sites DESC, v.village_code',
      ),
    );
    db.close();
    expect(expected.length).toBeGreaterThan(0);
    const g = await openExplore('#/explore?vsort=-sites&vq=batang%20asai&vcf=signal:none&lang=id');
    const { page } = g;
    const table = villagesTable(page);
    await waitForCount(page, 'villages', expected.length);
    expect(await table.getByRole('searchbox', { name: 'Cari' }).inputValue()).toBe('batang asai');
    expect(await table.getByLabel('Saring kolom Sinyal terbaik').inputValue()).toBe('none');
    expect(await table.getByRole('columnheader', { name: /^Titik sesuai filter/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    const keys = await table
      .locator('tbody tr[data-key]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
    expect(keys).toEqual(expected.map((r) => String(r.village_code)));
    // Other keys of the link are kept when the table writes its state.
    await table.getByRole('searchbox', { name: 'Cari' }).fill('batang');
    const hash = await page.evaluate(() => window.location.hash);
    expect(hash).toContain('lang=id');
    expect(new URLSearchParams(hash.split('?')[1]).get('vq')).toBe('batang');
    expect(g.pageErrors).toEqual([]);
    await g.close();
  }, 300_000);

  it('at 1366×768 uses the full width, scrolls sideways inside the table, and keeps the code column pinned', async () => {
    const g = await openExplore('#/explore', { width: 1366, height: 768 });
    const { page } = g;
    const table = villagesTable(page);
    const scroller = table.locator('.vt-scroll');
    await scroller.scrollIntoViewIfNeeded();
    const box = await scroller.evaluate((el) => ({
      width: el.clientWidth,
      scrollWidth: el.scrollWidth,
      left: el.getBoundingClientRect().left,
    }));
    expect(box.width).toBeGreaterThan(1100);
    const headers = await table.locator('thead tr').first().locator('th').count();
    expect(headers).toBe(10);
    await scroller.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
    });
    await page.waitForFunction(
      () => {
        const el = document.querySelector('section[data-table="villages"] .vt-scroll') as HTMLElement | null;
        return el !== null && el.scrollLeft > 0 && el.scrollLeft + el.clientWidth >= el.scrollWidth - 1;
      },
      undefined,
      { timeout: 10_000 },
    );
    const firstCell = table.locator('tbody tr[data-key]').first().locator('td').first();
    const cellLeft = await firstCell.evaluate((el) => el.getBoundingClientRect().left);
    expect(Math.abs(cellLeft - box.left)).toBeLessThan(3);
    // The last column is now in view, right of the pinned ones.
    const last = table.locator('thead tr').first().locator('th').last();
    const lastBox = await last.evaluate((el) => el.getBoundingClientRect().right);
    expect(lastBox).toBeLessThanOrEqual(box.left + box.width + 2);
    // The pinned cell is what is drawn at its place (not covered by a scrolled cell).
    const code = await firstCell.textContent();
    const hit = await firstCell.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return document.elementFromPoint(r.left + 5, r.top + r.height / 2)?.closest('td')?.textContent ?? null;
    });
    expect(hit).toBe(code);
    await table.screenshot({ path: 'tests/e2e/screenshots/tables-1366-scrolled.png' });
    expect(box.scrollWidth).toBeGreaterThan(box.width);
    await screenshot(page, 'tables-1366');
    expect(g.pageErrors).toEqual([]);
    await g.close();
  }, 300_000);
});
