// The committed snapshot answers exactly the first-view queries of the current code, with the figures DuckDB-WASM
// computes from the published files for the current manifest version.
import { readFileSync } from 'node:fs';
import { parseManifest } from '../src/data/manifest.ts';
import { parseSnapshot, type Snapshot } from '../src/data/snapshot.ts';
import { firstViewQueries } from '../src/views/first-view-queries.ts';
import { buildSnapshot } from './lib/snapshot.ts';

const manifest = parseManifest(JSON.parse(readFileSync('public/data/manifest.json', 'utf8')));
const stored = JSON.parse(readFileSync('public/data/snapshot.json', 'utf8')) as Snapshot;

describe('public/data/snapshot.json', () => {
  it('belongs to the current data version and covers every first-view query (else run npm run data:manifest)', () => {
    const index = parseSnapshot(stored);
    expect(index?.version).toBe(manifest.version);
    for (const req of firstViewQueries(manifest))
      expect(index?.lookup(manifest.version, req), req.sql.slice(0, 80)).toBeDefined();
  });

  it('holds the figures the engine computes now', async () => {
    const fresh = await buildSnapshot('public/data', manifest);
    expect(fresh.results).toEqual(stored.results);
  });

  it('is never used for another data version', () => {
    const req = firstViewQueries(manifest)[0];
    if (!req) throw new Error('no first-view query');
    expect(parseSnapshot(stored)?.lookup('0000000000000000', req)).toBeUndefined();
  });
});
