// The wall's "since the last publication" strip (src/views/wall/history-strip.tsx) in Chromium, with history.jsonl
// routed (page.route) to hold an earlier publication whose recorded values are known:
//   - each difference on the page of key figures equals the reference figure now (the SQL of
//     tests/reference/indicators.ts run by native DuckDB over the files the build serves) minus the value recorded
//     in the routed earlier line, at the indicator's digits, and says so with its sign;
//   - each difference names a figure on screen (the same indicator, period and scope as an element of the page);
//   - a headline whose definition changed between the two lines (another scope) is not compared;
//   - with the current publication alone in the history, nothing is shown (no fake zero);
//   - the strip's text is at least the wall's minimum (24 px at 1920×1080).
// Waits are conditions (the strip's data-history state), never sleeps. Screenshot:
// tests/e2e/screenshots/wall-history-1920.png.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReferenceContext, referenceSql } from '../reference/indicators.ts';
import { launchChromium, screenshot } from './browser.ts';
import { idNumber, openPageWith } from './overview-helpers.ts';
import { type PublicDataDb, publicDataDb } from './public-data.ts';

const DIST = process.env.E2E_DIST ?? 'dist';
const DATA = join(DIST, 'data');

interface HistoryFigure {
  key: string;
  indicator: string;
  period: string;
  scope: string;
  value: number | null;
}
interface HistoryLine {
  version: string;
  as_of: string;
  figures: HistoryFigure[];
}

/** Digits as docs/indicators.md documents them: counts whole, percentages (uptime, shares) one decimal. */
const DIGITS: Record<string, number> = {
  blankspot_villages: 0,
  blankspot_target: 0,
  installations: 0,
  plan_installations: 0,
  planned_installations: 0,
  plan_progress: 0,
  repeaters_active: 0,
  repeaters_planned: 0,
  sites_in_service: 0,
  villages_served: 0,
};
const PERCENT = new Set(['uptime', 'blankspot_share', 'plan_progress']);

let browser: Browser;
let db: PublicDataDb;
let ctx: ReferenceContext;
let manifest: { version: string; as_of: string };
let current: HistoryLine;

beforeAll(async () => {
  browser = await launchChromium();
  db = await publicDataDb({ dir: DATA });
  ctx = { asOf: db.asOf };
  manifest = JSON.parse(readFileSync(join(DATA, 'manifest.json'), 'utf8'));
  const served = readFileSync(join(DATA, 'history.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as HistoryLine);
  const found = served.find((h) => h.version === manifest.version);
  if (!found) throw new Error(`history.jsonl has no line for the data version ${manifest.version}`);
  current = found;
});

afterAll(async () => {
  await browser?.close();
  db?.close();
});

const line = (h: HistoryLine) =>
  JSON.stringify({ history_version: 1, generated_at: `${h.as_of}T00:00:00+07:00`, ...h });

/** Changes made to the recorded values of the earlier publication: recorded = now + bump. */
const BUMP: Record<string, number> = { blankspot_villages: 5, plan_installations_year: -1, uptime_day: -0.7 };

function earlierLine(): HistoryLine {
  return {
    version: '0000aaaa1111bbbb',
    as_of: '2026-11-20',
    figures: current.figures.map((f) => {
      // A changed definition: the earlier publication counted the planned repeaters of one programme only.
      if (f.key === 'repeaters_planned') return { ...f, scope: 'programme=Dumisake GSM Repeater' };
      const bump = BUMP[f.key];
      return f.value !== null && bump !== undefined ? { ...f, value: f.value + bump } : f;
    }),
  };
}

async function openWall(historyText: string, pages = 'ringkasan') {
  const g = await openPageWith(browser, {
    hash: `#/wall?dwell=600&pages=${pages}`,
    serviceWorkers: 'block',
    before: (page) =>
      page.route('**/data/history.jsonl*', (route) =>
        route.fulfill({ status: 200, contentType: 'application/x-ndjson', body: historyText }),
      ),
  });
  await g.page.waitForSelector('.wall-grid > [data-panel="leadership"][data-state="ready"]', { timeout: 90_000 });
  await g.page.waitForSelector('.wall-history:is([data-history="shown"], [data-history="none"])', {
    state: 'attached',
    timeout: 60_000,
  });
  return g;
}

const round = (x: number, digits: number) => Number((Math.round(x * 10 ** digits) / 10 ** digits).toFixed(digits));

describe('the wall: changes since the last publication', () => {
  it('each difference is the reference figure now minus the recorded one; a changed definition is not compared', {
    timeout: 240_000,
  }, async () => {
    const earlier = earlierLine();
    const g = await openWall(`${line(earlier)}\n${line(current)}\n`);
    const { page } = g;
    try {
      expect(await page.getAttribute('.wall-history', 'data-history')).toBe('shown');
      expect(await page.getAttribute('.wall-history', 'data-baseline-version')).toBe(earlier.version);
      expect((await page.textContent('.wall-history-lead'))?.trim()).toBe('Sejak publikasi 20 Nov 2026:');
      const deltas = await page.$$eval('.wall-history [data-delta-of]', (els) =>
        els.map((e) => ({
          text: (e.textContent ?? '').trim(),
          headline: e.closest('[data-headline]')?.getAttribute('data-headline') ?? '',
          attrs: Object.fromEntries(
            [...e.attributes].filter((a) => a.name.startsWith('data-')).map((a) => [a.name.slice(5), a.value]),
          ),
        })),
      );
      const onScreen = await page.$$eval('.wall [data-indicator]', (els) =>
        els.map(
          (e) => `${e.getAttribute('data-indicator')}|${e.getAttribute('data-period')}|${e.getAttribute('data-scope')}`,
        ),
      );
      const keys = deltas.map((d) => d.headline);
      for (const k of ['blankspot_villages', 'plan_installations_year', 'uptime_day']) expect(keys).toContain(k);
      expect(keys).not.toContain('repeaters_planned');

      const problems: string[] = [];
      for (const d of deltas) {
        const a = d.attrs;
        const of = a['delta-of'] ?? '';
        const where = `${d.headline} (${of} ${a.period} ${a.scope})`;
        if (!onScreen.includes(`${of}|${a.period}|${a.scope}`)) problems.push(`${where}: not a figure on screen`);
        if (a['baseline-version'] !== earlier.version) problems.push(`${where}: baseline ${a['baseline-version']}`);
        const recorded = earlier.figures.find(
          (f) => f.key === d.headline && f.indicator === a['recorded-of'] && f.scope === a.scope,
        );
        if (!recorded || recorded.value === null) {
          problems.push(`${where}: no recorded figure in the routed line`);
          continue;
        }
        if (Number(a['recorded-value']) !== recorded.value)
          problems.push(`${where}: recorded ${a['recorded-value']} ≠ ${recorded.value}`);
        const now = await db.value(referenceSql(of, a.period ?? '', a.scope ?? '', ctx));
        if (now === null) {
          problems.push(`${where}: no reference figure`);
          continue;
        }
        const digits = DIGITS[of] ?? 1;
        const want = round(round(now, digits) - round(recorded.value, digits), digits);
        if (Math.abs(Number(a.value) - want) > 1e-9) problems.push(`${where}: difference ${a.value} ≠ ${want}`);
        const number = `${want > 0 ? '+' : '\u2212'}${idNumber(Math.abs(want), digits)}`;
        const text = want === 0 ? 'tetap' : PERCENT.has(of) ? `${number} poin` : number;
        if (d.text !== text) problems.push(`${where}: shows "${d.text}", expected "${text}"`);
        // The bumped figures moved by exactly the bump (reference now = the recorded value of the data shown).
        const bump = BUMP[d.headline];
        if (bump !== undefined && Math.abs(want + bump) > 1e-9) problems.push(`${where}: ${want} is not ${-bump}`);
      }
      expect(problems).toEqual([]);

      const px = await page.$$eval('.wall-history, .wall-history *', (els) =>
        els.map((e) => Number.parseFloat(getComputedStyle(e).fontSize)),
      );
      // 1rem is min(1.25vw, 2.2222vh): 23,9998 px at 1080 rows, 24 px to the eye.
      expect(Math.min(...px)).toBeGreaterThanOrEqual(23.99);
      const spill = await page.evaluate(() => ({
        x: document.documentElement.scrollWidth - window.innerWidth,
        y: document.documentElement.scrollHeight - window.innerHeight,
      }));
      expect(spill).toEqual({ x: 0, y: 0 });
      // On screen: the changes, then one phrase for the unchanged ones (listed, with attributes, out of sight).
      const items = await page.$$eval('.wall-history-list > li', (els) => els.map((e) => (e.textContent ?? '').trim()));
      expect(items[0]).toBe('desa tanpa sinyal seluler \u22125');
      expect(items).toContain('titik program terpasang tahun berjalan +1');
      expect(items).toContain('uptime hari terakhir +0,7 poin');
      expect(items.at(-1)).toBe('angka utama lainnya di layar tetap');
      expect(items.filter((x) => x.endsWith('tetap'))).toHaveLength(1);
      // The key figures still fit their tile with the strip below them.
      await page.waitForSelector('.wall-grid .kpi-value');
      const fit = await page.$eval('.wall-grid > [data-panel="leadership"]', (tile) => {
        const box = tile.getBoundingClientRect();
        const cards = [...tile.querySelectorAll('.kpi-card')].map((c) => c.getBoundingClientRect());
        return { cards: cards.length, over: Math.max(...cards.map((c) => c.bottom - box.bottom)) };
      });
      expect(fit.cards).toBeGreaterThan(0);
      expect(fit.over).toBeLessThanOrEqual(1);
      await page.screenshot({ path: 'tests/e2e/screenshots/wall-history-1920-viewport.png' });
      await screenshot(page, 'wall-history-1920');
      expect(g.pageErrors).toEqual([]);
    } finally {
      await g.close();
    }
  });

  it('the current publication alone: nothing is shown', { timeout: 180_000 }, async () => {
    const g = await openWall(`${line(current)}\n`);
    const { page } = g;
    try {
      expect(await page.getAttribute('.wall-history', 'data-history')).toBe('none');
      expect(await page.locator('.wall-history').isVisible()).toBe(false);
      expect(await page.locator('.wall [data-delta-of]').count()).toBe(0);
      expect(g.pageErrors).toEqual([]);
    } finally {
      await g.close();
    }
  });
});
