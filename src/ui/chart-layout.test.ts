import { estimateText, fitChartLayout, legendRows } from './chart-layout.ts';
import type { ChartOption } from './chart-types.ts';

interface Fitted {
  grid: { top: number } & Record<string, unknown>;
  legend: unknown;
  dataZoom: unknown[];
  series: unknown[];
  visualMap: unknown;
}

const desk: ChartOption = {
  grid: { left: 8, right: 24, top: 56, bottom: 64, outerBoundsMode: 'same' },
  legend: { top: 0, type: 'scroll' },
  dataZoom: [
    { type: 'inside', xAxisIndex: 0 },
    { type: 'slider', xAxisIndex: 0, bottom: 8 },
  ],
  series: [
    { type: 'line', name: 'Dumisake Internet Desa', lineStyle: { width: 3 }, symbolSize: 7 },
    { type: 'line', name: 'BAKTI Internet Desa' },
    { type: 'scatter', name: 'BAKTI Internet Desa', symbolSize: 6 },
    { type: 'bar', name: 'Titik', barMaxWidth: 22 },
  ],
};

describe('fitChartLayout (wall screens)', () => {
  it('leaves a desk chart (scale 1) untouched', () => {
    expect(fitChartLayout(desk, 1, 800)).toBe(desk);
  });

  it('scales pixel offsets, unfolds a paged legend, thickens lines', () => {
    const o = fitChartLayout(desk, 2, 4000) as unknown as Fitted;
    expect(o.legend).toEqual({ top: 0, type: 'plain' });
    expect(o.grid).toEqual({ left: 16, right: 48, top: 112, bottom: 128, outerBoundsMode: 'same' });
    expect(o.dataZoom[0]).toEqual({ type: 'inside', xAxisIndex: 0 });
    expect(o.dataZoom[1]).toMatchObject({ type: 'slider', bottom: 16, height: 60 });
    expect(o.series[0]).toMatchObject({ lineStyle: { width: 6 }, symbolSize: 14 });
    expect(o.series[3]).toMatchObject({ barMaxWidth: 44 });
    expect((desk as unknown as Fitted).grid.top).toBe(56); // the panel's option is not mutated
  });

  it('scales a font size a panel set itself (a map label), at any depth, and leaves data and formatters alone', () => {
    const formatter = (p: { name: string }) => p.name;
    const data = [{ name: 'Merangin', value: 3, label: { fontSize: 12 } }];
    const option = {
      series: [
        { type: 'map', label: { show: true, fontSize: 12, formatter }, emphasis: { label: { fontSize: 14 } }, data },
      ],
      title: { textStyle: { fontSize: 18 } },
    } as unknown as ChartOption;
    const o = fitChartLayout(option, 4, 2000) as unknown as {
      series: {
        label: { fontSize: number; formatter: unknown };
        emphasis: { label: { fontSize: number } };
        data: unknown;
      }[];
      title: { textStyle: { fontSize: number } };
    };
    expect(o.series[0]?.label.fontSize).toBe(48);
    expect(o.series[0]?.emphasis.label.fontSize).toBe(56);
    expect(o.title.textStyle.fontSize).toBe(72);
    expect(o.series[0]?.label.formatter).toBe(formatter);
    // A short data array (a map's areas) has its per-item label sizes scaled too: 12 × 4.
    expect(o.series[0]?.data).toEqual([{ name: 'Merangin', value: 3, label: { fontSize: 48 } }]);
    expect(fitChartLayout(option, 1, 2000)).toBe(option);
  });

  it('scales line heights and label offsets, and leaves a long data array as it is', () => {
    const long = Array.from({ length: 200 }, (_, i) => ({ value: i, label: { fontSize: 12 } }));
    const option = {
      series: [
        { type: 'map', label: { lineHeight: 14 }, data: [{ name: 'Kota Jambi', label: { offset: [0, 28] } }] },
        { type: 'line', data: long },
      ],
    } as unknown as ChartOption;
    const o = fitChartLayout(option, 2, 2000) as unknown as {
      series: { label?: { lineHeight: number }; data: { label: { offset?: number[] } }[] }[];
    };
    expect(o.series[0]?.label?.lineHeight).toBe(28);
    expect(o.series[0]?.data[0]?.label.offset).toEqual([0, 56]);
    expect(o.series[1]?.data).toBe(long);
  });

  it('moves the grid down by the extra legend rows a narrow chart needs', () => {
    const wide = fitChartLayout(desk, 2, 4000) as unknown as Fitted;
    const narrow = fitChartLayout(desk, 2, 500) as unknown as Fitted;
    const rows = legendRows(
      ['Dumisake Internet Desa', 'BAKTI Internet Desa', 'Titik'],
      490,
      { font: 24, itemWidth: 50, itemGap: 20 },
      estimateText,
    );
    expect(rows).toBeGreaterThan(1);
    expect(narrow.grid.top).toBe(wide.grid.top + (rows - 1) * (28 + 20));
  });

  it('counts legend rows the way ECharts wraps them', () => {
    const measure = (t: string) => t.length * 10;
    const sizes = { font: 10, itemWidth: 20, itemGap: 10 };
    // each item: 20 + 5 + 50 = 75 px, gap 10
    expect(legendRows(['aaaaa', 'bbbbb', 'ccccc'], 300, sizes, measure)).toBe(1);
    expect(legendRows(['aaaaa', 'bbbbb', 'ccccc'], 200, sizes, measure)).toBe(2);
    expect(legendRows(['aaaaa', 'bbbbb', 'ccccc'], 80, sizes, measure)).toBe(3);
    expect(legendRows([], 80, sizes, measure)).toBe(0);
  });

  it('scales a map series box and the visual map', () => {
    const map: ChartOption = {
      visualMap: { left: 0, bottom: 0, itemHeight: 120 },
      series: [{ type: 'map', left: 72, right: 8, top: 8, bottom: 8 }],
    };
    const o = fitChartLayout(map, 1.5, 900) as unknown as Fitted;
    expect(o.visualMap).toEqual({ left: 0, bottom: 0, itemHeight: 180 });
    expect(o.series[0]).toMatchObject({ left: 108, right: 12, top: 12, bottom: 12 });
  });
});
