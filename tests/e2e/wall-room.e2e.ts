// The wall designed for a room read from five metres (docs/wall-setup.md "Reading distance"), at 1920×1080 and
// 3840×2160: on every page of the shipped playlist (public/data/wall.json) every tile has its figures, the tiles
// fill the screen (no empty quarter), nothing scrolls or spills out of a tile, no visible text is smaller than the
// minimum (24 px / 48 px; key figures 80 px / 160 px) — DOM text by its computed size, chart text both by the
// resolved chart option (window.__jdac.chartOptions, theme merged in) and by what ECharts really draws on its
// canvas. The page counter counts pages, one step per page. Screenshots of every page at both sizes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, screenshot } from './browser.ts';

// The playlist as served (the build's copy of public/data/wall.json).
const WALL = JSON.parse(readFileSync(join(process.env.E2E_DIST ?? 'dist', 'data', 'wall.json'), 'utf8')) as {
  pages: { id: string; panels: string[] }[];
};

const SIZES = [
  { width: 1920, height: 1080, minText: 24, minKpi: 80 },
  { width: 3840, height: 2160, minText: 48, minKpi: 160 },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Records the size of every text ECharts draws on a canvas (font px and the text), from the first paint on. */
function recordCanvasText(): void {
  const drawn: { px: number; text: string }[] = [];
  (window as unknown as { __drawnText: typeof drawn }).__drawnText = drawn;
  const fill = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text, x, y, max) {
    const px = /(\d+(?:\.\d+)?)px/.exec(this.font)?.[1];
    if (px && String(text).trim() !== '') drawn.push({ px: Number(px), text: String(text) });
    return max === undefined ? fill.call(this, text, x, y) : fill.call(this, text, x, y, max);
  };
}

/** Waits until page `id` is on screen with every tile past loading and every chart drawn. */
async function pageReady(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (pageId) => {
      const wall = document.querySelector(`.wall[data-wall-page="${pageId}"]`);
      const tiles = wall ? [...wall.querySelectorAll('.wall-grid > [data-panel]')] : [];
      const charts = wall ? [...wall.querySelectorAll<HTMLElement>('.wall-grid .chart')] : [];
      return (
        tiles.length > 0 &&
        tiles.every((t) => t.getAttribute('data-state') !== 'loading') &&
        charts.every((c) => c.dataset.chartState === 'finished')
      );
    },
    id,
    { timeout: 90_000 },
  );
}

interface RoomReport {
  tiles: { panel: string; state: string | null; spillX: number; spillY: number }[];
  pageScroll: [number, number];
  /** Share of the grid's area covered by tiles. */
  covered: number;
  /** Per quarter of the grid: empty when at least 30 % of it is content, else what is wrong. */
  quarters: string[];
  smallText: string[];
  kpiValues: number[];
  counter: string;
}

function inspectRoom(page: Page, minText: number): Promise<RoomReport> {
  return page.evaluate((min) => {
    const wall = document.querySelector('.wall') as HTMLElement;
    const grid = wall.querySelector('.wall-grid') as HTMLElement;
    const tiles = [...grid.querySelectorAll<HTMLElement>(':scope > [data-panel]')];
    const g = grid.getBoundingClientRect();
    const area = tiles.reduce((sum, t) => {
      const r = t.getBoundingClientRect();
      return sum + r.width * r.height;
    }, 0);
    // Each quarter of the grid must be mostly content (chart canvas, key-figure card, list or table row, text), not
    // bare tile: 10×10 points per quarter, at least 30 % of them on content.
    const content = (el: Element | null) =>
      el?.closest('.wall-grid > [data-panel]') &&
      el.closest('canvas, .kpi-card, tr, li, p, h2, h3, dl, figure, svg, img') !== null;
    const quarters = [
      [0, 0],
      [0.5, 0],
      [0, 0.5],
      [0.5, 0.5],
    ].map(([fx, fy]) => {
      let hits = 0;
      for (let i = 0; i < 10; i++)
        for (let j = 0; j < 10; j++) {
          const x = g.left + g.width * ((fx as number) + (i + 0.5) / 20);
          const y = g.top + g.height * ((fy as number) + (j + 0.5) / 20);
          if (content(document.elementFromPoint(x, y))) hits += 1;
        }
      return hits >= 30 ? '' : `only ${hits} % content in the quarter at ${fx},${fy}`;
    });
    // Every visible text node inside the wall, by its element's computed size.
    const hidden = (el: Element | null): boolean => {
      for (let e = el; e && e !== wall; e = e.parentElement) {
        const r = e.getBoundingClientRect();
        const cs = getComputedStyle(e);
        if (r.width <= 1 || r.height <= 1 || cs.clipPath !== 'none' || cs.display === 'none') return true;
        if (cs.visibility === 'hidden' || Number(cs.opacity) === 0) return true;
      }
      return false;
    };
    const smallText: string[] = [];
    const walker = document.createTreeWalker(wall, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? '').trim();
      const el = n.parentElement;
      if (!text || !el || hidden(el)) continue;
      const px = Number.parseFloat(getComputedStyle(el).fontSize);
      if (px < min - 0.01)
        smallText.push(`${px}px <${el.tagName.toLowerCase()} class="${el.className}">${text.slice(0, 50)}`);
    }
    const se = document.scrollingElement as Element;
    return {
      tiles: tiles.map((t) => ({
        panel: t.getAttribute('data-panel') ?? '',
        state: t.getAttribute('data-state'),
        spillX: t.scrollWidth - t.clientWidth,
        spillY: t.scrollHeight - t.clientHeight,
      })),
      pageScroll: [se.scrollWidth - innerWidth, se.scrollHeight - innerHeight],
      covered: area / (g.width * g.height),
      quarters,
      smallText,
      kpiValues: [...wall.querySelectorAll('.kpi-value')].map((e) => Number.parseFloat(getComputedStyle(e).fontSize)),
      counter: wall.querySelector('.wall-foot')?.textContent ?? '',
    };
  }, minText);
}

/** Every font size in the charts' resolved options (axis labels, legends, labels, names, tooltips), by path. */
function chartFontSizes(page: Page): Promise<{ path: string; px: number }[]> {
  return page.evaluate(() => {
    const hooks = (window as unknown as { __jdac?: { chartOptions(scope?: string): unknown[] } }).__jdac;
    const out: { path: string; px: number }[] = [];
    const walk = (v: unknown, path: string) => {
      if (Array.isArray(v))
        v.forEach((x, i) => {
          walk(x, `${path}[${i}]`);
        });
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          if (k === 'fontSize' && typeof x === 'number') out.push({ path, px: x });
          else if (k !== 'data') walk(x, `${path}.${k}`);
        }
    };
    (hooks?.chartOptions('.wall-grid') ?? []).forEach((o, i) => {
      walk(o, `chart${i}`);
    });
    return out;
  });
}

describe('the wall for a room read from five metres', () => {
  it('counts pages, one step per page: all regencies are one page', async () => {
    const g = await openPage(browser, '#/wall?dwell=600');
    const { page } = g;
    await page.waitForSelector('.wall[data-wall-page]', { timeout: 60_000 });
    expect(Number(await page.getAttribute('.wall', 'data-steps'))).toBe(WALL.pages.length);
    expect(await page.textContent('.wall-foot')).toBe(`Halaman 1 dari ${WALL.pages.length}`);
    const spotlight = WALL.pages.filter((p) => p.panels.includes('regency-spotlight'));
    expect(spotlight.map((p) => p.id)).toEqual(['sorotan']);
    await g.close();
  });

  for (const size of SIZES) {
    it(`fills ${size.width}×${size.height} on every page, nothing scrolls, no text under ${size.minText} px`, async () => {
      const g = await openPage(browser, '#/wall?dwell=600&pages=ringkasan', { width: size.width, height: size.height });
      const { page, context } = g;
      await context.addInitScript(recordCanvasText);
      await page.reload();
      const problems: string[] = [];
      for (const { id, panels } of WALL.pages) {
        await page.goto(`${g.baseUrl}#/wall?dwell=600&pages=${id}`);
        try {
          await pageReady(page, id);
        } catch (e) {
          problems.push(`${id}: not ready (${String(e).split('\n')[0]})`);
          await screenshot(page, `wall-room-${id}-${size.width}`);
          continue;
        }
        const room = await inspectRoom(page, size.minText);
        expect(
          room.tiles.map((t) => t.panel),
          id,
        ).toEqual(panels);
        for (const t of room.tiles) {
          if (t.state !== 'ready') problems.push(`${id}: tile ${t.panel} is ${t.state}`);
          if (t.spillX > 1 || t.spillY > 1) problems.push(`${id}: tile ${t.panel} spills ${t.spillX}×${t.spillY} px`);
        }
        if (room.pageScroll.some((d) => d > 0)) problems.push(`${id}: the page scrolls ${room.pageScroll.join('×')}`);
        if (room.covered < 0.85) problems.push(`${id}: tiles cover ${Math.round(room.covered * 100)} % of the grid`);
        for (const q of room.quarters) if (q) problems.push(`${id}: empty quarter: ${q}`);
        for (const s of room.smallText) problems.push(`${id}: small DOM text ${s}`);
        for (const px of room.kpiValues)
          if (px < size.minKpi) problems.push(`${id}: key figure at ${px} px (< ${size.minKpi})`);
        if ((panels.includes('kpis') || panels.includes('leadership')) && room.kpiValues.length === 0)
          problems.push(`${id}: no key figures`);
        if (room.counter !== 'Halaman 1 dari 1') problems.push(`${id}: counter "${room.counter}"`);

        const canvases = await page.locator('.wall-grid canvas').count();
        const fonts = await chartFontSizes(page);
        if (canvases > 0 && fonts.length === 0) problems.push(`${id}: no chart option read`);
        for (const f of fonts)
          if (f.px < size.minText) problems.push(`${id}: chart option ${f.path}.fontSize = ${f.px}`);
        const drawn = await page.evaluate(() => {
          const log = (window as unknown as { __drawnText: { px: number; text: string }[] }).__drawnText;
          return log.splice(0, log.length);
        });
        if (canvases > 0 && drawn.length === 0) problems.push(`${id}: no chart text drawn`);
        for (const d of drawn)
          if (d.px < size.minText) problems.push(`${id}: chart draws "${d.text.slice(0, 30)}" at ${d.px} px`);
        await screenshot(page, `wall-room-${id}-${size.width}`);
      }
      expect([...new Set(problems)]).toEqual([]);
      expect(g.pageErrors).toEqual([]);
      await g.close();
    }, 600_000);
  }
});
