import { parseHash } from './hash-route.ts';

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
