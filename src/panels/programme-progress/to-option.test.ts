// Pure figures → model → option/table, on inline figures (hand-written numbers), without a DOM.
import type { FigureSet } from '../../coordinator/use-figures.ts';
import type { Row } from '../../data/rows.ts';
import { NO_FILTERS } from '../../filters/filters.ts';
import { resolve } from '../../indicators/catalog.ts';
import { toFigures } from '../../indicators/results.ts';
import type { Breakdown, DateRange, IndicatorId } from '../../indicators/types.ts';
import { cellAttrs, cellText } from '../../ui/table-model.ts';
import { isEmpty, toModel, toOption, toTable } from './to-option.ts';

const AS_OF = '2026-11-27';
const HOSTILE = '<img src=x onerror=alert(1)>';

function set(indicator: IndicatorId, by: Breakdown[], rows: Row[], range?: DateRange): FigureSet {
  const request = resolve({ indicator, filters: NO_FILTERS, by, ...(range ? { range } : {}) });
  return { request, figures: toFigures(request, rows, AS_OF) };
}

const plan = (year: number, value: number) => ({
  year,
  value,
  period_from: `${year}-01-01`,
  period_to: `${year}-12-31`,
});

// 2024: 80 Dumisake Internet Desa + 3 repeaters of a plan of 90; 2025: 3 repeaters of 10; 2026 so far: nothing of 10.
const sets = {
  byProgramme: set(
    'plan_installations',
    ['year', 'programme'],
    [
      { year: 2024, programme: 'Dumisake Internet Desa', value: 80 },
      { year: 2024, programme: HOSTILE, value: 3 },
      { year: 2025, programme: HOSTILE, value: 3 },
    ],
  ),
  byYear: set(
    'plan_installations',
    ['year'],
    [
      { year: 2024, value: 83 },
      { year: 2025, value: 3 },
    ],
  ),
  planned: set('planned_installations', ['year'], [plan(2024, 90), plan(2025, 10), plan(2026, 10)]),
  progress: set(
    'plan_progress',
    ['year'],
    [
      { year: 2024, value: (100 * 83) / 90, numerator: 83, denominator: 90 },
      { year: 2025, value: 30, numerator: 3, denominator: 10 },
      { year: 2026, value: 0, numerator: 0, denominator: 10 },
    ],
  ),
  cumulative: set('plan_installations', [], [{ value: 86 }], { from: '2024-01-01', to: AS_OF }),
  plannedCumulative: set(
    'planned_installations',
    [],
    [{ value: 110, period_from: '2024-01-01', period_to: '2026-12-31' }],
    {
      from: '2024-01-01',
      to: AS_OF,
    },
  ),
};

const ctx = {
  lang: 'id' as const,
  ofPlan: (a: string, b: string) => `${a} dari ${b}`,
  planLabel: 'Rencana',
  totalLabel: 'Terpasang',
  ariaDescription: 'desc',
  present: true,
};

describe('programme-progress to-option', () => {
  const model = toModel(sets, AS_OF);

  it('one row per year of the plan or of installations; a programme without sites that year is a real 0', () => {
    // Sorted by name ('<' before 'D').
    expect(model.programmes).toEqual([HOSTILE, 'Dumisake Internet Desa']);
    expect(model.years.map((y) => [y.period, y.installed.value, y.plan?.value ?? null])).toEqual([
      ['2024', 83, 90],
      ['2025', 3, 10],
      // No installation in 2026 so far: 0 for the year so far, against the whole year's plan.
      ['2026-01-01..2026-11-27', 0, 10],
    ]);
    expect(model.years[1]?.byProgramme['Dumisake Internet Desa']).toEqual({
      indicator: 'plan_installations',
      period: '2025',
      scope: 'programme=Dumisake Internet Desa',
      value: 0,
    });
    expect(model.years[2]?.installed).toEqual({
      indicator: 'plan_installations',
      period: '2026-01-01..2026-11-27',
      scope: '',
      value: 0,
    });
    expect(isEmpty(model)).toBe(false);
    expect(
      isEmpty(
        toModel(
          {
            ...sets,
            byYear: set('plan_installations', ['year'], []),
            planned: set('planned_installations', ['year'], []),
          },
          AS_OF,
        ),
      ),
    ).toBe(true);
  });

  it('bars stacked by programme, the plan as an outline with "installed dari plan" on top', () => {
    const option = toOption(model, ctx) as unknown as {
      xAxis: { data: string[] };
      series: {
        name: string;
        stack?: string;
        barGap?: string;
        data: unknown[];
        label?: { formatter: (p: unknown) => string };
      }[];
      tooltip: { formatter: (p: unknown) => string };
    };
    expect(option.xAxis.data).toEqual(['2024', '2025', '2026 s.d. 27 Nov']);
    const stacked = option.series.filter((s) => s.stack === 'installed');
    expect(stacked.map((s) => [s.name, s.data])).toEqual([
      [HOSTILE, [3, 3, 0]],
      ['Dumisake Internet Desa', [80, 0, 0]],
    ]);
    const planSeries = option.series.find((s) => s.name === 'Rencana');
    expect(planSeries?.data).toEqual([90, 10, 10]);
    expect(planSeries?.barGap).toBe('-100%');
    expect([0, 1, 2].map((dataIndex) => planSeries?.label?.formatter({ dataIndex }))).toEqual([
      '83 dari 90',
      '3 dari 10',
      '0 dari 10',
    ]);
    // A programme name from the data is escaped in the tooltip's HTML.
    const html = option.tooltip.formatter([{ dataIndex: 0 }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;: <b>3</b>');
    expect(html).toContain('92%');
  });

  it('the table: every figure drawn with its attributes, and the since-the-plan-began pair last', () => {
    const table = toTable(model, {
      ...ctx,
      yearLabel: 'Tahun',
      progressLabel: 'Capaian',
      sinceLabel: (y) => `Sejak ${y}`,
    });
    expect(table.columns.map((c) => c.label)).toEqual([
      'Tahun',
      HOSTILE,
      'Dumisake Internet Desa',
      'Terpasang',
      'Rencana',
      'Capaian',
    ]);
    expect(table.rows.map((r) => r.cells.map(cellText))).toEqual([
      ['2024', '3', '80', '83', '90', '92%'],
      ['2025', '3', '0', '3', '10', '30%'],
      ['2026 s.d. 27 Nov', '0', '0', '0', '10', '0%'],
      ['Sejak 2024 (1 Jan 2024–27 Nov 2026)', '–', '–', '86', '110', '–'],
    ]);
    const since = table.rows[3]?.cells ?? [];
    expect(cellAttrs(since[3] ?? '')).toMatchObject({
      'data-indicator': 'plan_installations',
      'data-period': '2024-01-01..2026-11-27',
    });
    expect(cellAttrs(since[4] ?? '')).toMatchObject({
      'data-indicator': 'planned_installations',
      'data-period': '2024..2026',
    });
    expect(cellAttrs(table.rows[0]?.cells[1] ?? '')).toMatchObject({
      'data-scope': `programme=${HOSTILE}`,
      'data-value': '3',
    });
  });
});
