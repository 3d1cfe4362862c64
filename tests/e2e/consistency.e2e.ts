// One truth for every number, proven in Chromium: every element that shows an indicator's value carries
// data-indicator, data-period, data-scope and data-value (docs/indicators.md). This test reads all of them on the
// overview, on explore (unfiltered and five filter states), on every wall page and every step of the regency
// spotlight, and on every briefing slide — with every "Lihat tabel" open so table cells are in the DOM — and asserts
//   (a) one (indicator, period, scope) has one value on every screen where it appears (relative tolerance 1e-9);
//   (b) that value equals the reference computed by native DuckDB over the data files the build serves, with the SQL
//       of tests/reference/indicators.ts (written from the docs' definitions, not from the app's builders);
//   (c) many distinct figures were checked (the count is printed).
// Waits are conditions (panels and slides ready, charts finished, no loading text), never sleeps. One browser, one
// page: the app stays loaded between screens except where a reload makes the new state certain. The wall's regency
// spotlight is stepped with Playwright's clock (dwell 600 s, fast-forwarded after each step is read).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_IDS, type ReferenceContext, referenceSql } from '../reference/indicators.ts';
import { launchChromium } from './browser.ts';
import {
  sameFigure as close,
  type FigureElement,
  figureNumber as num,
  type OpenedPage,
  openPageWith,
  openTables,
  readFigures,
  settleFigures,
} from './overview-helpers.ts';
import { type PublicDataDb, publicDataDb } from './public-data.ts';

const DIST = process.env.E2E_DIST ?? 'dist';

/** Explore filter states (URL query of #/explore); the first is the unfiltered view. */
const FILTER_STATES = [
  '',
  'regency=15.02',
  'regency=15.02&programme=Dumisake Internet Desa',
  'year=2024',
  'tech=VSAT&status=active',
  'district=15.02.01',
];

/** The wall's dwell while stepping (seconds): long enough never to turn by itself while a step is read. */
const WALL_DWELL = 600;
const MIN_DISTINCT_FIGURES = 800;

interface Seen extends FigureElement {
  screen: string;
}

let browser: Browser;
let g: OpenedPage;
let db: PublicDataDb;
const seen: Seen[] = [];
/** Figures per screen (0 = the screen shows no element with data-indicator yet). */
const perScreen = new Map<string, number>();
/** Per screen: each panel drawn (section[data-panel]) with its number of figure elements; the briefing slide id. */
const panelsOn = new Map<string, { id: string; state: string; figures: number }[]>();
const slideOn = new Map<string, string>();
/** Briefing slides that show a row listing (not indicators): they may carry no figure element. */
const LISTING_SLIDES = ['isolated'];
const problems: string[] = [];

/** Reads every [data-indicator] element inside `root` as seen on `screen`. */
async function collect(page: Page, screen: string, root: string): Promise<void> {
  // The screen has drawn its panels or its slide (settling an empty root would read nothing).
  await page.waitForSelector(`${root} section[data-panel], ${root} .slide[data-slide]`, { timeout: 60_000 });
  await settleFigures(page, root);
  await openTables(page, root);
  const found = await readFigures(page, root);
  perScreen.set(screen, found.length);
  panelsOn.set(
    screen,
    await page.$$eval(`${root} section[data-panel]`, (sections) =>
      sections.map((e) => ({
        id: e.getAttribute('data-panel') ?? '',
        state: e.getAttribute('data-state') ?? '',
        figures: e.querySelectorAll('[data-indicator]').length,
      })),
    ),
  );
  const slide = await page.$('.slide-frame .slide[data-slide]');
  if (slide) slideOn.set(screen, (await slide.getAttribute('data-slide')) ?? '');
  for (const f of found) seen.push({ screen, ...f });
}

/** Runs one screen's visit; a failure (e.g. a screen that never settles) is recorded, the other screens go on. */
async function visit(screen: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (e) {
    problems.push(`${screen}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    if (!perScreen.has(screen)) perScreen.set(screen, 0);
  }
}

async function gotoHash(page: Page, hash: string, reload: boolean): Promise<void> {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  if (reload) await page.reload();
  await page.waitForSelector('#main');
}

beforeAll(async () => {
  [browser, db] = await Promise.all([launchChromium(), publicDataDb({ dir: join(DIST, 'data') })]);
  // The clock flows normally from 27 Nov 2026 09.00 WIB (the data's as-of day: no overdue notes) until the wall's
  // spotlight is stepped by fast-forwarding it; 11 steps of 600 s stay far from the wall's 03.00 quiet-hour reload.
  g = await openPageWith(browser, {
    hash: '#/',
    before: (page) => page.clock.install({ time: new Date('2026-11-27T09:00:00+07:00') }),
  });
  const { page } = g;

  // Overview.
  await visit('overview', async () => {
    await page.waitForSelector('.view-overview');
    await collect(page, 'overview', '#main');
  });

  // Explore, each filter state loaded afresh (so no figure of the previous state can linger).
  for (const state of FILTER_STATES) {
    await visit(`explore?${state}`, async () => {
      await gotoHash(page, `#/explore${state ? `?${state}` : ''}`, true);
      await page.waitForSelector('.view-explore');
      await settleFigures(page, '#main');
      if (await page.locator('.note-dropped').count())
        problems.push(`explore?${state}: a filter value was dropped (${await page.textContent('.note-dropped')})`);
      await collect(page, `explore?${state}`, '#main');
    });
  }

  // The wall: each page of wall.json alone; the spotlight page step by step through every regency.
  const wall = JSON.parse(readFileSync(join(DIST, 'data', 'wall.json'), 'utf8')) as {
    pages: { id: string; spotlight?: string }[];
  };
  for (const p of wall.pages) {
    await visit(`wall:${p.id}`, async () => {
      await gotoHash(page, `#/wall?pages=${p.id}&dwell=${WALL_DWELL}&poll=86400`, false);
      await page.waitForSelector(`.wall[data-wall-page="${p.id}"]`, { timeout: 60_000 });
      if (!p.spotlight) {
        await collect(page, `wall:${p.id}`, '.wall');
        return;
      }
      await page.waitForSelector('.wall[data-wall-regency]');
      const steps = Number(await page.getAttribute('.wall', 'data-steps'));
      const done = new Set<string>();
      for (let i = 0; i < steps; i++) {
        const regency = (await page.getAttribute('.wall', 'data-wall-regency')) ?? '';
        if (done.has(regency)) problems.push(`wall:${p.id}: regency ${regency} came round twice`);
        done.add(regency);
        await collect(page, `wall:${p.id}:${regency}`, '.wall');
        if (i < steps - 1) {
          await page.clock.fastForward(WALL_DWELL * 1000);
          await page.waitForFunction(
            (r) => document.querySelector('.wall')?.getAttribute('data-wall-regency') !== r,
            regency,
          );
        }
      }
      if (done.size !== steps) problems.push(`wall:${p.id}: ${done.size} of ${steps} spotlight steps shown`);
    });
  }

  // The briefing: every slide.
  let total = 0;
  await visit('briefing', async () => {
    await gotoHash(page, '#/briefing?slide=1', false);
    await page.waitForSelector('.slide-counter[data-slide-number="1"]', { timeout: 60_000 });
    const counter = (await page.textContent('.slide-counter')) ?? '';
    total = Number(/\/\s*(\d+)/.exec(counter)?.[1] ?? 0);
    if (!(total > 0)) problems.push(`briefing: no slide count in "${counter}"`);
  });
  for (let n = 1; n <= total; n++) {
    await visit(`briefing:${n}`, async () => {
      await gotoHash(page, `#/briefing?slide=${n}`, false);
      await page.waitForSelector(`.slide-counter[data-slide-number="${n}"]`);
      await page.waitForSelector('.slide-frame .slide[data-narrative-state="ready"]', { timeout: 60_000 });
      await collect(page, `briefing:${n}`, '#main');
    });
  }
}, 1_200_000);

afterAll(async () => {
  // CONSISTENCY_DUMP=<file>: every figure element read, as JSON (for looking into a failure).
  if (process.env.CONSISTENCY_DUMP) writeFileSync(process.env.CONSISTENCY_DUMP, JSON.stringify(seen, null, 1));
  db?.close();
  await g?.close();
  await browser?.close();
});

const key = (s: Seen) => `${s.indicator} | ${s.period} | ${s.scope}`;

function byKey(): Map<string, Seen[]> {
  const m = new Map<string, Seen[]>();
  for (const s of seen) m.set(key(s), [...(m.get(key(s)) ?? []), s]);
  return m;
}

describe('one truth for every number: overview, explore, wall, briefing', () => {
  it('reaches every screen without a problem, request to another origin or page error', () => {
    const report = [...perScreen.entries()].map(([screen, n]) => `  ${screen.padEnd(52)} ${n}`).join('\n');
    console.info(`[consistency] elements with data-indicator per screen:\n${report}`);
    expect(problems).toEqual([]);
    expect(g.foreignRequests).toEqual([]);
    expect(g.pageErrors).toEqual([]);
  });

  it('every screen carries figures with their data-* attributes', () => {
    const bare = [...perScreen.entries()]
      .filter(([screen, n]) => n === 0 && !LISTING_SLIDES.includes(slideOn.get(screen) ?? ''))
      .map(([screen]) => screen);
    expect(bare, 'screens without any [data-indicator] element').toEqual([]);
  });

  it('every panel drawn shows its figures with data-* attributes', () => {
    const bare = new Map<string, string[]>();
    for (const [screen, panels] of panelsOn) {
      if (LISTING_SLIDES.includes(slideOn.get(screen) ?? '')) continue;
      // A panel with nothing to show for the filters (state "empty", e.g. no repeater in Merangin) has no figure.
      for (const p of panels)
        if (p.figures === 0 && p.state !== 'empty') bare.set(p.id, [...(bare.get(p.id) ?? []), screen]);
    }
    const report = [...bare.entries()].map(([id, screens]) => `${id} (on ${screens.join(', ')})`);
    expect(report, 'panels without any [data-indicator] element').toEqual([]);
  });

  it('every figure element names a known indicator, a period, a scope and a number', () => {
    const known = new Set<string>(REFERENCE_IDS);
    const bad = seen
      .filter(
        (s) =>
          !known.has(s.indicator) ||
          !s.period ||
          s.scope === null ||
          s.value === null ||
          (s.value !== '' && !Number.isFinite(Number(s.value))),
      )
      .map((s) => `${s.screen}: ${key(s)} = ${JSON.stringify(s.value)} ("${s.text}")`);
    expect(bad).toEqual([]);
  });

  it('(a) one (indicator, period, scope) has one value on every screen', () => {
    const differ: string[] = [];
    for (const [k, list] of byKey()) {
      const first = num(list[0]?.value ?? null);
      if (list.some((s) => !close(num(s.value), first)))
        differ.push(`${k}: ${list.map((s) => `${s.screen}=${s.value} ("${s.text}")`).join(', ')}`);
    }
    expect(differ).toEqual([]);
  });

  it('(b) every figure equals the reference SQL over the published files (native DuckDB)', async () => {
    const ctx: ReferenceContext = { asOf: db.asOf };
    const wrong: string[] = [];
    for (const [k, list] of byKey()) {
      const s = list[0] as Seen;
      if (!REFERENCE_IDS.includes(s.indicator as never) || !s.period || s.scope === null) continue;
      let ref: number | null;
      try {
        ref = await db.value(referenceSql(s.indicator, s.period, s.scope, ctx));
      } catch (e) {
        wrong.push(`${k}: ${e instanceof Error ? e.message : String(e)} (on ${list.map((x) => x.screen).join(', ')})`);
        continue;
      }
      const shown = num(s.value);
      if (!close(shown, ref))
        wrong.push(`${k}: shown ${s.value} ("${s.text}") on ${list.map((x) => x.screen).join(', ')}; reference ${ref}`);
    }
    expect(wrong).toEqual([]);
  }, 300_000);

  it('(c) checks many distinct figures, many of them on more than one screen', () => {
    const keys = byKey();
    const shared = [...keys.values()].filter((l) => new Set(l.map((s) => s.screen)).size > 1).length;
    const indicators = new Set(seen.map((s) => s.indicator));
    console.info(
      `[consistency] ${seen.length} figure elements, ${keys.size} distinct (indicator, period, scope) figures checked ` +
        `against the reference, ${shared} of them on more than one screen; ${indicators.size} indicators: ` +
        `${[...indicators].sort().join(', ')}`,
    );
    expect(keys.size).toBeGreaterThanOrEqual(MIN_DISTINCT_FIGURES);
    expect(shared).toBeGreaterThan(0);
  });
});
