// The published files checked as the browser loads them: the real public/data (Parquet, as the engine loads it)
// passes; a truncated Parquet file, a code missing from the reference list and a 404 are reported with the file
// and the reason; a programme missing from the published vocabulary refuses its rows only, and the engine's load
// keeps the others. Node has no Worker: the main-thread fallback runs the same job as the worker.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { createTestEngine } from '../../tests/helpers/duckdb-node.ts';
import { deleteRefusedRowsSql } from './load-sql.ts';
import { type Manifest, parseManifest } from './manifest.ts';
import { loadParquetWasm } from './parquet.ts';
import {
  checkPublishedFile,
  describeRejection,
  mergeSummaries,
  publishedValidationQuery,
  validatePublished,
  validatePublishedDataset,
} from './published-validation.ts';
import type { ValidateSummary } from './workers/validate-job.ts';

const DATA = resolve(import.meta.dirname, '../../public/data');
const published = JSON.parse(readFileSync(`${DATA}/manifest.json`, 'utf8')) as Manifest;

let files: Record<string, Uint8Array> = {};
const fetched: string[] = [];

/** The real manifest with some files replaced (their sha256 and size recomputed, so only the content is wrong). */
function manifestWith(replace: Record<string, Uint8Array | null>, version: string): Manifest {
  files = {};
  const m = structuredClone(published);
  m.version = version;
  for (const d of m.datasets) {
    for (const f of d.files) {
      const bytes = f.path in replace ? replace[f.path] : new Uint8Array(readFileSync(`${DATA}/${f.path}`));
      if (bytes === null || bytes === undefined) {
        f.sha256 = '0'.repeat(64); // a version never seen before, missing on the server: 404
        continue;
      }
      files[f.path] = bytes;
      f.bytes = bytes.length;
      f.sha256 = createHash('sha256').update(bytes).digest('hex');
    }
  }
  return parseManifest(m);
}

beforeAll(async () => {
  const require = createRequire(import.meta.url);
  await loadParquetWasm(readFileSync(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')));
  vi.stubGlobal('document', { baseURI: 'http://intranet.test/jdac/' });
  vi.stubGlobal('fetch', async (input: string) => {
    const url = new URL(input);
    fetched.push(url.pathname + url.search);
    const body = files[url.pathname.replace('/jdac/data/', '')];
    return body ? new Response(body as Uint8Array<ArrayBuffer>) : new Response('', { status: 404 });
  });
});
afterAll(() => vi.unstubAllGlobals());
beforeEach(() => {
  fetched.length = 0;
});

describe('published-validation', () => {
  it('passes the published data, fetching each loaded file once with the engine’s URL form', async () => {
    const m = manifestWith({}, 'aaaaaaaaaaaaaaaa');
    const results = await validatePublished(m);
    expect(results.map((r) => [r.dataset, r.file.path, r.status])).toEqual(
      m.datasets.map((d) => [d.id, `${d.id}.parquet`, 'valid']),
    );
    const siteDaily = results.find((r) => r.dataset === 'site_daily');
    expect(siteDaily?.summary?.rowCount).toBe(m.datasets.find((d) => d.id === 'site_daily')?.row_count);
    expect(siteDaily?.summary?.referencesChecked).toEqual(['sites']);
    expect(siteDaily?.summary?.shaMatches).toBe(true);
    expect(results.find((r) => r.dataset === 'villages')?.summary?.keys).toHaveLength(1585);
    expect(fetched.sort()).toEqual(
      m.datasets
        .map((d) => {
          const f = d.files.find((x) => x.format === 'parquet');
          return `/jdac/data/${f?.path}?v=${f?.sha256.slice(0, 16)}`;
        })
        .sort(),
    );
    // Memoised per file version: asking again fetches nothing.
    await validatePublishedDataset(m, 'sites');
    await expect(checkPublishedFile(m, 'site_daily')).resolves.toBeNull();
    // sites is checked against the vocabularies as published.
    const sites = results.find((r) => r.dataset === 'sites');
    expect(sites?.summary?.referencesChecked).toEqual(['villages', 'programmes', 'technologies']);
    expect(results.find((r) => r.dataset === 'programmes')?.summary?.keys?.sort()).toEqual([
      'BAKTI BTS 4G',
      'BAKTI Internet Desa',
      'Dumisake GSM Repeater',
      'Dumisake Internet Desa',
      'Operator',
    ]);
    expect(fetched).toHaveLength(m.datasets.length);
    const q = publishedValidationQuery(m, 'site_daily');
    expect(q.queryKey[0]).toBe('published-validation');
    expect(q.queryKey[2]).toMatch(/^site_daily:[0-9a-f]{16}\(sites:[0-9a-f]{16}\(villages:/);
  });

  it('refuses a truncated Parquet file, naming the file and the reason', async () => {
    const full = new Uint8Array(readFileSync(`${DATA}/targets.parquet`));
    const m = manifestWith({ 'targets.parquet': full.slice(0, Math.floor(full.length / 2)) }, 'bbbbbbbbbbbbbbbb');
    const v = await validatePublishedDataset(m, 'targets');
    expect(v.status).toBe('invalid');
    expect(v.summary?.issueCounts).toEqual({ parquet_unreadable: 1 });
    expect(describeRejection(v)).toMatch(/^tidak lolos pemeriksaan kontrak data \(1 galat\)\. .*targets\.parquet/);
    await expect(checkPublishedFile(m, 'targets')).rejects.toThrow(/targets\.parquet/);
    // The other datasets are unaffected.
    expect((await validatePublishedDataset(m, 'regencies')).status).toBe('valid');
  });

  it('checks codes against the other published files', async () => {
    // sites.csv only (no Parquet twin) with a village code that is well formed but not in villages.
    const csv = readFileSync(`${DATA}/sites.csv`, 'utf8').split('\n');
    const cells = (csv[1] as string).split(',');
    cells[1] = '15.02.01.2999';
    csv[1] = cells.join(',');
    const m0 = manifestWith({ 'sites.parquet': null }, 'cccccccccccccccc');
    const m = parseManifest({
      ...m0,
      datasets: m0.datasets.map((d) =>
        d.id === 'sites' ? { ...d, files: d.files.filter((f) => f.format === 'csv') } : d,
      ),
    });
    files['sites.csv'] = new TextEncoder().encode(csv.join('\n'));
    const sites = m.datasets.find((d) => d.id === 'sites');
    const f = sites?.files[0];
    if (!f) throw new Error('no sites file');
    f.sha256 = createHash('sha256').update(files['sites.csv']).digest('hex');
    const v = await validatePublishedDataset(m, 'sites');
    expect(v.status).toBe('invalid');
    expect(v.file.path).toBe('sites.csv');
    expect(v.summary?.issues.map((i) => [i.code, i.line, i.column, i.value])).toEqual([
      ['unknown_reference', 2, 'village_code', '15.02.01.2999'],
    ]);
    expect(describeRejection(v, 'en')).toMatch(/^fails the data contract check \(1 error\)\. sites\.csv, line 2/);
  });

  it('refuses only the sites rows whose programme the published vocabulary lacks; the engine loads the rest', async () => {
    // sites.csv (no Parquet twin) where the rows on lines 3 and 5 name SATRIA-1, a programme programmes.csv lacks.
    const csv = readFileSync(`${DATA}/sites.csv`, 'utf8').split('\n');
    const refusedIds: string[] = [];
    for (const line of [3, 5]) {
      const cells = (csv[line - 1] as string).split(',');
      refusedIds.push(cells[0] as string);
      cells[2] = 'SATRIA-1';
      csv[line - 1] = cells.join(',');
    }
    const text = csv.join('\n');
    const m0 = manifestWith({ 'sites.parquet': null }, 'eeeeeeeeeeeeeeee');
    const m = parseManifest({
      ...m0,
      datasets: m0.datasets.map((d) =>
        d.id === 'sites' ? { ...d, files: d.files.filter((f) => f.format === 'csv') } : d,
      ),
    });
    files['sites.csv'] = new TextEncoder().encode(text);
    const f = m.datasets.find((d) => d.id === 'sites')?.files[0];
    if (!f) throw new Error('no sites file');
    f.sha256 = createHash('sha256').update(files['sites.csv']).digest('hex');

    const v = await validatePublishedDataset(m, 'sites');
    expect(v.status).toBe('invalid');
    expect(v.summary?.issues.map((i) => [i.code, i.line, i.column, i.value])).toEqual([
      ['unknown_vocabulary', 3, 'programme', 'SATRIA-1'],
      ['unknown_vocabulary', 5, 'programme', 'SATRIA-1'],
    ]);
    const refusal = await checkPublishedFile(m, 'sites');
    expect(refusal).not.toBeNull();
    expect(refusal?.refused).toEqual([{ column: 'programme', values: ['SATRIA-1'] }]);
    expect([refusal?.rows, refusal?.of]).toEqual([2, 330]);
    expect(refusal?.message).toMatch(
      /^2 dari 330 baris sites\.csv tidak dimuat \(programme "SATRIA-1"\); baris lainnya/,
    );
    expect(refusal?.message).toContain(
      'sites.csv, baris 3, kolom programme: program "SATRIA-1" tidak ada dalam kosakata programmes.csv',
    );
    expect(refusal?.message).toContain("tambahkan baris untuk 'SATRIA-1' ke programmes.csv (kolom programme, kind");

    // What the engine does with it (src/data/duckdb-browser.ts): the file as published, then the refused rows out.
    const engine = await createTestEngine();
    engine.loadCsvText('sites', text);
    for (const r of refusal?.refused ?? []) {
      await engine.run({ sql: deleteRefusedRowsSql('sites', r.column, r.values.length), params: r.values, tables: [] });
    }
    expect(engine.sql('SELECT count(*) AS n FROM sites')[0]?.n).toBe(328);
    const left = engine.sql(`SELECT site_id FROM sites WHERE site_id IN ('${refusedIds.join("', '")}')`);
    expect(left).toEqual([]);
    expect(engine.sql(`SELECT count(*) AS n FROM sites WHERE programme = 'SATRIA-1'`)[0]?.n).toBe(0);
  });

  it('refuses the whole file when other errors come with a vocabulary refusal', async () => {
    const csv = readFileSync(`${DATA}/sites.csv`, 'utf8').split('\n');
    const a = (csv[1] as string).split(',');
    a[2] = 'SATRIA-1';
    csv[1] = a.join(',');
    const b = (csv[2] as string).split(',');
    b[1] = '15.02.01.2999';
    csv[2] = b.join(',');
    const m0 = manifestWith({ 'sites.parquet': null }, 'ffffffffffffffff');
    const m = parseManifest({
      ...m0,
      datasets: m0.datasets.map((d) =>
        d.id === 'sites' ? { ...d, files: d.files.filter((f) => f.format === 'csv') } : d,
      ),
    });
    files['sites.csv'] = new TextEncoder().encode(csv.join('\n'));
    const f = m.datasets.find((d) => d.id === 'sites')?.files[0];
    if (!f) throw new Error('no sites file');
    f.sha256 = createHash('sha256').update(files['sites.csv']).digest('hex');
    await expect(checkPublishedFile(m, 'sites')).rejects.toThrow(/tidak lolos pemeriksaan kontrak data \(2 galat\)/);
  });

  it('reports a file that cannot be fetched, and tries again next time', async () => {
    const m = manifestWith({ 'regencies.parquet': null }, 'dddddddddddddddd');
    const v = await validatePublishedDataset(m, 'regencies');
    expect(v.status).toBe('unreadable');
    expect(v.failure).toBe('HTTP 404 untuk regencies.parquet');
    // An unreadable file does not block the engine here: the engine's own fetch fails with its own message.
    await expect(checkPublishedFile(m, 'regencies')).resolves.toBeNull();
    files['regencies.parquet'] = new Uint8Array(readFileSync(`${DATA}/regencies.parquet`));
    const f = m.datasets[0]?.files[0];
    if (f) f.sha256 = createHash('sha256').update(files['regencies.parquet']).digest('hex');
    expect((await validatePublishedDataset(m, 'regencies')).status).toBe('valid');
  });
});

describe('one verdict for a dataset published in parts', () => {
  const part = (over: Partial<ValidateSummary>): ValidateSummary => ({
    ok: true,
    errorCount: 0,
    warningCount: 0,
    rowCount: 10,
    validRowCount: 10,
    invalidRowCount: 0,
    issues: [],
    issueCounts: {},
    referencesChecked: ['sites'],
    keys: null,
    refused: [],
    refusedRows: 0,
    sha256: 'a'.repeat(64),
    shaMatches: true,
    ...over,
  });

  it('one part: its own summary', () => {
    const only = part({});
    expect(mergeSummaries([only])).toBe(only);
  });

  it('adds the counts, joins the refused values per column, passes the hash only if every part does', () => {
    const merged = mergeSummaries([
      part({
        rowCount: 10,
        validRowCount: 9,
        invalidRowCount: 1,
        errorCount: 1,
        ok: false,
        issueCounts: { future_date: 1 },
      }),
      part({
        rowCount: 5,
        validRowCount: 5,
        refused: [{ column: 'programme_id', values: ['X', 'Y'] }],
        refusedRows: 2,
        issueCounts: { future_date: 2, unknown_vocabulary: 2 },
        sha256: 'b'.repeat(64),
      }),
      part({
        rowCount: 1,
        validRowCount: 1,
        refused: [{ column: 'programme_id', values: ['Y', 'Z'] }],
        refusedRows: 1,
      }),
    ]);
    expect(merged.ok).toBe(false);
    expect([merged.rowCount, merged.validRowCount, merged.invalidRowCount, merged.errorCount]).toEqual([16, 15, 1, 1]);
    expect(merged.issueCounts).toEqual({ future_date: 3, unknown_vocabulary: 2 });
    expect(merged.refused).toEqual([{ column: 'programme_id', values: ['X', 'Y', 'Z'] }]);
    expect(merged.refusedRows).toBe(3);
    expect(merged.referencesChecked).toEqual(['sites']);
    expect(merged.shaMatches).toBe(true);
    expect(merged.sha256).toBe(`${'a'.repeat(64)}+${'b'.repeat(64)}+${'a'.repeat(64)}`);
    expect(mergeSummaries([part({}), part({ shaMatches: false })]).shaMatches).toBe(false);
    expect(mergeSummaries([part({}), part({ shaMatches: null, sha256: null })]).shaMatches).toBe(null);
  });
});
