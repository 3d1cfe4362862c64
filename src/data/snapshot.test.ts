// The snapshot answers only for the content it was computed from: every file hash it records must equal the
// manifest's (the file the browser loads per dataset), and the manifest version too. A snapshot without hashes (the
// old format) answers nothing.
import { type Manifest, parseManifest } from './manifest.ts';
import { loadedFiles, parseSnapshot, type Snapshot } from './snapshot.ts';

const h = (c: string) => c.repeat(64);

function manifest(version: string, hashes: { regencies: string; sites: string }): Manifest {
  const dataset = (id: 'regencies' | 'sites', sha: string) => ({
    id,
    contract_version: '2',
    title: { id: id, en: id },
    description: { id: id, en: id },
    producer: 'JDAC',
    walidata: 'Diskominfo',
    period: { start: '2026-01-01', end: '2026-01-01' },
    unit: { id: 'baris', en: 'rows' },
    frequency: 'tahunan',
    stale_after_days: 400,
    license: 'CC-BY-4.0',
    attribution: 'JDAC',
    as_of: '2026-01-01',
    row_count: 1,
    files: [
      { path: `${id}.parquet`, format: 'parquet', bytes: 1, sha256: sha },
      { path: `${id}.csv`, format: 'csv', bytes: 1, sha256: h('f') },
    ],
  });
  return parseManifest({
    manifest_version: 1,
    generated_at: '2026-01-01T00:00:00Z',
    version,
    as_of: '2026-01-01',
    datasets: [dataset('regencies', hashes.regencies), dataset('sites', hashes.sites)],
  });
}

const req = { sql: 'SELECT count(*) AS n FROM sites WHERE status = ?', params: ['active'], tables: ['sites'] as const };
const built = manifest('aaaaaaaaaaaaaaaa', { regencies: h('1'), sites: h('2') });
const json: Snapshot = {
  snapshot_version: 2,
  version: built.version,
  files: loadedFiles(built),
  results: [{ sql: req.sql, params: req.params, rows: [{ n: 7 }] }],
};
const request = { ...req, tables: [...req.tables] };

describe('SnapshotIndex', () => {
  it('records the Parquet file the browser loads per dataset', () => {
    expect(json.files).toEqual([
      { dataset: 'regencies', path: 'regencies.parquet', sha256: h('1') },
      { dataset: 'sites', path: 'sites.parquet', sha256: h('2') },
    ]);
  });

  it('answers when every file hash equals the manifest’s', () => {
    const index = parseSnapshot(json);
    expect(index?.lookup(built, request)).toEqual([{ n: 7 }]);
    expect(index?.differences(built)).toEqual([]);
    // The caller that passes only the version: compared with the bound manifest's hashes.
    expect(parseSnapshot(json, built)?.lookup(built.version, request)).toEqual([{ n: 7 }]);
    expect(index?.lookup(built, { ...request, params: ['planned'] })).toBeUndefined();
  });

  it('refuses when any file hash differs, even under the same manifest version', () => {
    const republished = manifest(built.version, { regencies: h('1'), sites: h('3') });
    const index = parseSnapshot(json);
    expect(index?.lookup(republished, request)).toBeUndefined();
    expect(index?.differences(republished)).toEqual(['sites']);
    expect(parseSnapshot(json, republished)?.lookup(built.version, request)).toBeUndefined();
    // Another file loaded for the same dataset (CSV only now) is another content too.
    const csvOnly = structuredClone(built);
    const sites = csvOnly.datasets[1];
    if (sites) sites.files = sites.files.filter((f) => f.format === 'csv');
    expect(index?.lookup(csvOnly, request)).toBeUndefined();
    expect(index?.differences(csvOnly)).toEqual(['sites']);
  });

  it('refuses for another manifest version, a dataset added or removed, and an old snapshot without hashes', () => {
    const index = parseSnapshot(json);
    expect(index?.lookup('bbbbbbbbbbbbbbbb', request)).toBeUndefined();
    expect(index?.lookup({ ...built, version: 'bbbbbbbbbbbbbbbb' }, request)).toBeUndefined();
    const fewer = { ...built, datasets: built.datasets.slice(0, 1) };
    expect(index?.lookup(fewer, request)).toBeUndefined();
    expect(index?.differences(fewer)).toEqual(['sites']);
    const { files: _files, ...withoutFiles } = json;
    expect(parseSnapshot({ ...withoutFiles, snapshot_version: 1 })).toBeNull();
    expect(parseSnapshot({ ...json, files: [] })).toBeNull();
    expect(parseSnapshot({ ...json, files: [{ dataset: 'sites', path: 'sites.parquet', sha256: 'x' }] })).toBeNull();
  });
});
