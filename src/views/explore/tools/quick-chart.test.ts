import { describe, expect, it } from 'vitest';
import { canChart, MAX_POINTS, quickChartOption } from './quick-chart.ts';

interface Opt {
  xAxis: { data: string[] };
  series: { type: string; name: string; data: (number | null)[] }[];
  tooltip: { formatter: (p: unknown) => string };
}

const ctx = { ariaLabel: 'Grafik', formatValue: (n: number) => String(n) };

describe('quick chart option', () => {
  it('draws the first column against the second when it is numeric', () => {
    const cols = [
      { name: 'regency', numeric: false },
      { name: 'sites', numeric: true },
    ];
    const option = quickChartOption(
      [
        { regency: 'Merangin', sites: 12 },
        { regency: null, sites: null },
      ],
      cols,
      'bar',
      ctx,
    ) as unknown as Opt;
    expect(option.xAxis.data).toEqual(['Merangin', '–']);
    expect(option.series[0]).toMatchObject({ type: 'bar', name: 'sites', data: [12, null] });
  });

  it('refuses a non-numeric second column and caps the points', () => {
    expect(canChart([{ name: 'a', numeric: true }])).toBe(false);
    expect(
      quickChartOption(
        [],
        [
          { name: 'a', numeric: false },
          { name: 'b', numeric: false },
        ],
        'line',
        ctx,
      ),
    ).toBeNull();
    const rows = Array.from({ length: MAX_POINTS + 10 }, (_, i) => ({ x: i, y: i }));
    const opt = quickChartOption(
      rows,
      [
        { name: 'x', numeric: true },
        { name: 'y', numeric: true },
      ],
      'line',
      ctx,
    ) as unknown as Opt;
    expect(opt.series[0]?.data).toHaveLength(MAX_POINTS);
  });

  it('escapes data text in the tooltip', () => {
    const opt = quickChartOption(
      [{ name: '<img src=x onerror=alert(1)>', n: 1 }],
      [
        { name: 'name', numeric: false },
        { name: 'n', numeric: true },
      ],
      'bar',
      ctx,
    ) as unknown as Opt;
    const html = opt.tooltip.formatter([{ dataIndex: 0 }]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });
});
