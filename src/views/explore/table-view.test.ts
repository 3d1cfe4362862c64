// What a workspace table shows and downloads, over a hand-made fixture of six villages and three sites: the search,
// the column filters, the sort, and the export cells (labels or codes, numbers rounded as displayed). Expected values
// are counted by hand from the fixture below.
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../data/export/csv.ts';
import type { Row } from '../../data/rows.ts';
import { i18n, registerMessages } from '../../i18n/i18n.ts';
import { explore } from '../../i18n/views/explore.ts';
import { siteColumns, villageColumns } from './table-columns.ts';
import { EMPTY_TABLE_STATE, type TableViewState } from './table-state.ts';
import { exportTable, parseNumberCondition, roundAsShown, selectOptions, viewRows } from './table-view.ts';

registerMessages('explore', explore);
const t = i18n.getFixedT('id');

const village = (
  code: string,
  name: string,
  district: string,
  regency: [string, string],
  kind: string,
  isolated: boolean,
  signal: string,
  blankspot: boolean,
  sites: number,
  inService: number,
): Row => ({
  village_code: code,
  village_name: name,
  kind,
  isolated,
  district_code: code.slice(0, 8),
  district_name: district,
  regency_code: regency[0],
  regency_name: regency[1],
  coverage_year: 2024,
  best_signal: signal,
  is_blankspot: blankspot,
  sites,
  sites_in_service: inService,
});

const MERANGIN: [string, string] = ['15.02', 'Merangin'];
const VILLAGES: Row[] = [
  village('15.02.01.2001', 'Renah Kemumu', 'Jangkat', MERANGIN, 'desa', true, 'none', true, 3, 2),
  village('15.02.01.2002', 'Air Liki', 'Jangkat', MERANGIN, 'desa', true, '2G', true, 1, 1),
  village('15.02.02.2001', 'Bukit Renah', 'Lembah Masurai', MERANGIN, 'desa', false, '4G', false, 0, 0),
  village(
    '15.71.01.1001',
    'Pasar Jambi',
    'Pasar Jambi',
    ['15.71', 'Kota Jambi'],
    'kelurahan',
    false,
    '4G',
    false,
    2,
    2,
  ),
  village('15.01.01.2001', 'Sungai Renah', 'Gunung Raya', ['15.01', 'Kerinci'], 'desa', false, '3G', false, 2, 1),
  village('15.03.01.2001', 'Pulau Aro', 'Pelawan', ['15.03', 'Sarolangun'], 'desa', false, 'none', true, 0, 0),
];

const SITES: Row[] = [
  {
    site_id: 'IDD23-001',
    village_code: '15.02.01.2001',
    village_name: 'Renah Kemumu',
    district_code: '15.02.01',
    district_name: 'Jangkat',
    regency_code: '15.02',
    regency_name: 'Merangin',
    programme: 'Dumisake Internet Desa',
    technology: 'VSAT',
    status: 'active',
    budget_year: 2023,
    installed_on: '2023-08-14',
    bandwidth_mbps: 4,
    uptime_30d: 91.90666666666665,
    days_30d: 30,
  },
  {
    site_id: 'REP24-002',
    village_code: '15.02.01.2002',
    village_name: 'Air Liki',
    district_code: '15.02.01',
    district_name: 'Jangkat',
    regency_code: '15.02',
    regency_name: 'Merangin',
    programme: 'Dumisake GSM Repeater',
    technology: 'GSM repeater',
    status: 'planned',
    budget_year: 2024,
    installed_on: null,
    bandwidth_mbps: null,
    uptime_30d: null,
    days_30d: 0,
  },
  {
    site_id: 'BTS24-003',
    village_code: '15.03.01.2001',
    village_name: '-Desa Uji',
    district_code: '15.03.01',
    district_name: 'Pelawan',
    regency_code: '15.03',
    regency_name: 'Sarolangun',
    programme: 'BAKTI',
    technology: 'BTS 4G',
    status: 'offline',
    budget_year: 2024,
    installed_on: '2024-02-01',
    bandwidth_mbps: 10.04,
    uptime_30d: 87.25,
    days_30d: 30,
  },
];

const vcols = villageColumns(t, 'id');
const scols = siteColumns(t, 'id');
const state = (s: Partial<TableViewState>): TableViewState => ({ ...EMPTY_TABLE_STATE, ...s });
const names = (rows: Row[]) => rows.map((r) => r.village_name);

describe('rows on screen', () => {
  it('searches the displayed text of the visible columns, every word, without diacritics', () => {
    expect(names(viewRows(VILLAGES, vcols, state({ q: 'renah' })))).toEqual([
      'Renah Kemumu',
      'Bukit Renah',
      'Sungai Renah',
    ]);
    expect(names(viewRows(VILLAGES, vcols, state({ q: 'rénah  MERANGIN' })))).toEqual(['Renah Kemumu', 'Bukit Renah']);
    // A label is searched as shown: "Kelurahan" is the kind of one village.
    expect(names(viewRows(VILLAGES, vcols, state({ q: 'kelurahan' })))).toEqual(['Pasar Jambi']);
    // A hidden column is not searched: without the regency column, "merangin" matches nothing.
    expect(viewRows(VILLAGES, vcols, state({ q: 'merangin', hidden: ['regency'] }))).toEqual([]);
  });

  it('applies select, text and number column filters together with the search', () => {
    expect(names(viewRows(VILLAGES, vcols, state({ cf: { blankspot: 'true' } })))).toEqual([
      'Renah Kemumu',
      'Air Liki',
      'Pulau Aro',
    ]);
    expect(names(viewRows(VILLAGES, vcols, state({ q: 'renah', cf: { blankspot: 'true' } })))).toEqual([
      'Renah Kemumu',
    ]);
    expect(viewRows(VILLAGES, vcols, state({ cf: { regency: '15.02' } }))).toHaveLength(3);
    expect(names(viewRows(VILLAGES, vcols, state({ cf: { sites: '>=2' } })))).toEqual([
      'Renah Kemumu',
      'Pasar Jambi',
      'Sungai Renah',
    ]);
    expect(names(viewRows(VILLAGES, vcols, state({ cf: { sites: '1..2' } })))).toEqual([
      'Air Liki',
      'Pasar Jambi',
      'Sungai Renah',
    ]);
    expect(names(viewRows(VILLAGES, vcols, state({ cf: { sites: '0' } })))).toEqual(['Bukit Renah', 'Pulau Aro']);
    expect(names(viewRows(VILLAGES, vcols, state({ cf: { district: 'jangkat' } })))).toEqual([
      'Renah Kemumu',
      'Air Liki',
    ]);
    // An unreadable number condition filters nothing (the input is marked invalid on screen).
    expect(viewRows(VILLAGES, vcols, state({ cf: { sites: 'abc' } }))).toHaveLength(6);
    // The filter of a hidden column does not apply.
    expect(viewRows(VILLAGES, vcols, state({ cf: { blankspot: 'true' }, hidden: ['blankspot'] }))).toHaveLength(6);
  });

  it('sorts stably, nulls last in both directions', () => {
    expect(names(viewRows(VILLAGES, vcols, state({ sort: { column: 'sites', desc: true } })))).toEqual([
      'Renah Kemumu',
      'Pasar Jambi',
      'Sungai Renah',
      'Air Liki',
      'Bukit Renah',
      'Pulau Aro',
    ]);
    expect(names(viewRows(VILLAGES, vcols, state({ sort: { column: 'name', desc: false } })))).toEqual([
      'Air Liki',
      'Bukit Renah',
      'Pasar Jambi',
      'Pulau Aro',
      'Renah Kemumu',
      'Sungai Renah',
    ]);
    const ids = (desc: boolean) =>
      viewRows(SITES, scols, state({ sort: { column: 'uptime30', desc } })).map((r) => r.site_id);
    expect(ids(false)).toEqual(['BTS24-003', 'IDD23-001', 'REP24-002']);
    expect(ids(true)).toEqual(['IDD23-001', 'BTS24-003', 'REP24-002']);
  });

  it('offers each value of a select column once, with its label', () => {
    const regency = vcols.find((c) => c.id === 'regency');
    const blankspot = vcols.find((c) => c.id === 'blankspot');
    expect(regency && selectOptions(VILLAGES, regency)).toEqual([
      { code: '15.01', label: 'Kerinci' },
      { code: '15.71', label: 'Kota Jambi' },
      { code: '15.02', label: 'Merangin' },
      { code: '15.03', label: 'Sarolangun' },
    ]);
    expect(blankspot && selectOptions(VILLAGES, blankspot)).toEqual([
      { code: 'false', label: 'Tidak' },
      { code: 'true', label: 'Ya' },
    ]);
  });
});

describe('number conditions and rounding', () => {
  it('reads what the user types', () => {
    expect(parseNumberCondition('5')).toEqual({ op: '=', a: 5 });
    expect(parseNumberCondition(' >= 2,5 ')).toEqual({ op: '>=', a: 2.5 });
    expect(parseNumberCondition('<3')).toEqual({ op: '<', a: 3 });
    expect(parseNumberCondition('3..1')).toEqual({ op: 'between', a: 1, b: 3 });
    expect(parseNumberCondition('=>2')).toBeNull();
    expect(parseNumberCondition('')).toBeNull();
  });

  it('rounds as the screen does', () => {
    expect(roundAsShown(91.90666666666665, 1)).toBe(91.9);
    expect(roundAsShown(87.25, 1)).toBe(87.3);
    expect(roundAsShown(-87.25, 1)).toBe(-87.3);
    expect(roundAsShown(10.04, 1)).toBe(10);
    expect(roundAsShown(-0.04, 1)).toBe(0);
    expect(roundAsShown(2.5, 0)).toBe(3);
  });
});

describe('download of the rows on screen', () => {
  it('writes labels and rounded numbers by default, in screen order, with the visible columns', () => {
    const out = exportTable(SITES, scols, state({ sort: { column: 'uptime30', desc: true } }), 'label');
    expect(out.columns.map((c) => c.name)).toEqual([
      'Kode titik',
      'Desa/kelurahan',
      'Kecamatan',
      'Kabupaten/kota',
      'Program',
      'Teknologi',
      'Status',
      'Tahun anggaran',
      'Terpasang',
      'Kapasitas (Mbps)',
      'Ketersediaan 30 hari (%)',
    ]);
    expect(out.rows.map((r) => Object.values(r))).toEqual([
      [
        'IDD23-001',
        'Renah Kemumu',
        'Jangkat',
        'Merangin',
        'Dumisake Internet Desa',
        'VSAT',
        'Aktif',
        2023,
        '2023-08-14',
        4,
        91.9,
      ],
      ['BTS24-003', '-Desa Uji', 'Pelawan', 'Sarolangun', 'BAKTI', 'BTS 4G', 'Offline', 2024, '2024-02-01', 10, 87.3],
      [
        'REP24-002',
        'Air Liki',
        'Jangkat',
        'Merangin',
        'Dumisake GSM Repeater',
        'Repeater GSM',
        'Direncanakan',
        2024,
        null,
        null,
        null,
      ],
    ]);
    // The `;` variant: decimal comma, the formula-like name neutralised, a missing value an empty cell.
    const csv = toCsv(out.columns, out.rows, 'id');
    expect(csv.split('\r\n').slice(1, 4)).toEqual([
      'IDD23-001;Renah Kemumu;Jangkat;Merangin;Dumisake Internet Desa;VSAT;Aktif;2023;2023-08-14;4;91,9',
      "BTS24-003;'-Desa Uji;Pelawan;Sarolangun;BAKTI;BTS 4G;Offline;2024;2024-02-01;10;87,3",
      'REP24-002;Air Liki;Jangkat;Merangin;Dumisake GSM Repeater;Repeater GSM;Direncanakan;2024;;;',
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
  });

  it('writes codes and column names on request, still rounded, and follows search, filters and columns', () => {
    const view = state({ q: 'renah', cf: { blankspot: 'false' }, hidden: ['district', 'kind', 'signal'] });
    const out = exportTable(VILLAGES, vcols, view, 'code');
    expect(out.columns).toEqual([
      { name: 'village_code', type: 'VARCHAR' },
      { name: 'village_name', type: 'VARCHAR' },
      { name: 'regency_code', type: 'VARCHAR' },
      { name: 'isolated', type: 'BOOLEAN' },
      { name: 'is_blankspot', type: 'BOOLEAN' },
      { name: 'sites', type: 'INTEGER' },
      { name: 'sites_in_service', type: 'INTEGER' },
    ]);
    expect(out.rows).toEqual([
      {
        village_code: '15.02.02.2001',
        village_name: 'Bukit Renah',
        regency_code: '15.02',
        isolated: false,
        is_blankspot: false,
        sites: 0,
        sites_in_service: 0,
      },
      {
        village_code: '15.01.01.2001',
        village_name: 'Sungai Renah',
        regency_code: '15.01',
        isolated: false,
        is_blankspot: false,
        sites: 2,
        sites_in_service: 1,
      },
    ]);
    const labels = exportTable(VILLAGES, vcols, view, 'label');
    expect(labels.rows.map((r) => Object.values(r))).toEqual([
      ['15.02.02.2001', 'Bukit Renah', 'Merangin', 'Tidak', 'Tidak', 0, 0],
      ['15.01.01.2001', 'Sungai Renah', 'Kerinci', 'Tidak', 'Tidak', 2, 1],
    ]);
    const sites = exportTable(SITES, scols, state({}), 'code');
    expect(sites.rows.map((r) => [r.status, r.technology, r.uptime_30d, r.bandwidth_mbps])).toEqual([
      ['active', 'VSAT', 91.9, 4],
      ['planned', 'GSM repeater', null, null],
      ['offline', 'BTS 4G', 87.3, 10],
    ]);
  });
});

describe('rows of the shared TanStack row model', () => {
  // Five sites, three without an uptime (query order A, C, D, E, B by id): hand-sorted below.
  const site = (id: string, uptime: number | null, status: string): Row => ({
    ...SITES[0],
    site_id: id,
    uptime_30d: uptime,
    status,
  });
  const MANY_NULLS: Row[] = [
    site('A', null, 'active'),
    site('C', 80, 'offline'),
    site('D', null, 'active'),
    site('E', 95.5, 'active'),
    site('B', null, 'planned'),
  ];
  const ids = (s: Partial<TableViewState>) => viewRows(MANY_NULLS, scols, state(s)).map((r) => r.site_id);

  it('keeps the query order among missing values, last in both directions', () => {
    expect(ids({ sort: { column: 'uptime30', desc: false } })).toEqual(['C', 'E', 'A', 'D', 'B']);
    expect(ids({ sort: { column: 'uptime30', desc: true } })).toEqual(['E', 'C', 'A', 'D', 'B']);
    // Equal values keep the query order too: the three `active` sites A, D, E first, then `offline`, `planned`.
    expect(ids({ sort: { column: 'status', desc: false } })).toEqual(['A', 'D', 'E', 'C', 'B']);
  });

  it('ignores the sort of a hidden column and a number condition on missing values', () => {
    expect(ids({ sort: { column: 'uptime30', desc: true }, hidden: ['uptime30'] })).toEqual(['A', 'C', 'D', 'E', 'B']);
    expect(ids({ cf: { uptime30: '<100' } })).toEqual(['C', 'E']);
    expect(ids({ cf: { uptime30: '80..95,5' }, sort: { column: 'uptime30', desc: true } })).toEqual(['E', 'C']);
  });
});
