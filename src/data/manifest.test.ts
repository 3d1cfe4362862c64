import { readFileSync } from 'node:fs';
import { ManifestError, parseManifest, preferredFile } from './manifest.ts';

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
