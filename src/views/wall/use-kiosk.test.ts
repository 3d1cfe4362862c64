import { burnInShift, viewportScale } from './use-kiosk.ts';

describe('kiosk helpers', () => {
  it('scales chart text from full HD to 4K in step with the wall CSS', () => {
    expect(viewportScale(1920, 1080)).toBeCloseTo(1.745, 2); // → theme x1.75: 12 px labels drawn at 21 px
    expect(viewportScale(3840, 2160)).toBeCloseTo(3.49, 2); // → x3.5: 42 px
    expect(viewportScale(1280, 720)).toBeCloseTo(1.16, 2);
    expect(viewportScale(800, 600)).toBe(1); // never smaller than the desk
    expect(viewportScale(7680, 4320)).toBe(3.5); // capped
    expect(viewportScale(3840, 1080)).toBeCloseTo(1.745, 2); // a very wide screen: its height decides
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
