// Data republished under a running wall, on a private copy of the build:
//   - version A publishes site_daily in two Parquet parts (partitions by year, as docs/scaling.md describes for large
//     telemetry): the browser loads both parts, and its rollups (the published ones were computed from the single
//     file, so they are refused) are computed from both;
//   - version B changes the targets; the wall, polling every 2 s, switches every figure to B's;
//   - republishing A again (a rollback) switches every figure back to A's: the earlier version's rows are loaded
//     again, not the newer rows kept under the older key;
//   - version C names a targets file that fails the contract (no planned_installations column): every figure stays
//     A's (the last good version), no tile fails, the tiles reading targets are marked, and the header's stale
//     badge names the file; republishing A clears the badge.
// After each switch every figure on the wall page equals the reference SQL (tests/reference/indicators.ts) run by
// native DuckDB over that version's files — none of it goes through the app's loaders.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDuck, sqlString } from '../../scripts/lib/duck.ts';
import { sha256File } from '../../scripts/lib/manifest.ts';
import { securityHeaders } from '../../scripts/security-headers.ts';
import type { Manifest, ManifestFile } from '../../src/data/manifest.ts';
import { REFERENCE_IDS, referenceSql } from '../reference/indicators.ts';
import { launchChromium } from './browser.ts';
import { type StaticServer, serveStatic } from './fixtures-hostile/static-server.ts';
import {
  sameFigure as close,
  type FigureElement,
  figureNumber as num,
  readFigures,
  settleFigures,
} from './overview-helpers.ts';
import { type PublicDataDb, publicDataDb } from './public-data.ts';

const DIST = process.env.E2E_DIST ?? 'dist';
const WALL = '#/wall?pages=ringkasan&dwell=600&poll=2';

let copy: string;
let data: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
let manifestA: Manifest;
let manifestB: Manifest;
let manifestC: Manifest;
const refs: Record<'a' | 'b', PublicDataDb | null> = { a: null, b: null };
const pageErrors: string[] = [];

async function fileEntry(path: string): Promise<ManifestFile> {
  const abs = join(data, path);
  return { path, format: 'parquet', bytes: statSync(abs).size, sha256: await sha256File(abs) };
}

const withFiles = (m: Manifest, id: string, files: ManifestFile[], version: string): Manifest => ({
  ...m,
  version,
  datasets: m.datasets.map((d) => (d.id === id ? { ...d, files } : d)),
});

/** A folder with the version's manifest for the reference reader, its paths pointing into the served copy. */
async function referenceDb(m: Manifest, name: string): Promise<PublicDataDb> {
  const dir = join(copy, name);
  mkdirSync(dir, { recursive: true });
  const rel = {
    ...m,
    datasets: m.datasets.map((d) => ({ ...d, files: d.files.map((f) => ({ ...f, path: `../data/${f.path}` })) })),
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(rel));
  return publicDataDb({ dir });
}

const publish = (m: Manifest) => writeFileSync(join(data, 'manifest.json'), JSON.stringify(m, null, 2));

/** Every figure on the wall page that differs from the reference (empty: all equal). */
async function mismatches(figures: readonly FigureElement[], db: PublicDataDb): Promise<string[]> {
  const wrong: string[] = [];
  for (const f of figures) {
    if (!REFERENCE_IDS.includes(f.indicator as never) || !f.period || f.scope === null) continue;
    const ref = await db.value(referenceSql(f.indicator, f.period, f.scope, { asOf: db.asOf }));
    if (!close(num(f.value), ref))
      wrong.push(`${f.indicator} | ${f.period} | ${f.scope}: shown ${f.value}, ref ${ref}`);
  }
  return wrong;
}

/** The reference value of every figure key in `figures`, over one version's files. */
async function expectedValues(
  figures: readonly FigureElement[],
  db: PublicDataDb,
): Promise<Record<string, number | null>> {
  const out: Record<string, number | null> = {};
  for (const f of figures) {
    if (!REFERENCE_IDS.includes(f.indicator as never) || !f.period || f.scope === null) continue;
    out[`${f.indicator}|${f.period}|${f.scope}`] = await db.value(
      referenceSql(f.indicator, f.period, f.scope, { asOf: db.asOf }),
    );
  }
  return out;
}

/**
 * Waits (a condition, no sleep) until every figure on the wall page equals `db`'s version — the figures switch when
 * the wall's poll sees the new manifest and the new tables are in — then returns them. On a timeout the test fails
 * with the figures that never switched.
 */
async function wallShows(db: PublicDataDb, keysFrom: readonly FigureElement[]): Promise<FigureElement[]> {
  const expected = await expectedValues(keysFrom, db);
  try {
    await page.waitForFunction(
      (want) => {
        const els = [...document.querySelectorAll('.wall [data-indicator]')];
        if (els.length === 0 || document.querySelector('.wall [data-state="loading"]')) return false;
        return els.every((e) => {
          const k = `${e.getAttribute('data-indicator')}|${e.getAttribute('data-period')}|${e.getAttribute('data-scope')}`;
          if (!(k in want)) return true;
          const v = e.getAttribute('data-value');
          const a = v === null || v === '' ? null : Number(v);
          const b = want[k] ?? null;
          return a === null || b === null
            ? a === b
            : Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;
        });
      },
      expected,
      { timeout: 90_000, polling: 250 },
    );
  } catch {
    // Fall through: the assertion below names the figures that did not switch.
  }
  await settleFigures(page, '.wall', 90_000);
  return readFigures(page, '.wall');
}

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'jdac-republish-'));
  cpSync(DIST, copy, { recursive: true });
  data = join(copy, 'data');
  const published = JSON.parse(readFileSync(join(data, 'manifest.json'), 'utf8')) as Manifest;
  const conn = await openDuck();
  try {
    // A: site_daily in two parts, split by year.
    mkdirSync(join(data, 'site_daily'), { recursive: true });
    const source = sqlString(join(data, 'site_daily.parquet'));
    for (const [part, where] of [
      ['site_daily/part-2023-2024.parquet', `"date" < DATE '2025-01-01'`],
      ['site_daily/part-2025-2026.parquet', `"date" >= DATE '2025-01-01'`],
    ] as const) {
      await conn.run(
        `COPY (SELECT * FROM read_parquet(${source}) WHERE ${where}) TO ${sqlString(join(data, part))} (FORMAT parquet)`,
      );
    }
    // B: every target of the province 10 villages lower, every plan 5 installations higher.
    await conn.run(
      `COPY (SELECT year, regency_code, planned_installations + 5 AS planned_installations,
                    CASE WHEN regency_code IS NULL THEN blankspot_target - 10 ELSE blankspot_target END AS blankspot_target
             FROM read_parquet(${sqlString(join(data, 'targets.parquet'))}))
       TO ${sqlString(join(data, 'targets-b.parquet'))} (FORMAT parquet)`,
    );
    // C: a targets file without its planned_installations column.
    await conn.run(
      `COPY (SELECT year, regency_code, blankspot_target FROM read_parquet(${sqlString(join(data, 'targets.parquet'))}))
       TO ${sqlString(join(data, 'targets-invalid.parquet'))} (FORMAT parquet)`,
    );
  } finally {
    conn.closeSync();
  }
  const parts = [
    await fileEntry('site_daily/part-2023-2024.parquet'),
    await fileEntry('site_daily/part-2025-2026.parquet'),
  ];
  manifestA = withFiles(published, 'site_daily', parts, 'republish-a-0001');
  manifestB = withFiles(manifestA, 'targets', [await fileEntry('targets-b.parquet')], 'republish-b-0002');
  manifestC = withFiles(manifestA, 'targets', [await fileEntry('targets-invalid.parquet')], 'republish-c-0003');
  refs.a = await referenceDb(manifestA, 'ref-a');
  refs.b = await referenceDb(manifestB, 'ref-b');
  publish(manifestA);

  server = await serveStatic(copy, securityHeaders);
  browser = await launchChromium();
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    serviceWorkers: 'block',
  });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
}, 120_000);

afterAll(async () => {
  refs.a?.close();
  refs.b?.close();
  await browser?.close();
  await server?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('republishing under a running wall', () => {
  it('loads both parts of a dataset published in two files: every figure equals the reference over both', async () => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${server.url}${WALL}`);
    await settleFigures(page, '.wall', 120_000);
    const figures = await wallShows(refs.a as PublicDataDb, await readFigures(page, '.wall'));
    expect(figures.length).toBeGreaterThan(20);
    expect(figures.some((f) => f.indicator === 'uptime')).toBe(true);
    expect(await mismatches(figures, refs.a as PublicDataDb)).toEqual([]);
    // The browser asked for both parts (the engine and the contract check each read them).
    expect([...new Set(requested.filter((p) => p.includes('/data/site_daily/part-')))].sort()).toEqual([
      '/data/site_daily/part-2023-2024.parquet',
      '/data/site_daily/part-2025-2026.parquet',
    ]);
  });

  it('switches every figure to a republished version, and back on a rollback', async () => {
    const before = await readFigures(page, '.wall');
    publish(manifestB);
    const onB = await wallShows(refs.b as PublicDataDb, before);
    expect(await mismatches(onB, refs.b as PublicDataDb)).toEqual([]);
    // The change is visible: some figure differs from version A's.
    const aValues = new Map(before.map((f) => [`${f.indicator}|${f.period}|${f.scope}`, f.value]));
    const changed = onB.filter((f) => {
      const a = aValues.get(`${f.indicator}|${f.period}|${f.scope}`);
      return a !== undefined && a !== f.value;
    });
    expect(changed.length).toBeGreaterThan(0);

    publish(manifestA); // rollback: the files of version A, as they were
    const back = await wallShows(refs.a as PublicDataDb, before);
    expect(await mismatches(back, refs.a as PublicDataDb)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('keeps the last good figures when a republished file fails validation, and names the file in the stale badge', async () => {
    const before = await readFigures(page, '.wall');
    expect(await mismatches(before, refs.a as PublicDataDb)).toEqual([]);
    publish(manifestC);
    const badge = page.locator('.wall-failed-file[data-failed-file="targets-invalid.parquet"]');
    await badge.waitFor({ timeout: 90_000 });
    expect(await badge.textContent()).toMatch(/^Berkas targets-invalid\.parquet gagal dimuat/);
    await settleFigures(page, '.wall', 90_000);
    // Every figure is still version A's (the targets of A keep answering), and no tile failed.
    const held = await readFigures(page, '.wall');
    expect(held.length).toBe(before.length);
    expect(await mismatches(held, refs.a as PublicDataDb)).toEqual([]);
    expect(await page.locator('.wall [data-state="error"]').count()).toBe(0);
    // The tile that reads targets is marked as showing its last good figures.
    expect(await page.locator('.wall-grid > [data-panel="leadership"][data-tile-stale]').count()).toBe(1);

    publish(manifestA);
    await badge.waitFor({ state: 'detached', timeout: 90_000 });
    expect(await mismatches(await readFigures(page, '.wall'), refs.a as PublicDataDb)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
