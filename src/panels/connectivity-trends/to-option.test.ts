// Pure figures → model → option/table, on inline figures (hand-written numbers), without a DOM.
import type { FigureSet } from '../../coordinator/use-figures.ts';
import type { Row } from '../../data/rows.ts';
import { NO_FILTERS } from '../../filters/filters.ts';
import { resolve } from '../../indicators/catalog.ts';
import { toFigures } from '../../indicators/results.ts';
import type { DateRange } from '../../indicators/types.ts';
import { type GroupBy, type TrendMeasure, trendRequests } from './requests.ts';
import {
  isEmpty,
  isolatedPoints,
  isoOfAxisValue,
  lastYearOnly,
  lastYearStart,
  type OptionContext,
  periodsOf,
  type TrendsModel,
  toModel,
  toOption,
  toTable,
  weekStart,
} from './to-option.ts';

const evil = '<img src=x onerror=alert(1)>';
const AS_OF = '2024-01-14';

/** Telemetry figures of one measure per week and group; each row covers [from, to] (clipped to the data). */
function weekly(measure: TrendMeasure, groupBy: GroupBy, rows: [string, string, number, string, string][]): FigureSet {
  const [req] = trendRequests(NO_FILTERS, { measure, groupBy });
  const request = resolve(req as NonNullable<typeof req>);
  const data: Row[] = rows.map(([week, group, value, from, to]) => ({
    week,
    [groupBy]: group,
    value,
    numerator: null,
    denominator: null,
    period_from: from,
    period_to: to,
  }));
  return { request, figures: toFigures(request, data, AS_OF) };
}

// Data from Wednesday 27 Dec 2023 to Sunday 14 Jan 2024: the first week (from Mon 25 Dec) covers 27–31 Dec only.
const SPAN: DateRange = { from: '2023-12-27', to: '2024-01-14' };
const W1 = ['2023-12-27', '2023-12-31'] as const;
const W2 = ['2024-01-01', '2024-01-07'] as const;
const W3 = ['2024-01-08', '2024-01-14'] as const;
// The evil-named programme has a gap in the middle week.
const uptime = weekly('uptime', 'programme', [
  ['2023-12-25', evil, 97.25, ...W1],
  ['2024-01-08', evil, 99, ...W3],
  ['2023-12-25', 'Dumisake Internet Desa', 90, ...W1],
  ['2024-01-01', 'Dumisake Internet Desa', 91, ...W2],
  ['2024-01-08', 'Dumisake Internet Desa', 92, ...W3],
]);

const ctx: OptionContext = {
  lang: 'id',
  periodHeading: (iso) => `Minggu mulai ${iso}`,
  partialNote: (covered) => `(sebagian minggu: ${covered})`,
  ariaDescription: 'desc',
  partialLabel: 'belum lengkap',
};

interface LineSeries {
  type: string;
  name: string;
  data: [string, number | null][];
  connectNulls?: boolean;
  showSymbol?: boolean;
  sampling?: string;
  markArea?: { data: [{ xAxis: string }, { xAxis: string }][]; label: { formatter: string } };
}

describe('connectivity trends to-option', () => {
  const model = toModel(uptime, SPAN);

  it('lays every week of the span out, keeps gaps as null, orders groups by name from the data', () => {
    expect(model).toMatchObject({ measure: 'uptime', groupBy: 'programme', grain: 'week' });
    expect(model.periods).toEqual(['2023-12-25', '2024-01-01', '2024-01-08']);
    expect(model.partial).toEqual({ '2023-12-25': { from: '2023-12-27', to: '2023-12-31' } });
    expect(model.groups.map((g) => g.name)).toEqual([evil, 'Dumisake Internet Desa']);
    expect(model.groups[0]?.figures.map((f) => f?.value ?? null)).toEqual([97.25, null, 99]);
    expect(model.groups[0]?.figures[0]?.period).toBe('2023-12-27..2023-12-31');
    expect(isEmpty(model)).toBe(false);
    expect(isEmpty(toModel(weekly('uptime', 'programme', []), SPAN))).toBe(true);
  });

  it('finds ISO week starts and period starts', () => {
    expect(weekStart('2023-12-27')).toBe('2023-12-25');
    expect(weekStart('2024-01-07')).toBe('2024-01-01');
    expect(weekStart('2024-01-08')).toBe('2024-01-08');
    expect(periodsOf({ from: '2024-02-27', to: '2024-03-01' }, 'day')).toEqual([
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
  });

  it('draws time-axis lines with gaps, LTTB sampling and no symbols', () => {
    const option = toOption(model, ctx) as {
      series: LineSeries[];
      xAxis: { type: string; min: string; max: string };
      yAxis: { name: string; max?: number };
      aria: { enabled: boolean; label: { description: string } };
      animationDurationUpdate: number;
    };
    expect(option.aria).toEqual({ enabled: true, label: { description: 'desc' } });
    expect(option.animationDurationUpdate).toBeLessThanOrEqual(300);
    expect(option.xAxis).toMatchObject({ type: 'time', min: '2023-12-25', max: '2024-01-14' });
    expect(option.yAxis).toMatchObject({ name: '%', max: 100 });
    const lines = option.series.filter((s) => s.type === 'line');
    expect(lines.map((s) => s.name)).toEqual([evil, 'Dumisake Internet Desa']);
    for (const s of lines) expect(s).toMatchObject({ connectNulls: false, showSymbol: false, sampling: 'lttb' });
    expect(lines[0]?.data).toEqual([
      ['2023-12-25', 97.25],
      ['2024-01-01', null],
      ['2024-01-08', 99],
    ]);
    // The last week is complete here: nothing is shaded.
    expect(lines[0]?.markArea).toBeUndefined();
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

  it('shades and labels a last week cut short by the data date', () => {
    const short = toModel(uptime, { from: SPAN.from, to: '2024-01-10' });
    expect(short.partial['2024-01-08']).toEqual({ from: '2024-01-08', to: '2024-01-10' });
    const option = toOption(short, ctx) as { series: LineSeries[]; xAxis: { max: string } };
    expect(option.xAxis.max).toBe('2024-01-10');
    expect(option.series[0]?.markArea).toMatchObject({
      data: [[{ xAxis: '2024-01-08' }, { xAxis: '2024-01-10' }]],
      label: { formatter: 'belum lengkap' },
    });
  });

  it('ends the uptime axis on a tick at 100%, so no extra top label crowds the last one', () => {
    const low = toModel(
      weekly('uptime', 'programme', [
        ['2024-01-01', 'A', 81.4, ...W2],
        ['2024-01-08', 'A', 97.6, ...W3],
      ]),
      { from: '2024-01-01', to: '2024-01-14' },
    );
    for (const m of [model, low]) {
      const { min, max, interval } = (toOption(m, ctx) as { yAxis: { min: number; max: number; interval: number } })
        .yAxis;
      expect(max).toBe(100);
      const ticks = (100 - min) / interval;
      expect(Number.isInteger(ticks)).toBe(true);
      expect(ticks).toBeGreaterThanOrEqual(2);
      expect(ticks).toBeLessThanOrEqual(6);
      const lowest = Math.min(
        ...m.groups.flatMap((g) => g.figures.flatMap((f) => (f?.value == null ? [] : [f.value]))),
      );
      expect(min).toBeLessThanOrEqual(lowest);
    }
    expect((toOption(low, ctx) as { yAxis: unknown }).yAxis).toMatchObject({ min: 80, max: 100, interval: 5 });
  });

  it('names daily users per day, not a weekly sum, and leaves their axis unbounded', () => {
    const users = toModel(weekly('daily_users', 'technology', [['2024-01-01', 'VSAT', 1203.4, ...W2]]), SPAN);
    const option = toOption(users, { ...ctx, lang: 'en' }) as {
      yAxis: { name: string; max?: number };
      tooltip: { formatter: (p: unknown) => string };
    };
    expect(option.yAxis.name).toBe('users');
    expect(option.yAxis.max).toBeUndefined();
    expect(option.tooltip.formatter([{ value: ['2024-01-01', 1203.4] }])).toContain('VSAT: <b>1,203 users</b>');
  });

  it('escapes group names in the tooltip and labels a partial week', () => {
    const option = toOption(model, ctx) as { tooltip: { formatter: (p: unknown) => string } };
    const html = option.tooltip.formatter([{ seriesName: evil, value: ['2023-12-25', 97.25], marker: '' }]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;: <b>97,3%</b>');
    expect(html).not.toContain('<img');
    expect(html).toContain('<b>Minggu mulai 2023-12-25 (sebagian minggu: 27 Des 2023–31 Des 2023)</b>');
    expect(html).toContain('Dumisake Internet Desa: <b>90%</b>');
    // A gap reads as a dash, not as 0.
    expect(option.tooltip.formatter([{ value: ['2024-01-01', 91] }])).toContain('alert(1)&gt;: <b>–</b>');
  });

  it('opens the zoom on the last year of a long series, and on everything for a short one', () => {
    const long: TrendsModel = {
      ...model,
      span: { from: '2023-01-02', to: '2024-11-27' },
      periods: ['2023-01-02', '2023-11-20', '2023-11-27', '2024-11-25'],
    };
    expect(lastYearStart(long)).toBe('2023-11-27');
    const option = toOption(long, ctx) as {
      dataZoom: { type: string; startValue?: string; endValue?: string; start?: number }[];
    };
    expect(option.dataZoom.map((z) => [z.type, z.startValue, z.endValue])).toEqual([
      ['inside', '2023-11-27', '2024-11-27'],
      ['slider', '2023-11-27', '2024-11-27'],
    ]);
    expect(lastYearStart(model)).toBeNull();
    const short = toOption(model, ctx) as { dataZoom: { start?: number; end?: number }[] };
    expect(short.dataZoom[1]).toMatchObject({ start: 0, end: 100 });
  });

  it('presents the last year without zoom, paging or clickable legend (wall, briefing)', () => {
    // Four weeks over almost two years; the last year starts at the week of 27 Nov 2023 (data to 27 Nov 2024).
    const f = (week: string, value: number) =>
      [week, 'P', value, week, week] as [string, string, number, string, string];
    const long = toModel(
      weekly('uptime', 'programme', [
        f('2023-01-02', 90),
        f('2023-11-20', 91),
        f('2023-11-27', 92),
        f('2024-11-25', 93),
      ]),
      null,
    );
    const cut = lastYearOnly({ ...long, span: { from: '2023-01-02', to: '2024-11-27' } });
    expect(cut.periods).toEqual(['2023-11-27', '2024-11-25']);
    expect(cut.span).toEqual({ from: '2023-11-27', to: '2024-11-27' });
    expect(cut.groups.map((g) => g.figures.map((x) => x?.value ?? null))).toEqual([[92, 93]]);
    // A year or less is drawn whole.
    expect(lastYearOnly(model)).toBe(model);

    const option = toOption(cut, { ...ctx, present: true }) as {
      dataZoom?: unknown;
      legend: { type: string; selectedMode?: boolean };
      xAxis: { min: string };
      grid: { bottom: number };
    };
    expect(option.dataZoom).toBeUndefined();
    expect(option.legend).toMatchObject({ type: 'plain', selectedMode: false });
    expect(option.xAxis.min).toBe('2023-11-27');
    // The slider's room under the grid is given back.
    expect(option.grid.bottom).toBeLessThan((toOption(cut, ctx) as { grid: { bottom: number } }).grid.bottom);
  });

  it('finds points with no neighbour, and turns axis values back into calendar dates', () => {
    expect(isolatedPoints([1, null, 2, 3, null, 4])).toEqual([0, 5]);
    expect(isolatedPoints([null, 1, null])).toEqual([1]);
    expect(isolatedPoints([1, 2])).toEqual([]);
    expect(isoOfAxisValue(new Date(2023, 11, 27).getTime())).toBe('2023-12-27');
  });

  it('tables exactly the drawn figures with their attributes: one row per period, dashes for gaps', () => {
    const data = toModel(
      weekly('data_volume', 'programme', [
        ['2023-12-25', 'Dumisake Internet Desa', 5, ...W1],
        ['2024-01-01', 'Dumisake Internet Desa', 6, ...W2],
        ['2023-12-25', evil, 1234.5, ...W1],
      ]),
      SPAN,
    );
    const table = toTable(data, { ...ctx, periodColumn: 'Minggu mulai' });
    expect(table.columns.map((c) => c.label)).toEqual(['Minggu mulai', `${evil} (GB)`, 'Dumisake Internet Desa (GB)']);
    const text = (c: unknown) => (typeof c === 'string' ? c : (c as { text: string }).text);
    expect(table.rows.map((r) => r.cells.map(text))).toEqual([
      ['25 Des 2023 (sebagian minggu: 27 Des 2023–31 Des 2023)', '1.235', '5'],
      ['1 Jan 2024', '–', '6'],
      ['8 Jan 2024', '–', '–'],
    ]);
    expect(table.rows[1]?.cells[2]).toEqual({
      text: '6',
      attrs: {
        'data-indicator': 'data_volume',
        'data-period': '2024-01-01..2024-01-07',
        'data-scope': 'programme=Dumisake Internet Desa',
        'data-value': '6',
      },
    });
  });
});
