// The briefing deck end to end in Chromium: presenter keys walk every slide with the slide number and the URL
// following; every number in every narrative sentence is an element that names what it is (an indicator's figure
// with its period, scope and raw value; a difference or a count with what it is derived from; a period; a date),
// and one figure (indicator, period, scope) has one value on every slide. Whether those values are right is checked
// against an independent reference in tests/e2e/consistency.e2e.ts. The printed deck has one A4 landscape page per
// slide; a slide exports as a PNG; a link to a missing slide or to older data says so. Nothing leaves the origin and
// no page error occurs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, waitForCharts } from './browser.ts';
import { waitForSlideDrawn } from './overview-helpers.ts';
import { publicDataDb } from './public-data.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The regencies (code, name) as published: one spotlight slide each. */
async function regencies(): Promise<{ code: string; name: string }[]> {
  const db = await publicDataDb();
  const rows = await db.rows('SELECT regency_code AS code, name FROM regencies ORDER BY regency_code');
  db.close();
  return rows.map((r) => ({ code: String(r.code), name: String(r.name) }));
}

/** The slide on screen once its narrative, panels and charts are done. */
async function waitForSlide(page: Page, number: number, total: number): Promise<void> {
  await page
    .locator('.slide-counter')
    .filter({ hasText: `${number} / ${total}` })
    .waitFor();
  await waitForSlideDrawn(page);
}

interface Marked {
  text: string;
  attrs: Record<string, string>;
}

interface SlideReading {
  id: string;
  sentences: string[];
  /** Digits of the sentences that no marked element covers (must be none). */
  unmarked: string[];
  /** Every element of the slide (narrative, cards, tables) that shows an indicator's value. */
  figures: Marked[];
  /** The numbers of the narrative: figures, differences and counts. */
  numbers: Marked[];
}

async function readSlide(page: Page): Promise<SlideReading> {
  return page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('.slide-frame .slide');
    const attrsOf = (el: Element) =>
      Object.fromEntries([...el.attributes].filter((a) => a.name.startsWith('data-')).map((a) => [a.name, a.value]));
    const MARKS = '[data-indicator], [data-delta-of], [data-count-of], [data-period], [data-date], [data-baseline]';
    const sentences = [...(slide?.querySelectorAll('.slide-narrative .sentence') ?? [])];
    const unmarked: string[] = [];
    for (const s of sentences) {
      const walker = document.createTreeWalker(s, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement?.closest(MARKS)) continue;
        for (const m of node.textContent?.match(/\d[\d.,]*/g) ?? []) unmarked.push(`${m} in “${s.textContent}”`);
      }
    }
    const all = (sel: string, root: ParentNode | null | undefined) =>
      [...(root?.querySelectorAll(sel) ?? [])].map((el) => ({
        text: el.textContent?.trim() ?? '',
        attrs: attrsOf(el),
      }));
    return {
      id: slide?.dataset.slide ?? '',
      sentences: sentences.map((s) => s.textContent?.trim() ?? ''),
      unmarked,
      figures: [
        ...all('[data-indicator]', slide),
        ...all('[data-indicator]', document.querySelector('.briefing-facts')),
      ],
      numbers: all(
        '.slide-narrative [data-indicator], .slide-narrative [data-delta-of], .slide-narrative [data-count-of]',
        slide,
      ),
    };
  });
}

const hashParams = (page: Page) => new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '');

describe('briefing deck in Chromium', () => {
  it('walks every slide with the presenter keys; every narrative number says what it is, one value per figure', async () => {
    const regs = await regencies();
    // Nine main slides (the summary first, the regencies on one ranked page), then the appendix: one per regency.
    const total = 9 + regs.length;
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
      const r = await readSlide(page);
      readings.push(r);
      expect(r.sentences.length, r.id).toBeGreaterThanOrEqual(1);
      // The summary says one short sentence per target, the sites down, the outlook and the regencies: up to 7.
      expect(r.sentences.length, r.id).toBeLessThanOrEqual(r.id === 'summary' ? 7 : 4);
      // Every number written in a sentence sits in an element that says what it is.
      expect(r.unmarked, r.id).toEqual([]);
      // A figure names its indicator, period, scope and raw value; a difference or a count what it is derived from.
      for (const n of r.numbers) {
        expect(n.attrs['data-value'], `${r.id} ${n.text}`).toMatch(/^-?\d+(\.\d+)?(e-?\d+)?$/);
        expect(n.attrs['data-period'], `${r.id} ${n.text}`).toBeTruthy();
        expect(n.attrs, `${r.id} ${n.text}`).toHaveProperty('data-scope');
      }
      for (const f of r.figures) {
        expect(f.attrs['data-period'], `${r.id} ${f.text}`).toBeTruthy();
        expect(f.attrs, `${r.id} ${f.text}`).toHaveProperty('data-scope');
        expect(f.attrs, `${r.id} ${f.text}`).toHaveProperty('data-value');
      }
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

    // The same figure (indicator, period, scope) has the same raw value wherever the deck shows it.
    const values = new Map<string, Set<string>>();
    for (const r of readings)
      for (const f of r.figures) {
        const key = `${f.attrs['data-indicator']}|${f.attrs['data-period']}|${f.attrs['data-scope']}`;
        values.set(key, (values.get(key) ?? new Set()).add(f.attrs['data-value'] ?? ''));
      }
    const conflicts = [...values].filter(([, v]) => v.size > 1).map(([k, v]) => `${k}: ${[...v].join(' ≠ ')}`);
    expect(conflicts).toEqual([]);
    // The status and targets slides speak of the plan through the catalog's plan indicators.
    const byId = Object.fromEntries(readings.map((r) => [r.id, r]));
    const indicators = (id: string) => new Set(byId[id]?.figures.map((f) => f.attrs['data-indicator']));
    for (const i of ['blankspot_villages', 'blankspot_target', 'plan_progress', 'uptime', 'repeaters_active'])
      expect(indicators('status'), i).toContain(i);
    for (const i of ['plan_installations', 'planned_installations', 'plan_progress'])
      expect(indicators('targets'), i).toContain(i);
    // The summary opens the deck; the regencies are one ranked page; the spotlights follow as the appendix.
    expect(readings.slice(0, 9).map((r) => r.id)).toEqual([
      'summary',
      'status',
      'targets',
      'blankspot',
      'map',
      'regencies',
      'repeaters',
      'trends',
      'isolated',
    ]);
    for (const i of ['blankspot_villages', 'blankspot_target', 'plan_progress', 'repeaters_active', 'sites_down'])
      expect(indicators('summary'), i).toContain(i);
    for (const r of regs) {
      const reading = byId[`regency-${r.code}`];
      expect(reading, r.code).toBeDefined();
      expect(reading?.sentences.join(' ')).toContain(r.name);
    }

    // A slide as PNG: title, as-of and source drawn in; 1920 × 1080.
    await page.keyboard.press('Home');
    await waitForSlide(page, 1, total);
    await page.keyboard.press('ArrowRight');
    await waitForSlide(page, 2, total);
    await page.keyboard.press('ArrowRight');
    await waitForSlide(page, 3, total);
    await page.keyboard.press('ArrowRight');
    await waitForSlide(page, 4, total);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('navigation', { name: 'Kendali presentasi' }).getByRole('button', { name: 'Unduh PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('briefing-04-blankspot.png');
    const png = readFileSync(await download.path());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1920, 1080]);
    mkdirSync('tests/e2e/screenshots', { recursive: true });
    writeFileSync('tests/e2e/screenshots/briefing-slide-png.png', png);

    await page.getByRole('button', { name: 'Sembunyikan tabel angka' }).click();
    await page.keyboard.press('Home');
    await waitForSlide(page, 1, total);
    await page.screenshot({ path: 'tests/e2e/screenshots/briefing-1920.png' });
    expect(g.foreignRequests).toEqual([]);
    expect(g.pageErrors).toEqual([]);
    await g.close();
  }, 300_000);

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
    // The first figures wait for the engine to start and the data to load (slow on a busy 2-core machine).
    await page.locator('.slide-frame .slide[data-narrative-state="ready"]').waitFor({ timeout: 90_000 });
    const total = Number((await page.locator('.slide-counter').textContent())?.split('/')[1]?.trim());
    await page.getByRole('button', { name: 'Unduh PDF' }).click();
    // window.print() is called once every slide of the print stack has its figures and finished charts.
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1, undefined, {
      timeout: 150_000,
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
  }, 300_000);

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

    await page.goto(`${g.baseUrl}#/briefing?slide=4&lang=en`);
    await page
      .locator('.slide-frame .slide[data-slide="blankspot"][data-narrative-state="ready"]')
      .waitFor({ timeout: 90_000 });
    expect(await page.locator('.slide-frame .slide-headline').textContent()).toBe('Blankspot villages: reduction');
    expect(await page.locator('.slide-frame .slide-narrative').textContent()).toMatch(
      /^Villages without cellular signal, \d{4}/,
    );
    expect(g.foreignRequests).toEqual([]);
    expect(g.pageErrors).toEqual([]);
    await g.close();
  });
});
