// Pure figures → model → small-multiples option/table, on hand-written figures, without a DOM.
import type { FigureSet } from '../../coordinator/use-figures.ts';
import type { Row } from '../../data/rows.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import { resolve } from '../../indicators/catalog.ts';
import { toFigures } from '../../indicators/results.ts';
import { TOKENS, yearColour } from '../../ui/theme.ts';
import { cellGrid, toModel, toOption, toTable } from './to-option.ts';

const AS_OF = '2026-11-27';

function set(rows: Row[], filters: Filters = NO_FILTERS): FigureSet {
  const request = resolve({ indicator: 'blankspot_villages', filters, by: ['regency', 'year'] });
  return { request, figures: toFigures(request, rows, AS_OF) };
}

const rows: Row[] = [
  { regency: '15.01', year: 2025, value: 10 },
  { regency: '15.01', year: 2026, value: 8 },
  { regency: '15.02', year: 2025, value: 40 },
  { regency: '15.02', year: 2026, value: 35 },
  { regency: '15.71', year: 2025, value: 2 },
];
const regencies = [
  { code: '15.01', name: 'Kerinci' },
  { code: '15.02', name: 'Merangin' },
  { code: '15.71', name: 'Kota Jambi' },
];

type Obj = Record<string, unknown>;

describe('regency spotlight (small multiples)', () => {
  const model = toModel(set(rows), regencies);

  it('ranks every regency by its latest figure, a missing year as 0, on one shared maximum', () => {
    expect(model.regencies.map((r) => [r.name, r.latest?.value])).toEqual([
      ['Merangin', 35],
      ['Kerinci', 8],
      ['Kota Jambi', 0],
    ]);
    expect(model.years.map((y) => y.year)).toEqual([2025, 2026]);
    expect(model.max).toBe(40);
    expect(model.regencies[2]?.byYear[2026]).toMatchObject({ value: 0, scope: 'regency=15.71' });
  });

  it('draws one small chart per regency on the same y scale, each year in its one colour', () => {
    const option = toOption(model, { lang: 'id', theme: 'dark', ariaDescription: 'd' }) as Obj;
    const grids = option.grid as Obj[];
    const yAxes = option.yAxis as Obj[];
    expect(grids).toHaveLength(3);
    expect(yAxes.map((y) => y.max)).toEqual([50, 50, 50]); // 40 and a quarter of headroom for its label
    expect(yAxes.map((y) => y.name)).toEqual(['Merangin', 'Kerinci', 'Kota Jambi']);
    const series = option.series as Obj[];
    // 2 years × 3 regencies; every bar of 2025 has 2025's colour, whatever the regency or position.
    expect(series).toHaveLength(6);
    for (const s of series) {
      const year = s.name === '2025' ? 2025 : 2026;
      expect((s.itemStyle as Obj).color).toBe(yearColour(year, 'dark'));
    }
    // Merangin's chart (axis 0): 40 in 2025, 35 in 2026.
    const merangin = series
      .filter((s) => s.xAxisIndex === 0)
      .map((s) => (s.data as (number | null)[]).filter((v) => v !== null));
    expect(merangin).toEqual([[40], [35]]);
    expect((option.legend as Obj).data).toEqual(['2025', '2026 s.d. 27 Nov']);
  });

  it('keeps a year its colour when another chart shows a different set of years', () => {
    expect(yearColour(2025, 'light')).toBe(yearColour(2025 + TOKENS.light.series.length, 'light'));
    expect(yearColour(2025, 'light')).not.toBe(yearColour(2026, 'light'));
    expect(yearColour(2025, 'dark')).toBe(TOKENS.dark.series[5]);
  });

  it('lays out the cells about 4:3, one spare cell for the legend', () => {
    expect(cellGrid(11)).toEqual({ cols: 4, rows: 3 });
    expect(cellGrid(1)).toEqual({ cols: 2, rows: 1 });
  });

  it('tabulates exactly the figures drawn, with their attributes', () => {
    const table = toTable(model, { lang: 'id', regencyLabel: 'Kabupaten/kota' });
    expect(table.columns.map((c) => c.label)).toEqual(['Kabupaten/kota', '2025', '2026 s.d. 27 Nov']);
    expect(table.rows.map((r) => r.cells.map((c) => (typeof c === 'string' ? c : c.text)))).toEqual([
      ['Merangin', '40', '35'],
      ['Kerinci', '10', '8'],
      ['Kota Jambi', '2', '0'],
    ]);
  });

  it('leaves out regencies outside the regency filter', () => {
    const only = toModel(set(rows.slice(0, 2), { ...NO_FILTERS, regencies: ['15.01'] }), regencies);
    expect(only.regencies.map((r) => r.code)).toEqual(['15.01']);
  });
});
