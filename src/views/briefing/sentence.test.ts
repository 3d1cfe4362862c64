// Rendering a sentence: text runs and numbers, each number with the data-* attributes that say what it is — also
// inside joined phrases ("6 aktif, 2 offline, dan 2 masih direncanakan") — and the slide's table of those numbers.
import { describe, expect, it } from 'vitest';
import { i18n, registerMessages } from '../../i18n/i18n.ts';
import { briefing } from '../../i18n/views/briefing.ts';
import { cellAttrs, cellText } from '../../ui/table-model.ts';
import { type Sentence, sentenceParts } from './sentence.ts';
import { factsTable } from './slide-shell.tsx';

registerMessages('briefing', briefing);

const AS_OF = '2026-11-27';
const units: Sentence = {
  key: 'repeaters.units',
  values: {
    total: { kind: 'figure', ref: { indicator: 'repeaters_planned', period: AS_OF, scope: '', value: 10 } },
    breakdown: {
      kind: 'phrases',
      value: [
        {
          key: 'repeaters.part',
          values: {
            n: {
              kind: 'figure',
              ref: { indicator: 'repeaters_planned', period: AS_OF, scope: 'status=active', value: 8 },
            },
            status: { kind: 'term', key: 'status.active' },
          },
        },
        {
          key: 'repeaters.part',
          values: {
            n: {
              kind: 'figure',
              ref: { indicator: 'repeaters_planned', period: AS_OF, scope: 'status=planned', value: 2 },
            },
            status: { kind: 'term', key: 'status.planned' },
          },
        },
      ],
    },
  },
};

describe('sentence parts', () => {
  it('keep the attributes of figures inside joined phrases, in the list’s own words', () => {
    const parts = sentenceParts(units, i18n.getFixedT('id'), 'id');
    expect(parts.map((p) => [p.text, p.attrs?.['data-scope'] ?? null])).toEqual([
      ['Dari ', null],
      ['10', ''],
      [' unit repeater GSM dalam rencana: ', null],
      ['8', 'status=active'],
      [' ', null],
      ['aktif', null],
      [' dan ', null],
      ['2', 'status=planned'],
      [' ', null],
      ['masih direncanakan', null],
      ['.', null],
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(
      'Dari 10 unit repeater GSM dalam rencana: 8 aktif dan 2 masih direncanakan.',
    );
    const en = sentenceParts(units, i18n.getFixedT('en'), 'en')
      .map((p) => p.text)
      .join('');
    expect(en).toBe('Of the 10 GSM repeater units in the plan: 8 active and 2 still planned.');
  });

  it('list each number of the narrative once in the slide’s table, with its indicator, period and area', () => {
    const diff: Sentence = {
      key: 'blankspot.change.down',
      values: {
        delta: {
          kind: 'delta',
          delta: {
            of: 'blankspot_villages',
            period: '2026-01-01..2026-11-27',
            scope: 'regency=15.02',
            baselineIndicator: 'blankspot_villages',
            baselinePeriod: '2025',
            value: -1,
          },
        },
        baseline: { kind: 'baseline', rule: 'previous-complete' },
        previousPeriod: { kind: 'period', code: '2025' },
        previous: {
          kind: 'figure',
          ref: { indicator: 'blankspot_villages', period: '2025', scope: 'regency=15.02', value: 53 },
        },
      },
    };
    const table = factsTable([units, diff, units], i18n.getFixedT('id'), 'id', { '15.02': 'Merangin' });
    expect(table.rows.map((r) => r.cells.map(cellText))).toEqual([
      ['Unit repeater GSM dalam rencana', '27 Nov 2026', 'Provinsi Jambi', '10'],
      ['Unit repeater GSM dalam rencana', '27 Nov 2026', 'aktif', '8'],
      ['Unit repeater GSM dalam rencana', '27 Nov 2026', 'masih direncanakan', '2'],
      ['Selisih Desa blankspot terhadap Desa blankspot (2025)', '2026 s.d. 27 Nov', 'Merangin', '−1'],
      ['Desa tanpa sinyal seluler (blankspot)', '2025', 'Merangin', '53'],
    ]);
    expect(cellAttrs(table.rows[4]?.cells[3] ?? '')).toEqual({
      'data-indicator': 'blankspot_villages',
      'data-period': '2025',
      'data-scope': 'regency=15.02',
      'data-value': '53',
    });
  });
});
