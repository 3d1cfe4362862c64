// Pure rows → model → option and table, on inline rows, without a DOM (real message catalogue, fixed language).
import type { Row } from '../../data/rows.ts';
import { i18n } from '../../i18n/i18n.ts';
import { regencyAt, toModel, toOption, toTable } from './to-option.ts';

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

const rows: Row[] = [
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
];
const id = { lang: 'id' as const, t: i18n.getFixedT('id') };

describe('repeater-plan to-option', () => {
  const model = toModel(rows);

  it('groups units by regency and status, most units first', () => {
    expect(model.regencies.map((r) => [r.code, r.total, r.byStatus])).toEqual([
      ['15.02', 3, { planned: 1, active: 1, offline: 0, decommissioned: 1 }],
      ['15.01', 1, { planned: 0, active: 0, offline: 1, decommissioned: 0 }],
    ]);
    expect(regencyAt(model, 1)).toBe('15.01');
    expect(regencyAt(model, 9)).toBeNull();
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

  it('tables each unit: dates as 27 Des 2023 or –, signals before and after with their years or –', () => {
    const table = toTable(model, id);
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
      ['Air Liki', 'Gunung Raya', 'Kerinci', 'Offline', '27 Des 2023', '2G (2022)', '3G (2026)', 'RPT24-04'],
    ]);
  });

  it('speaks English', () => {
    const table = toTable(model, { lang: 'en', t: i18n.getFixedT('en') });
    expect(table.rows[0]?.cells.slice(3, 7)).toEqual(['Active', '27 Dec 2023', 'No signal (2022)', '4G (2026)']);
  });
});
