import { NO_FILTERS, normaliseFilters, predicate, selectedValues, withoutOwnSelection } from './filters.ts';

describe('predicate', () => {
  it('is TRUE with no filters', () => {
    expect(predicate(NO_FILTERS, { year: 'y', regency: 'r' })).toEqual({ sql: 'TRUE', params: [] });
  });

  it('binds every value with one placeholder each and keeps the SQL text free of values', () => {
    const hostile = "15.01') OR 1=1 --";
    const p = predicate(
      { ...NO_FILTERS, yearFrom: 2023, yearTo: 2024, regencies: ['15.02', hostile] },
      { year: 'year(s.installed_on)', regency: 'v.regency_code' },
    );
    expect(p.sql).toBe('year(s.installed_on) >= ? AND year(s.installed_on) <= ? AND v.regency_code IN (?, ?)');
    expect(p.params).toEqual([2023, 2024, "15.01') OR 1=1 --", '15.02']);
    expect(p.sql).not.toContain('OR 1=1');
  });

  it('ignores dimensions the panel has no column for', () => {
    expect(predicate({ ...NO_FILTERS, programmes: ['Operator'] }, { year: 'y' }).sql).toBe('TRUE');
  });

  it('normalises order, duplicates and a reversed year range', () => {
    const n = normaliseFilters({ ...NO_FILTERS, yearFrom: 2024, yearTo: 2022, regencies: ['15.03', '15.01', '15.03'] });
    expect(n.yearFrom).toBe(2022);
    expect(n.yearTo).toBe(2024);
    expect(n.regencies).toEqual(['15.01', '15.03']);
  });
});

describe('cross-filter: a chart leaves out its own selection', () => {
  const filters = { ...NO_FILTERS, yearFrom: 2024, yearTo: 2024, regencies: ['15.02'], programmes: ['BAKTI BTS 4G'] };

  it('drops only the dimensions the chart selects on and keeps every other filter', () => {
    expect(withoutOwnSelection(filters, ['regency'])).toEqual({
      ...NO_FILTERS,
      yearFrom: 2024,
      yearTo: 2024,
      programmes: ['BAKTI BTS 4G'],
    });
    expect(withoutOwnSelection(filters, ['year', 'programme'])).toEqual({ ...NO_FILTERS, regencies: ['15.02'] });
    expect(withoutOwnSelection(filters, [])).toEqual(normaliseFilters(filters));
  });

  it('reads the selected values of one dimension', () => {
    expect(selectedValues(filters, 'regency')).toEqual(['15.02']);
    expect(selectedValues(filters, 'district')).toEqual([]);
  });
});
