// The briefing's opening summary slide in Chromium, against figures computed here independently of the app:
//   - every figure (data-indicator) equals the reference SQL of tests/reference/indicators.ts run by native DuckDB
//     over the files the build serves, and shows that value at the indicator's digits;
//   - every difference (data-delta-of) equals the difference of the two reference figures it names;
//   - the projection's range is the least-squares line ± one standard error over the last five complete years of
//     blankspot villages (the method of docs/briefing.md / projection.ts), worked out here from the reference counts;
//   - the regencies named furthest from target are those with the largest (villages without signal − the latest
//     regency target), ranked here in SQL, and the target's year is said;
//   - "what changed" names the published history (history.jsonl as served), and — with the history routed to hold an
//     earlier publication, a newer one (a rollback) or a pinned one — each change equals the reference figure now
//     minus the recorded figure then.
// Waits are conditions (slide ready, box ready), never sleeps. A screenshot of the slide at 1920×1080 is written to
// tests/e2e/screenshots/briefing-summary-1920.png.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReferenceContext, referenceSql } from '../reference/indicators.ts';
import { launchChromium, screenshot } from './browser.ts';
import { idNumber, openPageWith, sameFigure, waitForSlideDrawn } from './overview-helpers.ts';
import { type PublicDataDb, publicDataDb } from './public-data.ts';

const DIST = process.env.E2E_DIST ?? 'dist';
const DATA = join(DIST, 'data');

interface Marked {
  text: string;
  attrs: Record<string, string>;
  /** The sentence (data-say) and the box (data-box) it sits in. */
  say: string;
  box: string;
}

interface HistoryLine {
  version: string;
  as_of: string;
  figures: { key: string; indicator: string; period: string; scope: string; value: number | null }[];
}

/** Digits of an indicator as the catalog documents them (docs/indicators.md). */
const DIGITS: Record<string, number> = {
  blankspot_villages: 0,
  blankspot_target: 0,
  plan_installations: 0,
  planned_installations: 0,
  plan_progress: 0,
  repeaters_active: 0,
  repeaters_planned: 0,
  repeater_progress: 0,
  sites_down: 0,
  sites_in_service: 0,
};

let browser: Browser;
let db: PublicDataDb;
let ctx: ReferenceContext;
let manifest: { version: string; as_of: string };
let history: HistoryLine[];

beforeAll(async () => {
  browser = await launchChromium();
  db = await publicDataDb({ dir: DATA });
  ctx = { asOf: db.asOf };
  manifest = JSON.parse(readFileSync(join(DATA, 'manifest.json'), 'utf8'));
  history = readFileSync(join(DATA, 'history.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as HistoryLine);
});

afterAll(async () => {
  await browser?.close();
  db?.close();
});

const reference = (indicator: string, period: string, scope: string) =>
  db.value(referenceSql(indicator, period, scope, ctx));

async function readSummary(page: Page): Promise<Marked[]> {
  return page.$$eval(
    '.slide-frame .slide[data-slide="summary"] [data-indicator], .slide-frame .slide[data-slide="summary"] [data-delta-of], .slide-frame .slide[data-slide="summary"] [data-count-of], .slide-frame .slide[data-slide="summary"] [data-version], .slide-frame .slide[data-slide="summary"] [data-date]',
    (els) =>
      els.map((e) => ({
        text: (e.textContent ?? '').trim(),
        attrs: Object.fromEntries(
          [...e.attributes].filter((a) => a.name.startsWith('data-')).map((a) => [a.name.slice(5), a.value]),
        ),
        say: e.closest('[data-say]')?.getAttribute('data-say') ?? '',
        box: e.closest('[data-box]')?.getAttribute('data-box') ?? 'narrative',
      })),
  );
}

async function openSummary(hash: string, historyText?: string) {
  const g = await openPageWith(browser, {
    hash,
    serviceWorkers: historyText === undefined ? 'allow' : 'block',
    before: async (page) => {
      if (historyText !== undefined)
        await page.route('**/data/history.jsonl*', (route) =>
          route.fulfill({ status: 200, contentType: 'application/x-ndjson', body: historyText }),
        );
    },
  });
  await g.page.locator('.slide-frame .slide[data-slide="summary"]').waitFor({ timeout: 90_000 });
  await waitForSlideDrawn(g.page);
  await g.page.waitForSelector('.slide-frame [data-box="changed"][data-state="ready"]', { timeout: 60_000 });
  return g;
}

/** The least-squares line through (year, value) and the standard error of its slope. */
function leastSquares(points: { year: number; value: number }[]) {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.year, 0) / n;
  const my = points.reduce((s, p) => s + p.value, 0) / n;
  const sxx = points.reduce((s, p) => s + (p.year - mx) ** 2, 0);
  const b = points.reduce((s, p) => s + (p.year - mx) * (p.value - my), 0) / sxx;
  const sse = points.reduce((s, p) => s + (p.value - (my + b * (p.year - mx))) ** 2, 0);
  return { mx, my, b, se: Math.sqrt(sse / (n - 2) / sxx) };
}

function routedHistories() {
  const current = history.find((h) => h.version === manifest.version);
  if (!current) throw new Error(`history.jsonl has no line for the data version ${manifest.version}`);
  const line = (h: HistoryLine) =>
    JSON.stringify({ history_version: 1, generated_at: `${h.as_of}T00:00:00+07:00`, ...h });
  // An earlier publication: two headline figures differ (blankspot villages and sites down), the rest are equal.
  const bump: Record<string, number> = { blankspot_villages: 5, sites_down: 2 };
  const earlier: HistoryLine = {
    version: '0000aaaa1111bbbb',
    as_of: '2026-11-20',
    figures: current.figures.map((f) =>
      f.value !== null && bump[f.key] !== undefined ? { ...f, value: f.value + (bump[f.key] ?? 0) } : f,
    ),
  };
  const newer: HistoryLine = { ...earlier, version: 'ffff2222cccc3333', as_of: '2026-12-04' };

  return { current, earlier, newer, bump, line };
}

describe('briefing summary slide', () => {
  it('every figure, difference and projected count equals an independent computation over the served files', {
    timeout: 240_000,
  }, async () => {
    const g = await openSummary('#/briefing?slide=1');
    const { page } = g;
    try {
      const marked = await readSummary(page);
      const problems: string[] = [];
      const onSlide = marked.filter((m) => m.box !== 'changed');

      // Figures: the reference value, shown at the indicator's digits.
      const figures = onSlide.filter((m) => m.attrs.indicator);
      expect(figures.length).toBeGreaterThanOrEqual(12);
      for (const m of figures) {
        const { indicator = '', period = '', scope = '' } = m.attrs;
        const want = await reference(indicator, period, scope);
        if (!sameFigure(Number(m.attrs.value), want))
          problems.push(`${indicator} ${period} [${scope}]: shown ${m.attrs.value}, reference ${want}`);
        const shown = idNumber(want, DIGITS[indicator] ?? 1);
        if (m.text.replace(/%$/, '') !== shown)
          problems.push(`${indicator} ${period} [${scope}]: text "${m.text}" ≠ ${shown}`);
      }
      expect(figures.map((m) => m.attrs.indicator)).toEqual(
        expect.arrayContaining([
          'blankspot_villages',
          'blankspot_target',
          'plan_installations',
          'planned_installations',
          'plan_progress',
          'repeaters_active',
          'repeaters_planned',
          'repeater_progress',
          'sites_down',
        ]),
      );

      // Differences: the two reference figures they name.
      const deltas = onSlide.filter((m) => m.attrs['delta-of']);
      expect(deltas.length).toBeGreaterThanOrEqual(4);
      for (const m of deltas) {
        const a = m.attrs;
        const now = await reference(a['delta-of'] ?? '', a.period ?? '', a.scope ?? '');
        const base = await reference(a['baseline-indicator'] ?? '', a['baseline-period'] ?? '', a.scope ?? '');
        const want = (now ?? Number.NaN) - (base ?? Number.NaN);
        if (!sameFigure(Number(a.value), want)) problems.push(`difference ${JSON.stringify(a)}: reference ${want}`);
        if (m.text !== idNumber(Math.abs(want), 0)) problems.push(`difference text "${m.text}" ≠ ${Math.abs(want)}`);
      }

      // The projection: least squares over the last five complete survey years, ± one standard error.
      const surveyYear = Number((db.asOf.village_coverage ?? '').slice(0, 4));
      const years = (await db.rows('SELECT DISTINCT year FROM village_coverage ORDER BY year'))
        .map((r) => Number(r.year))
        .filter((y) => y < surveyYear)
        .slice(-5);
      const points = [];
      for (const year of years)
        points.push({ year, value: (await reference('blankspot_villages', String(year), '')) ?? Number.NaN });
      const { mx, my, b, se } = leastSquares(points);
      const last = years[years.length - 1] ?? 0;
      const horizon = last + 10;
      const zero = (slope: number) => {
        if (slope >= 0) return null;
        const y = Math.max(last + 1, Math.ceil(mx - my / slope - 1e-9));
        return y <= horizon ? y : null;
      };
      const [fast, slow] = [zero(b - se), zero(b + se)];
      const outlook = onSlide.filter((m) => m.say.startsWith('summary.projection'));
      const counts = outlook.filter((m) => m.attrs['count-of']);
      if (fast === null && slow === null) {
        const at = (slope: number) => Math.max(0, Math.round((my + slope * (horizon - mx)) * 10) / 10);
        const [low, high] = [Math.min(at(b - se), at(b + se)), Math.max(at(b - se), at(b + se))];
        expect(counts.map((m) => [m.attrs['count-of'], m.attrs.period, Number(m.attrs.value), m.text])).toEqual([
          ['projection-low:blankspot_villages', String(horizon), low, idNumber(low, 0)],
          ['projection-high:blankspot_villages', String(horizon), high, idNumber(high, 0)],
        ]);
        expect(
          await page.textContent('.slide-frame .slide-narrative [data-say="summary.projection.notReached"]'),
        ).toContain(`${points[0]?.year}–${last}`);
      } else {
        expect(counts).toEqual([]);
        const sentence = await page.textContent('.slide-frame .slide-narrative [data-say^="summary.projection"]');
        expect(sentence).toContain(String(fast ?? slow));
      }

      // The regencies furthest from their own (latest) blankspot target: ranked here.
      const dataYear = Number((db.asOf.sites ?? '').slice(0, 4));
      const targetYear = Number(
        await db.value(
          `SELECT max(year) FROM targets WHERE regency_code IS NOT NULL AND blankspot_target IS NOT NULL AND year <= ${dataYear}`,
        ),
      );
      const gaps = await db.rows(`
        WITH now AS (
          SELECT v.regency_code AS code, count(*) FILTER (WHERE c.is_blankspot) AS n
          FROM village_coverage c JOIN villages v ON v.village_code = c.village_code
          WHERE c.year = ${surveyYear} GROUP BY v.regency_code)
        SELECT r.name, CAST(now.n - t.blankspot_target AS INTEGER) AS gap
        FROM now JOIN targets t ON t.regency_code = now.code AND t.year = ${targetYear}
          JOIN regencies r ON r.regency_code = now.code
        WHERE now.n - t.blankspot_target > 0
        ORDER BY gap DESC, r.name LIMIT 3`);
      const furthest = await page.textContent('.slide-frame .slide-narrative [data-say^="summary.furthest"]');
      expect(gaps.length).toBeGreaterThan(0);
      let at = -1;
      for (const r of gaps) {
        const i = furthest?.indexOf(String(r.name)) ?? -1;
        expect(i, `${r.name} named after the one before`).toBeGreaterThan(at);
        at = i;
      }
      expect(furthest).toContain(
        targetYear < dataYear ? `target terakhir untuk ${targetYear}` : `target ${targetYear}`,
      );
      const gapValues = onSlide
        .filter((m) => m.say.startsWith('summary.furthest') && m.attrs['delta-of'])
        .map((m) => Number(m.attrs.value));
      expect(gapValues).toEqual(gaps.map((r) => Number(r.gap)));

      // What changed: the published history as served.
      const at0 = history.findIndex((h) => h.version === manifest.version);
      const changed = marked.filter((m) => m.box === 'changed');
      if (at0 === 0 && history.length === 1) {
        expect(changed.filter((m) => m.attrs.version).map((m) => m.attrs.version)).toEqual([manifest.version]);
        expect(changed.filter((m) => m.attrs.date).map((m) => m.attrs.date)).toEqual([history[0]?.as_of]);
      } else {
        expect(changed.length).toBeGreaterThan(0);
      }

      expect(problems).toEqual([]);
      expect(g.pageErrors).toEqual([]);
      expect(g.foreignRequests).toEqual([]);
      await screenshot(page, 'briefing-summary-1920');
    } finally {
      await g.close();
    }
  });

  it('what changed since the previous publication: each change is the reference figure now minus the recorded one', {
    timeout: 240_000,
  }, async () => {
    const { current, earlier, bump, line } = routedHistories();
    // The previous publication.
    const g = await openSummary('#/briefing?slide=1', `${line(earlier)}\n${line(current)}\n`);
    try {
      const changed = (await readSummary(g.page)).filter((m) => m.box === 'changed');
      const says = await g.page.$$eval('.slide-frame [data-box="changed"] [data-say]', (els) =>
        els.map((e) => e.getAttribute('data-say')),
      );
      expect(says).toEqual([
        'whatChanged.lead.many',
        'whatChanged.change.down',
        'whatChanged.change.down',
        'whatChanged.lead.rest',
      ]);
      expect(changed.find((m) => m.attrs.date)?.attrs.date).toBe(earlier.as_of);
      const deltas = changed.filter((m) => m.attrs['delta-of']);
      expect(deltas.map((m) => m.attrs['delta-of'])).toEqual(['blankspot_villages', 'sites_in_service']);
      for (const m of deltas) {
        const key = m.attrs['delta-of'] === 'blankspot_villages' ? 'blankspot_villages' : 'sites_down';
        const then = earlier.figures.find((f) => f.key === key);
        const now = await reference(m.attrs['delta-of'] ?? '', m.attrs.period ?? '', m.attrs.scope ?? '');
        expect(m.attrs['baseline-version']).toBe(earlier.version);
        expect(Number(m.attrs.value)).toBe((now ?? Number.NaN) - (then?.value ?? Number.NaN));
        expect(m.text).toBe(idNumber(bump[key], 0));
      }
      expect(g.pageErrors).toEqual([]);
    } finally {
      await g.close();
    }
  });

  it('what changed after a rollback: says the data shown are older than the version published after them', {
    timeout: 240_000,
  }, async () => {
    const { current, newer, line } = routedHistories();
    // A rollback: the history holds a newer publication than the data shown.
    const g = await openSummary('#/briefing?slide=1', `${line(current)}\n${line(newer)}\n`);
    try {
      const says = await g.page.$$eval('.slide-frame [data-box="changed"] [data-say]', (els) =>
        els.map((e) => e.getAttribute('data-say')),
      );
      expect(says[0]).toBe('whatChanged.rollback');
      const versions = (await readSummary(g.page)).filter((m) => m.box === 'changed' && m.attrs.version);
      expect(versions.map((m) => m.attrs.version)).toContain(newer.version);
    } finally {
      await g.close();
    }
  });

  it('what changed since a pinned version: compared with the version the previous briefing named', {
    timeout: 240_000,
  }, async () => {
    const { current, earlier, newer, line } = routedHistories();
    // Pinned: the link of the previous briefing names the earlier version, though a newer one was published.
    const g = await openSummary(
      `#/briefing?slide=1&v=${earlier.version}`,
      `${line(earlier)}\n${line(current)}\n${line({ ...newer, version: '9999dddd8888eeee' })}\n`,
    );
    try {
      const changed = (await readSummary(g.page)).filter((m) => m.box === 'changed');
      const dates = changed.filter((m) => m.attrs.date).map((m) => m.attrs.date);
      expect(dates[dates.length - 1]).toBe(earlier.as_of);
      expect(
        changed
          .filter((m) => m.attrs['baseline-version'])
          .every((m) => m.attrs['baseline-version'] === earlier.version),
      ).toBe(true);
    } finally {
      await g.close();
    }
  });
});
