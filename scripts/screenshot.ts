// Screenshots of a running build for looking at what we made:
//   npx tsx scripts/screenshot.ts <url> <out.png> [width] [height] [waitSelector]
// Waits for the selector (default: every .chart finished) — never for a fixed time.
import { chromium } from 'playwright-core';
import { EXIT, exitCodesHelp, runCli } from './lib/cli.ts';

const USAGE = `usage: npx tsx scripts/screenshot.ts <url> <out.png> [width] [height] [waitSelector] [--verbose]
  waits for waitSelector (default: every .chart drawn), then writes out.png and prints its path
${exitCodesHelp(['0  screenshot written', '1  the page or the browser failed (e.g. nothing answered at <url>)', '2  usage error'])}`;

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return EXIT.ok;
  }
  const [url, out, w = '1920', h = '1080', selector] = argv;
  if (!url || !out) {
    console.error(USAGE);
    return EXIT.usage;
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
  try {
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
  } finally {
    await browser.close();
  }
  console.log(out);
  return EXIT.ok;
}

await runCli('screenshot', main);
