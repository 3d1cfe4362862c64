// scripts/validate.ts as users run it (`npx tsx scripts/validate.ts …` in a child process): the whole fixture
// corpus in text and JSON, exit codes, English, the publish profile, usage errors, and public/data itself.
// The runs start together in beforeAll so the file stays within a few seconds.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
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

beforeAll(async () => {
  [text, json, good, english, publish, badLang, noFiles, missingFile, publicData] = await Promise.all([
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
  ]);
}, 60_000);

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
    expect(publicData?.stdout).toMatch(/site_daily\.csv[^\n]*\n[^\n]*\n[^\n]*referensi: sites/);
  });
});

describe('validateForPublish (for data:manifest)', () => {
  it('passes canonical files and refuses a spreadsheet export, checking codes against the directory', async () => {
    const refs = ['regencies.csv', 'villages.csv', 'sites.csv'].map((f) => join(FIXTURES, expected.refs, f));
    const ok = await validateForPublish(refs, { today: expected.today });
    expect(ok.map((r) => [r.dataset, r.ok, r.referencesChecked])).toEqual([
      ['regencies', true, []],
      ['villages', true, ['regencies']],
      ['sites', true, ['villages']],
    ]);
    const [bad] = await validateForPublish([join(FIXTURES, 'semicolon-decimal-comma.csv')], {
      refsDir: join(FIXTURES, expected.refs),
      today: expected.today,
    });
    expect(bad?.ok).toBe(false);
    expect(new Set(bad?.issues.map((i) => i.code))).toEqual(new Set(['not_canonical']));
  });
});
