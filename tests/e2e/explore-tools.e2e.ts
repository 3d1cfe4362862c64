// The analyst tools of #/explore in Chromium: an upload with errors gives a row report with line numbers and keeps
// the valid rows as an "data unggahan" table the console can query; the console refuses file/URL reads, ATTACH and
// COPY with a visible message; nothing leaves the origin; a CSV export starts with the BOM and holds the rows
// native DuckDB counts from public/data; a ~50 MB CSV uploads through the worker without freezing the page.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GuardedPage, launchChromium, openPage, screenshot } from './browser.ts';
import { publicDataDb } from './public-data.ts';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'explore-tools-e2e-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens the explore view with every non-origin request aborted and recorded (on top of openPage's guard). */
async function openTools(hash: string): Promise<GuardedPage & { aborted: string[] }> {
  const g = await openPage(browser, hash);
  const origin = new URL(g.baseUrl).origin;
  const aborted: string[] = [];
  await g.context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
    aborted.push(url);
    return route.abort();
  });
  await g.page.locator('[data-explore-tools]').waitFor({ timeout: 60_000 });
  return { ...g, aborted };
}

async function runSql(page: Page, sql: string): Promise<void> {
  const box = page.getByLabel('Perintah SQL', { exact: true });
  await box.fill(sql);
  await page.getByRole('button', { name: 'Jalankan', exact: true }).click();
  await page.waitForFunction(() => {
    const b = [...document.querySelectorAll('button')].find((x) => x.textContent === 'Jalankan');
    return b !== undefined && !b.hasAttribute('disabled');
  });
}

describe('analyst tools in Chromium', () => {
  it('validates an uploaded sites CSV, keeps the valid rows as uploaded data, and the console stays read-only', async () => {
    const db = await publicDataDb();
    const villages = (await db.rows('SELECT village_code FROM villages ORDER BY village_code LIMIT 3')).map((r) =>
      String(r.village_code),
    );
    db.close();
    const csv = [
      'site_id,village_code,programme,technology,status,budget_year,installed_on,bandwidth_mbps',
      `UJI-001,${villages[0]},Dumisake Internet Desa,VSAT,active,2025,2025-03-01,4.5`,
      `UJI-002,${villages[1]},Dumisake Internet Desa,VSAT,planned,2026,,`,
      `UJI-003,${villages[2]},Dumisake GSM Repeater,GSM repeater,offline,2025,2025-05-20,10`,
      `UJI-004,${villages[0]},Dumisake Internet Desa,VSAT,rusak,2025,2025-04-01,4.5`,
      'UJI-005,15.02.01.2999,Dumisake Internet Desa,VSAT,active,2025,2025-04-02,4.5',
      '',
    ].join('\n');

    const g = await openTools('#/explore');
    const { page } = g;
    await page.locator('[data-console-state="ready"]').waitFor({ timeout: 60_000 });
    await page.getByLabel('Unggah CSV/Parquet').setInputFiles({
      name: 'sites-uji.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    const result = page.locator('[data-upload-result="contract"]');
    await result.waitFor({ timeout: 30_000 });
    await expect
      .poll(() => result.textContent())
      .toContain('3 dari 5 baris valid dimuat sebagai tabel upload_sites_uji (data unggahan); 2 baris tidak valid');
    // The row report: line numbers of the file (header = line 1), the column and an Indonesian message.
    const issueRows = await page.$$eval('.tools-issues tbody tr', (rows) =>
      rows.map((r) => [...r.querySelectorAll('th,td')].map((c) => c.textContent?.trim() ?? '')),
    );
    expect(issueRows.map((r) => [r[0], r[1]])).toEqual([
      ['5', 'status'],
      ['6', 'village_code'],
    ]);
    expect(issueRows[0]?.[2]).toMatch(/baris 5.*status.*rusak/);
    expect(issueRows[1]?.[2]).toMatch(/baris 6.*15\.02\.01\.2999/);
    const invalidDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh baris tidak valid (CSV)' }).click();
    const invalid = readFileSync((await (await invalidDownload).path()) as string, 'utf8');
    expect(invalid).toContain('UJI-004');
    expect(invalid).toContain('UJI-005');
    expect(invalid).not.toContain('UJI-001');
    await expect
      .poll(() => page.locator('[data-upload-table="upload_sites_uji"]').textContent())
      .toContain('data unggahan');

    // The console joins the upload with villages by code; the result is labelled as using uploaded data.
    await runSql(
      page,
      'SELECT u.site_id, v.name AS desa FROM upload_sites_uji u JOIN villages v USING (village_code) ORDER BY 1',
    );
    const out = page.locator('.tools-console-out');
    await expect.poll(() => out.textContent()).toContain('3 baris');
    expect(await out.textContent()).toContain('Hasil ini memakai data unggahan: upload_sites_uji');
    expect(await page.$$eval('.tools-console-result tbody th', (c) => c.map((x) => x.textContent))).toEqual([
      'UJI-001',
      'UJI-002',
      'UJI-003',
    ]);
    await screenshot(page, 'explore-tools-upload');

    // Official tables are untouched: the upload sits beside them.
    await runSql(page, "SELECT count(*) AS n FROM sites WHERE site_id LIKE 'UJI-%'");
    expect(await page.$$eval('.tools-console-result tbody th', (c) => c.map((x) => x.textContent))).toEqual(['0']);

    // Refusals, each with a visible message naming what was refused.
    const refusals: [string, RegExp][] = [
      ["SELECT * FROM read_csv('http://example.com/x.csv')", /Ditolak: Fungsi read_csv tidak diizinkan/],
      ["ATTACH 'x.db' AS x", /Ditolak: Perintah ATTACH tidak diizinkan: konsol hanya untuk membaca data/],
      ["COPY (SELECT 1) TO 'x.csv'", /Ditolak: Perintah COPY tidak diizinkan: konsol hanya untuk membaca data/],
      ['SELECT 1; DROP TABLE sites', /Hanya satu perintah per kali jalan/],
      ["SELECT * FROM 'http://example.com/x.csv'", /Membaca berkas atau alamat web/],
    ];
    for (const [sql, message] of refusals) {
      await runSql(page, sql);
      await expect.poll(() => page.locator('.tools-console-out [role="alert"]').textContent()).toMatch(message);
    }
    // The engine itself is locked as well (what the gate would let through is still refused there).
    await runSql(
      page,
      "SELECT current_setting('enable_external_access') AS ext, current_setting('lock_configuration') AS locked",
    );
    expect(
      await page.$$eval('.tools-console-result tbody tr', (r) =>
        r.map((x) => [...x.children].map((c) => c.textContent)),
      ),
    ).toEqual([['false', 'true']]);
    await screenshot(page, 'explore-tools-refused');

    // A long query is cancelled with the button (conn.cancelSent), and the console keeps working.
    await page.getByLabel('Perintah SQL', { exact: true }).fill('SELECT sum(i * 2) AS s FROM range(20000000000) t(i)');
    await page.getByRole('button', { name: 'Jalankan', exact: true }).click();
    await page.getByRole('button', { name: 'Menjalankan…' }).waitFor();
    await page.getByRole('button', { name: 'Batalkan kueri' }).click();
    await expect.poll(() => page.locator('.tools-console-out [role="alert"]').textContent()).toBe('Kueri dibatalkan.');
    await runSql(page, 'SELECT 42 AS x');
    expect(await page.$$eval('.tools-console-result tbody th', (c) => c.map((x) => x.textContent))).toEqual(['42']);

    // Removing the upload drops the table.
    await page.getByRole('button', { name: 'Hapus upload_sites_uji' }).click();
    await page.locator('[data-upload-table="upload_sites_uji"]').waitFor({ state: 'detached' });
    await runSql(page, 'SELECT count(*) FROM upload_sites_uji');
    await expect
      .poll(() => page.locator('.tools-console-out [role="alert"]').textContent())
      .toMatch(/upload_sites_uji/);

    expect(g.aborted).toEqual([]);
    expect(g.foreignRequests).toEqual([]);
    expect(g.pageErrors).toEqual([]);
    await g.close();
  });

  it('downloads the filtered slice as CSV with a BOM and exactly the rows native DuckDB selects', async () => {
    const db = await publicDataDb();
    const expected = await db.rows(`
      SELECT s.site_id FROM sites s JOIN villages v ON v.village_code = s.village_code
      WHERE v.regency_code = '15.02' AND s.status = 'active' ORDER BY s.site_id`);
    db.close();
    expect(expected.length).toBeGreaterThan(0);

    const g = await openTools('#/explore?regency=15.02&status=active');
    const { page } = g;
    // Codes (the listing's column names); the labelled default is tested in tables.e2e.ts.
    await page.getByRole('radio', { name: /^Kode/ }).check();
    // The data is loaded once the tables have their rows (the export reads the same engine).
    await page.locator('[data-table="villages"] .vt-count').waitFor({ timeout: 90_000 });
    const download = page.waitForEvent('download', { timeout: 90_000 });
    await page.getByRole('button', { name: 'Unduh Titik layanan — CSV', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^jdac-titik-\d{8}-\d{4}\.csv$/);
    const bytes = readFileSync((await file.path()) as string);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.data.map((r) => r.site_id)).toEqual(expected.map((r) => r.site_id));
    expect(new Set(parsed.data.map((r) => r.regency_code))).toEqual(new Set(['15.02']));

    // The provenance sidecar names the sources with the manifest's sha256 and the filters.
    const manifest = JSON.parse(readFileSync('public/data/manifest.json', 'utf8')) as {
      datasets: { id: string; files: { path: string; sha256: string }[] }[];
    };
    const sidecar = page.waitForEvent('download');
    await page.getByRole('button', { name: /Unduh keterangan asal/ }).click();
    const prov = JSON.parse(readFileSync((await (await sidecar).path()) as string, 'utf8'));
    expect(prov.filters).toMatchObject({ regencies: ['15.02'], statuses: ['active'] });
    expect(prov.row_count).toBe(expected.length);
    expect(prov.made_at).toMatch(/\+07:00$/);
    for (const s of prov.sources as { dataset: string; file: string; sha256: string }[]) {
      const files = manifest.datasets.find((d) => d.id === s.dataset)?.files ?? [];
      expect(files.find((f) => f.path === s.file)?.sha256).toBe(s.sha256);
    }

    // Parquet starts and ends with PAR1.
    const pq = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh Titik layanan — Parquet', exact: true }).click();
    const pqBytes = readFileSync((await (await pq).path()) as string);
    expect(pqBytes.subarray(0, 4).toString()).toBe('PAR1');
    expect(pqBytes.subarray(pqBytes.length - 4).toString()).toBe('PAR1');

    expect(g.foreignRequests).toEqual([]);
    expect(g.pageErrors).toEqual([]);
    await g.close();
  }, 300_000);

  it('exports the villages the table lists, and its provenance names the indicators its columns are counted by', async () => {
    const programme = 'Dumisake Internet Desa';
    const db = await publicDataDb();
    // docs/indicators.md: sites in service = installed and active or offline; the programme applies.
    const villages = await db.rows(`
      SELECT DISTINCT s.village_code FROM sites s JOIN villages v USING (village_code)
      WHERE v.regency_code = '15.02' AND s.programme = '${programme}' ORDER BY 1`);
    const inService = Number(
      (
        await db.rows(`SELECT count(*) AS n FROM sites s JOIN villages v USING (village_code)
          WHERE v.regency_code = '15.02' AND s.programme = '${programme}'
            AND s.installed_on IS NOT NULL AND s.status IN ('active', 'offline')`)
      )[0]?.n,
    );
    db.close();

    const g = await openTools(`#/explore?regency=15.02&programme=${encodeURIComponent(programme)}`);
    const { page } = g;
    await page.getByRole('radio', { name: /^Kode/ }).check();
    // The data is loaded once the tables have their rows (the export reads the same engine).
    await page.locator('[data-table="villages"] .vt-count').waitFor({ timeout: 90_000 });
    const download = page.waitForEvent('download', { timeout: 90_000 });
    await page.getByRole('button', { name: 'Unduh Desa/kelurahan — CSV', exact: true }).click();
    const bytes = readFileSync((await (await download).path()) as string);
    const parsed = Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.data.map((r) => r.village_code)).toEqual(villages.map((r) => r.village_code));
    expect(parsed.data.reduce((n, r) => n + Number(r.sites_in_service), 0)).toBe(inService);
    const sidecar = page.waitForEvent('download');
    await page.getByRole('button', { name: /Unduh keterangan asal/ }).click();
    const prov = JSON.parse(readFileSync((await (await sidecar).path()) as string, 'utf8'));
    expect(prov.listing).toBe('villages-table');
    expect(prov.indicators.map((i: { column: string; indicator: string }) => [i.column, i.indicator])).toEqual([
      ['is_blankspot', 'blankspot_villages'],
      ['sites_in_service', 'sites_in_service'],
    ]);
    expect(prov.row_count).toBe(villages.length);

    expect(g.foreignRequests).toEqual([]);
    expect(g.pageErrors).toEqual([]);
    await g.close();
  }, 300_000);

  it('uploads a ~50 MB CSV in the worker while the page stays responsive', async () => {
    const path = join(dir, 'data-besar.csv');
    const lines = ['Kode Desa;Tanggal;Nilai;Jumlah;Keterangan'];
    const rows = 1_000_000;
    for (let i = 0; i < rows; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      lines.push(`15.02.01.${String(2001 + (i % 900))};${day}/01/2024;${i % 1000},5;${i};baris nomor ${i}`);
    }
    writeFileSync(path, `\uFEFF${lines.join('\r\n')}\r\n`);
    const mb = statSync(path).size / 1e6;

    const g = await openTools('#/explore');
    const { page } = g;
    await page.locator('[data-console-state="ready"]').waitFor({ timeout: 60_000 });
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    const t0 = Date.now();
    await page.getByLabel('Unggah CSV/Parquet').setInputFiles(path);
    await page.getByRole('button', { name: 'Muat sebagai upload_data_besar' }).click({ timeout: 30_000 });
    const tConfirm = Date.now();
    await page.locator('[data-upload-result="free"]').waitFor({ timeout: 90_000 });
    const t1 = Date.now();
    const text = await page.locator('[data-upload-result="free"]').textContent();
    expect(text).toContain('1.000.000 baris dimuat sebagai tabel upload_data_besar');
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    const longest = Math.max(0, ...longTasks);
    console.log(
      `[upload] ${mb.toFixed(1)} MB, ${rows} rows: inspect ${tConfirm - t0} ms, load ${t1 - tConfirm} ms, ` +
        `total ${t1 - t0} ms; long tasks ${longTasks.length}, longest ${Math.round(longest)} ms`,
    );
    await runSql(page, 'SELECT count(*) AS n, sum(jumlah) AS s, min(tanggal) AS d FROM upload_data_besar');
    expect(
      await page.$$eval('.tools-console-result tbody tr', (r) =>
        r.map((x) => [...x.children].map((c) => c.textContent)),
      ),
    ).toEqual([['1000000', String((rows * (rows - 1)) / 2), '2024-01-01']]);
    expect(longest).toBeLessThan(1000);
    expect(g.foreignRequests).toEqual([]);
    expect(g.pageErrors).toEqual([]);
    await g.close();
  });
});
