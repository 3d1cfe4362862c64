// Loads that do no repeat work, on a private copy of the build served through a request-counting proxy:
//   - a warm reload with unchanged data validates nothing (0 ms in `jdac-validate:*` measures, every verdict reused
//     from IndexedDB) and fetches no data file from the server (HTTP cache, `force-cache` on ?v=<sha256> URLs);
//   - a republished file (new bytes, manifest rebuilt, snapshot.json left as it was) is validated again — only that
//     file — and the stale snapshot answers nothing: with DuckDB held back, every snapshot lookup is refused, and the
//     panels are drawn once the engine runs.
// Service workers are blocked in this context so that page.route can hold DuckDB's wasm (a worker would answer it
// from its precache) and so that the HTTP cache alone is measured.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDuck, sqlString, writeDataset } from '../../scripts/lib/duck.ts';
import { buildManifest, writeManifest } from '../../scripts/lib/manifest.ts';
import { securityHeaders } from '../../scripts/security-headers.ts';
import type { Manifest } from '../../src/data/manifest.ts';
import { launchChromium } from './browser.ts';
import { type StaticServer, serveStatic } from './fixtures-hostile/static-server.ts';

const DIST = process.env.E2E_DIST ?? 'dist';

/** Forwards to `upstream` and records every path asked for. */
async function countingProxy(upstream: string): Promise<{ url: string; hits: string[]; close(): Promise<void> }> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const up = httpRequest(new URL(req.url ?? '/', upstream), { method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.writeHead(502).end());
    req.pipe(up);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

interface Timings {
  validated: { name: string; ms: number }[];
  reused: string[];
  snapshotAnswered: number;
  snapshotRefused: number;
}

/** The performance entries published-validation.ts and snapshot.ts leave on this page load. */
function timings(page: Page): Promise<Timings> {
  return page.evaluate(() => ({
    validated: performance
      .getEntriesByType('measure')
      .filter((e) => e.name.startsWith('jdac-validate:'))
      .map((e) => ({ name: e.name.slice('jdac-validate:'.length), ms: e.duration })),
    reused: performance
      .getEntriesByType('mark')
      .filter((e) => e.name.startsWith('jdac-validate-reused:'))
      .map((e) => e.name.slice('jdac-validate-reused:'.length)),
    snapshotAnswered: performance.getEntriesByName('jdac-snapshot-answered').length,
    snapshotRefused: performance.getEntriesByName('jdac-snapshot-refused').length,
  }));
}

/** Every card of the catalog (#/data) has its verdict. */
async function catalogChecked(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('.catalog-card').length === n &&
      !document.querySelector('.catalog-card[data-validation="checking"]'),
    count,
    { timeout: 90_000 },
  );
}

const verdicts = (page: Page) =>
  page.$$eval('.catalog-card', (cards) => cards.map((c) => (c as HTMLElement).dataset.validation));

const isDataFile = (path: string) => /\/data\/[^?]+\.(parquet|csv)\?v=/.test(path);

let browser: Browser;
let context: BrowserContext;
let page: Page;
let copy: string;
let server: StaticServer;
let proxy: Awaited<ReturnType<typeof countingProxy>>;
let manifest: Manifest;

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'jdac-reload-'));
  cpSync(DIST, copy, { recursive: true }); // snapshot.json included: it must refuse the republished data itself
  manifest = JSON.parse(readFileSync(join(copy, 'data', 'manifest.json'), 'utf8')) as Manifest;
  server = await serveStatic(copy, securityHeaders);
  proxy = await countingProxy(server.url);
  browser = await launchChromium();
  context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    serviceWorkers: 'block',
  });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await proxy?.close();
  await server?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('reload', () => {
  it('a warm reload with unchanged data spends 0 ms validating and fetches no data file again', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const n = manifest.datasets.length;

    await page.goto(`${proxy.url}#/data`);
    await catalogChecked(page, n);
    expect(await verdicts(page)).toEqual(Array(n).fill('valid'));
    const cold = await timings(page);
    expect(cold.validated.map((v) => v.name).sort()).toEqual(manifest.datasets.map((d) => d.id).sort());
    expect(cold.reused).toEqual([]);
    const coldMs = cold.validated.reduce((s, v) => s + v.ms, 0);
    expect(coldMs).toBeGreaterThan(0);
    // The engine has loaded its tables (and the rollups) before the reload: their fetches fill the HTTP cache.
    await page.locator('.status-banner[data-state="ready"]').waitFor({ state: 'attached', timeout: 90_000 });

    proxy.hits.length = 0;
    await page.reload();
    await catalogChecked(page, n);
    expect(await verdicts(page)).toEqual(Array(n).fill('valid'));
    const warm = await timings(page);
    expect(warm.validated).toEqual([]); // 0 ms validating
    expect(warm.reused.sort()).toEqual(manifest.datasets.map((d) => d.id).sort());
    const refetched = proxy.hits.filter(isDataFile);
    console.log(
      `reload.e2e: cold load validated ${cold.validated.length} files (sum of per-file fetch-to-verdict times, overlapping: ${coldMs.toFixed(0)} ms); warm reload ` +
        `validated 0 (0 ms), reused ${warm.reused.length} verdicts; data files asked of the server on the warm ` +
        `reload: ${refetched.length} (${refetched.join(', ') || 'none'})`,
    );
    expect(refetched).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('a republished file is validated again, alone, and the stale snapshot answers nothing', async () => {
    const n = manifest.datasets.length;
    // Republish targets: one plan changed, files rewritten and manifest rebuilt as `npm run data:manifest` does;
    // snapshot.json is left as computed from the old files.
    const data = join(copy, 'data');
    const conn = await openDuck();
    try {
      await conn.run(`CREATE TABLE targets AS SELECT * FROM read_parquet(${sqlString(join(data, 'targets.parquet'))})`);
      await conn.run('UPDATE targets SET planned_installations = planned_installations + 7 WHERE rowid = 0');
      await writeDataset(conn, 'targets', data);
    } finally {
      conn.closeSync();
    }
    const republished = await buildManifest(data);
    await writeManifest(data, republished);
    const oldTargets = manifest.datasets.find((d) => d.id === 'targets')?.files[0]?.sha256;
    const newTargets = republished.datasets.find((d) => d.id === 'targets')?.files[0]?.sha256;
    expect(newTargets).not.toBe(oldTargets);

    // The overview with DuckDB held back: whatever is painted now can only come from the snapshot.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/duckdb-eh.*\.wasm/, async (route) => {
      await held;
      await route.continue();
    });
    // Without the persisted query cache (the previous manifest and its results; the verdicts stay): a page that
    // restores the previous manifest paints the figures of that manifest first, as designed, and the new manifest's
    // requests then queue behind a batch waiting for the held engine. Deleted from a page of the same origin that has
    // no connection open to it.
    await page.goto(`${proxy.url}data/README.md`);
    await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const req = indexedDB.deleteDatabase('jdac');
          req.onsuccess = () => resolve(null);
          req.onerror = () => reject(req.error);
        }),
    );
    await page.goto(`${proxy.url}#/`);
    const dump = () =>
      page.evaluate(() =>
        JSON.stringify({
          marks: performance.getEntriesByType('mark').map((m) => m.name),
          banner: document.querySelector('.status-banner')?.getAttribute('data-state'),
          panels: [...document.querySelectorAll('[data-panel]')].map((p) => (p as HTMLElement).dataset.state),
          hash: location.hash,
        }),
      );
    await page
      .waitForFunction(() => performance.getEntriesByName('jdac-snapshot-refused').length > 0, undefined, {
        timeout: 60_000,
      })
      .catch(async (e) => {
        console.log('reload.e2e: page state', await dump());
        throw e;
      });
    const before = await timings(page);
    expect(before.snapshotAnswered).toBe(0);
    release();
    await page.waitForFunction(
      () => {
        const panels = [...document.querySelectorAll('[data-panel]')];
        return panels.length > 0 && panels.every((p) => (p as HTMLElement).dataset.state !== 'loading');
      },
      undefined,
      { timeout: 90_000 },
    );
    const after = await timings(page);
    expect(after.snapshotAnswered).toBe(0);
    expect(await page.$$eval('[data-panel]', (ps) => ps.map((p) => (p as HTMLElement).dataset.state))).not.toContain(
      'error',
    );
    await page.unroute(/duckdb-eh.*\.wasm/);

    // The catalog: targets validated again, the other files' verdicts reused.
    await page.goto(`${proxy.url}data/README.md`);
    await page.goto(`${proxy.url}#/data`);
    await catalogChecked(page, n);
    expect(await verdicts(page)).toEqual(Array(n).fill('valid'));
    // Over both loads (the overview's engine checks the files it loads, the catalog every file): only targets.
    const t = await timings(page);
    const validated = [...after.validated, ...t.validated];
    expect(validated.map((v) => v.name)).toEqual(['targets']);
    // …and on the catalog load every verdict is reused, the new targets one included (made on the overview load).
    expect(t.reused.sort()).toEqual(manifest.datasets.map((d) => d.id).sort());
    console.log(
      `reload.e2e: after republishing targets: validated ${validated.map((v) => `${v.name} ${v.ms.toFixed(0)} ms`).join(', ')}; ` +
        `reused on the catalog load ${t.reused.length}; snapshot lookups on the overview refused ` +
        `${after.snapshotRefused}, answered ${after.snapshotAnswered}`,
    );
  });
});
