// Pure: the projection of the blankspot count to zero at the recent rate — a straight line through the last two
// years that have data (not necessarily adjacent), drawn from the last actual year forward until it reaches zero
// or the horizon. Flat or rising counts never reach zero at that rate, so nothing is drawn for them.

export interface YearValue {
  year: number;
  value: number | null;
}

export type Projection =
  /** No year has data. */
  | { kind: 'none' }
  /** Only one year has data: a line needs two. */
  | { kind: 'insufficient'; lastYear: number }
  /** The last actual count is already zero. */
  | { kind: 'reached'; lastYear: number }
  /** Flat or rising: at this rate the count does not reach zero. */
  | { kind: 'flat' | 'rising'; fromYear: number; lastYear: number; slope: number }
  | {
      kind: 'falling';
      fromYear: number;
      lastYear: number;
      /** Change per year (negative). */
      slope: number;
      /** First whole year whose year-end count is projected at zero or below. */
      zeroYear: number;
      /** From lastYear (the actual value) to zero or to lastYear + horizon; values rounded to 0,1 and never < 0. */
      points: { year: number; value: number }[];
    };

export const PROJECTION_HORIZON = 15;

const EPS = 1e-9;
const round1 = (x: number) => Math.round(x * 10) / 10;

export function projectToZero(series: readonly YearValue[], horizon = PROJECTION_HORIZON): Projection {
  const known = series
    .filter((p): p is { year: number; value: number } => p.value !== null && Number.isFinite(p.value))
    .sort((a, b) => a.year - b.year);
  const last = known[known.length - 1];
  const prev = known[known.length - 2];
  if (!last) return { kind: 'none' };
  if (last.value <= 0) return { kind: 'reached', lastYear: last.year };
  if (!prev) return { kind: 'insufficient', lastYear: last.year };
  const slope = (last.value - prev.value) / (last.year - prev.year);
  if (slope === 0) return { kind: 'flat', fromYear: prev.year, lastYear: last.year, slope };
  if (slope > 0) return { kind: 'rising', fromYear: prev.year, lastYear: last.year, slope };

  const zeroYear = last.year + Math.ceil(last.value / -slope - EPS);
  const points: { year: number; value: number }[] = [];
  for (let k = 0; k <= horizon; k++) {
    const value = last.value + slope * k;
    if (value <= EPS) {
      points.push({ year: last.year + k, value: 0 });
      break;
    }
    points.push({ year: last.year + k, value: round1(value) });
  }
  return { kind: 'falling', fromYear: prev.year, lastYear: last.year, slope, zeroYear, points };
}
