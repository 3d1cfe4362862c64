import { dataUrlsToWarm, reloadAllowed, reloadHistory } from './sw-policy.ts';

describe('new-build reload guard', () => {
  const t0 = 1_800_000_000_000;
  it('allows the first reload', () => {
    expect(reloadAllowed([], t0)).toBe(true);
    expect(reloadAllowed(reloadHistory(null), t0)).toBe(true);
  });
  it('never reloads twice within a minute (no loop)', () => {
    expect(reloadAllowed([t0], t0 + 59_999)).toBe(false);
    expect(reloadAllowed([t0], t0 + 60_000)).toBe(true);
  });
  it('stops after three reloads in an hour', () => {
    const three = [t0, t0 + 120_000, t0 + 240_000];
    expect(reloadAllowed(three, t0 + 400_000)).toBe(false);
    expect(reloadAllowed(three, t0 + 3_600_001)).toBe(true); // the first one has aged out
  });
  it('ignores garbage and timestamps from the future (clock set back)', () => {
    expect(reloadHistory('not json')).toEqual([]);
    expect(reloadHistory('[1, "x", null]')).toEqual([1]);
    expect(reloadAllowed([t0 + 10_000_000], t0)).toBe(true);
  });
});

describe('data URLs to warm through the worker', () => {
  it('keeps same-origin files under data/ (any sub-path), drops the rest', () => {
    const base = 'http://intranet.local/jdac/index.html#/wall?screen=utama';
    const urls = dataUrlsToWarm(
      [
        'http://intranet.local/jdac/data/manifest.json',
        'http://intranet.local/jdac/data/sites.parquet?v=0123456789abcdef',
        'http://intranet.local/jdac/assets/index.js',
        'http://elsewhere.example/jdac/data/x.csv',
        'http://intranet.local/jdac/data/manifest.json',
      ],
      ['data/jambi-regencies.geojson'],
      base,
    );
    expect(urls).toEqual([
      'http://intranet.local/jdac/data/manifest.json',
      'http://intranet.local/jdac/data/sites.parquet?v=0123456789abcdef',
      'http://intranet.local/jdac/data/jambi-regencies.geojson',
    ]);
  });
});
