// Period arithmetic and period codes (data-period), checked against dates worked out by hand.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  intersect,
  isCompleteYear,
  latestCompleteYear,
  parsePeriodCode,
  periodCode,
  previousWindow,
  sameSpanLastYear,
  windowEnding,
  yearCode,
  yearSpan,
} from './period.ts';

describe('calendar years at an as-of date', () => {
  it('a year is complete once the as-of date reaches 31 December', () => {
    expect(isCompleteYear(2026, '2026-11-27')).toBe(false);
    expect(isCompleteYear(2026, '2026-12-31')).toBe(true);
    expect(isCompleteYear(2025, '2026-11-27')).toBe(true);
    expect(latestCompleteYear('2026-11-27')).toBe(2025);
    expect(latestCompleteYear('2026-12-31')).toBe(2026);
    expect(latestCompleteYear('2027-01-01')).toBe(2026);
  });
  it('yearSpan runs to the as-of date in the as-of year only', () => {
    expect(yearSpan(2026, '2026-11-27')).toEqual({ from: '2026-01-01', to: '2026-11-27' });
    expect(yearSpan(2025, '2026-11-27')).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(yearSpan(2026, '2026-12-31')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });
  it('yearCode: "2025" for a whole year, a date range for the incomplete one', () => {
    expect(yearCode(2025, '2026-11-27')).toBe('2025');
    expect(yearCode(2026, '2026-11-27')).toBe('2026-01-01..2026-11-27');
    expect(yearCode(2026, '2026-12-31')).toBe('2026');
  });
});

describe('spans and windows', () => {
  it('the same span one year earlier; 29 February becomes 28 February', () => {
    expect(sameSpanLastYear({ from: '2026-01-01', to: '2026-11-27' })).toEqual({
      from: '2025-01-01',
      to: '2025-11-27',
    });
    expect(sameSpanLastYear({ from: '2024-01-01', to: '2024-02-29' })).toEqual({
      from: '2023-01-01',
      to: '2023-02-28',
    });
  });
  it('30 days to 27 Nov 2026 start on 29 Oct; the window before is 29 Sep–28 Oct', () => {
    const w = windowEnding('2026-11-27', 30);
    expect(w).toEqual({ from: '2026-10-29', to: '2026-11-27' });
    expect(previousWindow(w)).toEqual({ from: '2026-09-29', to: '2026-10-28' });
    // Across a month of 31 days and a leap February.
    expect(windowEnding('2024-03-01', 2)).toEqual({ from: '2024-02-29', to: '2024-03-01' });
    expect(previousWindow({ from: '2024-03-01', to: '2024-03-31' })).toEqual({ from: '2024-01-30', to: '2024-02-29' });
  });
  it('day arithmetic', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2026-10-29', '2026-11-27')).toBe(30);
    expect(daysBetween('2026-11-27', '2026-11-27')).toBe(1);
    expect(daysBetween('2024-01-01', '2024-12-31')).toBe(366);
  });
  it('intersect', () => {
    expect(intersect({ from: '2025-01-01', to: '2025-12-31' }, { from: '2025-06-01', to: '2026-02-01' })).toEqual({
      from: '2025-06-01',
      to: '2025-12-31',
    });
    expect(intersect({ from: '2025-01-01', to: '2025-01-31' }, { from: '2025-02-01', to: '2025-02-28' })).toBeNull();
  });
});

describe('period codes', () => {
  it('every form, and back', () => {
    const cases: [{ from: string | null; to: string }, string][] = [
      [{ from: '2025-01-01', to: '2025-12-31' }, '2025'],
      [{ from: '2022-01-01', to: '2024-12-31' }, '2022..2024'],
      [{ from: '2026-01-01', to: '2026-11-27' }, '2026-01-01..2026-11-27'],
      [{ from: '2026-10-29', to: '2026-11-27' }, '2026-10-29..2026-11-27'],
      [{ from: null, to: '2026-11-27' }, '..2026-11-27'],
      [{ from: '2026-11-27', to: '2026-11-27' }, '2026-11-27'],
    ];
    for (const [range, code] of cases) {
      expect(periodCode(range)).toBe(code);
      expect(parsePeriodCode(code)).toEqual(range);
    }
  });
  it('a span of whole years that does not start on 1 January is written with dates', () => {
    expect(periodCode({ from: '2025-02-01', to: '2026-12-31' })).toBe('2025-02-01..2026-12-31');
  });
  it('anything else does not parse', () => {
    for (const bad of ['', 'all', '2024..', '2025-13', '2025..2026-01-01', 'x..y', '20250101'])
      expect(parsePeriodCode(bad), bad).toBeNull();
  });
});
