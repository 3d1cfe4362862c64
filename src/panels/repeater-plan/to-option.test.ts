// Pure figures + listing rows → model → option and tables, on inline data (hand-written numbers), without a DOM
// (real message catalogue, fixed language).
import type { FigureSet } from '../../coordinator/use-figures.ts';
import type { Row } from '../../data/rows.ts';
import { NO_FILTERS } from '../../filters/filters.ts';
import { i18n } from '../../i18n/i18n.ts';
import { resolve } from '../../indicators/catalog.ts';
import { toFigures } from '../../indicators/results.ts';
import type { Breakdown, IndicatorId } from '../../indicators/types.ts';
import { isEmpty, type RepeaterSets, regencyAt, toModel, toOption, toTable, toUnitTable } from './to-option.ts';

const AS_OF = '2026-11-27';
const set = (indicator: IndicatorId, rows: Row[], by: Breakdown[] = []): FigureSet => {
  const request = resolve({ indicator, filters: NO_FILTERS, by });
  return { request, figures: toFigures(request, rows, AS_OF) };
};

const unit = (over: Partial<Row>): Row => ({
  site_id: 'RPT24-01',
  status: 'active',
  installed_on: '2023-12-27',
  village_code: '15.02.01.2001',
  village_name: 'Renah Kemumu',
  district_name: 'Jangkat',
  regency_code: '15.02',
  regency_name: 'Merangin',
  before_year: 2022,
  before_signal: 'none',
  after_year: 2026,
  after_signal: '4G',
  ...over,
});

const units: Row[] = [
  unit({
    site_id: 'RPT24-04',
    regency_code: '15.01',
    regency_name: 'Kerinci',
    village_name: 'Air Liki',
    district_name: 'Gunung Raya',
    status: 'offline',
    before_signal: '2G',
    after_signal: '3G',
  }),
  unit({}),
  unit({
    site_id: 'RPT24-02',
    status: 'planned',
    installed_on: null,
    village_name: '<img src=x onerror=alert(1)>',
    before_year: 2026,
    before_signal: 'none',
    after_year: null,
    after_signal: null,
  }),
  unit({ site_id: 'RPT24-03', status: 'decommissioned', before_signal: null, after_signal: 'none' }),
];

// 4 units: Merangin planned 1, active 1, decommissioned 1; Kerinci offline 1. Active 1 of 4 → 25 %.
const sets: RepeaterSets = {
  planned: set('repeaters_planned', [{ value: 4 }]),
  active: set('repeaters_active', [{ value: 1 }]),
  progress: set('repeater_progress', [{ value: 25, numerator: 1, denominator: 4 }]),
  byStatus: set(
    'repeaters_planned',
    [
      { regency: '15.01', status: 'offline', value: 1 },
      { regency: '15.02', status: 'active', value: 1 },
      { regency: '15.02', status: 'decommissioned', value: 1 },
      { regency: '15.02', status: 'planned', value: 1 },
    ],
    ['regency', 'status'],
  ),
  byRegency: set(
    'repeaters_planned',
    [
      { regency: '15.01', value: 1 },
      { regency: '15.02', value: 3 },
    ],
    ['regency'],
  ),
};
const id = { lang: 'id' as const, t: i18n.getFixedT('id') };

describe('repeater-plan to-option', () => {
  const model = toModel(sets, units);

  it('takes the headline figures and groups the units by regency and status, most units first', () => {
    expect([model.planned?.value, model.active?.value, model.progress?.value]).toEqual([4, 1, 25]);
    expect(model.regencies.map((r) => [r.code, r.name, r.total.value])).toEqual([
      ['15.02', 'Merangin', 3],
      ['15.01', 'Kerinci', 1],
    ]);
    expect(model.regencies[1]?.byStatus.active).toEqual({
      indicator: 'repeaters_planned',
      period: AS_OF,
      scope: 'regency=15.01;status=active',
      value: 0,
    });
    expect(regencyAt(model, 1)).toBe('15.01');
    expect(regencyAt(model, 9)).toBeNull();
    expect(isEmpty(model)).toBe(false);
    expect(isEmpty(toModel({ ...sets, planned: set('repeaters_planned', [{ value: 0 }]) }, []))).toBe(true);
  });

  it('draws one stacked series per status, always all four in the contract order', () => {
    const option = toOption(model, id) as {
      series: { name: string; stack: string; data: number[] }[];
      yAxis: { data: string[] };
      aria: { enabled: boolean; label: { description: string } };
      animationDurationUpdate: number;
    };
    expect(option.aria.enabled).toBe(true);
    expect(option.aria.label.description).toContain('repeater GSM');
    expect(option.animationDurationUpdate).toBeLessThanOrEqual(300);
    expect(option.yAxis.data).toEqual(['Merangin', 'Kerinci']);
    expect(option.series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['Direncanakan', 'units', [1, 0]],
      ['Aktif', 'units', [1, 0]],
      ['Offline', 'units', [0, 1]],
      ['Dinonaktifkan', 'units', [1, 0]],
    ]);
  });

  it('escapes village names in the tooltip HTML', () => {
    const option = toOption(model, id) as { tooltip: { formatter: (p: unknown) => string } };
    const html = option.tooltip.formatter([{ dataIndex: 0 }]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('Aktif: <b>1</b> (Renah Kemumu)');
    expect(html).toContain('Merangin</b> · 3 unit');
  });

  it('tables the drawn figures with their attributes', () => {
    const table = toTable(model, id);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Kabupaten/kota',
      'Direncanakan',
      'Aktif',
      'Offline',
      'Dinonaktifkan',
      'Jumlah unit',
    ]);
    const [merangin] = table.rows;
    expect(merangin?.cells.map((c) => (typeof c === 'string' ? c : c.text))).toEqual([
      'Merangin',
      '1',
      '1',
      '0',
      '1',
      '3',
    ]);
    expect(merangin?.cells[5]).toEqual({
      text: '3',
      attrs: {
        'data-indicator': 'repeaters_planned',
        'data-period': AS_OF,
        'data-scope': 'regency=15.02',
        'data-value': '3',
      },
    });
  });

  it('lists each unit: dates as 27 Des 2023 or –, signals before and after with their years or –', () => {
    const table = toUnitTable(model, id);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Desa',
      'Kecamatan',
      'Kabupaten/kota',
      'Status',
      'Tanggal terpasang',
      'Sinyal sebelum',
      'Sinyal sesudah',
      'Kode unit',
    ]);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['Air Liki', 'Gunung Raya', 'Kerinci', 'Offline', '27 Des 2023', '2G (2022)', '3G (2026)', 'RPT24-04'],
      [
        'Renah Kemumu',
        'Jangkat',
        'Merangin',
        'Aktif',
        '27 Des 2023',
        'Tidak ada sinyal (2022)',
        '4G (2026)',
        'RPT24-01',
      ],
      [
        '<img src=x onerror=alert(1)>',
        'Jangkat',
        'Merangin',
        'Direncanakan',
        '–',
        'Tidak ada sinyal (2026)',
        '–',
        'RPT24-02',
      ],
      [
        'Renah Kemumu',
        'Jangkat',
        'Merangin',
        'Dinonaktifkan',
        '27 Des 2023',
        '–',
        'Tidak ada sinyal (2026)',
        'RPT24-03',
      ],
    ]);
  });

  it('speaks English', () => {
    const table = toUnitTable(model, { lang: 'en', t: i18n.getFixedT('en') });
    expect(table.rows[1]?.cells.slice(3, 7)).toEqual(['Active', '27 Dec 2023', 'No signal (2022)', '4G (2026)']);
  });
});
