import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import type { KnownValues } from '../../filters/url-state.ts';
import {
  chipsFromFilters,
  DEFAULT_MEASURES,
  drillLevel,
  drillParent,
  drillPath,
  effectiveDrill,
  exploreSearch,
  hasFilters,
  historyMode,
  managedKey,
  parseDrill,
  parseExploreParams,
  removeChip,
  selectValue,
  toggleValue,
} from './explore-state.ts';

const known: KnownValues = {
  years: [2022, 2023, 2024],
  regencies: ['15.01', '15.02', '15.03'],
  districts: ['15.02.01', '15.02.02', '15.03.01'],
  programmes: ['Dumisake Internet Desa', 'BAKTI BTS 4G'],
  technologies: ['VSAT', 'BTS 4G'],
  statuses: ['active', 'planned'],
};
const f = (over: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...over });

describe('toggleValue', () => {
  it('adds a value that is absent and removes it when clicked again', () => {
    const once = toggleValue(NO_FILTERS, 'regency', '15.03');
    expect(once.regencies).toEqual(['15.03']);
    const twice = toggleValue(toggleValue(once, 'regency', '15.02'), 'regency', '15.03');
    expect(twice.regencies).toEqual(['15.02']);
    expect(toggleValue(twice, 'regency', '15.02')).toEqual(NO_FILTERS);
    expect(toggleValue(NO_FILTERS, 'technology', 'VSAT').technologies).toEqual(['VSAT']);
  });

  it('toggles "just this year" on and off and ignores what is not a year', () => {
    const y = toggleValue(f({ yearFrom: 2022, yearTo: 2024 }), 'year', '2023');
    expect([y.yearFrom, y.yearTo]).toEqual([2023, 2023]);
    const off = toggleValue(y, 'year', '2023');
    expect([off.yearFrom, off.yearTo]).toEqual([null, null]);
    expect(toggleValue(NO_FILTERS, 'year', 'Tahun 2023')).toBe(NO_FILTERS);
  });
});

describe('chips', () => {
  const label = (d: string, v: string) =>
    d === 'regency' ? (({ '15.02': 'Merangin' } as Record<string, string>)[v] ?? v) : v;

  it('has one chip per active value, labelled for the reader, in filter-bar order', () => {
    const filters = f({ yearFrom: 2023, yearTo: 2024, regencies: ['15.02'], statuses: ['active'] });
    expect(chipsFromFilters(filters, label)).toEqual([
      { dimension: 'year', value: '2023-2024', text: '2023–2024' },
      { dimension: 'regency', value: '15.02', text: 'Merangin' },
      { dimension: 'status', value: 'active', text: 'active' },
    ]);
    expect(chipsFromFilters(NO_FILTERS, label)).toEqual([]);
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters(filters)).toBe(true);
  });

  it('removing a chip removes exactly its value (the year chip clears the range)', () => {
    const filters = f({ yearFrom: 2023, yearTo: 2023, regencies: ['15.02', '15.03'] });
    const [year, merangin] = chipsFromFilters(filters, label);
    expect(year && removeChip(filters, year)).toEqual(f({ regencies: ['15.02', '15.03'] }));
    expect(merangin && removeChip(filters, merangin)).toEqual(
      f({ yearFrom: 2023, yearTo: 2023, regencies: ['15.03'] }),
    );
  });
});

describe('drill-down state', () => {
  it('knows its level, path and parent', () => {
    expect(drillLevel(null)).toBe('province');
    expect(drillLevel('15.02')).toBe('regency');
    expect(drillLevel('15.02.01')).toBe('district');
    expect(drillLevel('15.02.01.2001')).toBe('village');
    expect(drillPath('15.02.01.2001')).toEqual(['15.02', '15.02.01', '15.02.01.2001']);
    expect(drillPath(null)).toEqual([]);
    expect(drillParent('15.02.01.2001')).toBe('15.02.01');
    expect(drillParent('15.02')).toBeNull();
  });

  it('reads drill= from a URL, dropping what is malformed or unknown', () => {
    expect(parseDrill('15.02.01.2001', known)).toEqual({ drill: '15.02.01.2001', dropped: [] });
    expect(parseDrill(null, known)).toEqual({ drill: null, dropped: [] });
    expect(parseDrill('15.09', known).dropped).toEqual([{ param: 'drill', value: '15.09', reason: 'unknown' }]);
    expect(parseDrill('15.02.09.2001', known).dropped[0]?.reason).toBe('unknown');
    expect(parseDrill('1502', known).dropped).toEqual([{ param: 'drill', value: '1502', reason: 'malformed' }]);
  });

  it('falls back to the deepest place the filters still allow', () => {
    expect(effectiveDrill('15.02.01.2001', NO_FILTERS)).toBe('15.02.01.2001');
    expect(effectiveDrill('15.02.01.2001', f({ regencies: ['15.02'] }))).toBe('15.02.01.2001');
    expect(effectiveDrill('15.02.01.2001', f({ regencies: ['15.03'] }))).toBeNull();
    expect(effectiveDrill('15.02.01.2001', f({ districts: ['15.02.02'] }))).toBe('15.02');
    expect(effectiveDrill('15.02', f({ districts: ['15.02.02'] }))).toBe('15.02');
  });
});

describe('explore URL', () => {
  it('writes filters, data version and drill, and keeps other parameters', () => {
    const current = new URLSearchParams('lang=en&regency=15.01&drill=15.01');
    const search = exploreSearch(
      current,
      f({ yearFrom: 2023, yearTo: 2024, regencies: ['15.03', '15.02'] }),
      'abcdef0123456789',
      '15.02.01',
    );
    expect(search).toBe('lang=en&year=2023-2024&regency=15.02%2C15.03&v=abcdef0123456789&drill=15.02.01');
    expect(exploreSearch(current, NO_FILTERS, undefined, null)).toBe('lang=en');
  });

  it('reads back what it wrote (filters and drill round-trip)', () => {
    const filters = f({ yearFrom: 2023, yearTo: 2023, districts: ['15.02.01'], programmes: ['BAKTI BTS 4G'] });
    const search = exploreSearch(new URLSearchParams(), filters, 'abcdef0123456789', '15.02.01.2001');
    const back = parseExploreParams(new URLSearchParams(search), known, 'abcdef0123456789');
    expect(back).toEqual({
      filters,
      drill: '15.02.01.2001',
      measures: DEFAULT_MEASURES,
      dropped: [],
      staleVersion: null,
    });
  });

  it('drops unknown values with a reason, keeps the rest, and notices a link made for other data', () => {
    const params = new URLSearchParams('regency=9999,15.02&v=0000000000000000&status=active');
    const parsed = parseExploreParams(params, known, 'abcdef0123456789');
    expect(parsed.filters).toEqual(f({ regencies: ['15.02'], statuses: ['active'] }));
    expect(parsed.dropped).toEqual([{ param: 'regency', value: '9999', reason: 'unknown' }]);
    expect(parsed.staleVersion).toBe('0000000000000000');
  });

  it('reports a malformed data version instead of ignoring it silently', () => {
    const parsed = parseExploreParams(new URLSearchParams('v=<script>'), known, 'abcdef0123456789');
    expect(parsed.dropped).toEqual([{ param: 'v', value: '<script>', reason: 'malformed' }]);
    expect(parsed.staleVersion).toBeNull();
  });
});

describe('cross-filter selection (a click on a mark)', () => {
  it('a plain click selects the value alone, and a second click on it takes it off', () => {
    const one = selectValue(NO_FILTERS, 'regency', '15.02', 'replace');
    expect(one.regencies).toEqual(['15.02']);
    expect(selectValue(one, 'regency', '15.03', 'replace').regencies).toEqual(['15.03']);
    expect(selectValue(one, 'regency', '15.02', 'replace')).toEqual(NO_FILTERS);
  });

  it('shift/ctrl-click adds a second value, and takes one of several off', () => {
    const two = selectValue(f({ regencies: ['15.02'] }), 'regency', '15.01', 'add');
    expect(two.regencies).toEqual(['15.01', '15.02']);
    expect(selectValue(two, 'regency', '15.02', 'add').regencies).toEqual(['15.01']);
    // A plain click on one of two selected values takes just that one off.
    expect(selectValue(two, 'regency', '15.02', 'replace').regencies).toEqual(['15.01']);
  });

  it('leaves the other dimensions alone', () => {
    const start = f({ yearFrom: 2023, yearTo: 2023, programmes: ['BAKTI BTS 4G'] });
    expect(selectValue(start, 'district', '15.02.01', 'replace')).toEqual({ ...start, districts: ['15.02.01'] });
  });

  it('a year: a plain click toggles that year alone, shift-click widens or narrows the range', () => {
    const y = selectValue(NO_FILTERS, 'year', '2023', 'replace');
    expect([y.yearFrom, y.yearTo]).toEqual([2023, 2023]);
    const wide = selectValue(y, 'year', '2025', 'add');
    expect([wide.yearFrom, wide.yearTo]).toEqual([2023, 2025]);
    const narrow = selectValue(wide, 'year', '2025', 'add');
    expect([narrow.yearFrom, narrow.yearTo]).toEqual([2023, 2024]);
    const off = selectValue(y, 'year', '2023', 'add');
    expect([off.yearFrom, off.yearTo]).toEqual([null, null]);
    expect(selectValue(NO_FILTERS, 'year', '2024', 'add').yearFrom).toBe(2024);
  });
});

describe('history: which change is an entry of its own', () => {
  const view = { filters: NO_FILTERS, drill: null, measures: DEFAULT_MEASURES };

  it('pushes a filter change and a drill-down step (Back undoes them)', () => {
    expect(historyMode(view, { ...view, filters: f({ regencies: ['15.02'] }) })).toBe('push');
    expect(historyMode(view, { ...view, drill: '15.02' })).toBe('push');
  });

  it('replaces for a measure change, and writes nothing when nothing changed', () => {
    expect(historyMode(view, { ...view, measures: { ...DEFAULT_MEASURES, map: 'sites_per_100_villages' } })).toBe(
      'replace',
    );
    expect(historyMode(view, { ...view, measures: { ...DEFAULT_MEASURES, trend: 'downlink' } })).toBe('replace');
    expect(historyMode(view, { ...view, filters: f({}) })).toBeNull();
  });
});

describe('the whole view in the link', () => {
  const version = 'abcdef0123456789';

  it('round-trips filters, drill and both measures, and keeps the keys other parts of the page own', () => {
    const filters = f({ yearFrom: 2022, yearTo: 2024, regencies: ['15.02', '15.03'], technologies: ['VSAT'] });
    const measures = { map: 'sites_per_100_villages', trend: 'data_volume' } as const;
    const current = new URLSearchParams('lang=en&sort=name:desc&q=renah&cf=blankspot:1&sql=SELECT%201&regency=15.01');
    const search = exploreSearch(current, filters, version, '15.02', measures);
    const params = new URLSearchParams(search);
    expect(params.get('lang')).toBe('en');
    expect(params.get('sort')).toBe('name:desc');
    expect(params.get('q')).toBe('renah');
    expect(params.get('cf')).toBe('blankspot:1');
    expect(params.get('sql')).toBe('SELECT 1');
    expect(params.get('regency')).toBe('15.02,15.03');
    expect(params.get('map')).toBe('sites_per_100_villages');
    expect(params.get('trend')).toBe('data_volume');
    expect(parseExploreParams(params, known, version)).toEqual({
      filters,
      drill: '15.02',
      measures,
      dropped: [],
      staleVersion: null,
    });
  });

  it('leaves default measures out of the link and drops an unknown measure with a note', () => {
    const search = exploreSearch(new URLSearchParams(), NO_FILTERS, undefined, null, DEFAULT_MEASURES);
    expect(search).toBe('');
    const parsed = parseExploreParams(new URLSearchParams('map=villages_total&trend=<b>'), known, version);
    expect(parsed.measures).toEqual(DEFAULT_MEASURES);
    expect(parsed.dropped).toEqual([
      { param: 'map', value: 'villages_total', reason: 'unknown' },
      { param: 'trend', value: '<b>', reason: 'unknown' },
    ]);
  });

  it('tells a change of the view state from a change of keys it does not own', () => {
    const a = managedKey(new URLSearchParams('regency=15.02&v=abc&lang=id'));
    expect(managedKey(new URLSearchParams('lang=en&regency=15.02&sort=name&v=abc'))).toBe(a);
    expect(managedKey(new URLSearchParams('regency=15.03&v=abc'))).not.toBe(a);
    expect(managedKey(new URLSearchParams('regency=15.02&v=abc&map=sites_per_100_villages'))).not.toBe(a);
  });
});
