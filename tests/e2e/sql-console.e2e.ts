// The SQL console in Chromium: an analyst's query (CASE, an alias named `end`, PIVOT) runs; its link, opened in a
// fresh page, loads the same query and chart and shows the same rows, which native DuckDB computes from public/data
// independently; a one-line query's error is reported on line 1; the result downloads as CSV (BOM, rows as shown)
// with a provenance naming the SQL. Nothing leaves the origin.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage } from './browser.ts';
import { publicDataDb } from './public-data.ts';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'sql-console-e2e-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A download's text (saved through the browser connection: the browser may run in another process). */
async function downloadedText(d: Download): Promise<string> {
  const file = join(dir, d.suggestedFilename());
  await d.saveAs(file);
  return readFileSync(file, 'utf8');
}

const QUERY = `SELECT r.name AS kabupaten_kota, count(s.site_id) AS titik,
  CASE WHEN count(s.site_id) > 0 THEN 'ada' ELSE 'tidak' END AS "end"
FROM regencies r
LEFT JOIN villages v ON v.regency_code = r.regency_code
LEFT JOIN sites s ON s.village_code = v.village_code
GROUP BY r.name
ORDER BY titik DESC, kabupaten_kota`;

async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const b = [...document.querySelectorAll('button')].find((x) => x.textContent === 'Jalankan');
    return b !== undefined && !b.hasAttribute('disabled');
  });
}

async function runSql(page: Page, sql: string): Promise<void> {
  await page.getByLabel('Perintah SQL', { exact: true }).fill(sql);
  await page.getByRole('button', { name: 'Jalankan', exact: true }).click();
  await waitIdle(page);
}

const t0 = Date.now();
const step = (what: string) => console.log(`[sql-console e2e] ${((Date.now() - t0) / 1000).toFixed(1)} s: ${what}`);

const resultRows = (page: Page) =>
  page.$$eval('.tools-console-result tbody tr', (r) => r.map((x) => [...x.children].map((c) => c.textContent)));

describe('SQL console in Chromium', () => {
  it('a shared console link reproduces the query, the chart choice and the result', async () => {
    const db = await publicDataDb();
    const expected = (await db.rows(QUERY)).map((r) => [String(r.kabupaten_kota), String(r.titik), String(r.end)]);
    db.close();
    expect(expected.length).toBe(11);

    step('open the workspace, wait for the console');
    const first = await openPage(browser, '#/explore?regency=15.02');
    const { page } = first;
    await page.locator('[data-console-state="ready"]').waitFor({ timeout: 90_000 });
    step('run the query');
    await runSql(page, QUERY);
    expect(await resultRows(page)).toEqual(expected);
    step('choose the bar chart');
    await page.getByRole('radio', { name: 'Batang' }).check();
    await page.locator('.tools-quick-chart .chart[data-chart-state="finished"]').waitFor({ timeout: 30_000 });

    // The link keeps the workspace's filter and pins the data version.
    step('read the link');
    const url = page.url();
    const params = new URLSearchParams(new URL(url).hash.split('?')[1]);
    expect(params.get('sql')).toBe(QUERY);
    expect(params.get('sqlchart')).toBe('bar');
    expect(params.get('regency')).toBe('15.02');
    expect(params.get('v')).toMatch(/^[0-9a-f]{8,64}$/);

    // The analyst's own SQL is readable in the result, also PIVOT (unbound: DuckDB expands it).
    step('run an unbound PIVOT');
    await runSql(
      page,
      "PIVOT (FROM sites WHERE status IN ('active', 'offline')) ON status USING count(*) GROUP BY technology ORDER BY technology",
    );
    expect((await resultRows(page)).length).toBeGreaterThan(0);

    // A one-line query's error is reported on line 1, with DuckDB's message.
    step('a one-line error');
    await runSql(page, 'SELECT nosuch FROM sites');
    await expect
      .poll(() => page.locator('.tools-console-out [role="alert"]').textContent())
      .toMatch(/DuckDB menolak perintah ini: Referenced column "nosuch" not found/);
    expect(await page.locator('.tools-console-errorpos').getAttribute('data-error-line')).toBe('1');
    expect(await page.locator('.tools-console-errorpos').getAttribute('data-error-column')).toBe('8');
    expect(first.foreignRequests).toEqual([]);
    expect(first.pageErrors).toEqual([]);
    await first.close();

    // A fresh page (another analyst) opens the link: same query, same chart choice, same rows.
    step('open the link in a fresh page');
    const second = await openPage(browser, new URL(url).hash);
    const p2 = second.page;
    await p2.locator('[data-console-from-link]').waitFor({ timeout: 90_000 });
    await p2.locator('.tools-console-result tbody tr').first().waitFor({ timeout: 90_000 });
    step("the link's result is shown");
    expect(await p2.getByLabel('Perintah SQL', { exact: true }).inputValue()).toBe(QUERY);
    expect(await resultRows(p2)).toEqual(expected);
    expect(await p2.getByRole('radio', { name: 'Batang' }).isChecked()).toBe(true);
    await p2.locator('.tools-quick-chart .chart[data-chart-state="finished"]').waitFor({ timeout: 30_000 });

    // The result downloads as CSV (BOM, the rows shown) with a provenance naming the SQL.
    step('download CSV and provenance');
    const [download] = await Promise.all([
      p2.waitForEvent('download'),
      p2.getByRole('button', { name: 'Unduh hasil kueri — CSV', exact: true }).click(),
    ]);
    const csv = await downloadedText(download);
    expect(csv.startsWith('\uFEFFkabupaten_kota,titik,end\r\n')).toBe(true);
    expect(csv.trimEnd().split('\r\n').slice(1)).toEqual(expected.map((r) => r.join(',')));
    const [sidecar] = await Promise.all([
      p2.waitForEvent('download'),
      p2.getByRole('button', { name: /Unduh keterangan asal \(jdac-kueri-/ }).click(),
    ]);
    const provenance = JSON.parse(await downloadedText(sidecar));
    expect(provenance.query.sql).toBe(QUERY);
    expect(provenance.query.tables).toEqual(['regencies', 'sites', 'villages']);
    expect(provenance.sources.map((s: { dataset: string }) => s.dataset)).toEqual(['regencies', 'sites', 'villages']);
    expect(provenance.data_version).toBe(params.get('v'));
    expect(provenance.row_count).toBe(11);
    expect(second.foreignRequests).toEqual([]);
    expect(second.pageErrors).toEqual([]);
    await second.close();
  }, 300_000);
});
