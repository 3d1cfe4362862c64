import { burnInShift, viewportScale } from './use-kiosk.ts';

describe('kiosk helpers', () => {
  it('scales chart text from full HD to 4K in step with the wall CSS', () => {
    // The wall's minimum text: 24 px at 1080p, 48 px at 4K; the desk's 12 px chart text × scale meets it exactly.
    expect(12 * viewportScale(1920, 1080)).toBe(24);
    expect(12 * viewportScale(3840, 2160)).toBe(48);
    expect(viewportScale(1280, 720)).toBeCloseTo(1.333, 3);
    expect(viewportScale(800, 600)).toBe(1); // never smaller than the desk
    expect(viewportScale(7680, 4320)).toBe(8);
    expect(viewportScale(15360, 8640)).toBe(8); // capped
    expect(viewportScale(3840, 1080)).toBe(2); // a very wide screen: its height decides
    expect(viewportScale(1080, 1920)).toBeCloseTo(1.125, 3); // portrait: its width decides
  });

  it('shifts against burn-in by at most 4 px, a new position every hour', () => {
    const hour = 3_600_000;
    const shifts = [0, 1, 2, 3, 4].map((h) => burnInShift(h * hour + 10));
    expect(shifts.slice(0, 4)).toEqual([
      [0, 0],
      [4, 0],
      [4, 4],
      [0, 4],
    ]);
    expect(shifts[4]).toEqual([0, 0]);
    expect(burnInShift(hour - 1)).toEqual(burnInShift(0));
  });
});
