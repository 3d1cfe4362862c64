// scripts/validate.ts as users run it (`npx tsx scripts/validate.ts …` in a child process): the whole fixture
// corpus in text and JSON, exit codes, English, the publish profile, usage errors, public/data itself, and where
// the vocabularies (programmes.csv, technologies.csv) come from: given, beside the file, or --refs.
// The runs start together in beforeAll so the file stays within a few seconds.
import { execFile } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateForPublish } from '../../scripts/validate.ts';
import type { ValidationReport } from '../../src/data/validate/types.ts';
import { expected, expectReport, FIXTURES } from '../fixtures/validation/corpus.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIX = relative(ROOT, FIXTURES);
const REFS = join(FIX, expected.refs);
const PUBLIC = join(ROOT, 'public', 'data');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'scripts/validate.ts', ...args],
      { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const files = Object.keys(expected.files).map((f) => join(FIX, f));
const base = ['--refs', REFS, '--today', expected.today];
const publicFiles = existsSync(PUBLIC)
  ? readdirSync(PUBLIC)
      .filter((f) => /\.(csv|parquet)$/.test(f))
      .map((f) => join('public', 'data', f))
  : [];

let text: Run;
let json: Run;
let good: Run;
let english: Run;
let publish: Run;
let badLang: Run;
let noFiles: Run;
let missingFile: Run;
let publicData: Run | null;
let vocabBeside: Run;
let vocabGiven: Run;
let vocabNone: Run;

// A steward's folder: sites.csv naming SATRIA-1, beside a programmes.csv that has a row for it; and a second folder
// holding only such a programmes.csv, given on the command line.
const TMP = mkdtempSync(join(tmpdir(), 'jdac-vocab-'));
const BESIDE = join(TMP, 'export');
const GIVEN = join(TMP, 'given');
const SATRIA_ROW = 'SATRIA-1,village_access,false,BAKTI Kominfo,SATRIA-1 satellite internet\n';
mkdirSync(BESIDE);
mkdirSync(GIVEN);
copyFileSync(join(FIXTURES, 'unknown-programme.csv'), join(BESIDE, 'sites.csv'));
for (const dir of [BESIDE, GIVEN]) {
  copyFileSync(join(FIXTURES, expected.refs, 'programmes.csv'), join(dir, 'programmes.csv'));
  appendFileSync(join(dir, 'programmes.csv'), SATRIA_ROW);
}
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

beforeAll(async () => {
  [text, json, good, english, publish, badLang, noFiles, missingFile, publicData, vocabBeside, vocabGiven, vocabNone] =
    await Promise.all([
      cli([...base, ...files]),
      cli([...base, '--json', ...files]),
      cli([
        ...base,
        ...['good.csv', 'good.parquet', 'semicolon-decimal-comma.csv', 'extra-column.csv'].map((f) => join(FIX, f)),
      ]),
      cli([...base, '--lang', 'en', join(FIX, 'uptime-out-of-range.csv')]),
      cli([...base, '--publish', join(FIX, 'semicolon-decimal-comma.csv')]),
      cli(['--lang', 'fr', join(FIX, 'good.csv')]),
      cli(['--json']),
      cli([...base, join(FIX, 'does-not-exist.csv')]),
      publicFiles.length ? cli(publicFiles) : Promise.resolve(null),
      cli([...base, join(BESIDE, 'sites.csv')]),
      cli([...base, join(GIVEN, 'programmes.csv'), join(FIX, 'unknown-programme.csv')]),
      cli(['--no-refs', '--today', expected.today, join(FIX, 'unknown-programme.csv')]),
    ]);
}, 120_000);

describe('validate CLI on the fixture corpus', () => {
  it('exits 1 when any file has errors', () => {
    expect(text.code).toBe(1);
    expect(text.stderr).toBe('');
  });

  for (const [name, e] of Object.entries(expected.files)) {
    it(`prints ${name}: status, line, column and the Indonesian message`, () => {
      const path = join(FIX, name);
      const lines = text.stdout.split('\n');
      expect(lines.some((l) => l.startsWith(`${e.ok ? 'OK' : 'GAGAL'}  ${path}`))).toBe(true);
      for (const issue of e.issues) {
        const where = [
          path,
          issue.line === undefined
            ? ''
            : e.format === 'parquet'
              ? `baris data ke-${issue.line}`
              : `baris ${issue.line}`,
          issue.column === undefined ? '' : `kolom ${issue.column}`,
        ].filter(Boolean);
        const hit = lines.find(
          (l) => where.every((w) => l.includes(w)) && l.toLowerCase().includes(issue.message.toLowerCase()),
        );
        expect(hit, `${where.join(', ')}: ${issue.message}`).toBeDefined();
        if (issue.hint) expect(text.stdout.toLowerCase()).toContain(issue.hint.toLowerCase());
      }
    });
  }

  it('prints a summary line', () => {
    const n = Object.keys(expected.files).length;
    const ok = Object.values(expected.files).filter((e) => e.ok).length;
    expect(text.stdout.trimEnd().split('\n').at(-1)).toMatch(
      new RegExp(`^Ringkasan: ${n} berkas diperiksa: ${ok} OK, ${n - ok} gagal; \\d+ galat, 1 peringatan\\.$`),
    );
  });

  it('--json gives the same reports as the library', () => {
    expect(json.code).toBe(1);
    const reports = JSON.parse(json.stdout) as Omit<ValidationReport, 'validRows' | 'invalidRows'>[];
    expect(reports.map((r) => r.fileName)).toEqual(files);
    for (const r of reports) {
      const name = r.fileName.slice(FIX.length + 1);
      expectReport(r, expected.files[name] as (typeof expected.files)[string]);
    }
  });
});

describe('validate CLI exit codes and options', () => {
  it('exits 0 for valid files (warnings allowed)', () => {
    expect(good.code).toBe(0);
    expect(good.stdout).toContain(`OK  ${join(FIX, 'semicolon-decimal-comma.csv')}`);
    expect(good.stdout).toContain(
      'site_daily (dari nama kolom), CSV, pemisah ";", desimal koma, tanggal dd/mm/yyyy, UTF-8 dengan BOM',
    );
    expect(good.stdout).toContain('Ringkasan: 4 berkas diperiksa: 4 OK, 0 gagal; 0 galat, 1 peringatan.');
  });

  it('speaks English with --lang en', () => {
    expect(english.code).toBe(1);
    expect(english.stdout).toContain(
      'uptime-out-of-range.csv, line 3, column uptime_pct: value "120" is outside the range 0–100.',
    );
    expect(english.stdout).toContain('Summary: 1 file checked: 0 OK, 1 failed; 2 errors, 0 warnings.');
  });

  it('--publish refuses a spreadsheet export that uploads accept', () => {
    expect(publish.code).toBe(1);
    expect(publish.stdout).toContain('[not_canonical]');
    expect(publish.stdout).toContain('untuk publikasi, pemisah harus koma');
  });

  it('exits 2 on usage errors and unreadable files', () => {
    expect(badLang.code).toBe(2);
    expect(badLang.stderr).toContain('--lang: expected id or en');
    expect(noFiles.code).toBe(2);
    expect(noFiles.stderr).toContain('no files given');
    expect(missingFile.code).toBe(2);
    expect(missingFile.stderr).toContain('does-not-exist.csv: berkas tidak dapat dibaca');
  });
});

describe.skipIf(publicFiles.length === 0)('validate CLI on public/data', () => {
  it('passes every published file, with codes checked against the reference lists', () => {
    expect(publicData?.stderr).toBe('');
    expect(publicData?.code).toBe(0);
    expect(publicData?.stdout).toContain(`${publicFiles.length} OK, 0 gagal; 0 galat`);
    expect(publicData?.stdout).toMatch(/site_daily\.parquet[^\n]*\n[^\n]*\n[^\n]*referensi: sites/);
  });
});

describe('validateForPublish (for data:manifest)', () => {
  it('passes canonical files and refuses a spreadsheet export, checking codes against the directory', async () => {
    const refs = ['regencies.csv', 'villages.csv', 'sites.csv'].map((f) => join(FIXTURES, expected.refs, f));
    const ok = await validateForPublish(refs, { today: expected.today });
    expect(ok.map((r) => [r.dataset, r.ok, r.referencesChecked])).toEqual([
      ['regencies', true, []],
      ['villages', true, ['regencies']],
      ['sites', true, ['villages', 'programmes', 'technologies']],
    ]);
    const [bad] = await validateForPublish([join(FIXTURES, 'semicolon-decimal-comma.csv')], {
      refsDir: join(FIXTURES, expected.refs),
      today: expected.today,
    });
    expect(bad?.ok).toBe(false);
    expect(new Set(bad?.issues.map((i) => i.code))).toEqual(new Set(['not_canonical']));
  });
});

describe('validate CLI: programmes and technologies are vocabularies (contract v2)', () => {
  const file = join(FIX, 'unknown-programme.csv');

  it('refuses the rows naming SATRIA-1 by value, file, line and column, says how to add it, keeps the rest', () => {
    // From the corpus run (--refs tests/fixtures/validation/refs, whose programmes.csv lacks SATRIA-1).
    const lines = text.stdout.split('\n');
    for (const line of [3, 5]) {
      expect(lines).toContainEqual(
        expect.stringContaining(
          `${file}, baris ${line}, kolom programme: program "SATRIA-1" tidak ada dalam kosakata programmes.csv`,
        ),
      );
    }
    expect(text.stdout).toContain(
      "tambahkan baris untuk 'SATRIA-1' ke programmes.csv (kolom programme, kind, in_plan, owner, label_en; " +
        'kind = village_access | cellular_coverage | operator; in_plan = true/false',
    );
    // The other rows are valid and would load.
    const report = text.stdout.slice(text.stdout.indexOf(`GAGAL  ${file}`));
    expect(report).toContain('6 baris data: 3 valid, 3 tidak valid; referensi: villages, programmes, technologies');
    expect(text.stdout).toContain(`programmes ← ${join(REFS, 'programmes.csv')}`);
  });

  it('takes programmes.csv from beside the file over --refs', () => {
    expect(vocabBeside.code).toBe(1);
    expect(vocabBeside.stdout).not.toContain('"SATRIA-1" tidak ada');
    // Only the case slip is left, with the spelling it meant.
    expect(vocabBeside.stdout).toContain('6 baris data: 5 valid, 1 tidak valid');
    expect(vocabBeside.stdout).toContain('baris 7, kolom programme: program "dumisake internet desa" tidak ada');
    expect(vocabBeside.stdout).toContain('Mungkin maksudnya "Dumisake Internet Desa"');
    expect(vocabBeside.stdout).toContain(`programmes ← ${join(BESIDE, 'programmes.csv')}`);
  });

  it('takes a programmes.csv given on the command line over --refs', () => {
    expect(vocabGiven.code).toBe(1);
    expect(vocabGiven.stdout).toContain(`OK  ${join(GIVEN, 'programmes.csv')}`);
    expect(vocabGiven.stdout).not.toContain('"SATRIA-1" tidak ada');
    expect(vocabGiven.stdout).toContain('6 baris data: 5 valid, 1 tidak valid');
    expect(vocabGiven.stdout).toContain(`programmes ← ${join(GIVEN, 'programmes.csv')}`);
  });

  it('checks no vocabulary with --no-refs', () => {
    expect(vocabNone.code).toBe(0);
    expect(vocabNone.stdout).toContain('6 baris data: 6 valid, 0 tidak valid; tanpa daftar referensi');
  });

  it('lets a steward add the programme as data: refused for publishing until programmes.csv has its row', async () => {
    const dir = join(TMP, 'publish');
    mkdirSync(dir);
    for (const f of ['regencies.csv', 'villages.csv', 'programmes.csv', 'technologies.csv'])
      copyFileSync(join(FIXTURES, expected.refs, f), join(dir, f));
    copyFileSync(join(FIXTURES, 'unknown-programme.csv'), join(dir, 'sites.csv'));
    const sites = join(dir, 'sites.csv');
    const [before] = await validateForPublish([sites], { today: expected.today });
    expect(before?.ok).toBe(false);
    expect(before?.issues.filter((i) => i.value === 'SATRIA-1').map((i) => [i.code, i.line, i.column])).toEqual([
      ['unknown_vocabulary', 3, 'programme'],
      ['unknown_vocabulary', 5, 'programme'],
    ]);
    appendFileSync(join(dir, 'programmes.csv'), SATRIA_ROW);
    const [after] = await validateForPublish([sites], { today: expected.today });
    expect(after?.issues.map((i) => [i.code, i.line, i.value])).toEqual([
      ['unknown_vocabulary', 7, 'dumisake internet desa'],
    ]);
    expect(after?.validRowCount).toBe(5);
  });
});
