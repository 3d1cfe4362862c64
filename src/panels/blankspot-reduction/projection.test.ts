// The projection to zero: a straight line through the last two years that have data.
import { PROJECTION_HORIZON, projectToZero } from './projection.ts';

describe('projectToZero', () => {
  it('draws a falling count down to zero from the last actual year', () => {
    // 2024: 10, 2025: 6 → −4 a year: 2026: 2, 2027: −2 → drawn as 0; zero reached in 2027
    const p = projectToZero([
      { year: 2023, value: 50 },
      { year: 2024, value: 10 },
      { year: 2025, value: 6 },
    ]);
    expect(p).toEqual({
      kind: 'falling',
      fromYear: 2024,
      lastYear: 2025,
      slope: -4,
      zeroYear: 2027,
      points: [
        { year: 2025, value: 6 },
        { year: 2026, value: 2 },
        { year: 2027, value: 0 },
      ],
    });
  });

  it('stops at the horizon when zero is far away, and still says when zero would come', () => {
    // 268 → −8 a year: 268 / 8 = 33,5 years → year-end 2026 + 34 = 2060; drawn to 2026 + 15 = 2041 (268 − 120 = 148)
    const p = projectToZero([
      { year: 2025, value: 276 },
      { year: 2026, value: 268 },
    ]);
    if (p.kind !== 'falling') throw new Error(p.kind);
    expect(p.zeroYear).toBe(2060);
    expect(p.points).toHaveLength(PROJECTION_HORIZON + 1);
    expect(p.points.at(-1)).toEqual({ year: 2041, value: 148 });
  });

  it('uses the last two years with data across a missing year, and rounds to one decimal', () => {
    // 2022: 10, 2023 missing, 2024: 9 → −0,5 a year: 2025: 8,5 … 2042: 0 (9 / 0,5 = 18 years)
    const p = projectToZero([
      { year: 2022, value: 10 },
      { year: 2023, value: null },
      { year: 2024, value: 9 },
      { year: 2025, value: null },
    ]);
    if (p.kind !== 'falling') throw new Error(p.kind);
    expect([p.fromYear, p.lastYear, p.slope, p.zeroYear]).toEqual([2022, 2024, -0.5, 2042]);
    expect(p.points.slice(0, 2)).toEqual([
      { year: 2024, value: 9 },
      { year: 2025, value: 8.5 },
    ]);
    expect(p.points.at(-1)).toEqual({ year: 2039, value: 1.5 });
  });

  it('ends exactly at zero without floating-point leftovers', () => {
    // 20 → 10 over three years: −10/3 a year; 10 − 3 × 10/3 is zero in 2027 (not 1e-15)
    const p = projectToZero([
      { year: 2021, value: 20 },
      { year: 2024, value: 10 },
    ]);
    if (p.kind !== 'falling') throw new Error(p.kind);
    expect(p.zeroYear).toBe(2027);
    expect(p.points).toEqual([
      { year: 2024, value: 10 },
      { year: 2025, value: 6.7 },
      { year: 2026, value: 3.3 },
      { year: 2027, value: 0 },
    ]);
  });

  it('draws nothing for a flat or rising count: at this rate it does not reach zero', () => {
    expect(
      projectToZero([
        { year: 2024, value: 5 },
        { year: 2025, value: 5 },
      ]),
    ).toEqual({ kind: 'flat', fromYear: 2024, lastYear: 2025, slope: 0 });
    expect(
      projectToZero([
        { year: 2024, value: 5 },
        { year: 2025, value: 8 },
      ]),
    ).toEqual({ kind: 'rising', fromYear: 2024, lastYear: 2025, slope: 3 });
  });

  it('needs two years with data; says so for one year and for none; zero is already reached', () => {
    expect(projectToZero([{ year: 2025, value: 7 }])).toEqual({ kind: 'insufficient', lastYear: 2025 });
    expect(
      projectToZero([
        { year: 2024, value: null },
        { year: 2025, value: 7 },
      ]),
    ).toEqual({ kind: 'insufficient', lastYear: 2025 });
    expect(projectToZero([])).toEqual({ kind: 'none' });
    expect(projectToZero([{ year: 2024, value: null }])).toEqual({ kind: 'none' });
    expect(
      projectToZero([
        { year: 2024, value: 3 },
        { year: 2025, value: 0 },
      ]),
    ).toEqual({ kind: 'reached', lastYear: 2025 });
  });
});
