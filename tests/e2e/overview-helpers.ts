import { readFileSync } from 'node:fs';
// Helpers for the overview's end-to-end tests: Indonesian formatting written here (not imported from the app, so
// the expected figures never share the app's formatting code), a guarded page that can be routed before it loads,
// and readers for a panel's state, chart redraws and "Lihat tabel".
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';

const DASH = '–';
const numberFormats = new Map<number, Intl.NumberFormat>();
const percentFormats = new Map<number, Intl.NumberFormat>();
const dateFormat = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'Asia/Jakarta',
});

function cached(map: Map<number, Intl.NumberFormat>, digits: number, style: 'decimal' | 'percent') {
  let f = map.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('id-ID', { style, minimumFractionDigits: 0, maximumFractionDigits: digits });
    map.set(digits, f);
  }
  return f;
}

const missing = (v: unknown) => v === null || v === undefined || !Number.isFinite(Number(v));

/** 1234.56 → "1.234,6" (digits = most decimals shown); null → "–". */
export function idNumber(value: unknown, digits = 0): string {
  return missing(value) ? DASH : cached(numberFormats, digits, 'decimal').format(Number(value));
}

/** 0.638 → "63,8%"; null → "–". */
export function idPercent(ratio: unknown, digits = 1): string {
  return missing(ratio) ? DASH : cached(percentFormats, digits, 'percent').format(Number(ratio));
}

/** '2023-12-27' (a WIB calendar date) → "27 Des 2023"; null → "–". */
export function idDate(iso: unknown): string {
  if (iso === null || iso === undefined || iso === '') return DASH;
  return dateFormat.format(new Date(`${String(iso).slice(0, 10)}T12:00:00+07:00`));
}

/** Rounds half away from zero to one decimal, as a figure is rounded once before it is shown. */
/** The as-of date of a published dataset (public/data/manifest.json). */
export const asOfOf = (id: string): string =>
  (
    JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as { datasets: { id: string; as_of: string }[] }
  ).datasets.find((d) => d.id === id)?.as_of ?? '';

/** "27 Nov" of "27 Nov 2026". */
export const dayMonth = (iso: string) => idDate(iso).replace(/ \d{4}$/, '');

export const round1 = (x: number): number => Math.round(x * 10) / 10;

export interface PageOptions {
  hash?: string;
  viewport?: { width: number; height: number };
  /** Set up routes or init scripts before the first request. */
  before?: (page: Page, context: BrowserContext) => Promise<unknown>;
  /** 'block' keeps requests visible to page.route (a service worker would answer them itself). */
  serviceWorkers?: 'allow' | 'block';
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  foreignRequests: string[];
  pageErrors: string[];
  close(): Promise<void>;
}

/** Like browser.ts' openPage (same guards: no foreign request, no page error), with a hook before navigation. */
export async function openPageWith(browser: Browser, options: PageOptions = {}): Promise<OpenedPage> {
  const baseUrl = inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1920, height: 1080 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreignRequests.push(url);
  });
  page.on('pageerror', (err) => pageErrors.push(String(err)));
  await options.before?.(page, context);
  await page.goto(`${baseUrl}${options.hash ?? '#/'}`);
  return { page, context, foreignRequests, pageErrors, close: () => context.close() };
}

export const panelSelector = (id: string) => `section[data-panel="${id}"]`;

/** Waits until the panel is ready and each of its charts (if any) has fired `finished`. */
export async function waitForPanel(page: Page, id: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const panel = document.querySelector(sel) as HTMLElement | null;
      if (panel?.dataset.state !== 'ready') return false;
      return [...panel.querySelectorAll('.chart')].every((c) => (c as HTMLElement).dataset.chartState === 'finished');
    },
    panelSelector(id),
    { timeout },
  );
}

/** Waits until the panel shows its own error (role=alert inside the panel). */
export async function waitForPanelError(page: Page, id: string, timeout = 60_000): Promise<void> {
  await page.waitForSelector(`${panelSelector(id)}[data-state="error"] .panel-error`, { timeout });
}

/** Opens "Lihat tabel" of a panel and waits for its table. */
export async function showTable(page: Page, id: string): Promise<void> {
  const panel = page.locator(panelSelector(id));
  await panel.getByRole('button', { name: 'Lihat tabel' }).click();
  await panel.locator('table.data-table').waitFor();
}

export interface Grid {
  caption: string;
  head: string[];
  /** Each row's cells, row header first. */
  rows: string[][];
}

/** The panel's table as text: column headers and every row (row header first), in the order shown. */
export async function readGrid(page: Page, id: string): Promise<Grid> {
  return page.$eval(`${panelSelector(id)} table.data-table`, (table) => ({
    caption: table.querySelector('caption')?.textContent?.trim() ?? '',
    head: [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? ''),
    rows: [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent?.trim() ?? ''),
    ),
  }));
}

/** Waits until the panel's table has the given column headers (a switch of metric or level has landed). */
export async function waitForTableHead(page: Page, id: string, head: readonly string[]): Promise<void> {
  await page.waitForFunction(
    ({ sel, want }) => {
      const ths = [...document.querySelectorAll(`${sel} table.data-table thead th`)];
      return ths.length === want.length && ths.every((th, i) => th.textContent?.trim() === want[i]);
    },
    { sel: panelSelector(id), want: [...head] },
  );
}

/** How often each chart on the page has finished drawing (ECharts' `finished` events, counted by the wrapper). */
export async function chartRenders(page: Page): Promise<number[]> {
  return page.$$eval('.chart', (charts) => charts.map((c) => Number((c as HTMLElement).dataset.renders ?? 0)));
}

/** Waits until every chart has finished drawing again since `before` (e.g. after a theme switch). */
export async function waitForRedraw(page: Page, before: readonly number[]): Promise<void> {
  await page.waitForFunction(
    (prev) => {
      const charts = [...document.querySelectorAll('.chart')] as HTMLElement[];
      return (
        charts.length === prev.length &&
        charts.every((c, i) => c.dataset.chartState === 'finished' && Number(c.dataset.renders ?? 0) > (prev[i] ?? 0))
      );
    },
    [...before],
  );
}

// ---------- figures on screen (docs/indicators.md, "What a displayed number carries") ----------

/** One element that shows an indicator's value, with its data-* attributes, as read from the page. */
export interface FigureElement {
  indicator: string;
  period: string | null;
  scope: string | null;
  value: string | null;
  text: string;
  /** The panel (section[data-panel]) or slide the element sits in. */
  where: string;
}

/** Everything inside `root` is settled: no panel or slide loading, every chart finished, no "Memuat …" text. */
export async function settleFigures(page: Page, root: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const r = document.querySelector<HTMLElement>(sel);
      if (!r) return false;
      if (r.querySelector('[data-state="loading"], [data-narrative-state="loading"]')) return false;
      if ([...r.querySelectorAll<HTMLElement>('.chart')].some((c) => c.dataset.chartState !== 'finished')) return false;
      return !/Memuat[^…]{0,80}…/.test(r.textContent ?? '');
    },
    root,
    { timeout },
  );
}

/** Opens every closed "Lihat tabel" toggle inside `root` (panel tables, the briefing's table of figures). */
export async function openTables(page: Page, root: string): Promise<void> {
  for (let round = 0; round < 4; round++) {
    const clicked = await page.evaluate((sel) => {
      const closed = [...document.querySelectorAll<HTMLButtonElement>(`${sel} button`)].filter(
        (b) =>
          /^Lihat tabel/.test(b.textContent?.trim() ?? '') &&
          (b.getAttribute('aria-expanded') === 'false' || b.getAttribute('aria-pressed') === 'false'),
      );
      for (const b of closed) b.click();
      return closed.length;
    }, root);
    if (clicked === 0) return;
    await page.waitForFunction(
      (sel) =>
        ![...document.querySelectorAll<HTMLButtonElement>(`${sel} button`)].some(
          (b) =>
            /^Lihat tabel/.test(b.textContent?.trim() ?? '') &&
            (b.getAttribute('aria-expanded') === 'false' || b.getAttribute('aria-pressed') === 'false'),
        ),
      root,
    );
    await settleFigures(page, root);
  }
}

/** Every [data-indicator] element inside `root`, in document order. */
export function readFigures(page: Page, root: string): Promise<FigureElement[]> {
  return page.$$eval(`${root} [data-indicator]`, (els) =>
    els.map((e) => ({
      indicator: e.getAttribute('data-indicator') ?? '',
      period: e.getAttribute('data-period'),
      scope: e.getAttribute('data-scope'),
      value: e.getAttribute('data-value'),
      text: (e.textContent ?? '').trim().slice(0, 80),
      where:
        e.closest('[data-panel]')?.getAttribute('data-panel') ??
        e.closest('[data-slide]')?.getAttribute('data-slide') ??
        '',
    })),
  );
}

/** data-value as a number; null for an empty value (the figure has none). */
export const figureNumber = (v: string | null): number | null => (v === null || v === '' ? null : Number(v));

/** Equal figures: both missing, or equal to a relative 1e-9 (a value shown vs the same one computed elsewhere). */
export const sameFigure = (a: number | null, b: number | null): boolean =>
  a === null || b === null ? a === b : a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;

/** The briefing's slide on screen (`.slide-frame .slide`) once its narrative, panels and charts are done. */
export async function waitForSlideDrawn(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const slide = document.querySelector<HTMLElement>('.slide-frame .slide');
      if (slide?.dataset.narrativeState !== 'ready') return false;
      if (slide.querySelector('[data-state="loading"]')) return false;
      return [...slide.querySelectorAll<HTMLElement>('.chart')].every((c) => c.dataset.chartState === 'finished');
    },
    undefined,
    { timeout: 90_000 },
  );
}
