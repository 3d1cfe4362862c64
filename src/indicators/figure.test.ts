// Scope codes (data-scope) and the four attributes every displayed figure carries.
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../filters/filters.ts';
import { figureAttrs, parseScopeCode, scopeCode } from './figure.ts';

describe('scopeCode', () => {
  it('is empty without filters', () => {
    expect(scopeCode(NO_FILTERS)).toBe('');
  });
  it('canonical order regency;district;programme;technology;status, values sorted and de-duplicated', () => {
    expect(
      scopeCode({
        ...NO_FILTERS,
        statuses: ['offline', 'active'],
        programmes: ['Dumisake Internet Desa'],
        regencies: ['15.02', '15.01', '15.02'],
        technologies: ['VSAT'],
        districts: ['15.02.01'],
      }),
    ).toBe(
      'regency=15.01|15.02;district=15.02.01;programme=Dumisake Internet Desa;technology=VSAT;status=active|offline',
    );
  });
  it('the year never appears (it lives in the period code)', () => {
    expect(scopeCode({ ...NO_FILTERS, yearFrom: 2024, yearTo: 2024, regencies: ['15.02'] })).toBe('regency=15.02');
  });
  it('a row’s breakdown coordinate narrows its dimension, the other filters stay', () => {
    const f = { ...NO_FILTERS, regencies: ['15.01', '15.02'], programmes: ['SATRIA-1'] };
    expect(scopeCode(f, { regency: '15.02' })).toBe('regency=15.02;programme=SATRIA-1');
    expect(scopeCode(NO_FILTERS, { district: '15.02.01', status: 'active' })).toBe('district=15.02.01;status=active');
  });
  it('parses back', () => {
    expect(parseScopeCode('')).toEqual({});
    expect(parseScopeCode('regency=15.01|15.02;programme=Dumisake Internet Desa')).toEqual({
      regency: ['15.01', '15.02'],
      programme: ['Dumisake Internet Desa'],
    });
  });
});

describe('figureAttrs', () => {
  it('the raw, unrounded value; empty for a missing or non-finite one', () => {
    const ref = { indicator: 'uptime' as const, period: '2026-10-29..2026-11-27', scope: 'regency=15.02' };
    expect(figureAttrs({ ...ref, value: 73.33333333333333 })).toEqual({
      'data-indicator': 'uptime',
      'data-period': '2026-10-29..2026-11-27',
      'data-scope': 'regency=15.02',
      'data-value': '73.33333333333333',
    });
    expect(figureAttrs({ ...ref, value: null })['data-value']).toBe('');
    expect(figureAttrs({ ...ref, value: Number.NaN })['data-value']).toBe('');
    expect(figureAttrs({ ...ref, value: 0 })['data-value']).toBe('0');
  });
});
