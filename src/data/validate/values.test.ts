// Cell parsing: numbers in both conventions, dates, booleans; and the evidence used to pick a file's convention.
import { describe, expect, it } from 'vitest';
import {
  decimalEvidence,
  excelSerialToIso,
  isIsoDate,
  parseBoolean,
  parseDate,
  parseNumber,
  todayWib,
} from './values.ts';

const value = (p: ReturnType<typeof parseNumber>) => (p.ok ? p.value : `error: ${p.what.id}`);

describe('numbers', () => {
  it('reads the decimal-comma convention, with thousands dots', () => {
    expect(value(parseNumber('1.234,5', ',', false))).toBe(1234.5);
    expect(value(parseNumber('1.234.567', ',', true))).toBe(1234567);
    expect(value(parseNumber('-0,25', ',', false))).toBe(-0.25);
    expect(value(parseNumber('12', ',', true))).toBe(12);
    expect(value(parseNumber('1.23,4', ',', false))).toMatch(/^error/);
  });

  it('reads the decimal-point convention, with thousands commas and exponents', () => {
    expect(value(parseNumber('1,234.5', '.', false))).toBe(1234.5);
    expect(value(parseNumber('1e3', '.', false))).toBe(1000);
    expect(value(parseNumber('.5', '.', false))).toBe(0.5);
    expect(value(parseNumber('-0', '.', false))).toBe(0);
  });

  it('explains what is wrong', () => {
    expect(value(parseNumber('97.5', ',', false))).toContain('memakai titik sebagai pemisah desimal');
    expect(value(parseNumber('97,5%', ',', false))).toContain('tanda %');
    expect(value(parseNumber('2024.5', '.', true))).toContain('bukan bilangan bulat');
    expect(value(parseNumber('12 Mbps', '.', false))).toContain('bukan angka');
    expect(value(parseNumber('NaN', '.', false))).toContain('bukan angka');
  });

  it('knows the canonical (publishable) form', () => {
    const canonical = (s: string, d: ',' | '.') => {
      const p = parseNumber(s, d, false);
      return p.ok && p.canonical;
    };
    expect(canonical('1234.5', '.')).toBe(true);
    expect(canonical('1,234.5', '.')).toBe(false);
    expect(canonical('1234,5', ',')).toBe(false);
    expect(canonical('12', ',')).toBe(true);
  });

  it('collects evidence only from unambiguous cells', () => {
    expect(decimalEvidence('12,5')).toBe(',');
    expect(decimalEvidence('1.234,5')).toBe(',');
    expect(decimalEvidence('12.5')).toBe('.');
    expect(decimalEvidence('1,234.5')).toBe('.');
    expect(decimalEvidence('1.234')).toBeNull();
    expect(decimalEvidence('1,234')).toBeNull();
    expect(decimalEvidence('12')).toBeNull();
    expect(decimalEvidence('abc')).toBeNull();
  });
});

describe('dates', () => {
  const date = (s: string) => {
    const p = parseDate(s);
    return p.ok ? p.value : `error: ${p.what.id}`;
  };
  it('reads ISO and day-first dates', () => {
    expect(date('2024-01-31')).toBe('2024-01-31');
    expect(date('2024-01-31 00:00:00')).toBe('2024-01-31');
    expect(date('31/01/2024')).toBe('2024-01-31');
    expect(date('1/2/2024')).toBe('2024-02-01');
    expect(date('31-01-2024')).toBe('2024-01-31');
    expect(date('29/02/2024')).toBe('2024-02-29');
  });
  it('refuses impossible, US-ordered and serial dates with the reason', () => {
    expect(date('29/02/2023')).toContain('kalender');
    expect(date('2024-13-01')).toContain('kalender');
    expect(date('12/31/2024')).toContain('bulan/hari/tahun');
    expect(date('45292')).toContain('2024-01-01');
    expect(date('31 Jan 2024')).toContain('bukan tanggal');
    expect(excelSerialToIso(45292)).toBe('2024-01-01');
  });
  it('gives today in WIB', () => {
    expect(todayWib(Date.UTC(2024, 11, 31, 16, 59))).toBe('2024-12-31');
    expect(todayWib(Date.UTC(2024, 11, 31, 17, 0))).toBe('2025-01-01');
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
  });
});

describe('booleans', () => {
  it('accepts true/false, 1/0, ya/tidak (any case)', () => {
    const b = (s: string) => {
      const p = parseBoolean(s);
      return p.ok ? p.value : 'error';
    };
    expect(['true', 'TRUE', '1', 'ya', 'Ya', 'benar'].map(b)).toEqual([true, true, true, true, true, true]);
    expect(['false', '0', 'tidak', 'TIDAK', 'salah'].map(b)).toEqual([false, false, false, false, false]);
    expect(['t', 'y', 'iya', '2'].map(b)).toEqual(['error', 'error', 'error', 'error']);
  });
});
