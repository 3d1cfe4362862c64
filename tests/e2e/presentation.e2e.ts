// Presentation without controls (issues 14 and 15), in Chromium: every wall page and every briefing slide — on
// screen and in the print stack — carries no control inside its panels (no input, select, button, disclosure, radio,
// slider, link) and no "click" hint, and no chart on them has a zoom slider, a paged or clickable legend or a
// draggable colour scale (read from the live ECharts instances). Printing the briefing with the browser's own print
// (Ctrl+P: `page.pdf()` with nothing clicked first) gives one A4 landscape page per slide, and the map slide's chart
// is drawn on the page being printed.
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openPage, waitForCharts } from './browser.ts';
import { waitForSlideDrawn } from './overview-helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Anything a person could operate. */
const CONTROLS = [
  'input',
  'select',
  'textarea',
  'button',
  'summary',
  'details',
  'a[href]',
  '[role="radio"]',
  '[role="button"]',
  '[role="slider"]',
  '[role="combobox"]',
  '[role="checkbox"]',
  '[role="switch"]',
  '[contenteditable="true"]',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

interface ChartReading {
  panel: string;
  /**
   * dataZoom components of the option as ECharts holds it. (Without the zoom component registered, the theme's
   * `dataZoom` text style shows up there as a bare object: that is no component and is left out.)
   */
  zoom: string[];
  legends: { type: string; selectedMode: unknown }[];
  visualMaps: { calculable: boolean }[];
}

interface Reading {
  /** Controls found inside panels: "panel-id: <tag> text". */
  controls: string[];
  /** Click/choose hints found in the text. */
  hints: string[];
  charts: ChartReading[];
}

/**
 * Reads the panels inside `root`: controls, hints, and each chart's option from its live ECharts instance (reached
 * through the React component that owns it: echarts-for-react's getEchartsInstance()).
 */
async function readPresentation(page: Page, root: string, panels = '[data-panel]'): Promise<Reading> {
  return page.evaluate(
    ({ root, panels, controls }) => {
      const scope = document.querySelector(root);
      if (!scope) throw new Error(`${root} not found`);
      const sections = [...scope.querySelectorAll<HTMLElement>(panels)];
      const found = sections.flatMap((s) =>
        [...s.querySelectorAll(controls)].map(
          (el) => `${s.dataset.panel ?? s.dataset.slide}: <${el.tagName.toLowerCase()}> ${el.textContent?.trim()}`,
        ),
      );
      const hints = sections
        .map((s) => s.textContent ?? '')
        .flatMap((t) => t.match(/(Klik|Click|Pilih|Choose)[^.]{0,80}/g) ?? []);
      type Instance = { getOption(): Record<string, unknown> };
      type Fiber = { return: Fiber | null; stateNode: { getEchartsInstance?: () => Instance } | null };
      const charts = [...scope.querySelectorAll<HTMLElement>('.chart')].map((box) => {
        const host = box.querySelector<HTMLElement>('[_echarts_instance_]');
        if (!host) throw new Error('a chart without an ECharts instance');
        const key = Object.keys(host).find((k) => k.startsWith('__reactFiber$'));
        let fiber = key ? ((host as unknown as Record<string, Fiber>)[key] ?? null) : null;
        while (fiber && typeof fiber.stateNode?.getEchartsInstance !== 'function') fiber = fiber.return;
        const instance = fiber?.stateNode?.getEchartsInstance?.();
        if (!instance) throw new Error('no ECharts instance behind a chart');
        const option = instance.getOption();
        const list = (v: unknown) => (Array.isArray(v) ? v : v ? [v] : []) as Record<string, unknown>[];
        return {
          panel: box.closest<HTMLElement>('[data-panel]')?.dataset.panel ?? '',
          zoom: list(option.dataZoom)
            .filter((z) => Object.keys(z).some((k) => k !== 'textStyle'))
            .map((z) => JSON.stringify({ type: z.type, start: z.start, end: z.end })),
          legends: list(option.legend).map((l) => ({ type: String(l.type ?? 'plain'), selectedMode: l.selectedMode })),
          visualMaps: list(option.visualMap).map((v) => ({ calculable: v.calculable === true })),
        };
      });
      return { controls: found, hints, charts };
    },
    { root, panels, controls: CONTROLS },
  );
}

/** Nothing to operate and nothing that asks to be clicked; charts without zoom slider, paging or drag handles. */
function expectPresentation(r: Reading, where: string): void {
  expect(r.controls, `${where}: controls`).toEqual([]);
  expect(r.hints, `${where}: hints`).toEqual([]);
  for (const c of r.charts) {
    expect(c.zoom, `${where} ${c.panel}: dataZoom`).toEqual([]);
    for (const l of c.legends) {
      expect(l.type, `${where} ${c.panel}: legend type`).toBe('plain');
      expect(l.selectedMode, `${where} ${c.panel}: legend clickable`).toBe(false);
    }
    for (const v of c.visualMaps) expect(v.calculable, `${where} ${c.panel}: visualMap handles`).toBe(false);
  }
}

/** Records requests for the zoom slider's code (its own chunk): a page without zoom sliders never loads it. */
function zoomChunkRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (/echarts-zoom-parts/.test(r.url())) urls.push(r.url());
  });
  return urls;
}

/** The slide on screen once its narrative, panels and charts are done. */
async function waitForSlide(page: Page, number: number): Promise<void> {
  await page.waitForSelector(`.slide-counter[data-slide-number="${number}"]`);
  await waitForSlideDrawn(page);
}

/** Every slide of the print stack is there with its figures, panels and finished charts. */
async function waitForPrintStack(page: Page, total: number): Promise<void> {
  await waitForPrintSlides(page, total).catch(async (e: unknown) => {
    // Say which slide was not ready.
    const state = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.briefing-print .print-slide')].map((p) => {
        const slide = p.querySelector<HTMLElement>('.slide');
        const charts = [...(slide?.querySelectorAll<HTMLElement>('.chart') ?? [])].map(
          (c) => `${c.dataset.chartState}×${c.dataset.renders ?? 0}`,
        );
        const panels = [...(slide?.querySelectorAll<HTMLElement>('[data-state]') ?? [])].map((x) => x.dataset.state);
        return `${p.dataset.printSlide}: ${slide?.dataset.narrativeState ?? 'absent'} [${panels}] {${charts}}`;
      }),
    );
    throw new Error(`print stack not ready: ${state.join(' | ')}`, { cause: e });
  });
}

async function waitForPrintSlides(page: Page, total: number): Promise<void> {
  await page.waitForFunction(
    (n) => {
      const slides = [...document.querySelectorAll<HTMLElement>('.briefing-print .print-slide')];
      if (slides.length !== n) return false;
      return slides.every((p) => {
        const slide = p.querySelector<HTMLElement>('.slide');
        if (slide?.dataset.narrativeState !== 'ready') return false;
        if (slide.querySelector('[data-state="loading"]')) return false;
        return [...slide.querySelectorAll<HTMLElement>('.chart')].every((c) => c.dataset.chartState === 'finished');
      });
    },
    total,
    { timeout: 240_000, polling: 500 },
  );
}

describe('presentation without controls', () => {
  it('no wall page has a control, a click hint or an interactive chart part inside its panels', async () => {
    const g = await openPage(browser, '#/wall?pages=ringkasan&dwell=600');
    const { page } = g;
    const zoomCode = zoomChunkRequests(page);
    await page.waitForSelector('.wall[data-wall-page]', { timeout: 60_000 });
    // Every page of the published playlist (whatever it holds), each shown on its own.
    const pages = await page.evaluate(async () => {
      const res = await fetch(new URL('data/wall.json', document.baseURI));
      const json = (await res.json()) as { pages: { id: string }[] };
      return json.pages.map((p) => p.id);
    });
    expect(pages.length).toBeGreaterThan(0);
    let charts = 0;
    for (const id of pages) {
      await page.goto(`${g.baseUrl}#/wall?pages=${id}&dwell=600`);
      await page.waitForSelector(`.wall[data-wall-page="${id}"] .wall-grid [data-panel]`, { timeout: 60_000 });
      await page.waitForFunction(
        () => document.querySelectorAll('.wall-grid [data-panel][data-state="loading"]').length === 0,
        undefined,
        { timeout: 90_000 },
      );
      if (await page.locator('.wall-grid .chart').count()) await waitForCharts(page, '.wall-grid');
      const r = await readPresentation(page, '.wall-grid');
      expectPresentation(r, `wall:${id}`);
      charts += r.charts.length;
      if (id === 'wilayah') await page.screenshot({ path: '/tmp/pres-wall-wilayah.png' });
      if (id === 'tren') await page.screenshot({ path: '/tmp/pres-wall-tren.png' });
    }
    expect(charts, 'charts read on the wall').toBeGreaterThan(0);
    expect(zoomCode, 'zoom slider code loaded on the wall').toEqual([]);
    expect(g.pageErrors).toEqual([]);
    expect(g.foreignRequests).toEqual([]);
    await g.close();
  }, 300_000);

  it('no briefing slide has a control inside its body, on screen or in the print stack', async () => {
    const g = await openPage(browser, '#/briefing?slide=1');
    const { page } = g;
    const zoomCode = zoomChunkRequests(page);
    await waitForSlide(page, 1);
    const total = Number(/\/\s*(\d+)/.exec((await page.textContent('.slide-counter')) ?? '')?.[1]);
    expect(total).toBeGreaterThan(1);
    let charts = 0;
    for (let k = 1; k <= total; k++) {
      if (k > 1) await page.keyboard.press('ArrowRight');
      await waitForSlide(page, k);
      const r = await readPresentation(page, '.slide-frame', '.slide-body');
      const id = await page.getAttribute('.slide-frame .slide', 'data-slide');
      expectPresentation(r, `slide ${k} (${id})`);
      charts += r.charts.length;
      if (id === 'map') await page.screenshot({ path: '/tmp/pres-briefing-map.png' });
    }
    expect(charts, 'charts read on the slides').toBeGreaterThan(0);
    // The print stack (what any print shows) holds every slide, drawn, just as bare.
    await waitForPrintStack(page, total);
    const printed = await readPresentation(page, '.briefing-print', '.slide');
    expectPresentation(printed, 'print stack');
    expect(printed.charts.length).toBeGreaterThanOrEqual(charts);
    expect(zoomCode, 'zoom slider code loaded by the briefing').toEqual([]);
    expect(g.pageErrors).toEqual([]);
    expect(g.foreignRequests).toEqual([]);
    await g.close();
  }, 400_000);

  it("prints every slide complete, the map drawn, one A4 landscape page each, with the browser's own print", async () => {
    const g = await openPage(browser, '#/briefing?slide=1');
    const { page } = g;
    await waitForSlide(page, 1);
    const total = Number(/\/\s*(\d+)/.exec((await page.textContent('.slide-counter')) ?? '')?.[1]);
    // Nothing is clicked: the deck has drawn the print stack by itself by the time one would press Ctrl+P.
    await waitForPrintStack(page, total);
    await page.emulateMedia({ media: 'print' });
    // As printed: the stack is what shows, one slide per page box, and the map's canvas holds a drawn map at the
    // size of its box (a canvas drawn for another size would print stretched or cut).
    const map = await page.evaluate(() => {
      const slide = document.querySelector<HTMLElement>('.briefing-print .print-slide[data-print-slide="map"]');
      const canvas = slide?.querySelector<HTMLCanvasElement>('[data-panel="regency-map"] .chart canvas');
      if (!slide || !canvas) return null;
      const ctx = canvas.getContext('2d');
      const { width, height } = canvas;
      const data = ctx?.getImageData(0, 0, width, height).data ?? new Uint8ClampedArray();
      // Pixels of the colour scale's hues (not white, not grey text): the areas of the map.
      let coloured = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b, a] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0, data[i + 3] ?? 0];
        if (a > 200 && Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured += 1;
      }
      const box = canvas.getBoundingClientRect();
      return {
        visible: slide.getBoundingClientRect().width > 0 && getComputedStyle(slide).visibility === 'visible',
        coloured,
        pixels: width * height,
        ratio: width / Math.max(1, box.width),
        ratioY: height / Math.max(1, box.height),
        appHidden: getComputedStyle(document.getElementById('root') as HTMLElement).display === 'none',
      };
    });
    expect(map, 'map slide in the print stack').not.toBeNull();
    expect(map?.visible).toBe(true);
    expect(map?.appHidden).toBe(true);
    expect(map?.coloured, 'coloured map pixels').toBeGreaterThan((map?.pixels ?? 0) * 0.05);
    expect(map?.ratio).toBeCloseTo(map?.ratioY ?? 0, 2);
    // Back to no emulation: page.pdf() prints with print media (an emulated 'screen' would print the screen).
    await page.emulateMedia({ media: null });

    const pdf = await page.pdf({ format: 'A4', landscape: true });
    writeFileSync('/tmp/pres-ctrlp.pdf', pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages.length).toBe(total);
    expect(g.pageErrors).toEqual([]);
    expect(g.foreignRequests).toEqual([]);
    await g.close();
  }, 400_000);
});
