// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { navigate, parseHash, useHashRoute } from './hash-route.ts';

describe('parseHash', () => {
  it('maps an empty hash to the overview', () => {
    expect(parseHash('').path).toBe('/');
    expect(parseHash('#/').path).toBe('/');
  });
  it('reads the path and the query of a hash route', () => {
    const r = parseHash('#/explore?year=2023-2024&regency=15.02,15.03');
    expect(r.path).toBe('/explore');
    expect(r.params.get('year')).toBe('2023-2024');
    expect(r.params.get('regency')).toBe('15.02,15.03');
  });
  it('rejects unknown paths', () => {
    expect(parseHash('#/admin').path).toBeNull();
  });
});

describe('navigate and Back', () => {
  it('a pushed query is one history entry; Back shows the previous query again, Forward the pushed one', async () => {
    window.location.hash = '#/explore';
    const { result } = renderHook(() => useHashRoute());
    const start = window.history.length;
    act(() => navigate('regency=15.02', 'push'));
    expect(result.current.params.get('regency')).toBe('15.02');
    expect(window.history.length).toBe(start + 1);
    act(() => navigate('regency=15.02&map=sites_per_100_villages', 'replace'));
    expect(window.history.length).toBe(start + 1);
    expect(result.current.params.get('map')).toBe('sites_per_100_villages');

    // The bug this guards against: the router's snapshot lagged behind pushState, so Back to the URL it last saw
    // changed nothing React could see and the filter chip stayed.
    act(() => window.history.back());
    await waitFor(() => expect(result.current.params.get('regency')).toBeNull());
    expect(result.current.path).toBe('/explore');
    act(() => window.history.forward());
    await waitFor(() => expect(result.current.params.get('regency')).toBe('15.02'));
  });

  it('writes nothing when the query is already the current one', () => {
    window.location.hash = '#/explore?year=2024';
    const start = window.history.length;
    navigate('year=2024', 'push');
    expect(window.history.length).toBe(start);
  });
});
