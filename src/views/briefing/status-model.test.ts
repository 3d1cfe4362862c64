// The status slide's figure cards and its table of published figures, from hand-written figures: what each card
// says (value, period, change with its baseline, target) and that every number carries its attributes.
import { describe, expect, it } from 'vitest';
import { i18n, registerMessages } from '../../i18n/i18n.ts';
import { briefing } from '../../i18n/views/briefing.ts';
import type { FigureRef } from '../../indicators/figure.ts';
import type { Comparison } from '../../indicators/listings/published-figures.ts';
import type { IndicatorId } from '../../indicators/types.ts';
import { cellAttrs, cellText } from '../../ui/table-model.ts';
import { sentenceText } from './sentence.ts';
import { type FigureCardModel, publishedTable, reportedDate, statusCards } from './status-model.ts';

registerMessages('briefing', briefing);

const f = (indicator: IndicatorId, period: string, value: number | null, scope = ''): FigureRef => ({
  indicator,
  period,
  scope,
  value,
});
const NOW = '2026-01-01..2026-11-27';
const AS_OF = '2026-11-27';
const line = (s: FigureCardModel['basis'] | undefined) => (s ? sentenceText(s, i18n.getFixedT('id'), 'id') : null);

const FIGURES = {
  blankspot: [f('blankspot_villages', '2025', 276), f('blankspot_villages', NOW, 268)],
  target: [f('blankspot_target', '2026', 225)],
  plan: {
    installed: [f('plan_installations', NOW, 2)],
    planned: [f('planned_installations', '2026', 10), f('planned_installations', '2027', 10)],
    progress: [f('plan_progress', '2026', 20)],
  },
  uptime: f('uptime', '2026-10-29..2026-11-27', 93.12),
  uptimePrevious: f('uptime', '2026-09-29..2026-10-28', 96.4),
  repeatersActive: f('repeaters_active', AS_OF, 6),
  repeatersPlanned: f('repeaters_planned', AS_OF, 10),
  repeaterProgress: f('repeater_progress', AS_OF, 60),
  sitesAsOf: AS_OF,
};

describe('status cards', () => {
  it('show the overview’s indicators and periods, each change with its baseline', () => {
    const cards = statusCards(FIGURES, 'id');
    expect(
      cards.map((c) => ({
        id: c.id,
        label: c.label,
        value: c.value && [c.value.indicator, c.value.period, c.value.value],
        context: line(c.context),
        change: line(c.change?.sentence),
        trend: c.change?.trend ?? null,
        sentiment: c.change?.sentiment ?? null,
        basis: line(c.basis),
        note: line(c.note),
      })),
    ).toEqual([
      {
        id: 'blankspot',
        label: 'Desa blankspot',
        value: ['blankspot_villages', NOW, 268],
        context: '2026 s.d. 27 Nov',
        change: 'turun 8',
        trend: 'down',
        sentiment: 'good',
        basis: 'dibanding periode lengkap sebelumnya (2025: 276)',
        note: 'target akhir 2026: 225 (43 di atas)',
      },
      {
        id: 'plan',
        label: 'Capaian rencana',
        // The plan of the data's year (2026), not the later plan of 2027.
        value: ['plan_progress', '2026', 20],
        context: '2 dari rencana 10 titik program, 2026 s.d. 27 Nov',
        change: 'jauh di bawah rencana',
        trend: null,
        sentiment: 'bad',
        basis: 'dibanding rencana/target',
        note: null,
      },
      {
        id: 'uptime',
        label: 'Uptime',
        value: ['uptime', '2026-10-29..2026-11-27', 93.12],
        context: '29 Okt 2026–27 Nov 2026',
        change: 'turun 3,3 poin',
        trend: 'down',
        sentiment: 'bad',
        basis: 'dibanding rentang sebelumnya yang sama panjang (29 Sep 2026–28 Okt 2026: 96,4%)',
        note: null,
      },
      {
        id: 'repeaters',
        label: 'Repeater aktif',
        value: ['repeaters_active', AS_OF, 6],
        context: 'dari 10 unit dalam rencana (60%)',
        change: null,
        trend: null,
        sentiment: null,
        basis: 'per 27 Nov 2026',
        note: null,
      },
    ]);
  });

  it('leave out what has no figure and say when there is nothing to compare with', () => {
    const cards = statusCards(
      {
        ...FIGURES,
        blankspot: [f('blankspot_villages', NOW, 268)],
        target: [],
        plan: {
          installed: [],
          planned: [f('planned_installations', '2026', 10)],
          progress: [f('plan_progress', '2026', 0)],
        },
        uptime: null,
        repeatersActive: null,
      },
      'en',
    );
    expect(cards.map((c) => [c.id, line(c.change?.sentence), line(c.basis), line(c.note)])).toEqual([
      ['blankspot', null, 'belum ada periode pembanding', null],
      ['plan', 'jauh di bawah rencana', 'dibanding rencana/target', null],
    ]);
    expect(line(cards[1]?.context)).toBe('belum ada titik program terpasang dari rencana 10, 2026 s.d. 27 Nov');
  });
});

const row = (indicator: string, period: string, value: number, unit: string, published = '2023-05') => ({
  indicator,
  period,
  value,
  unit,
  subject: `${indicator} reported`,
  producer: 'Dinas Kominfo Provinsi Jambi',
  published,
  sourceTitle: 'Republika',
  source: null,
});

const LABELS = {
  subject: 'S',
  period: 'P',
  publishedValue: 'PV',
  producer: 'Pr',
  indicator: 'I',
  dashboardValue: 'D',
  difference: 'Δ',
  otherPeriod: 'periode lain',
  noFigure: 'tidak ada',
  notInCatalog: 'bukan indikator katalog',
};

describe('published figures table', () => {
  it('puts the dashboard’s figure beside the published one, with the difference only for the same period', () => {
    const comparisons: Comparison[] = [
      {
        row: row('blankspot_villages', '2022', 285, 'villages', '2022-10'),
        indicator: 'blankspot_villages',
        figure: f('blankspot_villages', '2022', 291),
        samePeriod: true,
        difference: 6,
      },
      {
        row: row('blankspot_villages', '2023-05', 180, 'villages'),
        indicator: 'blankspot_villages',
        figure: f('blankspot_villages', '2023', 283),
        samePeriod: false,
        difference: null,
      },
      {
        row: row('villages_4g_share', '2021', 79.38, '% of villages', '2022-08-11'),
        indicator: 'villages_4g_share',
        figure: f('villages_4g_share', '2021', 80.01),
        samePeriod: true,
        difference: 0.63,
      },
      {
        row: row('plan_installations', '2024-05', 10, 'points'),
        indicator: 'plan_installations',
        figure: null,
        samePeriod: false,
        difference: null,
      },
      {
        row: row('towers', '2021', 1, 'towers'),
        indicator: null,
        figure: null,
        samePeriod: false,
        difference: null,
      },
    ];
    const table = publishedTable(comparisons, LABELS, 'id');
    expect(table.rows.map((r) => r.cells.map(cellText))).toEqual([
      [
        'blankspot_villages reported',
        '2022',
        '285 villages',
        'Dinas Kominfo Provinsi Jambi · Okt 2022',
        'Desa blankspot',
        '291 desa',
        '+6',
      ],
      [
        'blankspot_villages reported',
        'Mei 2023',
        '180 villages',
        'Dinas Kominfo Provinsi Jambi · Mei 2023',
        'Desa blankspot',
        '283 desa (2023)',
        'periode lain',
      ],
      [
        'villages_4g_share reported',
        '2021',
        '79,38 % of villages',
        'Dinas Kominfo Provinsi Jambi · 11 Agu 2022',
        '% desa 4G',
        '80%',
        '+0,6',
      ],
      [
        'plan_installations reported',
        'Mei 2024',
        '10 points',
        'Dinas Kominfo Provinsi Jambi · Mei 2023',
        'Titik program',
        'tidak ada',
        '–',
      ],
      [
        'towers reported',
        '2021',
        '1 towers',
        'Dinas Kominfo Provinsi Jambi · Mei 2023',
        'bukan indikator katalog',
        '–',
        '–',
      ],
    ]);
    const first = table.rows[0]?.cells ?? [];
    expect(cellAttrs(first[2] ?? '')).toEqual({
      'data-published-indicator': 'blankspot_villages',
      'data-period': '2022',
      'data-producer': 'Dinas Kominfo Provinsi Jambi',
      'data-value': '285',
    });
    expect(cellAttrs(first[5] ?? '')).toEqual({
      'data-indicator': 'blankspot_villages',
      'data-period': '2022',
      'data-scope': '',
      'data-value': '291',
    });
    expect(cellAttrs(first[6] ?? '')).toMatchObject({ 'data-delta-of': 'blankspot_villages', 'data-value': '6' });
  });

  it('writes reported dates and periods as a reader expects', () => {
    expect(['2022-07', '2023-12-27', '2024', '2022..2024'].map((d) => reportedDate(d, 'id'))).toEqual([
      'Jul 2022',
      '27 Des 2023',
      '2024',
      '2022–2024',
    ]);
    expect(reportedDate('2022-07', 'en')).toBe('Jul 2022');
  });
});
