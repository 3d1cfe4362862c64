// The briefing deck end to end in Chromium: presenter keys walk every slide with the slide number and the URL
// following; every number of every narrative sentence is a figure of that slide's table (and the key figures
// equal what native DuckDB computes from the published CSV files); the printed deck has one A4 landscape page per
// slide; a slide exports as a PNG; a link to a missing slide or to older data says so. Nothing leaves the origin
// and no page error occurs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, waitForCharts } from './browser.ts';
import { publicDataDb } from './public-data.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const id = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const n = (v: unknown) => id.format(Number(v));

/** Numbers as written in a text: "1.268", "90", "2025", "93,1". */
const numbers = (text: string) => text.match(/\d[\d.,]*\d|\d/g) ?? [];

interface Expected {
  regencies: {
    code: string;
    name: string;
    blankspot: number;
    sites: number;
    installed2024: number;
    planned2024: number | null;
  }[];
  blankspot: Record<number, number>;
  installedIn: Record<number, number>;
  province: Record<number, { planned: number; target: number | null }>;
}

async function expectedFigures(): Promise<Expected> {
  const db = await publicDataDb();
  const num = (v: unknown) => Number(v);
  const blank = await db.rows(
    'SELECT year, count(*) FILTER (WHERE is_blankspot) AS n FROM village_coverage GROUP BY year ORDER BY year',
  );
  const inst = await db.rows(
    "SELECT CAST(year(installed_on) AS INTEGER) AS year, count(*) AS n FROM sites WHERE installed_on IS NOT NULL AND technology IN ('VSAT', 'GSM repeater') GROUP BY 1",
  );
  const prov = await db.rows(
    'SELECT year, planned_installations AS planned, blankspot_target AS target FROM targets WHERE regency_code IS NULL',
  );
  const regs = await db.rows(`
    SELECT r.regency_code AS code, r.name,
      (SELECT count(*) FROM village_coverage c JOIN villages v USING (village_code)
        WHERE v.regency_code = r.regency_code AND c.is_blankspot
          AND c.year = (SELECT max(year) FROM village_coverage)) AS blankspot,
      (SELECT count(*) FROM sites s JOIN villages v USING (village_code)
        WHERE v.regency_code = r.regency_code AND s.installed_on IS NOT NULL AND s.status <> 'planned') AS sites,
      (SELECT count(*) FROM sites s JOIN villages v USING (village_code)
        WHERE v.regency_code = r.regency_code AND year(s.installed_on) = 2024
          AND s.technology IN ('VSAT', 'GSM repeater')) AS installed2024,
      (SELECT planned_installations FROM targets t WHERE t.year = 2024 AND t.regency_code = r.regency_code) AS planned2024
    FROM regencies r ORDER BY r.regency_code`);
  db.close();
  return {
    blankspot: Object.fromEntries(blank.map((r) => [num(r.year), num(r.n)])),
    installedIn: Object.fromEntries(inst.map((r) => [num(r.year), num(r.n)])),
    province: Object.fromEntries(
      prov.map((r) => [num(r.year), { planned: num(r.planned), target: r.target === null ? null : num(r.target) }]),
    ),
    regencies: regs.map((r) => ({
      code: String(r.code),
      name: String(r.name),
      blankspot: num(r.blankspot),
      sites: num(r.sites),
      installed2024: num(r.installed2024),
      planned2024: r.planned2024 === null ? null : num(r.planned2024),
    })),
  };
}

/** The slide on screen once its narrative, panels and charts are done. */
async function waitForSlide(page: Page, number: number, total: number): Promise<void> {
  await page
    .locator('.slide-counter')
    .filter({ hasText: `${number} / ${total}` })
    .waitFor();
  await page.waitForFunction(() => {
    const slide = document.querySelector<HTMLElement>('.slide-frame .slide');
    if (slide?.dataset.narrativeState !== 'ready') return false;
    if (slide.querySelector('[data-state="loading"]')) return false;
    return [...slide.querySelectorAll<HTMLElement>('.chart')].every((c) => c.dataset.chartState === 'finished');
  });
}

interface SlideReading {
  id: string;
  sentences: string[];
  /** data-fact → the text written in the sentence. */
  written: Record<string, string>;
  /** Slide table: fact id → [name, value]. */
  table: Record<string, [string, string]>;
}

async function readSlide(page: Page): Promise<SlideReading> {
  return page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('.slide-frame .slide');
    const facts = document.querySelector('.briefing-facts');
    const sentences = [...(slide?.querySelectorAll('.slide-narrative .sentence') ?? [])].map(
      (s) => s.textContent?.trim() ?? '',
    );
    const written = Object.fromEntries(
      [...(slide?.querySelectorAll<HTMLElement>('.slide-narrative [data-fact]') ?? [])].map((f) => [
        f.dataset.fact ?? '',
        f.textContent?.trim() ?? '',
      ]),
    );
    const table = Object.fromEntries(
      [...(facts?.querySelectorAll<HTMLElement>('tbody tr') ?? [])].map((tr) => [
        tr.dataset.key ?? '',
        [tr.querySelector('th')?.textContent?.trim() ?? '', tr.querySelector('td')?.textContent?.trim() ?? ''],
      ]),
    );
    return { id: slide?.dataset.slide ?? '', sentences, written, table: table as Record<string, [string, string]> };
  });
}

const hashParams = (page: Page) => new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '');

describe('briefing deck in Chromium', () => {
  it('walks every slide with the presenter keys; every narrative number is in the slide’s table', async () => {
    const expected = await expectedFigures();
    const total = 7 + expected.regencies.length;
    const g = await openPage(browser, '#/briefing');
    const { page } = g;
    await waitForSlide(page, 1, total);
    const version = hashParams(page).get('v');
    expect(version).toMatch(/^[0-9a-f]{8,}$/);
    expect(hashParams(page).get('slide')).toBe('1');
    await page.getByRole('button', { name: 'Lihat tabel angka' }).click();

    const readings: SlideReading[] = [];
    for (let k = 1; k <= total; k++) {
      if (k > 1) await page.keyboard.press('ArrowRight');
      await waitForSlide(page, k, total);
      expect(hashParams(page).get('slide')).toBe(String(k));
      expect(hashParams(page).get('v')).toBe(version);
      await page.locator('.briefing-facts tbody tr').first().waitFor();
      const r = await readSlide(page);
      readings.push(r);
      expect(r.sentences.length, r.id).toBeGreaterThanOrEqual(1);
      expect(r.sentences.length, r.id).toBeLessThanOrEqual(3);
      // Every figure written in a sentence is the value of its row in the slide's table…
      for (const [fact, text] of Object.entries(r.written)) expect(r.table[fact]?.[1], `${r.id} ${fact}`).toBe(text);
      // …and every number in the sentences' text appears in that table.
      const inTable = new Set(Object.values(r.table).flatMap(([name, value]) => numbers(`${name} ${value}`)));
      for (const s of r.sentences) for (const x of numbers(s)) expect(inTable, `${r.id}: ${x} in “${s}”`).toContain(x);
    }
    // One more → stays on the last slide; Home, End, PageUp.
    await page.keyboard.press('ArrowRight');
    await waitForSlide(page, total, total);
    await page.keyboard.press('Home');
    await waitForSlide(page, 1, total);
    expect(hashParams(page).get('slide')).toBe('1');
    await page.keyboard.press('End');
    await waitForSlide(page, total, total);
    expect(hashParams(page).get('slide')).toBe(String(total));
    await page.keyboard.press('PageUp');
    await waitForSlide(page, total - 1, total);
    expect(hashParams(page).get('slide')).toBe(String(total - 1));
    await page.keyboard.press('PageDown');
    await waitForSlide(page, total, total);

    // The figures, independently of the app.
    const byId = Object.fromEntries(readings.map((r) => [r.id, r]));
    const years = Object.keys(expected.blankspot).map(Number);
    const last = Math.max(...years);
    const prev = Math.max(...years.filter((y) => y < last));
    const value = (slide: string, fact: string) => byId[slide]?.table[fact]?.[1];

    expect(value('status', 'status.installed')).toBe(n(expected.installedIn[last] ?? 0));
    expect(value('status', 'status.planned')).toBe(n(expected.province[last]?.planned));
    expect(value('status', 'status.blankspot')).toBe(n(expected.blankspot[last]));
    expect(value('status', 'status.blankspotTarget')).toBe(n(expected.province[last]?.target));
    expect(value('blankspot', 'blankspot.remaining')).toBe(n(expected.blankspot[last]));
    expect(value('blankspot', 'blankspot.previous')).toBe(n(expected.blankspot[prev]));
    expect(value('blankspot', 'blankspot.change')).toBe(
      n(Math.abs((expected.blankspot[last] ?? 0) - (expected.blankspot[prev] ?? 0))),
    );
    for (const r of expected.regencies) {
      const slide = `regency-${r.code}`;
      const reading = byId[slide];
      expect(reading, slide).toBeDefined();
      expect(reading?.sentences.join(' ')).toContain(r.name);
      if (r.blankspot > 0) expect(value(slide, 'regency.blankspot'), slide).toBe(n(r.blankspot));
      if (r.sites > 0) expect(value(slide, 'regency.sitesTotal'), slide).toBe(n(r.sites));
      if (r.planned2024 !== null && r.planned2024 > 0) {
        expect(value(slide, 'regency.target.installed'), slide).toBe(n(r.installed2024));
        expect(value(slide, 'regency.target.planned'), slide).toBe(n(r.planned2024));
      }
    }

    // The blankspot slide's sentence and its chart's own table ("Lihat tabel" of the panel) agree.
    await page.keyboard.press('Home');
    await waitForSlide(page, 1, total);
    await page.keyboard.press('ArrowRight');
    await waitForSlide(page, 2, total);
    await page.keyboard.press('ArrowRight');
    await waitForSlide(page, 3, total);
    await page
      .locator('.slide-frame [data-panel="blankspot-reduction"]')
      .getByRole('button', { name: 'Lihat tabel' })
      .click();
    const panelRow = await page.$$eval(
      `.slide-frame [data-panel="blankspot-reduction"] tbody tr[data-key="${last}"] td`,
      (tds) => tds.map((td) => td.textContent?.trim()),
    );
    expect(panelRow[0]).toBe(n(expected.blankspot[last]));

    // A slide as PNG: title, as-of and source drawn in; 1920 × 1080.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('navigation', { name: 'Kendali presentasi' }).getByRole('button', { name: 'Unduh PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('briefing-03-blankspot.png');
    const png = readFileSync(await download.path());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
    mkdirSync('tests/e2e/screenshots', { recursive: true });
    writeFileSync('tests/e2e/screenshots/briefing-slide-png.png', png);

    await page.getByRole('button', { name: 'Sembunyikan tabel angka' }).click();
    // Closing the panel's table gives the chart its room back: wait for the chart to be redrawn at that size.
    const chart = page.locator('.slide-frame [data-panel="blankspot-reduction"] .chart');
    const renders = Number(await chart.getAttribute('data-renders'));
    await page
      .locator('.slide-frame [data-panel="blankspot-reduction"]')
      .getByRole('button', { name: 'Sembunyikan tabel' })
      .click();
    await page.waitForFunction(
      (before) => Number(document.querySelector<HTMLElement>('.slide-frame .chart')?.dataset.renders) > before,
      renders,
    );
    await page.screenshot({ path: 'tests/e2e/screenshots/briefing-1920.png' });
    expect(g.foreignRequests).toEqual([]);
    expect(g.pageErrors).toEqual([]);
    await g.close();
  });

  it('prints one A4 landscape page per slide through "Unduh PDF"', async () => {
    const g = await openPage(browser, '#/briefing?slide=2');
    const { page } = g;
    await page.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => {
        w.printed += 1;
      };
    });
    await page.locator('.slide-frame .slide[data-narrative-state="ready"]').waitFor();
    const total = Number((await page.locator('.slide-counter').textContent())?.split('/')[1]?.trim());
    await page.getByRole('button', { name: 'Unduh PDF' }).click();
    // window.print() is called once every slide of the print stack has its figures and finished charts.
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1, undefined, {
      timeout: 60_000,
    });
    expect(await page.locator('.briefing-print .slide').count()).toBe(total);
    await waitForCharts(page, '.briefing-print');
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages.length).toBe(total);
    mkdirSync('tests/e2e/screenshots', { recursive: true });
    writeFileSync('/tmp/briefing-e2e.pdf', pdf);
    if (existsSync('/usr/bin/pdftoppm')) {
      execFileSync('/usr/bin/pdftoppm', [
        '-png',
        '-r',
        '80',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        '/tmp/briefing-e2e.pdf',
        'tests/e2e/screenshots/briefing-pdf-page1',
      ]);
    }
    expect(g.foreignRequests).toEqual([]);
    expect(g.pageErrors).toEqual([]);
    await g.close();
  });

  it('says when a linked slide does not exist or the data changed since the link was made; speaks English', async () => {
    const g = await openPage(browser, '#/briefing?slide=99&v=0123456789abcdef');
    const { page } = g;
    await page.locator('[data-note="slide"]').waitFor();
    expect(await page.locator('[data-note="slide"]').textContent()).toContain('Slide 99 tidak ada');
    expect(await page.locator('[data-note="version"]').textContent()).toContain('0123456789abcdef');
    await page
      .locator('.slide-counter')
      .filter({ hasText: /^1 \/ \d+$/ })
      .waitFor();
    await page.waitForFunction(() => new URLSearchParams(location.hash.split('?')[1]).get('slide') === '1');
    expect(hashParams(page).get('v')).not.toBe('0123456789abcdef');

    await page.goto(`${g.baseUrl}#/briefing?slide=3&lang=en`);
    await page.locator('.slide-frame .slide[data-slide="blankspot"][data-narrative-state="ready"]').waitFor();
    expect(await page.locator('.slide-headline').textContent()).toBe('Blankspot villages: reduction and projection');
    expect(await page.locator('.slide-narrative').textContent()).toMatch(/^Villages still without cellular signal/);
    expect(g.foreignRequests).toEqual([]);
    expect(g.pageErrors).toEqual([]);
    await g.close();
  });
});
