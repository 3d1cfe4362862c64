// Which filters an indicator honours, which it ignores (and a screen says so), and the canonical request.
import { describe, expect, it } from 'vitest';
import { type Filters, NO_FILTERS } from '../filters/filters.ts';
import { INDICATORS, resolve } from './catalog.ts';
import { honoured, ignoredFilters } from './resolve.ts';
import { FILTER_DIMS, INDICATOR_IDS } from './types.ts';

const ALL: Filters = {
  yearFrom: 2024,
  yearTo: 2024,
  regencies: ['15.02'],
  districts: ['15.02.01'],
  programmes: ['Dumisake Internet Desa'],
  technologies: ['VSAT'],
  statuses: ['active'],
};

describe('honoured and ignored filters', () => {
  it('plan_installations keeps year and regency and ignores the rest', () => {
    expect(honoured(ALL, ['year', 'regency'])).toEqual({
      ...NO_FILTERS,
      yearFrom: 2024,
      yearTo: 2024,
      regencies: ['15.02'],
    });
    expect(ignoredFilters(ALL, INDICATORS.plan_installations.filters)).toEqual([
      'district',
      'programme',
      'technology',
      'status',
    ]);
  });
  it('blankspot_villages ignores a programme filter; villages_served honours it', () => {
    const f = { ...NO_FILTERS, regencies: ['15.02'], programmes: ['Dumisake Internet Desa'] };
    expect(ignoredFilters(f, INDICATORS.blankspot_villages.filters)).toEqual(['programme']);
    expect(ignoredFilters(f, INDICATORS.villages_served.filters)).toEqual([]);
    expect(resolve({ indicator: 'blankspot_villages', filters: f }).filters).toEqual({
      ...NO_FILTERS,
      regencies: ['15.02'],
    });
  });
  it('sites_in_service ignores the year; telemetry honours every filter', () => {
    expect(ignoredFilters(ALL, INDICATORS.sites_in_service.filters)).toEqual(['year']);
    expect(ignoredFilters(ALL, INDICATORS.uptime.filters)).toEqual([]);
  });
  it('nothing is ignored when nothing is set', () => {
    for (const id of INDICATOR_IDS) expect(ignoredFilters(NO_FILTERS, INDICATORS[id].filters)).toEqual([]);
  });
  it('for every indicator, honoured + ignored = the filters set', () => {
    for (const id of INDICATOR_IDS) {
      const dims = INDICATORS[id].filters;
      const ignored = ignoredFilters(ALL, dims);
      expect([...ignored, ...dims].sort(), id).toEqual([...FILTER_DIMS].sort());
    }
  });
});

describe('resolve: equal questions are equal requests', () => {
  it('sorts and de-duplicates filters and breakdowns, keeps the range', () => {
    const a = resolve({
      indicator: 'installations',
      filters: { ...NO_FILTERS, regencies: ['15.02', '15.01', '15.02'] },
      by: ['regency', 'year', 'regency'],
      range: { from: '2025-01-01', to: '2025-11-27' },
    });
    expect(a).toEqual({
      indicator: 'installations',
      filters: { ...NO_FILTERS, regencies: ['15.01', '15.02'] },
      by: ['year', 'regency'],
      range: { from: '2025-01-01', to: '2025-11-27' },
    });
    expect(resolve(a)).toEqual(a);
    expect(resolve({ indicator: 'installations', filters: NO_FILTERS }).range).toBeNull();
  });
  it('swaps an inverted year range', () => {
    expect(
      resolve({ indicator: 'installations', filters: { ...NO_FILTERS, yearFrom: 2025, yearTo: 2023 } }).filters,
    ).toMatchObject({
      yearFrom: 2023,
      yearTo: 2025,
    });
  });
  it('refuses a breakdown the indicator does not allow', () => {
    expect(() => resolve({ indicator: 'planned_installations', filters: NO_FILTERS, by: ['programme'] })).toThrow(
      /planned_installations cannot be broken down by programme/,
    );
    expect(() => resolve({ indicator: 'blankspot_villages', filters: NO_FILTERS, by: ['week'] })).toThrow();
  });
});
