// The targets slide's rows from hand-written plan figures: the province per year up to the data year (the current
// year labelled as incomplete), the regencies in one year sorted by progress, the regency plans added up beside the
// province plan, and tables whose numbers carry their attributes.
import { describe, expect, it } from 'vitest';
import type { FigureRef } from '../../indicators/figure.ts';
import type { IndicatorId } from '../../indicators/types.ts';
import { cellAttrs, cellText } from '../../ui/table-model.ts';
import { planTable, provinceRows, regencyRows, regencyTableExtras, toBars } from './targets-model.ts';

const f = (indicator: IndicatorId, period: string, value: number | null, scope = ''): FigureRef => ({
  indicator,
  period,
  scope,
  value,
});
const AS_OF = '2026-11-27';
const NOW = '2026-01-01..2026-11-27';
const LABELS = {
  key: 'Tahun',
  installed: 'Terpasang',
  planned: 'Rencana',
  percent: 'Capaian',
  class: 'Keterangan',
  variance: { met: 'memenuhi', near: 'sedikit di bawah', far: 'jauh di bawah', none: 'tidak ada rencana' },
};

const PROVINCE = {
  installed: [f('plan_installations', '2024', 83), f('plan_installations', NOW, 2)],
  planned: [
    f('planned_installations', '2024', 90),
    f('planned_installations', '2025', 10),
    f('planned_installations', '2026', 10),
    f('planned_installations', '2027', 12),
  ],
  progress: [f('plan_progress', '2024', 92.2), f('plan_progress', '2025', 0), f('plan_progress', '2026', 20)],
};

describe('targets rows', () => {
  it('per year up to the data year: a year with a plan and no installation shows 0 as its figure', () => {
    const rows = provinceRows(PROVINCE, AS_OF, 'id');
    expect(toBars(rows)).toEqual([
      { key: '2024', label: '2024', installed: 83, planned: 90, percent: 92.2, variance: 'near' },
      { key: '2025', label: '2025', installed: 0, planned: 10, percent: 0, variance: 'far' },
      { key: '2026', label: '2026 s.d. 27 Nov', installed: 2, planned: 10, percent: 20, variance: 'far' },
    ]);
    expect(rows[1]?.installed).toEqual(f('plan_installations', '2025', 0));
    const table = planTable(rows, LABELS, 'id');
    expect(table.rows.map((r) => r.cells.map(cellText))).toEqual([
      ['2024', '83', '90', '92%', 'sedikit di bawah'],
      ['2025', '0', '10', '0%', 'jauh di bawah'],
      ['2026 s.d. 27 Nov', '2', '10', '20%', 'jauh di bawah'],
    ]);
    expect(cellAttrs(table.rows[2]?.cells[1] ?? '')).toEqual({
      'data-indicator': 'plan_installations',
      'data-period': NOW,
      'data-scope': '',
      'data-value': '2',
    });
  });

  it('per regency: lowest progress first, no plan last; the regency plans added up beside the province', () => {
    const r = (c: string) => `regency=${c}`;
    const plan = {
      installed: [f('plan_installations', '2024', 17, r('15.01')), f('plan_installations', '2024', 6, r('15.03'))],
      planned: [
        f('planned_installations', '2024', 17, r('15.01')),
        f('planned_installations', '2024', 11, r('15.03')),
        f('planned_installations', '2024', 0, r('15.71')),
      ],
      progress: [
        f('plan_progress', '2024', 100, r('15.01')),
        f('plan_progress', '2024', 54.5, r('15.03')),
        f('plan_progress', '2024', null, r('15.71')),
      ],
    };
    const regencies = [
      { code: '15.01', name: 'Kerinci' },
      { code: '15.03', name: 'Sarolangun' },
      { code: '15.71', name: 'Kota Jambi' },
      { code: '15.72', name: 'Kota Sungai Penuh' },
    ];
    const rows = regencyRows(plan, 2024, regencies, AS_OF);
    const extras = regencyTableExtras(
      PROVINCE,
      [f('planned_installations', '2024', 80, 'regency=15.01|15.03|15.71|15.72')],
      2024,
      { sum: 'Jumlah rencana kabupaten/kota', province: 'Provinsi Jambi' },
      AS_OF,
    );
    const table = planTable(rows, { ...LABELS, key: 'Kabupaten/kota' }, 'id', extras);
    expect(table.rows.map((x) => x.cells.map(cellText))).toEqual([
      ['Sarolangun', '6', '11', '55%', 'jauh di bawah'],
      ['Kerinci', '17', '17', '100%', 'memenuhi'],
      ['Kota Jambi', '0', '0', '–', 'tidak ada rencana'],
      ['Kota Sungai Penuh', '–', '–', '–', 'tidak ada rencana'],
      ['Jumlah rencana kabupaten/kota', '–', '80', '–', ''],
      ['Provinsi Jambi', '83', '90', '92%', 'sedikit di bawah'],
    ]);
    expect(cellAttrs(table.rows[2]?.cells[1] ?? '')).toEqual({
      'data-indicator': 'plan_installations',
      'data-period': '2024',
      'data-scope': 'regency=15.71',
      'data-value': '0',
    });
    expect(toBars(rows).map((b) => [b.label, b.variance])).toEqual([
      ['Sarolangun', 'far'],
      ['Kerinci', 'met'],
      ['Kota Jambi', 'none'],
      ['Kota Sungai Penuh', 'none'],
    ]);
  });
});
