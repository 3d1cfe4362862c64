// The validation corpus (tests/fixtures/validation: careless and hostile files) through the browser's upload input,
// with the verdicts the Node library gives for each file. The library runs here, in the test, with the same
// reference lists the page uses (the official codes and vocabularies in public/data, read by native DuckDB) and the
// same "today" (the real one): the expected verdict of every file is computed, never written down.
//   library: unknown dataset        → page: offers a free table (the upload path's answer to "which dataset?")
//   library: a fatal file problem   → page: refuses the file, or loads no row, with the same messages
//   library: N of M rows valid      → page: "N dari M baris valid", invalid count, every issue's Indonesian message
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT } from '../../src/data/contract.ts';
import { loadParquetWasm } from '../../src/data/parquet.ts';
import type { References, ValidationReport } from '../../src/data/validate/types.ts';
import { validateBytes } from '../../src/data/validate/validate.ts';
import { REFERENCE_DATASETS, REFERENCE_KEYS } from '../../src/data/workers/validate-job.ts';
import { FIXTURES, fixtureFiles } from '../fixtures/validation/corpus.ts';
import { type GuardedPage, launchChromium, openPage } from './browser.ts';
import { publicDataDb } from './public-data.ts';

let browser: Browser;
let g: GuardedPage;
let references: References;

beforeAll(async () => {
  const wasm = createRequire(import.meta.url).resolve('parquet-wasm/esm/parquet_wasm_bg.wasm');
  await loadParquetWasm(readFileSync(wasm));
  const db = await publicDataDb();
  references = {};
  for (const id of REFERENCE_DATASETS) {
    if (!db.loaded.includes(id)) continue;
    const column = REFERENCE_KEYS[id] as string;
    const rows = await db.rows(`SELECT "${column}" AS k FROM "${id}"`);
    references[id] = new Set(rows.map((r) => String(r.k)));
  }
  db.close();
  browser = await launchChromium();
  g = await openPage(browser, '#/explore');
  await g.page.locator('[data-explore-tools]').waitFor({ timeout: 60_000 });
  await g.page.locator('[data-console-state="ready"]').waitFor({ timeout: 60_000 });
}, 180_000);
afterAll(async () => {
  await g?.close();
  await browser?.close();
});

const num = (n: number) => new Intl.NumberFormat('id-ID').format(n);

function expectedVerdict(r: ValidationReport): 'free' | 'rejected' | 'none-valid' | 'loaded' {
  if (r.issues.some((i) => i.code === 'unknown_dataset')) return 'free';
  if (r.dataset === null) return 'rejected';
  return r.validRowCount > 0 ? 'loaded' : 'none-valid';
}

describe('the validation corpus through the browser upload path', () => {
  const files = fixtureFiles();
  it('has the corpus', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  for (const name of files) {
    it(`${name}: the page gives the library's verdict`, async () => {
      const bytes = readFileSync(join(FIXTURES, name));
      const lib = await validateBytes(new Uint8Array(bytes), { fileName: name, references });
      const want = expectedVerdict(lib);
      const { page } = g;
      await page
        .getByLabel('Unggah CSV/Parquet')
        .setInputFiles({ name, mimeType: 'application/octet-stream', buffer: bytes });
      const result = page.locator(`[data-upload-file="${name}"]`);
      await result.waitFor({ timeout: 60_000 });
      const got = await result.getAttribute('data-upload-verdict');
      // A parquet the page cannot decode can surface as "rejected" at inspection; the library names the same issue.
      expect(got, `${name}: issues ${lib.issues.map((i) => i.code).join(', ')}`).toBe(want);
      const text = (await result.textContent()) ?? '';
      if (want === 'free') {
        // The page asks for column types instead of refusing; leave it (cancel keeps no table).
        await page.getByRole('button', { name: 'Batalkan unggahan' }).click();
        return;
      }
      if (want === 'loaded') {
        expect(text).toContain(`${num(lib.validRowCount)} dari ${num(lib.rowCount)} baris valid dimuat`);
        expect(text).toContain(`${num(lib.invalidRowCount)} baris tidak valid tidak dimuat`);
        expect(lib.dataset && CONTRACT[lib.dataset]).toBeTruthy();
      }
      if (want === 'none-valid') expect(text).toContain(`Tidak ada baris valid dari ${num(lib.rowCount)} baris`);
      // Every issue the library reports is on the page, in its Indonesian words.
      for (const issue of lib.issues) expect(text, `${name}: ${issue.code}`).toContain(issue.message.id);
      expect(g.pageErrors).toEqual([]);
    }, 90_000);
  }
});
