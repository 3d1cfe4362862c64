// Uploads in Chromium beyond the happy path: an upload says which of its codes join to nothing in villages /
// regencies (counted and listed), and a large CSV streamed by papaparse in the worker can be cancelled midway,
// leaving no table (nor staging table) behind. Which codes are Jambi's comes from public/data through native
// DuckDB (publicDataDb), not from the app.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GuardedPage, launchChromium, openPage } from './browser.ts';
import { publicDataDb } from './public-data.ts';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'upload-stream-e2e-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function openTools(): Promise<GuardedPage> {
  const g = await openPage(browser, '#/explore');
  await g.page.locator('[data-explore-tools]').waitFor({ timeout: 60_000 });
  await g.page.locator('[data-console-state="ready"]').waitFor({ timeout: 60_000 });
  return g;
}

async function runSql(page: Page, sql: string): Promise<string[][]> {
  await page.getByLabel('Perintah SQL', { exact: true }).fill(sql);
  await page.getByRole('button', { name: 'Jalankan', exact: true }).click();
  await page.waitForFunction(() => {
    const b = [...document.querySelectorAll('button')].find((x) => x.textContent === 'Jalankan');
    return b !== undefined && !b.hasAttribute('disabled');
  });
  return page.$$eval('.tools-console-result tbody tr', (r) =>
    r.map((x) => [...x.children].map((c) => c.textContent ?? '')),
  );
}

describe('uploads in Chromium', () => {
  it('counts and lists the codes of a free upload that are not in villages / regencies', async () => {
    const db = await publicDataDb();
    const [a, b] = (await db.rows('SELECT village_code, regency_code FROM villages ORDER BY village_code LIMIT 2')).map(
      (r) => [String(r.village_code), String(r.regency_code)] as const,
    );
    db.close();
    if (!a || !b) throw new Error('public/data has fewer than 2 villages');
    // By hand: 32.01.01.2001 ×2 and 99 ×1 are not Jambi villages (3 rows, 2 codes); regency 32.01 ×2 is not a Jambi
    // regency; the empty code is not counted.
    const csv = [
      'village_code,regency_code,jumlah',
      `${a[0]},${a[1]},1`,
      `${a[0]},${a[1]},2`,
      `${b[0]},${b[1]},3`,
      '32.01.01.2001,32.01,4',
      '32.01.01.2001,32.01,5',
      `99,${a[1]},6`,
      `,${a[1]},7`,
      '',
    ].join('\n');
    const g = await openTools();
    const { page } = g;
    await page.getByLabel('Unggah CSV/Parquet').setInputFiles({
      name: 'kode-campur.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByRole('button', { name: 'Muat sebagai upload_kode_campur' }).click({ timeout: 30_000 });
    const result = page.locator('[data-upload-result="free"]');
    await result.waitFor({ timeout: 60_000 });
    expect(await result.textContent()).toContain('7 baris dimuat sebagai tabel upload_kode_campur');

    const village = result.locator('[data-unjoined="village_code"]');
    expect(await village.getAttribute('data-unjoined-rows')).toBe('3');
    expect(await village.textContent()).toContain(
      '3 baris punya village_code yang tidak ada di tabel villages (2 kode berbeda)',
    );
    expect(
      await village
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent))),
    ).toEqual([
      ['32.01.01.2001', '2'],
      ['99', '1'],
    ]);
    const regency = result.locator('[data-unjoined="regency_code"]');
    expect(await regency.getAttribute('data-unjoined-rows')).toBe('2');
    expect(
      await regency
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent))),
    ).toEqual([['32.01', '2']]);
    // The table list carries it too.
    expect(await page.locator('[data-upload-table="upload_kode_campur"]').textContent()).toContain(
      '3 baris dengan village_code yang tidak ada di villages',
    );
    expect(g.pageErrors).toEqual([]);
    await g.close();
  });

  it('shows byte progress for a large CSV and cancelling it leaves no table behind', async () => {
    const path = join(dir, 'besar-batal.csv');
    const lines = ['kode;nilai;keterangan'];
    for (let i = 0; i < 600_000; i++) lines.push(`K${i % 5000};${i},5;baris nomor ${i} dengan teks pengisi`);
    writeFileSync(path, `${lines.join('\n')}\n`);

    const g = await openTools();
    const { page } = g;
    await page.getByLabel('Unggah CSV/Parquet').setInputFiles(path);
    await page.getByRole('button', { name: 'Muat sebagai upload_besar_batal' }).click({ timeout: 30_000 });
    // Progress is bytes read / file size: wait until some, not all, of the file is read.
    await page.waitForFunction(
      () => {
        const bar = document.querySelector<HTMLProgressElement>('.tools-progress progress[value]');
        return bar !== null && bar.value > 0 && bar.value < bar.max;
      },
      undefined,
      { polling: 20, timeout: 60_000 },
    );
    await page.getByRole('button', { name: 'Batalkan unggahan' }).click();
    await page.getByText('Unggahan besar-batal.csv dibatalkan; tidak ada tabel yang dibuat.').waitFor();
    expect(await page.locator('[data-upload-table="upload_besar_batal"]').count()).toBe(0);
    // Neither the table nor its staging table is in DuckDB (the writer's abort drops the staging table).
    expect(
      await runSql(page, "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE '%upload_besar_batal%'"),
    ).toEqual([['0']]);
    expect(g.pageErrors).toEqual([]);
    await g.close();
  });
});
