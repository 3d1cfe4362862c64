// The projection: a least-squares line through the last five complete years, with a range of slope ± one standard
// error. Every expected number below is worked out by hand in the comments.
import { MIN_FIT_YEARS, PROJECTION_HORIZON, projectBlankspot } from './projection.ts';

const series = (from: number, values: (number | null)[]) => values.map((value, i) => ({ year: from + i, value }));

describe('projectBlankspot', () => {
  it('fits a falling line and names the years the range reaches zero', () => {
    // 2021–2025: 50, 42, 30, 22, 10. Mean year 2023, mean 30,8; deviations 19,2 11,2 −0,8 −8,8 −20,8.
    // Sxx = 4+1+0+1+4 = 10; Sxy = −38,4 −11,2 +0 −8,8 −41,6 = −100 → slope −10.
    // Fitted 50,8 40,8 30,8 20,8 10,8; residuals −0,8 1,2 −0,8 1,2 −0,8 → SSE 4,8; s² = 4,8/3 = 1,6; se = √0,16 = 0,4.
    // Zero: central 2023 + 30,8/10 = 2026,08 → 2027; fastest (−10,4) 2025,96 → 2026; slowest (−9,6) 2026,2 → 2027.
    const p = projectBlankspot(series(2021, [50, 42, 30, 22, 10]));
    if (p.kind !== 'trend') throw new Error(p.kind);
    expect(p.slope).toBeCloseTo(-10, 9);
    expect(p.se).toBeCloseTo(0.4, 9);
    expect(p.centre.year).toBe(2023);
    expect(p.centre.value).toBeCloseTo(30.8, 9);
    expect([p.fromYear, p.toYear, p.n, p.horizonYear]).toEqual([2021, 2025, 5, 2035]);
    expect(p.zero).toEqual({ central: 2027, fast: 2026, slow: 2027 });
    expect(p.endYear).toBe(2027);
    // Each year: central 30,8 − 10·(y − 2023); edges 30,8 − 10,4·(y − 2023) and 30,8 − 9,6·(y − 2023), floored at 0.
    expect(p.points).toEqual([
      { year: 2021, value: 50.8, low: 50, high: 51.6 },
      { year: 2022, value: 40.8, low: 40.4, high: 41.2 },
      { year: 2023, value: 30.8, low: 30.8, high: 30.8 },
      { year: 2024, value: 20.8, low: 20.4, high: 21.2 },
      { year: 2025, value: 10.8, low: 10, high: 11.6 },
      { year: 2026, value: 0.8, low: 0, high: 2 },
      { year: 2027, value: 0, low: 0, high: 0 },
    ]);
  });

  it('says the slow count of the sample data does not reach zero by the horizon', () => {
    // 2021–2025: 285, 288, 286, 281, 276. Mean 283,2; deviations 1,8 4,8 2,8 −2,2 −7,2.
    // Sxy = −3,6 −4,8 +0 −2,2 −14,4 = −25 → slope −2,5. Fitted 288,2 285,7 283,2 280,7 278,2;
    // residuals −3,2 2,3 2,8 0,3 −2,2 → SSE 10,24+5,29+7,84+0,09+4,84 = 28,3; se = √(28,3/3/10) = 0,97125…
    // 2035 (12 years after 2023): central 283,2 − 30 = 253,2; edges 253,2 ∓ 12·0,97125 = 241,5 and 264,9.
    const p = projectBlankspot(series(2021, [285, 288, 286, 281, 276]));
    if (p.kind !== 'trend') throw new Error(p.kind);
    expect(p.slope).toBeCloseTo(-2.5, 9);
    expect(p.se).toBeCloseTo(Math.sqrt(28.3 / 30), 9);
    expect(p.zero).toEqual({ central: null, fast: null, slow: null });
    expect(p.horizonYear).toBe(2025 + PROJECTION_HORIZON);
    expect(p.endYear).toBe(2035);
    expect(p.points).toHaveLength(15);
    expect(p.points.at(-1)).toEqual({ year: 2035, value: 253.2, low: 241.5, high: 264.9 });
  });

  it('names the fastest zero year when the slowest line does not get there by the horizon', () => {
    // 10, 12, 8, 9, 6: mean 9; deviations 1 3 −1 0 −3; Sxy = −2 −3 +0 +0 −6 = −11 → slope −1,1.
    // Fitted 11,2 10,1 9 7,9 6,8; residuals −1,2 1,9 −1 1,1 −0,8 → SSE 7,9; se = √(7,9/30) = 0,51316.
    // Zero: central 2023 + 9/1,1 = 2031,2 → 2032; fastest 2023 + 9/1,61316 = 2028,6 → 2029;
    // slowest 2023 + 9/0,58684 = 2038,3 → after 2035: none.
    const p = projectBlankspot(series(2021, [10, 12, 8, 9, 6]));
    if (p.kind !== 'trend') throw new Error(p.kind);
    expect(p.slope).toBeCloseTo(-1.1, 9);
    expect(p.se).toBeCloseTo(0.51316, 5);
    expect(p.zero).toEqual({ central: 2032, fast: 2029, slow: null });
    expect(p.endYear).toBe(2035);
  });

  it('fits only the last five years with data, across a missing year', () => {
    // 2019 (1000) is the sixth-latest year with data and is left out; 2022 is missing.
    // Years 2021, 2023, 2024, 2025 (n = 4): mean year 2023,25, mean 28; Sxx = 5,0625+0,0625+0,5625+3,0625 = 8,75;
    // Sxy = −2,25·22 − 0,25·2 + 0,75·(−6) + 1,75·(−18) = −49,5 − 0,5 − 4,5 − 31,5 = −86 → slope −86/8,75.
    const p = projectBlankspot([
      { year: 2019, value: 1000 },
      { year: 2020, value: 60 },
      ...series(2021, [50, null, 30, 22, 10]),
    ]);
    if (p.kind !== 'trend') throw new Error(p.kind);
    expect([p.fromYear, p.toYear, p.n]).toEqual([2020, 2025, 5]);
    const q = projectBlankspot(series(2021, [50, null, 30, 22, 10]));
    if (q.kind !== 'trend') throw new Error(q.kind);
    expect([q.fromYear, q.n]).toEqual([2021, 4]);
    expect(q.slope).toBeCloseTo(-86 / 8.75, 9);
    expect(q.centre).toEqual({ year: 2023.25, value: 28 });
  });

  it('a flat count never reaches zero and has no range', () => {
    const p = projectBlankspot(series(2023, [5, 5, 5]));
    if (p.kind !== 'trend') throw new Error(p.kind);
    expect([p.slope, p.se]).toEqual([0, 0]);
    expect(p.zero).toEqual({ central: null, fast: null, slow: null });
    expect(p.points.at(-1)).toEqual({ year: 2035, value: 5, low: 5, high: 5 });
  });

  it('needs three complete years; says so for fewer, for none, and when zero is already reached', () => {
    expect(MIN_FIT_YEARS).toBe(3);
    expect(projectBlankspot(series(2024, [7, 6]))).toEqual({ kind: 'insufficient', years: [2024, 2025] });
    expect(projectBlankspot(series(2023, [7, null, 6]))).toEqual({ kind: 'insufficient', years: [2023, 2025] });
    expect(projectBlankspot([])).toEqual({ kind: 'none' });
    expect(projectBlankspot(series(2024, [null]))).toEqual({ kind: 'none' });
    expect(projectBlankspot(series(2022, [9, 3, 0]))).toEqual({ kind: 'reached', lastYear: 2024 });
  });
});
