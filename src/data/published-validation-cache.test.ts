// Verdicts kept across loads (src/data/published-validation.ts): a file whose sha256 was already validated under the
// same rules is not fetched or validated again — also when the verdict had problems — while a republished file (a
// new sha256), a republished reference file, or a "date after today" verdict on another day is checked again.
// A Map stands in for IndexedDB (the store is injected); "a reload" is a fresh in-memory memo over the same store.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { type Manifest, parseManifest } from './manifest.ts';
import { loadParquetWasm } from './parquet.ts';
import {
  checkPublishedFile,
  type StoredVerdict,
  setValidationRunner,
  setVerdictStore,
  VALIDATOR_VERSION,
  type VerdictStore,
  validatePublishedDataset,
  validationStats,
} from './published-validation.ts';
import { runValidateJob } from './workers/validate-job.ts';

const DATA = resolve(import.meta.dirname, '../../public/data');
const published = JSON.parse(readFileSync(`${DATA}/manifest.json`, 'utf8')) as Manifest;
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let served: Record<string, Uint8Array> = {};
const fetched: string[] = [];
const validated: string[] = [];

class MapStore implements VerdictStore {
  readonly map = new Map<string, StoredVerdict>();
  get = async (k: string) => structuredClone(this.map.get(k));
  set = async (k: string, v: StoredVerdict) => void this.map.set(k, structuredClone(v));
  keys = async () => [...this.map.keys()];
  delMany = async (ks: string[]) => {
    for (const k of ks) this.map.delete(k);
  };
}

/** The published manifest, with some datasets published as CSV only (given bytes), hashes recomputed. */
function manifestWith(csvOnly: Record<string, Uint8Array>, version: string): Manifest {
  served = {};
  const m = structuredClone(published);
  m.version = version;
  for (const d of m.datasets) {
    const own = csvOnly[d.id];
    if (own) {
      const f = d.files.find((x) => x.format === 'csv');
      if (!f) throw new Error(`${d.id} has no CSV twin`);
      d.files = [{ ...f, bytes: own.length, sha256: sha(own) }];
      served[f.path] = own;
      continue;
    }
    for (const f of d.files) {
      const bytes = new Uint8Array(readFileSync(`${DATA}/${f.path}`));
      served[f.path] = bytes;
      f.sha256 = sha(bytes);
    }
  }
  return parseManifest(m);
}

function regenciesCsv(edit?: (lines: string[]) => void): Uint8Array {
  const lines = readFileSync(`${DATA}/regencies.csv`, 'utf8').split('\n');
  edit?.(lines);
  return new TextEncoder().encode(lines.join('\n'));
}

/** A new page load: nothing in memory, the same IndexedDB. */
const reload = (s: VerdictStore) => setVerdictStore(s);

beforeAll(async () => {
  const require = createRequire(import.meta.url);
  await loadParquetWasm(readFileSync(require.resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')));
  vi.stubGlobal('document', { baseURI: 'http://intranet.test/jdac/' });
  vi.stubGlobal('fetch', async (input: string) => {
    const url = new URL(input);
    fetched.push(url.pathname.replace('/jdac/data/', ''));
    const body = served[url.pathname.replace('/jdac/data/', '')];
    return body ? new Response(body as Uint8Array<ArrayBuffer>) : new Response('', { status: 404 });
  });
  setValidationRunner(async (job) => {
    validated.push(job.fileName);
    return runValidateJob(job);
  });
});
afterAll(() => {
  setValidationRunner(null);
  setVerdictStore(null);
  vi.unstubAllGlobals();
});
beforeEach(() => {
  fetched.length = 0;
  validated.length = 0;
});

describe('validation verdicts kept across loads', () => {
  it('reuses the verdict for the same sha256: nothing fetched or validated, 0 ms; a new sha256 is validated', async () => {
    const store = new MapStore();
    reload(store);
    const m = manifestWith({ regencies: regenciesCsv() }, '1111111111111111');
    const first = await validatePublishedDataset(m, 'regencies');
    expect([first.status, first.cached, validated, fetched]).toEqual([
      'valid',
      false,
      ['regencies.csv'],
      ['regencies.csv'],
    ]);
    const regencies = m.datasets.find((d) => d.id === 'regencies')?.files[0];
    expect([...store.map.keys()]).toEqual([`v${VALIDATOR_VERSION}|contract 2|regencies:${regencies?.sha256}`]);
    const before = validationStats();

    reload(store);
    const again = await validatePublishedDataset(m, 'regencies');
    expect([again.status, again.cached, again.ms, again.summary]).toEqual(['valid', true, 0, first.summary]);
    expect(validated).toEqual(['regencies.csv']); // still the first call only
    expect(fetched).toEqual(['regencies.csv']);
    const after = validationStats();
    expect([after.ms, after.validated, after.reused]).toEqual([before.ms, before.validated, before.reused + 1]);

    // Republished with one name changed: a new sha256, validated again (and kept beside the old verdict).
    reload(store);
    const m2 = manifestWith(
      {
        regencies: regenciesCsv((l) => {
          l[1] = (l[1] as string).replace('Kerinci', 'Kerinci Baru');
        }),
      },
      '2222222222222222',
    );
    const republished = await validatePublishedDataset(m2, 'regencies');
    expect([republished.status, republished.cached]).toEqual(['valid', false]);
    expect(validated).toEqual(['regencies.csv', 'regencies.csv']);
    expect(store.map.size).toBe(2);
  });

  it('keeps a verdict with problems: the same problems again without re-checking', async () => {
    const store = new MapStore();
    reload(store);
    const bad = regenciesCsv((l) => {
      l[2] = (l[2] as string).replace('15.02,1502', '15.2,1502'); // a malformed regency code on line 3
    });
    const m = manifestWith({ regencies: bad }, '3333333333333333');
    const first = await validatePublishedDataset(m, 'regencies');
    expect(first.status).toBe('invalid');
    const problems = first.summary?.issues.map((i) => [i.code, i.line, i.column]);
    expect(problems?.[0]).toEqual(['code_mangled', 3, 'regency_code']);

    reload(store);
    const again = await validatePublishedDataset(m, 'regencies');
    expect(again.cached).toBe(true);
    expect(again.summary?.issues.map((i) => [i.code, i.line, i.column])).toEqual(problems);
    await expect(checkPublishedFile(m, 'regencies')).rejects.toThrow(/tidak lolos pemeriksaan kontrak data/);
    expect(validated).toEqual(['regencies.csv']);
  });

  it('checks a file again when a file it is checked against is republished', async () => {
    const store = new MapStore();
    reload(store);
    const m = manifestWith({ regencies: regenciesCsv() }, '4444444444444444');
    expect((await validatePublishedDataset(m, 'villages')).status).toBe('valid');
    expect(validated.sort()).toEqual(['regencies.csv', 'villages.parquet']);

    reload(store);
    validated.length = 0;
    const m2 = manifestWith(
      {
        regencies: regenciesCsv((l) => {
          l[1] = (l[1] as string).replace('Kerinci', 'Kerinci Baru');
        }),
      },
      '5555555555555555',
    );
    const villages = await validatePublishedDataset(m2, 'villages');
    expect([villages.status, villages.cached]).toEqual(['valid', false]);
    // villages.parquet is unchanged, but it is checked against another regencies file now.
    expect(validated.sort()).toEqual(['regencies.csv', 'villages.parquet']);
  });

  it('reuses a "date after today" verdict only on the day it was made', async () => {
    const store = new MapStore();
    reload(store);
    const m = manifestWith({ regencies: regenciesCsv() }, '6666666666666666');
    await validatePublishedDataset(m, 'regencies');
    const [key] = store.map.keys();
    const v = store.map.get(key as string);
    if (!key || !v) throw new Error('no verdict stored');
    // As if it had been made yesterday and had found a date after that day.
    store.map.set(key, { today: '2000-01-01', summary: { ...v.summary, issueCounts: { future_date: 1 } } });
    reload(store);
    expect((await validatePublishedDataset(m, 'regencies')).cached).toBe(false);
    expect(validated).toEqual(['regencies.csv', 'regencies.csv']);
    // A clean verdict of an earlier day is still good: dates only move forward.
    store.map.set(key, { today: '2000-01-01', summary: v.summary });
    reload(store);
    expect((await validatePublishedDataset(m, 'regencies')).cached).toBe(true);
  });

  it('reuses nothing where the bytes cannot be hashed (crypto.subtle exists only in secure contexts)', async () => {
    const store = new MapStore();
    reload(store);
    const m = manifestWith({ regencies: regenciesCsv() }, '7777777777777777');
    await validatePublishedDataset(m, 'regencies');
    expect(store.map.size).toBe(1);
    const crypto = globalThis.crypto;
    vi.stubGlobal('crypto', {});
    try {
      reload(store);
      expect((await validatePublishedDataset(m, 'regencies')).cached).toBe(false);
      expect(validated).toEqual(['regencies.csv', 'regencies.csv']);
    } finally {
      vi.stubGlobal('crypto', crypto);
    }
  });
});
