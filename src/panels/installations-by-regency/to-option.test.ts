// Pure figures → model → option/table, on inline figures (hand-written numbers), without a DOM.
import type { FigureSet } from '../../coordinator/use-figures.ts';
import type { Row } from '../../data/rows.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import { resolve } from '../../indicators/catalog.ts';
import { toFigures } from '../../indicators/results.ts';
import type { Breakdown } from '../../indicators/types.ts';
import { isEmpty, regencyAt, toModel, toOption, toTable, yearOfSeries } from './to-option.ts';

const AS_OF = '2026-11-27';
const HOSTILE = '<img src=x onerror=alert(1)>';

function set(by: Breakdown[], rows: Row[], filters: Filters = NO_FILTERS): FigureSet {
  const request = resolve({ indicator: 'installations', filters, by });
  return { request, figures: toFigures(request, rows, AS_OF) };
}

const byYear = set(
  ['regency', 'year'],
  [
    { year: 2025, regency: '15.01', value: 12 },
    { year: 2025, regency: '15.02', value: 20 },
    { year: 2026, regency: '15.02', value: 1234 },
  ],
);
const totals = set(
  ['regency'],
  [
    { regency: '15.01', value: 12 },
    { regency: '15.02', value: 1254 },
  ],
);
const regencies = [
  { code: '15.01', name: 'Kerinci' },
  { code: '15.02', name: 'Merangin' },
  { code: '15.71', name: HOSTILE },
];
const ctx = { lang: 'id' as const, totalLabel: 'Total s.d. 27 Nov 2026', ariaDescription: 'desc' };

describe('installations to-option', () => {
  const model = toModel(byYear, totals, regencies);

  it('lists every known regency, largest total first, a regency without sites as 0', () => {
    expect(model.regencies.map((r) => [r.name, r.total.value])).toEqual([
      ['Merangin', 1254],
      ['Kerinci', 12],
      [HOSTILE, 0],
    ]);
    expect(model.years).toEqual([
      { year: 2025, period: '2025' },
      { year: 2026, period: '2026-01-01..2026-11-27' },
    ]);
    expect(regencyAt(model, 1)).toBe('15.01');
    expect(isEmpty(model)).toBe(false);
  });

  it('gives a filled-in zero the period and scope of a real figure', () => {
    const kota = model.regencies[2];
    expect(kota?.byYear[2026]).toEqual({
      indicator: 'installations',
      period: '2026-01-01..2026-11-27',
      scope: 'regency=15.71',
      value: 0,
    });
    expect(kota?.total).toMatchObject({ period: '..2026-11-27', scope: 'regency=15.71', value: 0 });
  });

  it('keeps to the regency filter', () => {
    const f = { ...NO_FILTERS, regencies: ['15.02'] };
    const m = toModel(
      set(['regency', 'year'], [{ year: 2025, regency: '15.02', value: 20 }], f),
      set(['regency'], [{ regency: '15.02', value: 20 }], f),
      regencies,
    );
    expect(m.regencies.map((r) => [r.code, r.total.value, r.total.scope])).toEqual([['15.02', 20, 'regency=15.02']]);
  });

  it('draws one stacked series per year, the running year labelled "2026 s.d. 27 Nov"', () => {
    const option = toOption(model, ctx) as {
      series: { name: string; stack: string; data: number[] }[];
      yAxis: { data: string[] };
      aria: { enabled: boolean };
    };
    expect(option.aria.enabled).toBe(true);
    expect(option.yAxis.data).toEqual(['Merangin', 'Kerinci', HOSTILE]);
    expect(option.series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['2025', 'installed', [20, 12, 0]],
      ['2026 s.d. 27 Nov', 'installed', [1234, 0, 0]],
    ]);
    expect(yearOfSeries(model, '2026 s.d. 27 Nov', 'id')).toBe(2026);
    expect(yearOfSeries(model, '2026 to 27 Nov', 'en')).toBe(2026);
    expect(yearOfSeries(model, 'Tahun 2026', 'id')).toBeNull();
  });

  it('cross-filtering, keeps every bar and dims those not selected (values unchanged)', () => {
    const option = toOption(model, { ...ctx, selected: ['15.01'] });
    const series = option.series as { data: unknown[] }[];
    // Bars in model order: Merangin, Kerinci, the hostile name (15.71); Kerinci alone is selected.
    expect(series.map((s) => s.data)).toEqual([
      [{ value: 20, itemStyle: { opacity: 0.3 } }, 12, { value: 0, itemStyle: { opacity: 0.3 } }],
      [{ value: 1234, itemStyle: { opacity: 0.3 } }, 0, { value: 0, itemStyle: { opacity: 0.3 } }],
    ]);
    const none = toOption(model, { ...ctx, selected: [] }).series as { data: unknown[] }[];
    expect(none.map((s) => s.data)).toEqual([
      [20, 12, 0],
      [1234, 0, 0],
    ]);
  });

  it('escapes data text in the tooltip HTML', () => {
    const option = toOption(model, ctx) as { tooltip: { formatter: (p: unknown) => string } };
    const html = option.tooltip.formatter([{ dataIndex: 2 }]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(option.tooltip.formatter([{ dataIndex: 0 }])).toContain('2026 s.d. 27 Nov: <b>1.234</b>');
  });

  it('tables exactly the drawn figures, each cell with its indicator, period, scope and raw value', () => {
    const table = toTable(model, { ...ctx, regencyLabel: 'Kabupaten/kota' });
    expect(table.columns.map((c) => c.label)).toEqual([
      'Kabupaten/kota',
      '2025',
      '2026 s.d. 27 Nov',
      'Total s.d. 27 Nov 2026',
    ]);
    expect(table.rows[0]?.cells).toEqual([
      'Merangin',
      {
        text: '20',
        attrs: {
          'data-indicator': 'installations',
          'data-period': '2025',
          'data-scope': 'regency=15.02',
          'data-value': '20',
        },
      },
      {
        text: '1.234',
        attrs: {
          'data-indicator': 'installations',
          'data-period': '2026-01-01..2026-11-27',
          'data-scope': 'regency=15.02',
          'data-value': '1234',
        },
      },
      {
        text: '1.254',
        attrs: {
          'data-indicator': 'installations',
          'data-period': '..2026-11-27',
          'data-scope': 'regency=15.02',
          'data-value': '1254',
        },
      },
    ]);
  });

  it('is empty when no year has installations', () => {
    expect(isEmpty(toModel(set(['regency', 'year'], []), set(['regency'], []), regencies))).toBe(true);
  });
});
