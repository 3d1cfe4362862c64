import { readFileSync } from 'node:fs';
import { contentKey, loadedParts, ManifestError, parseManifest, preferredFile } from './manifest.ts';

const good = JSON.parse(readFileSync('public/data/manifest.json', 'utf8'));

function problems(input: unknown): string[] {
  try {
    parseManifest(input);
  } catch (e) {
    if (e instanceof ManifestError) return e.problems;
    throw e;
  }
  return [];
}

describe('parseManifest', () => {
  it('accepts the published manifest and prefers Parquet', () => {
    const m = parseManifest(good);
    expect(m.datasets.map((d) => d.id)).toEqual([
      'regencies',
      'villages',
      'programmes',
      'technologies',
      'sites',
      'village_coverage',
      'site_daily',
      'targets',
      'published_figures',
    ]);
    const sites = m.datasets.find((d) => d.id === 'sites');
    expect(sites && preferredFile(sites).format).toBe('parquet');
  });

  it('names each broken field with what was expected', () => {
    const broken = structuredClone(good);
    broken.datasets[2].as_of = '27/11/2026';
    broken.datasets[0].files[0].sha256 = 'xyz';
    broken.datasets[1].files[0].path = 'https://evil.example/villages.csv';
    broken.datasets[3].row_count = -1;
    broken.datasets[4].id = 'telemetry';
    expect(problems(broken)).toEqual([
      'datasets.0.files.0.sha256: sha256 harus 64 karakter heksadesimal',
      'datasets.1.files.0.path: path berkas harus relatif terhadap public/data (tanpa http:, tanpa ..)',
      'datasets.2.as_of: tanggal harus berbentuk YYYY-MM-DD',
      expect.stringMatching(/^datasets\.3\.row_count: /),
      expect.stringMatching(/^datasets\.4\.id: /),
    ]);
  });

  it('refuses parent-directory paths, duplicates and a wrong top level', () => {
    const up = structuredClone(good);
    up.datasets[0].files[0].path = 'data/../../etc/passwd';
    expect(problems(up)).toEqual(['datasets.0.files.0.path: path berkas tidak boleh berisi ..']);
    const dup = structuredClone(good);
    dup.datasets[1].id = 'regencies';
    expect(problems(dup)).toEqual(['datasets: id "regencies" muncul dua kali']);
    expect(problems(null)[0]).toMatch(/^\(akar\): /);
    expect(problems({ ...good, manifest_version: 2 })[0]).toMatch(/^manifest_version: /);
  });
});

describe('the files the browser loads', () => {
  const sha = (c: string) => c.repeat(64);
  const dataset = (files: { path: string; format: 'parquet' | 'csv'; sha256: string }[]) => {
    const d = structuredClone(parseManifest(good).datasets[0]);
    if (!d) throw new Error('no dataset');
    d.files = files.map((f) => ({ ...f, bytes: 1 }));
    return d;
  };

  it('a Parquet file with its CSV twin: the Parquet file alone, keyed by its sha256', () => {
    const d = dataset([
      { path: 'a.parquet', format: 'parquet', sha256: sha('a') },
      { path: 'a.csv', format: 'csv', sha256: sha('b') },
    ]);
    expect(loadedParts(d).map((f) => f.path)).toEqual(['a.parquet']);
    expect(contentKey(d)).toBe(sha('a'));
  });

  it('partitions: every Parquet part in manifest order, keyed by all their hashes; CSV twins left out', () => {
    const d = dataset([
      { path: 'p/2023.parquet', format: 'parquet', sha256: sha('1') },
      { path: 'all.csv', format: 'csv', sha256: sha('c') },
      { path: 'p/2024.parquet', format: 'parquet', sha256: sha('2') },
    ]);
    expect(loadedParts(d).map((f) => f.path)).toEqual(['p/2023.parquet', 'p/2024.parquet']);
    expect(preferredFile(d).path).toBe('p/2023.parquet');
    expect(contentKey(d)).toBe(`${sha('1')}+${sha('2')}`);
  });

  it('CSV only: every CSV part', () => {
    const d = dataset([
      { path: 'a.csv', format: 'csv', sha256: sha('a') },
      { path: 'b.csv', format: 'csv', sha256: sha('b') },
    ]);
    expect(loadedParts(d).map((f) => f.path)).toEqual(['a.csv', 'b.csv']);
  });
});
