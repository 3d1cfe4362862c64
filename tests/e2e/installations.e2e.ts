// The first panel end to end: the production build in Chromium shows, per regency, the counts that native DuckDB
// computes from the published files; nothing leaves the origin; no page error.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, readTable, screenshot, waitForCharts } from './browser.ts';
import { publicDataDb } from './public-data.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const id = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });

describe('installations per regency in Chromium', () => {
  it('shows each regency’s installed sites per year exactly as the published data says', async () => {
    const db = await publicDataDb();
    const expected = await db.rows(`
      SELECT r.name, CAST(year(s.installed_on) AS INTEGER) AS year, CAST(count(s.site_id) AS INTEGER) AS n
      FROM regencies r
      LEFT JOIN villages v ON v.regency_code = r.regency_code
      LEFT JOIN sites s ON s.village_code = v.village_code AND s.installed_on IS NOT NULL
      GROUP BY ALL`);
    db.close();
    const years = [...new Set(expected.map((r) => r.year).filter((y) => y !== null) as number[])].sort();

    const g = await openPage(browser, '#/');
    const section = g.page.getByRole('region', { name: 'Titik terpasang (semua program)' });
    await section.waitFor();
    await waitForCharts(g.page, '[data-panel="installations-by-regency"]');
    await section.getByRole('button', { name: 'Lihat tabel' }).click();
    const table = await readTable(g.page, '[data-panel="installations-by-regency"] table');

    const names = [...new Set(expected.map((r) => String(r.name)))];
    expect(Object.keys(table).sort()).toEqual(names.sort());
    for (const name of names) {
      const perYear = years.map((y) => expected.find((r) => r.name === name && r.year === y)?.n ?? 0);
      const total = perYear.reduce((a, b) => Number(a) + Number(b), 0);
      expect(table[name], name).toEqual([...perYear.map((n) => id.format(Number(n))), id.format(Number(total))]);
    }
    await screenshot(g.page, 'overview-1920');
    expect(g.foreignRequests).toEqual([]);
    expect(g.pageErrors).toEqual([]);
    await g.close();
  });
});
