// Pure rows → model → option/table, on inline rows, without a DOM.
import type { Row } from '../../data/rows.ts';
import {
  isEmpty,
  isolatedPoints,
  isoOfAxisValue,
  lastYearStart,
  type OptionContext,
  type TrendsModel,
  toModel,
  toOption,
  toTable,
} from './to-option.ts';

const evil = '<img src=x onerror=alert(1)>';

function row(dim: string, grp: string, period: string, v: Partial<Record<string, number | null>>): Row {
  return {
    dim,
    grp,
    period,
    grain: 'week',
    first_day: '2023-12-27',
    last_day: '2024-01-14',
    partial_weeks: true,
    uptime: v.uptime ?? null,
    downlink: v.downlink ?? null,
    data_gb: v.data_gb ?? null,
    users: v.users ?? null,
  };
}

// Three weeks; the evil-named programme has a gap in the middle week; technology rows mirror two groups.
const rows: Row[] = [
  row('programme', evil, '2023-12-25', { uptime: 97.25, downlink: 3.5, data_gb: 1234.5, users: 1200 }),
  row('programme', evil, '2024-01-01', {}),
  row('programme', evil, '2024-01-08', { uptime: 99, downlink: 4, data_gb: 10, users: 8 }),
  row('programme', 'Dumisake Internet Desa', '2023-12-25', { uptime: 90, downlink: 2, data_gb: 5, users: 3 }),
  row('programme', 'Dumisake Internet Desa', '2024-01-01', { uptime: 91, downlink: 2, data_gb: 6, users: 4 }),
  row('programme', 'Dumisake Internet Desa', '2024-01-08', { uptime: 92, downlink: 2, data_gb: 7, users: 5 }),
  row('technology', 'VSAT', '2023-12-25', { uptime: 93, downlink: 2.5, data_gb: 1239.5, users: 1203 }),
  row('technology', 'VSAT', '2024-01-01', { uptime: 91, downlink: 2, data_gb: 6, users: 4 }),
  row('technology', 'VSAT', '2024-01-08', { uptime: 95, downlink: 3, data_gb: 17, users: 13 }),
];

const ctx: OptionContext = {
  lang: 'id',
  unit: '%',
  periodLabel: (iso) => `Minggu mulai ${iso}`,
  ariaDescription: 'desc',
};

interface LineSeries {
  type: string;
  name: string;
  data: [string, number | null][];
  connectNulls?: boolean;
  showSymbol?: boolean;
  sampling?: string;
}

describe('connectivity trends to-option', () => {
  const model = toModel(rows);

  it('keeps gaps as null and orders groups as the contract lists them', () => {
    expect(model.grain).toBe('week');
    expect(model.partialWeeks).toBe(true);
    expect(model.periods).toEqual(['2023-12-25', '2024-01-01', '2024-01-08']);
    expect(model.groups.programme.map((g) => g.name)).toEqual(['Dumisake Internet Desa', evil]);
    expect(model.groups.programme[1]?.values.uptime).toEqual([97.25, null, 99]);
    expect(model.groups.technology.map((g) => g.name)).toEqual(['VSAT']);
    expect(isEmpty(model)).toBe(false);
    expect(isEmpty(toModel([]))).toBe(true);
  });

  it('draws time-axis lines with gaps, LTTB sampling and no symbols', () => {
    const option = toOption(model, { measure: 'uptime', groupBy: 'programme' }, ctx) as {
      series: LineSeries[];
      xAxis: { type: string; min: string; max: string };
      yAxis: { name: string; max?: number };
      aria: { enabled: boolean; label: { description: string } };
      animationDurationUpdate: number;
    };
    expect(option.aria).toEqual({ enabled: true, label: { description: 'desc' } });
    expect(option.animationDurationUpdate).toBeLessThanOrEqual(300);
    expect(option.xAxis).toMatchObject({ type: 'time', min: '2023-12-25', max: '2024-01-08' });
    expect(option.yAxis).toMatchObject({ name: '%', max: 100 });
    const lines = option.series.filter((s) => s.type === 'line');
    expect(lines.map((s) => s.name)).toEqual(['Dumisake Internet Desa', evil]);
    for (const s of lines) expect(s).toMatchObject({ connectNulls: false, showSymbol: false, sampling: 'lttb' });
    expect(lines[1]?.data).toEqual([
      ['2023-12-25', 97.25],
      ['2024-01-01', null],
      ['2024-01-08', 99],
    ]);
    // Both of its points stand alone between gaps: a line cannot draw them, so a dot series of the same name does.
    const dots = option.series.filter((s) => s.type === 'scatter');
    expect(dots.map((s) => [s.name, s.data])).toEqual([
      [
        evil,
        [
          ['2023-12-25', 97.25],
          ['2024-01-08', 99],
        ],
      ],
    ]);
  });

  it('ends the uptime axis on a tick at 100%, so no extra top label crowds the last one', () => {
    // ECharts alone picked 81, 84, …, 99 and then 100 squeezed in above 99 (seen on the overview).
    const low = toModel([
      row('programme', 'A', '2024-01-01', { uptime: 81.4 }),
      row('programme', 'A', '2024-01-08', { uptime: 97.6 }),
    ]);
    for (const m of [model, low]) {
      const option = toOption(m, { measure: 'uptime', groupBy: 'programme' }, ctx) as {
        yAxis: { min?: number; max?: number; interval?: number };
      };
      const { min, max, interval } = option.yAxis;
      expect(max).toBe(100);
      expect(typeof min).toBe('number');
      expect(typeof interval).toBe('number');
      const ticks = (100 - (min as number)) / (interval as number);
      expect(Number.isInteger(ticks)).toBe(true);
      expect(ticks).toBeGreaterThanOrEqual(2);
      expect(ticks).toBeLessThanOrEqual(6);
      const lowest = Math.min(...m.groups.programme.flatMap((g) => g.values.uptime.filter((v) => v !== null)));
      expect(min as number).toBeLessThanOrEqual(lowest);
    }
    expect((toOption(low, { measure: 'uptime', groupBy: 'programme' }, ctx) as { yAxis: unknown }).yAxis).toMatchObject(
      { min: 80, max: 100, interval: 5 },
    );
  });

  it('switches measure and grouping without a new query', () => {
    const option = toOption(model, { measure: 'data', groupBy: 'technology' }, { ...ctx, unit: 'GB' }) as {
      series: LineSeries[];
      yAxis: { name: string; max?: number };
    };
    expect(option.yAxis.name).toBe('GB');
    expect(option.yAxis.max).toBeUndefined();
    expect(option.series.map((s) => [s.name, s.data.map((d) => d[1])])).toEqual([['VSAT', [1239.5, 6, 17]]]);
  });

  it('escapes group names in the tooltip and formats numbers in the active locale', () => {
    const option = toOption(model, { measure: 'uptime', groupBy: 'programme' }, ctx) as {
      tooltip: { formatter: (p: unknown) => string };
    };
    const html = option.tooltip.formatter([{ seriesName: evil, value: ['2023-12-25', 97.25], marker: '' }]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;: <b>97,3%</b>');
    expect(html).not.toContain('<img');
    expect(html).toContain('<b>Minggu mulai 2023-12-25</b>');
    expect(html).toContain('Dumisake Internet Desa: <b>90%</b>');
    // A gap reads as a dash, not as 0.
    expect(option.tooltip.formatter([{ value: ['2024-01-01', 91] }])).toContain('alert(1)&gt;: <b>–</b>');

    const users = toOption(
      model,
      { measure: 'users', groupBy: 'programme' },
      { ...ctx, lang: 'en', unit: 'users' },
    ) as {
      tooltip: { formatter: (p: unknown) => string };
    };
    expect(users.tooltip.formatter([{ value: ['2023-12-25', 1200] }])).toContain('<b>1,200 users</b>');
  });

  it('opens the zoom on the last year of a long series, and on everything for a short one', () => {
    const long: TrendsModel = {
      ...model,
      firstDay: '2023-01-02',
      lastDay: '2024-11-27',
      periods: ['2023-01-02', '2023-11-20', '2023-11-27', '2024-11-25'],
    };
    expect(lastYearStart(long)).toBe('2023-11-27');
    const option = toOption(long, { measure: 'uptime', groupBy: 'programme' }, ctx) as {
      dataZoom: { type: string; startValue?: string; endValue?: string; start?: number }[];
    };
    expect(option.dataZoom.map((z) => [z.type, z.startValue, z.endValue])).toEqual([
      ['inside', '2023-11-27', '2024-11-25'],
      ['slider', '2023-11-27', '2024-11-25'],
    ]);
    expect(lastYearStart(model)).toBeNull();
    const short = toOption(model, { measure: 'uptime', groupBy: 'programme' }, ctx) as {
      dataZoom: { start?: number; end?: number }[];
    };
    expect(short.dataZoom[1]).toMatchObject({ start: 0, end: 100 });
  });

  it('finds points with no neighbour, and turns axis values back into calendar dates', () => {
    expect(isolatedPoints([1, null, 2, 3, null, 4])).toEqual([0, 5]);
    expect(isolatedPoints([null, 1, null])).toEqual([1]);
    expect(isolatedPoints([1, 2])).toEqual([]);
    expect(isoOfAxisValue(new Date(2023, 11, 27).getTime())).toBe('2023-12-27');
  });

  it('tables exactly the drawn figures: one row per period, one column per group, dashes for gaps', () => {
    const table = toTable(
      model,
      { measure: 'data', groupBy: 'programme' },
      {
        lang: 'id',
        unit: 'GB',
        periodColumn: 'Minggu mulai',
      },
    );
    expect(table.columns.map((c) => c.label)).toEqual(['Minggu mulai', 'Dumisake Internet Desa (GB)', `${evil} (GB)`]);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['25 Des 2023', '5', '1.234,5'],
      ['1 Jan 2024', '6', '–'],
      ['8 Jan 2024', '7', '10'],
    ]);
  });
});
