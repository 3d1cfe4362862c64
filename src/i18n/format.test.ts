import { formatDate, formatNumber, formatPercent, formatTime } from './format.ts';

describe('locale formatting', () => {
  it('formats numbers the Indonesian way by default, English on request', () => {
    expect(formatNumber(1234.5, 'id')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(80, 'id', 0)).toBe('80');
  });
  it('shows missing values as a dash, never as zero', () => {
    expect(formatNumber(null, 'id')).toBe('–');
    expect(formatNumber(Number.NaN, 'id')).toBe('–');
    expect(formatPercent(undefined, 'id')).toBe('–');
  });
  it('formats percentages', () => {
    expect(formatPercent(0.257, 'id')).toBe('25,7%');
  });
  it('formats WIB calendar dates', () => {
    expect(formatDate('2023-12-27', 'id')).toBe('27 Des 2023');
    expect(formatDate('2023-12-27', 'en')).toBe('27 Dec 2023');
    expect(formatDate(null, 'id')).toBe('–');
  });
  it('formats times in WIB whatever the machine zone', () => {
    expect(formatTime(new Date('2026-11-28T01:02:00Z'), 'id')).toBe('08.02 WIB');
  });
});
