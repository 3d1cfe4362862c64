// The fixture corpus (tests/fixtures/validation) through the library: every file must produce exactly the issues
// listed in expected.json (severity, code, line, column) with the expected Indonesian message text.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expected, expectReport, FIXTURES, fixtureFiles } from '../../../tests/fixtures/validation/corpus.ts';
import { loadParquetWasm } from '../parquet.ts';
import { validateCsvText } from './csv.ts';
import type { References } from './types.ts';
import { validateBytes } from './validate.ts';

function referenceSet(file: string, column: string): Set<string> {
  const r = validateCsvText(readFileSync(join(FIXTURES, expected.refs, file), 'utf8'), { fileName: file });
  expect(r.ok).toBe(true);
  return new Set(r.validRows.map((row) => String(row[column])));
}

let references: References;

beforeAll(async () => {
  const wasm = createRequire(import.meta.url).resolve('parquet-wasm/esm/parquet_wasm_bg.wasm');
  await loadParquetWasm(readFileSync(wasm));
  references = {
    regencies: referenceSet('regencies.csv', 'regency_code'),
    villages: referenceSet('villages.csv', 'village_code'),
    sites: referenceSet('sites.csv', 'site_id'),
    programmes: referenceSet('programmes.csv', 'programme'),
    technologies: referenceSet('technologies.csv', 'technology'),
  };
});

describe('fixture corpus through validateBytes', () => {
  it('expected.json lists every fixture file, and only those', () => {
    expect(Object.keys(expected.files).sort()).toEqual(fixtureFiles());
  });

  for (const [name, e] of Object.entries(expected.files)) {
    it(`${name}: ${e.issues.length ? e.issues.map((i) => i.code).join(', ') : 'no issues'}`, async () => {
      const bytes = new Uint8Array(readFileSync(join(FIXTURES, name)));
      const r = await validateBytes(bytes, { fileName: name, today: expected.today, references });
      expectReport(r, e);
      expect(r.validRows).toHaveLength(e.validRows);
      expect(r.invalidRows).toHaveLength(e.invalidRows);
      if (e.firstRow) expect(r.validRows[0]).toEqual(e.firstRow);
      // Each invalid row carries its own reasons, on its own line.
      for (const row of r.invalidRows) {
        expect(row.issues.length).toBeGreaterThan(0);
        for (const issue of row.issues) expect(issue.line).toBe(row.line);
      }
    });
  }
});
