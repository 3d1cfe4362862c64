// Debian Chromium through playwright-core, with guards every test shares: no request may leave the origin, no
// uncaught page error may occur.
import { mkdirSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath, missingChromiumLine } from './chromium.ts';

export { CHROMIUM_ARGS };
export const CHROMIUM = chromiumPath();

/** The browser of a test file (its own process: files running side by side share nothing but the server). */
export function launchChromium(): Promise<Browser> {
  const missing = missingChromiumLine();
  if (missing) throw new Error(missing);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface GuardedPage {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  /** Requests to any other origin (must stay empty). */
  foreignRequests: string[];
  /** Uncaught errors in the page (must stay empty). */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function openPage(
  browser: Browser,
  hash = '#/',
  viewport = { width: 1920, height: 1080 },
): Promise<GuardedPage> {
  const baseUrl = inject('baseUrl');
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext({ viewport, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreignRequests.push(url);
  });
  page.on('pageerror', (err) => pageErrors.push(String(err)));
  await page.goto(`${baseUrl}${hash}`);
  return { page, context, baseUrl, foreignRequests, pageErrors, close: () => context.close() };
}

/** Waits until every chart inside `scope` has fired ECharts' `finished` event. */
export async function waitForCharts(page: Page, scope = 'body'): Promise<void> {
  await page.waitForFunction((sel) => {
    const root = document.querySelector(sel);
    const charts = root ? [...root.querySelectorAll('.chart')] : [];
    return charts.length > 0 && charts.every((c) => (c as HTMLElement).dataset.chartState === 'finished');
  }, scope);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync('tests/e2e/screenshots', { recursive: true });
  const path = `tests/e2e/screenshots/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** The cells of an HTML table as text, keyed by the row header. */
export async function readTable(page: Page, tableSelector: string): Promise<Record<string, string[]>> {
  return page.$$eval(`${tableSelector} tbody tr`, (rows) =>
    Object.fromEntries(
      rows.map((r) => [
        r.querySelector('th')?.textContent?.trim() ?? '',
        [...r.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''),
      ]),
    ),
  );
}
