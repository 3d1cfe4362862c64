// Accessibility: axe-core (WCAG 2.0/2.1 A and AA rules) on every route once it has drawn — the overview, explore
// (unfiltered and filtered, with its tools open), the data catalog, the briefing's slides (the first, a chart slide,
// the map slide) and every wall page — in the light and the dark theme. No serious or critical violation may remain;
// a failure lists each rule with the elements it found.
// axe's source is evaluated through the DevTools protocol (page.evaluate), which the page's Content-Security-Policy
// does not govern, so the policy stays as it is served.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { openPageWith, settleFigures } from './overview-helpers.ts';

const DIST = process.env.E2E_DIST ?? 'dist';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe on the whole document; the serious and critical findings, with up to five elements each. */
async function audit(page: Page): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected above, untyped in the page
    const axe = (window as any).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return (
      result.violations as {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: string[] }[];
      }[]
    )
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }));
  });
}

const wallPages = (): string[] =>
  (JSON.parse(readFileSync(`${DIST}/data/wall.json`, 'utf8')) as { pages: { id: string }[] }).pages.map((p) => p.id);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const SLIDE_READY = '.slide-frame .slide[data-narrative-state="ready"]';

/** [hash, the root that must settle, a selector that says the route has drawn] */
const ROUTES: [string, string, string][] = [
  ['#/', 'main', 'section[data-panel="kpis"][data-state="ready"]'],
  ['#/explore', 'main', 'section[data-panel]'],
  ['#/explore?regency=15.02&year=2024', 'main', 'section[data-panel]'],
  ['#/data', 'main', '.catalog-card'],
  ['#/briefing', '.slide-frame', SLIDE_READY],
  ['#/briefing?slide=2', '.slide-frame', SLIDE_READY],
  ['#/briefing?slide=3', '.slide-frame', SLIDE_READY],
];

/**
 * One page per theme (the engine loads once); each route is reached by its hash, as a person clicking through
 * would, drawn, then audited. Returns one line per finding.
 */
async function findings(theme: 'light' | 'dark', routes: readonly [string, string, string][]): Promise<string[]> {
  const g = await openPageWith(browser, {
    hash: routes[0]?.[0] ?? '#/',
    before: (page) => page.addInitScript((t) => localStorage.setItem('jdac.theme', t), theme),
  });
  const out: string[] = [];
  try {
    for (const [hash, root, ready] of routes) {
      await g.page.evaluate((h) => {
        if (location.hash !== h) location.hash = h;
      }, hash);
      await g.page.waitForSelector(ready, { timeout: 90_000 });
      await settleFigures(g.page, root, 90_000);
      for (const f of await audit(g.page))
        out.push(`${theme} ${hash}: ${f.id} (${f.impact}) ${f.help} — ${f.targets.join(' | ')}`);
    }
    expect(g.pageErrors).toEqual([]);
    return out;
  } finally {
    await g.close();
  }
}

describe('accessibility (axe, WCAG 2.1 A/AA): no serious or critical violation', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`the overview, explore, the catalog and the briefing (${theme})`, async () => {
      expect(await findings(theme, ROUTES)).toEqual([]);
    }, 300_000);
  }

  it('every wall page', async () => {
    const routes = wallPages().map((id): [string, string, string] => [
      `#/wall?pages=${id}&dwell=600&poll=86400`,
      '.wall',
      `.wall[data-wall-page="${id}"]`,
    ]);
    expect(await findings('dark', routes)).toEqual([]);
  }, 300_000);
});
