// The briefing's plan charts on inline bars (hand-written numbers), without a DOM: classes read from the shown whole
// percentage, one series per class (the legend names each colour), the plan beside the installations, regencies
// without a plan left out of the chart, the 100 % line, and tooltips that escape text from the data.
import { describe, expect, it } from 'vitest';
import {
  type PlanBar,
  type PlanOptionContext,
  planByRegencyOption,
  planByYearOption,
  varianceOf,
} from './targets-option.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';
const CTX: PlanOptionContext = {
  lang: 'id',
  varianceLabels: { met: 'memenuhi', near: 'sedikit di bawah', far: 'jauh di bawah' },
  plannedLabel: 'Rencana',
  installedLabel: 'Terpasang',
  targetLineLabel: 'Rencana (100%)',
  ariaDescription: 'aria',
  palette: { met: '#0a0', near: '#aa0', far: '#a00', planned: '#888' },
  sitesAxis: 'Titik',
};
const bar = (key: string, installed: number | null, planned: number | null, percent: number | null): PlanBar => ({
  key,
  label: key,
  installed,
  planned,
  percent,
  variance: varianceOf(percent),
});

type Series = {
  name: string;
  data: (number | null)[];
  markLine?: { data: unknown[] };
  label?: { formatter: (p: { dataIndex: number; value?: unknown }) => string };
};

describe('plan option builders', () => {
  it('classes by the shown whole percentage: 99,6 % is met, 79,5 % is near, no plan is none', () => {
    expect([varianceOf(99.6), varianceOf(99.4), varianceOf(79.5), varianceOf(79.4), varianceOf(null)]).toEqual([
      'met',
      'near',
      'near',
      'far',
      'none',
    ]);
  });

  it('per year: installations in the series of their class, the plan beside them, labels with the percentage', () => {
    const bars = [bar('2024', 83, 90, 92.2), bar('2025', 3, 10, 30), bar('2026 s.d. 27 Nov', 2, 10, 100)];
    const option = planByYearOption(bars, CTX) as { series: Series[]; xAxis: { data: string[] } };
    expect(option.xAxis.data).toEqual(['2024', '2025', '2026 s.d. 27 Nov']);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['memenuhi', [null, null, 2]],
      ['sedikit di bawah', [83, null, null]],
      ['jauh di bawah', [null, 3, null]],
      ['Rencana', [90, 10, 10]],
    ]);
    expect(option.series[1]?.label?.formatter({ dataIndex: 0 })).toBe('83\n92%');
    expect(option.series[0]?.label?.formatter({ dataIndex: 0 })).toBe('');
  });

  it('per regency: regencies without a plan are not drawn; the 100 % line; escaped tooltips', () => {
    const bars = [bar(HOSTILE, 6, 11, 54.5), bar('Kerinci', 17, 17, 100), bar('Kota Jambi', 0, 0, null)];
    const option = planByRegencyOption(bars, CTX) as {
      series: Series[];
      yAxis: { data: string[] };
      xAxis: { max: number };
      tooltip: { formatter: (p: unknown) => string };
    };
    expect(option.yAxis.data).toEqual([HOSTILE, 'Kerinci']);
    expect(option.series.map((s) => s.data)).toEqual([
      [null, 100],
      [null, null],
      [54.5, null],
    ]);
    expect(option.series[0]?.markLine?.data).toEqual([{ xAxis: 100 }]);
    // The legend names only the classes drawn.
    expect((option as unknown as { legend: { data: string[] } }).legend.data).toEqual(['memenuhi', 'jauh di bawah']);
    expect(option.xAxis.max).toBe(100);
    expect(planByRegencyOption([bar('A', 4, 3, 133.3)], CTX)).toMatchObject({ xAxis: { max: 150, interval: 50 } });
    const tip = option.tooltip.formatter([{ dataIndex: 0 }]);
    expect(tip).not.toContain('<img');
    expect(tip).toContain('&lt;img');
    expect(tip).toContain('55% · jauh di bawah');
  });
});
