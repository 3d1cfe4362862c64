import { NO_FILTERS, predicate } from './filters.ts';
import { type KnownValues, parseUrlState, serialiseUrlState } from './url-state.ts';

const known: KnownValues = {
  years: [2021, 2022, 2023, 2024, 2025, 2026],
  regencies: ['15.01', '15.02', '15.03', '15.71'],
  districts: ['15.02.01', '15.02.23'],
  programmes: ['Dumisake Internet Desa', 'BAKTI BTS 4G'],
  technologies: ['VSAT', 'BTS 4G'],
  statuses: ['planned', 'active'],
};

describe('URL state', () => {
  it('parses the documented format', () => {
    const p = parseUrlState(
      new URLSearchParams(
        'year=2023-2024&regency=15.02,15.03&programme=Dumisake Internet Desa&tech=VSAT&status=active&v=9f02443bf3b3a480',
      ),
      known,
    );
    expect(p.dropped).toEqual([]);
    expect(p.version).toBe('9f02443bf3b3a480');
    expect(p.filters).toEqual({
      yearFrom: 2023,
      yearTo: 2024,
      regencies: ['15.02', '15.03'],
      districts: [],
      programmes: ['Dumisake Internet Desa'],
      technologies: ['VSAT'],
      statuses: ['active'],
    });
  });

  it('round-trips', () => {
    const filters = {
      ...NO_FILTERS,
      yearFrom: 2022,
      yearTo: 2022,
      regencies: ['15.71', '15.01'],
      statuses: ['planned'],
    };
    const qs = serialiseUrlState(filters, 'abcdef0123');
    expect(qs).toBe('year=2022&regency=15.01%2C15.71&status=planned&v=abcdef0123');
    expect(parseUrlState(new URLSearchParams(qs), known).filters).toEqual({
      ...filters,
      regencies: ['15.01', '15.71'],
    });
  });

  it('drops unknown and malformed values with a note, never passing them on', () => {
    const p = parseUrlState(
      new URLSearchParams("year=20x4&regency=15.02,1502,15.02' OR 1=1--&status=<script>&v=nothex!"),
      known,
    );
    expect(p.filters.regencies).toEqual(['15.02']);
    expect(p.filters.statuses).toEqual([]);
    expect(p.filters.yearFrom).toBeNull();
    expect(p.version).toBeNull();
    expect(p.dropped).toEqual([
      { param: 'year', value: '20x4', reason: 'malformed' },
      { param: 'regency', value: '1502', reason: 'unknown' },
      { param: 'regency', value: "15.02' OR 1=1--", reason: 'unknown' },
      { param: 'status', value: '<script>', reason: 'unknown' },
    ]);
  });

  it('clamps a year range to the years in the data and drops one entirely outside', () => {
    expect(parseUrlState(new URLSearchParams('year=2019-2023'), known).filters.yearFrom).toBe(2021);
    expect(parseUrlState(new URLSearchParams('year=1990-1995'), known).dropped[0]?.reason).toBe('unknown');
  });

  it('fuzz: the SQL text depends only on how many values there are, never on what they are', () => {
    let seed = 42;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const alphabet = [
      "'",
      '"',
      ';',
      '--',
      '/*',
      ')',
      '(',
      ',',
      ' ',
      'OR',
      '1=1',
      'DROP TABLE sites',
      '15.02',
      '\\',
      '%',
      '\n',
    ];
    const columns = { year: 'y', regency: 'r', district: 'd', programme: 'p', technology: 't', status: 's' };
    const hostileKnown: KnownValues = { ...known, regencies: [] };
    for (let i = 0; i < 500; i++) {
      const junk = () =>
        Array.from({ length: 1 + Math.floor(rand() * 6) }, () => alphabet[Math.floor(rand() * alphabet.length)]).join(
          '',
        );
      const values = Array.from({ length: 1 + Math.floor(rand() * 3) }, junk);
      // Even values that the whitelist accepted reach SQL only as parameters:
      hostileKnown.regencies = values;
      const parsed = parseUrlState(new URLSearchParams({ regency: values.join(',') }), hostileKnown);
      const p = predicate(parsed.filters, columns);
      const n = parsed.filters.regencies.length;
      expect(p.sql).toBe(n ? `r IN (${Array(n).fill('?').join(', ')})` : 'TRUE');
      expect(p.params).toEqual(parsed.filters.regencies);
    }
  });
});
