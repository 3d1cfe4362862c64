// Periods, honestly: the latest calendar year is incomplete until its as-of date reaches 31 December, and then it
// is labelled "2026 s.d. 27 Nov" and compared like for like. Pure date arithmetic on 'YYYY-MM-DD' strings (WIB
// calendar dates; no clock is read here: the as-of dates come from the manifest).
import type { DateRange } from './types.ts';

const DAY_MS = 86_400_000;
const toMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const yearOf = (iso: string): number => Number(iso.slice(0, 4));

export function addDays(iso: string, days: number): string {
  return fromMs(toMs(iso) + days * DAY_MS);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS) + 1;
}

/** Is calendar year `year` complete at `asOf`? */
export function isCompleteYear(year: number, asOf: string): boolean {
  return asOf >= `${year}-12-31`;
}

/** The last calendar year that is complete at `asOf`. */
export function latestCompleteYear(asOf: string): number {
  return isCompleteYear(yearOf(asOf), asOf) ? yearOf(asOf) : yearOf(asOf) - 1;
}

/** The span of a calendar year as far as the data go (the whole year once it is complete). */
export function yearSpan(year: number, asOf: string): DateRange {
  const end = `${year}-12-31`;
  return { from: `${year}-01-01`, to: asOf < end && yearOf(asOf) === year ? asOf : end };
}

/** The same span one year earlier (29 Feb becomes 28 Feb). */
export function sameSpanLastYear(range: DateRange): DateRange {
  const shift = (iso: string) => {
    const y = yearOf(iso) - 1;
    const md = iso.slice(5) === '02-29' ? '02-28' : iso.slice(5);
    return `${y}-${md}`;
  };
  return { from: shift(range.from), to: shift(range.to) };
}

/** The `days` days up to and including `end`. */
export function windowEnding(end: string, days: number): DateRange {
  return { from: addDays(end, -(days - 1)), to: end };
}

/** The window of the same length just before `range`. */
export function previousWindow(range: DateRange): DateRange {
  const days = daysBetween(range.from, range.to);
  return windowEnding(addDays(range.from, -1), days);
}

/** Intersection of two ranges (null when they do not meet). */
export function intersect(a: DateRange, b: DateRange): DateRange | null {
  const from = a.from > b.from ? a.from : b.from;
  const to = a.to < b.to ? a.to : b.to;
  return from <= to ? { from, to } : null;
}

/**
 * The machine form of a period, as in `data-period`: "2025" for a whole calendar year, "2023..2024" for whole
 * years, otherwise "2026-01-01..2026-11-27"; "..2026-11-27" when the start is open, "2026-11-27" for one day.
 */
export function periodCode(range: { from: string | null; to: string }): string {
  const { from, to } = range;
  if (from === null) return `..${to}`;
  if (from === to) return from;
  if (from.endsWith('-01-01') && to.endsWith('-12-31'))
    return yearOf(from) === yearOf(to) ? String(yearOf(from)) : `${yearOf(from)}..${yearOf(to)}`;
  return `${from}..${to}`;
}

/** The period code of calendar year `year` at `asOf` ("2025", or "2026-01-01..2026-11-27" while incomplete). */
export function yearCode(year: number, asOf: string): string {
  return periodCode(yearSpan(year, asOf));
}

/** Parses a period code back into a range (open starts have from = null). Null for anything else. */
export function parsePeriodCode(code: string): { from: string | null; to: string } | null {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  const year = /^\d{4}$/;
  if (year.test(code)) return { from: `${code}-01-01`, to: `${code}-12-31` };
  if (day.test(code)) return { from: code, to: code };
  const [a, b] = code.split('..');
  if (b === undefined) return null;
  if (a === '' && day.test(b)) return { from: null, to: b };
  if (year.test(a ?? '') && year.test(b)) return { from: `${a}-01-01`, to: `${b}-12-31` };
  if (day.test(a ?? '') && day.test(b)) return { from: a as string, to: b };
  return null;
}
