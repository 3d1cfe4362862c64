// Pure rows → model → option/table, on inline rows, without a DOM.
import type { Row } from '../../data/rows.ts';
import { projectionSentence, toModel, toOption, toTable } from './to-option.ts';

const rows: Row[] = [
  { year: 2021, blankspot: 1285, served: 0, installations: 3, target: null },
  { year: 2022, blankspot: 1280, served: 125, installations: 131, target: 1282 },
  { year: 2023, blankspot: null, served: null, installations: 88, target: null }, // no coverage data that year
  { year: 2024, blankspot: 1275, served: 250, installations: 91, target: 1270 },
  { year: 2025, blankspot: 1270, served: 250, installations: 9, target: null },
];
const ctx = {
  lang: 'id' as const,
  labels: {
    blankspot: 'Desa tanpa sinyal',
    served: 'Dilayani <Internet Desa>',
    installations: 'Titik terpasang',
    target: 'Target',
    projection: 'Proyeksi',
  },
  villagesAxis: 'Desa',
  sitesAxis: 'Titik',
  missing: 'Tidak ada data cakupan',
  ariaDescription: 'desc',
  yearLabel: 'Tahun',
};

type Series = { name: string; type: string; data: (number | null)[]; connectNulls?: boolean; yAxisIndex?: number };

describe('blankspot reduction to-option', () => {
  const model = toModel(rows);

  it('projects from the last two years with data (−5 a year) up to the horizon', () => {
    expect(model.projection).toMatchObject({
      kind: 'falling',
      fromYear: 2024,
      lastYear: 2025,
      slope: -5,
      zeroYear: 2279,
    });
    expect(model.years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025, ...range(2026, 2040)]);
    expect(model.years.at(-1)).toEqual({
      year: 2040,
      blankspot: null,
      served: null,
      installations: null,
      target: null,
      projection: 1195, // 1270 − 15 × 5
    });
  });

  it('draws the gap year as a gap (null, not connected) and puts installations on the second axis', () => {
    const option = toOption(model, ctx) as {
      series: Series[];
      xAxis: { data: string[] };
      aria: { enabled: boolean };
      animationDurationUpdate: number;
    };
    expect(option.aria.enabled).toBe(true);
    expect(option.animationDurationUpdate).toBeLessThanOrEqual(300);
    expect(option.xAxis.data.slice(0, 6)).toEqual(['2021', '2022', '2023', '2024', '2025', '2026']);
    const [blankspot, served, installed, target, projection] = option.series as Series[];
    expect(blankspot?.data.slice(0, 6)).toEqual([1285, 1280, null, 1275, 1270, null]);
    expect(blankspot?.connectNulls).toBe(false);
    expect(served?.data.slice(0, 5)).toEqual([0, 125, null, 250, 250]);
    expect(served?.connectNulls).toBe(false);
    expect([installed?.type, installed?.yAxisIndex]).toEqual(['bar', 1]);
    expect(installed?.data.slice(0, 6)).toEqual([3, 131, 88, 91, 9, null]);
    expect(target?.data.slice(0, 5)).toEqual([null, 1282, null, 1270, null]);
    expect(projection?.data.slice(0, 7)).toEqual([null, null, null, null, 1270, 1265, 1260]);
    expect((target as unknown as { lineStyle: { type: string } }).lineStyle.type).toBe('dashed');
    expect((projection as unknown as { lineStyle: { type: string } }).lineStyle.type).toBe('dashed');
  });

  it('says "no coverage data" in the tooltip of a gap year and escapes every label', () => {
    const option = toOption(model, ctx) as { tooltip: { formatter: (p: unknown) => string } };
    const gap = option.tooltip.formatter([{ dataIndex: 2 }]);
    expect(gap).toContain('Tidak ada data cakupan');
    expect(gap).toContain('Titik terpasang: <b>88</b>');
    expect(gap).not.toContain('Desa tanpa sinyal');
    const y2022 = option.tooltip.formatter([{ dataIndex: 1 }]);
    expect(y2022).toContain('Desa tanpa sinyal: <b>1.280</b>');
    expect(y2022).toContain('Dilayani &lt;Internet Desa&gt;: <b>125</b>');
    expect(y2022).not.toContain('<Internet');
  });

  it('tables exactly the drawn figures, one row per year, with a dash where nothing is drawn', () => {
    const table = toTable(model, ctx);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Tahun',
      'Desa tanpa sinyal',
      'Dilayani <Internet Desa>',
      'Titik terpasang',
      'Target',
      'Proyeksi',
    ]);
    expect(table.rows.slice(0, 7).map((r) => r.cells)).toEqual([
      ['2021', '1.285', '0', '3', '–', '–'],
      ['2022', '1.280', '125', '131', '1.282', '–'],
      ['2023', '–', '–', '88', '–', '–'],
      ['2024', '1.275', '250', '91', '1.270', '–'],
      ['2025', '1.270', '250', '9', '–', '1.270'],
      ['2026', '–', '–', '–', '–', '1.265'],
      ['2027', '–', '–', '–', '–', '1.260'],
    ]);
    expect(table.rows).toHaveLength(20);
  });

  it('draws no projection for a rising count and states it', () => {
    const rising = toModel([
      { year: 2024, blankspot: 5, served: 0, installations: 0, target: null },
      { year: 2025, blankspot: 7, served: 1, installations: 1, target: null },
    ]);
    expect(rising.years.map((y) => y.projection)).toEqual([null, null]);
    expect(projectionSentence(rising.projection, 'id')).toEqual({
      key: 'rising',
      values: { from: '2024', to: '2025', rate: '2' },
    });
    expect(projectionSentence(model.projection, 'id')).toEqual({
      key: 'falling',
      values: { from: '2024', to: '2025', rate: '5', year: '2279' },
    });
  });

  it('is empty when nothing was found for the filters', () => {
    expect(toModel([]).hasData).toBe(false);
    const nothing = toModel([
      { year: 2024, blankspot: null, served: null, installations: 0, target: null },
      { year: 2025, blankspot: null, served: null, installations: 0, target: null },
    ]);
    expect(nothing.hasData).toBe(false);
    expect(nothing.projection.kind).toBe('none');
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
