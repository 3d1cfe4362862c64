// Pure: where the yearly count of villages without cellular signal is heading, with its uncertainty.
//
// Method: an ordinary least-squares line through the last PROJECTION_FIT_YEARS COMPLETE years that have data (the
// caller leaves out the incomplete latest year: a year "s.d. 27 Nov" is not a year-end state). The range is the
// slope ± one standard error of the slope, pivoting at the centroid of the fitted years (mean year, mean count):
//   slope b = Sxy / Sxx,   s² = SSE / (n − 2),   se(b) = √(s² / Sxx),
// the fastest line falls at b − se, the slowest at b + se. Each line's zero year is the first whole year whose
// projected year-end count is at or below zero, looked for up to PROJECTION_HORIZON years after the last fitted
// year; beyond that the line "does not reach zero by" the horizon year. At least MIN_FIT_YEARS years are needed (a
// standard error needs n − 2 ≥ 1).

export interface YearValue {
  year: number;
  value: number | null;
}

/** The fitted line, drawn from the first fitted year to `endYear`; values rounded to 0,1 and never below zero. */
export interface ProjectionPoint {
  year: number;
  /** The least-squares line. */
  value: number;
  /** The lower and upper edges of the range (the slowest and fastest lines). */
  low: number;
  high: number;
}

export type Projection =
  /** No complete year has data. */
  | { kind: 'none' }
  /** Fewer than MIN_FIT_YEARS complete years with data. */
  | { kind: 'insufficient'; years: number[] }
  /** The last complete year's count is already zero. */
  | { kind: 'reached'; lastYear: number }
  | {
      kind: 'trend';
      /** The fitted years (complete years with data, oldest first). */
      fromYear: number;
      toYear: number;
      n: number;
      /** Change per year of the least-squares line, and its standard error. */
      slope: number;
      se: number;
      /** The pivot of the three lines: the mean year and mean count of the fitted years. */
      centre: { year: number; value: number };
      /** The last year looked at: toYear + PROJECTION_HORIZON. */
      horizonYear: number;
      /** First whole year at or below zero, or null when not by horizonYear (never for a flat or rising line). */
      zero: { central: number | null; fast: number | null; slow: number | null };
      /** The year the outlook names and the chart reaches: the slowest line's zero year, else the horizon. */
      endYear: number;
      points: ProjectionPoint[];
    };

export const PROJECTION_FIT_YEARS = 5;
export const PROJECTION_HORIZON = 10;
export const MIN_FIT_YEARS = 3;

const EPS = 1e-9;
const round1 = (x: number) => Math.round(x * 10) / 10;

/** The first whole year after `after` at which the line through `centre` with `slope` is at or below zero. */
function zeroYear(centre: { year: number; value: number }, slope: number, after: number, horizon: number) {
  if (slope >= 0) return null;
  const at = centre.year - centre.value / slope;
  const year = Math.max(after + 1, Math.ceil(at - EPS));
  return year <= horizon ? year : null;
}

/** `series` must hold complete years only. */
export function projectBlankspot(series: readonly YearValue[]): Projection {
  const known = series
    .filter((p): p is { year: number; value: number } => p.value !== null && Number.isFinite(p.value))
    .sort((a, b) => a.year - b.year);
  const last = known[known.length - 1];
  if (!last) return { kind: 'none' };
  if (last.value <= 0) return { kind: 'reached', lastYear: last.year };
  const fit = known.slice(-PROJECTION_FIT_YEARS);
  if (fit.length < MIN_FIT_YEARS) return { kind: 'insufficient', years: fit.map((p) => p.year) };

  const n = fit.length;
  const mx = fit.reduce((s, p) => s + p.year, 0) / n;
  const my = fit.reduce((s, p) => s + p.value, 0) / n;
  const sxx = fit.reduce((s, p) => s + (p.year - mx) ** 2, 0);
  const sxy = fit.reduce((s, p) => s + (p.year - mx) * (p.value - my), 0);
  const slope = sxy / sxx;
  const sse = fit.reduce((s, p) => s + (p.value - (my + slope * (p.year - mx))) ** 2, 0);
  const se = Math.sqrt(sse / (n - 2) / sxx);

  const centre = { year: mx, value: my };
  const toYear = last.year;
  const horizonYear = toYear + PROJECTION_HORIZON;
  const zero = {
    central: zeroYear(centre, slope, toYear, horizonYear),
    fast: zeroYear(centre, slope - se, toYear, horizonYear),
    slow: zeroYear(centre, slope + se, toYear, horizonYear),
  };
  const endYear = zero.slow ?? horizonYear;
  const at = (b: number, year: number) => my + b * (year - mx);
  const clip = (v: number) => (v <= EPS ? 0 : round1(v));
  const points: ProjectionPoint[] = [];
  for (let year = fit[0]?.year ?? toYear; year <= endYear; year++) {
    const fast = at(slope - se, year);
    const slow = at(slope + se, year);
    points.push({
      year,
      value: clip(at(slope, year)),
      low: clip(Math.min(fast, slow)),
      high: clip(Math.max(fast, slow)),
    });
  }
  return {
    kind: 'trend',
    fromYear: fit[0]?.year ?? toYear,
    toYear,
    n,
    slope,
    se,
    centre,
    horizonYear,
    zero,
    endYear,
    points,
  };
}
