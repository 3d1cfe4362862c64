// Screenshots of a running build for looking at what we made:
//   npx tsx scripts/screenshot.ts <url> <out.png> [width] [height] [waitSelector]
// Waits for the selector (default: every .chart finished) — never for a fixed time.
import { chromium } from 'playwright-core';

const [url, out, w = '1920', h = '1080', selector] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: screenshot <url> <out.png> [width] [height] [waitSelector]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(url);
if (selector) await page.waitForSelector(selector, { timeout: 60_000 });
else
  await page.waitForFunction(
    () => {
      const charts = [...document.querySelectorAll('.chart')];
      return charts.length > 0 && charts.every((c) => (c as HTMLElement).dataset.chartState === 'finished');
    },
    undefined,
    { timeout: 60_000 },
  );
await page.screenshot({ path: out });
await browser.close();
console.log(out);
