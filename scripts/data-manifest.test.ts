// `npm run data:manifest` refuses to publish a file that fails the data contract: public/data is copied to a temp
// directory, one file is spoiled the way spreadsheets spoil them, and the builder (a child process, as stewards run
// it, with --dir) must exit 1, print the validator's report naming the file, line, column and value, and leave
// manifest.json byte for byte as it was.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET_IDS } from '../src/data/contract.ts';

const ROOT = join(import.meta.dirname, '..');
const PUBLIC = join(ROOT, 'public', 'data');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function dataManifest(dir: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/data-manifest.ts', '--dir', dir],
      { cwd: ROOT, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

function copyOfPublicData(): string {
  const dir = mkdtempSync(join(tmpdir(), 'jdac-manifest-'));
  cpSync(PUBLIC, dir, { recursive: true });
  return dir;
}

/** Every dataset file of public/data (Parquet and CSV twins of the nine contract datasets). */
const datasetFiles = DATASET_IDS.flatMap((id) => [`${id}.csv`, `${id}.parquet`]).filter((f) =>
  readdirSync(PUBLIC).includes(f),
);

const dirs: string[] = [];
let csvRun: Run;
let csvDir: string;
let parquetRun: Run;
let parquetDir: string;

beforeAll(async () => {
  // 1. A CSV edited in a spreadsheet: a programme typed in another case.
  csvDir = copyOfPublicData();
  const sites = readFileSync(join(csvDir, 'sites.csv'), 'utf8').split('\n');
  const cells = (sites[3] as string).split(',');
  cells[2] = 'dumisake internet desa';
  sites[3] = cells.join(',');
  writeFileSync(join(csvDir, 'sites.csv'), sites.join('\n'));
  // 2. A Parquet file cut short by a failed copy.
  parquetDir = copyOfPublicData();
  const parquet = readFileSync(join(parquetDir, 'village_coverage.parquet'));
  writeFileSync(join(parquetDir, 'village_coverage.parquet'), parquet.subarray(0, parquet.length - 100));
  dirs.push(csvDir, parquetDir);
  [csvRun, parquetRun] = await Promise.all([dataManifest(csvDir), dataManifest(parquetDir)]);
}, 120_000);

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('data:manifest refuses a file that fails the contract', () => {
  it('a spoiled CSV: exit 1, the validator’s report, manifest.json unchanged', () => {
    expect(csvRun.code, csvRun.stderr).toBe(1);
    expect(csvRun.stderr).toContain('GAGAL');
    expect(csvRun.stderr).toMatch(/sites\.csv, baris 4, kolom programme: .*"dumisake internet desa"/);
    expect(csvRun.stderr).toContain('Mungkin maksudnya "Dumisake Internet Desa"');
    // A case slip in a programme name is a value the vocabulary (programmes.csv) lacks: named, with the spelling meant.
    expect(csvRun.stderr).toContain('program "dumisake internet desa" tidak ada dalam kosakata programmes.csv');
    expect(csvRun.stderr).toContain(
      `data-manifest: 1 of ${datasetFiles.length} file(s) fail the data contract: sites.csv.`,
    );
    expect(csvRun.stderr).toContain('manifest.json was not written');
    expect(csvRun.stdout).not.toContain('wrote');
    expect(readFileSync(join(csvDir, 'manifest.json'))).toEqual(readFileSync(join(PUBLIC, 'manifest.json')));
    // The headline history (history.jsonl) records only complete publications: untouched too.
    expect(readFileSync(join(csvDir, 'history.jsonl'))).toEqual(readFileSync(join(PUBLIC, 'history.jsonl')));
  });

  it('a truncated Parquet file: exit 1, named, manifest.json unchanged', () => {
    expect(parquetRun.code, parquetRun.stderr).toBe(1);
    expect(parquetRun.stderr).toMatch(/village_coverage\.parquet/);
    expect(parquetRun.stderr).toMatch(/tidak dapat dibaca|terpotong/);
    expect(parquetRun.stderr).toContain('fail the data contract: village_coverage.parquet.');
    expect(readFileSync(join(parquetDir, 'manifest.json'))).toEqual(readFileSync(join(PUBLIC, 'manifest.json')));
    expect(readFileSync(join(parquetDir, 'history.jsonl'))).toEqual(readFileSync(join(PUBLIC, 'history.jsonl')));
  });
});
