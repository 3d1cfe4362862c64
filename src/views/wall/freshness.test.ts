import { sampleManifest } from '../../../tests/helpers/sample-manifest.ts';
import { daysBetween, isFetchStale, overdueDatasets, todayWib } from './freshness.ts';

describe('freshness', () => {
  it('knows the WIB date, not the UTC one', () => {
    expect(todayWib(new Date('2026-11-27T18:30:00Z'))).toBe('2026-11-28'); // 01:30 WIB
  });
  it('flags a fetch older than two intervals', () => {
    expect(isFetchStale(1_000, 1_000 + 600_000, 300)).toBe(false);
    expect(isFetchStale(1_000, 1_000 + 600_001, 300)).toBe(true);
    expect(isFetchStale(0, 10_000_000, 300)).toBe(false); // never fetched: not "stale since"
  });
  it('lists datasets older than their update frequency allows', () => {
    const m = sampleManifest('2026-11-27'); // site_daily: daily (3 days), sites: monthly (45 days)
    expect(daysBetween('2026-11-27', '2026-11-30')).toBe(3);
    expect(overdueDatasets(m, '2026-11-30')).toEqual([]);
    expect(overdueDatasets(m, '2026-12-01').map((w) => [w.id, w.days, w.limitDays])).toEqual([['site_daily', 4, 3]]);
  });
});
