// The summary slide's sentences from hand-written figures: where the province stands against each target, the sites
// down, the projection with its range, the regencies furthest from their (dated) target, and what to decide — in
// Indonesian and English, for the usual case and the zero, one and many cases; and the attributes of each number.
import { describe, expect, it } from 'vitest';
import { registerMessages } from '../../i18n/i18n.ts';
import { briefing } from '../../i18n/views/briefing.ts';
import type { FigureRef } from '../../indicators/figure.ts';
import type { IndicatorId } from '../../indicators/types.ts';
import type { PlanFigures } from './narrative-programme.ts';
import { regencyGaps, type SummaryFigures, summaryNarrative } from './narrative-summary.ts';
import { rendered, texts } from './narrative-test-helpers.ts';

registerMessages('briefing', briefing);

const f = (indicator: IndicatorId, period: string, value: number | null, scope = ''): FigureRef => ({
  indicator,
  period,
  scope,
  value,
});
const NOW = '2026-01-01..2026-11-27';
const DAY = '2026-11-27';

const plan = (rows: [string, number, number, number][]): PlanFigures => ({
  installed: rows.map(([p, v]) => f('plan_installations', p, v)),
  planned: rows.map(([p, , v]) => f('planned_installations', p.slice(0, 4), v)),
  progress: rows.map(([p, , , v]) => f('plan_progress', p.slice(0, 4), v)),
});

const reg = (code: string, value: number) => f('blankspot_villages', NOW, value, `regency=${code}`);
const tgt = (year: number, code: string, value: number) =>
  f('blankspot_target', String(year), value, `regency=${code}`);

const NAMES = {
  '15.01': 'Kerinci',
  '15.02': 'Merangin',
  '15.03': 'Sarolangun',
  '15.04': 'Batanghari',
  '15.71': 'Kota Jambi',
};

// 2021–2025: 285 288 286 281 276 → least squares −2,5 desa/tahun ± 0,94 (projection.test.ts works it out); at the
// horizon 2035 the range is 241,5–264,9 villages: no zero by 2035.
const BASE: SummaryFigures = {
  blankspot: [
    f('blankspot_villages', '2021', 285),
    f('blankspot_villages', '2022', 288),
    f('blankspot_villages', '2023', 286),
    f('blankspot_villages', '2024', 281),
    f('blankspot_villages', '2025', 276),
    f('blankspot_villages', NOW, 268),
  ],
  target: [f('blankspot_target', '2025', 240), f('blankspot_target', '2026', 225)],
  plan: plan([
    ['2025', 3, 10, 30],
    [NOW, 2, 10, 20],
  ]),
  repeatersActive: f('repeaters_active', DAY, 6),
  repeatersPlanned: f('repeaters_planned', DAY, 16),
  repeaterProgress: f('repeater_progress', DAY, 37.5),
  sitesDown: f('sites_down', DAY, 13),
  // Gaps against the 2024 targets: Merangin +20, Sarolangun +15, Kerinci +10, Batanghari 0, Kota Jambi 0.
  regencyBlankspot: [reg('15.01', 59), reg('15.02', 80), reg('15.03', 53), reg('15.04', 10), reg('15.71', 0)],
  regencyTarget: [
    tgt(2023, '15.01', 49),
    tgt(2023, '15.02', 66),
    tgt(2023, '15.03', 43),
    tgt(2023, '15.04', 10),
    tgt(2023, '15.71', 0),
    tgt(2024, '15.01', 49),
    tgt(2024, '15.02', 60),
    tgt(2024, '15.03', 38),
    tgt(2024, '15.04', 10),
    tgt(2024, '15.71', 0),
  ],
  names: NAMES,
  sitesAsOf: DAY,
};

describe('summary narrative', () => {
  it('says where the province stands, the sites down, the outlook and the three regencies furthest from target', () => {
    const n = summaryNarrative(BASE);
    expect(texts(n.sentences)).toEqual({
      id: [
        'Desa tanpa sinyal seluler 2026 s.d. 27 Nov: 268, 43 di atas target akhir 2026 (225).',
        'Titik program terpasang 2026 s.d. 27 Nov: 2 dari rencana 10 titik (20%, jauh di bawah rencana).',
        'Repeater GSM aktif per 27 Nov 2026: 6 dari 16 unit dalam rencana (38%).',
        'Titik mati per 27 Nov 2026: 13 titik.',
        'Dengan laju 2021–2025, desa tanpa sinyal seluler belum habis sampai 2035: perkiraannya 242–265 desa pada tahun itu.',
        'Terjauh dari target desa tanpa sinyal seluler (2026 s.d. 27 Nov dibanding target terakhir untuk 2024): Merangin 80 desa, 20 di atas target (60), Sarolangun 53 desa, 15 di atas target (38), dan Kerinci 59 desa, 10 di atas target (49).',
      ],
      en: [
        'Villages without cellular signal, 2026 to 27 Nov: 268, 43 above the target for the end of 2026 (225).',
        'Programme sites installed, 2026 to 27 Nov: 2 of a plan of 10 (20%, well below plan).',
        'GSM repeaters active as of 27 Nov 2026: 6 of the 16 units in the plan (38%).',
        'Sites down as of 27 Nov 2026: 13 sites.',
        'At the pace of 2021–2025, villages without cellular signal remain in 2035: an estimated 242–265 villages that year.',
        'Furthest from the target for villages without cellular signal (2026 to 27 Nov against the last target, set for 2024): Merangin 80 villages, 20 above its target (60), Sarolangun 53 villages, 15 above its target (38) and Kerinci 59 villages, 10 above its target (49).',
      ],
    });
    expect(texts(n.decisions)).toEqual({
      id: [
        'Percepat pengurangan desa tanpa sinyal seluler (43 desa di atas target), dimulai di Merangin, Sarolangun, dan Kerinci.',
        'Kejar rencana pemasangan 2026 s.d. 27 Nov: baru 2 dari 10 titik program.',
        'Pulihkan 13 titik mati (per 27 Nov 2026).',
        'Aktifkan 10 unit repeater GSM yang belum aktif dari 16 unit dalam rencana.',
        'Tetapkan target kabupaten/kota yang baru: target terakhir untuk 2024.',
      ],
      en: [
        'Speed up the reduction of villages without cellular signal (43 villages above the target), starting in Merangin, Sarolangun and Kerinci.',
        'Catch up with the installation plan, 2026 to 27 Nov: 2 of 10 programme sites so far.',
        'Restore the 13 sites down (as of 27 Nov 2026).',
        'Activate the 10 GSM repeater units not yet active of the 16 in the plan.',
        'Set new regency targets: the last were set for 2024.',
      ],
    });
  });

  it('marks every number: a regency gap is a difference against its dated target, the range a derived count', () => {
    const n = summaryNarrative(BASE);
    const [, , , down, outlook, furthest] = n.sentences;
    expect(rendered(down)).toEqual([
      { text: '13', attrs: { indicator: 'sites_down', period: DAY, scope: '', value: '13' } },
    ]);
    expect(rendered(outlook)).toEqual([
      {
        text: '242',
        attrs: { 'count-of': 'projection-low:blankspot_villages', period: '2035', scope: '', value: '241.5' },
      },
      {
        text: '265',
        attrs: { 'count-of': 'projection-high:blankspot_villages', period: '2035', scope: '', value: '264.9' },
      },
    ]);
    expect(rendered(furthest).slice(0, 3)).toEqual([
      { text: '80', attrs: { indicator: 'blankspot_villages', period: NOW, scope: 'regency=15.02', value: '80' } },
      {
        text: '20',
        attrs: {
          'delta-of': 'blankspot_villages',
          period: NOW,
          scope: 'regency=15.02',
          'baseline-indicator': 'blankspot_target',
          'baseline-period': '2024',
          value: '20',
        },
      },
      { text: '60', attrs: { indicator: 'blankspot_target', period: '2024', scope: 'regency=15.02', value: '60' } },
    ]);
  });

  it('one regency above its target: names it alone; a target of the current year is not called old', () => {
    const n = summaryNarrative({
      ...BASE,
      regencyBlankspot: [reg('15.01', 49), reg('15.02', 61)],
      regencyTarget: [tgt(2026, '15.01', 49), tgt(2026, '15.02', 60)],
    });
    expect(texts([n.sentences[5] ?? { key: 'x', values: {} }])).toEqual({
      id: [
        'Terjauh dari target desa tanpa sinyal seluler (2026 s.d. 27 Nov dibanding target 2026): Merangin 61 desa, 1 di atas target (60).',
      ],
      en: [
        'Furthest from the target for villages without cellular signal (2026 to 27 Nov against the 2026 target): Merangin 61 villages, 1 above its target (60).',
      ],
    });
    expect(n.decisions.map((d) => d.key)).not.toContain('summary.decide.targetsOld');
  });

  it('zero regencies above target: every regency met its (old) target, said with its year', () => {
    const n = summaryNarrative({ ...BASE, regencyBlankspot: [reg('15.01', 40), reg('15.02', 60)] });
    expect(texts([n.sentences[5] ?? { key: 'x', values: {} }])).toEqual({
      id: ['Semua kabupaten/kota sudah mencapai target desa tanpa sinyal selulernya (target terakhir untuk 2024).'],
      en: ['Every regency has met its target for villages without cellular signal (the last target, set for 2024).'],
    });
  });

  it('ranks by the gap, ties by name, and names at most three', () => {
    const gaps = regencyGaps(
      {
        regencyBlankspot: [reg('15.01', 59), reg('15.02', 70), reg('15.03', 48), reg('15.04', 20)],
        regencyTarget: [tgt(2024, '15.01', 49), tgt(2024, '15.02', 60), tgt(2024, '15.03', 38), tgt(2024, '15.04', 10)],
        names: NAMES,
      },
      2024,
    );
    expect(gaps.map((g) => [g.name, g.gap])).toEqual([
      ['Batanghari', 10],
      ['Kerinci', 10],
      ['Merangin', 10],
      ['Sarolangun', 10],
    ]);
  });

  it('projection with a zero year in range, and none down, every target met: nothing to decide', () => {
    const n = summaryNarrative({
      ...BASE,
      // 50 42 30 22 10: zero between 2026 (fastest) and 2027 (slowest), central 2027 (projection.test.ts).
      blankspot: [
        f('blankspot_villages', '2021', 50),
        f('blankspot_villages', '2022', 42),
        f('blankspot_villages', '2023', 30),
        f('blankspot_villages', '2024', 22),
        f('blankspot_villages', '2025', 10),
        f('blankspot_villages', NOW, 8),
      ],
      target: [f('blankspot_target', '2026', 10)],
      plan: plan([[NOW, 12, 10, 120]]),
      repeatersActive: f('repeaters_active', DAY, 16),
      repeaterProgress: f('repeater_progress', DAY, 100),
      sitesDown: f('sites_down', DAY, 0),
      regencyBlankspot: [reg('15.01', 8)],
      regencyTarget: [tgt(2026, '15.01', 10)],
    });
    expect(texts(n.sentences).id.slice(3, 5)).toEqual([
      'Tidak ada titik mati per 27 Nov 2026.',
      'Dengan laju 2021–2025, desa tanpa sinyal seluler diperkirakan habis sekitar 2027 (rentang 2026–2027).',
    ]);
    expect(n.decisions).toEqual([]);
  });

  it('no sites_down figure, no regency target, no plan: those sentences are left out, not invented', () => {
    const n = summaryNarrative({
      ...BASE,
      sitesDown: null,
      regencyTarget: [],
      plan: { installed: [], planned: [], progress: [] },
    });
    expect(n.sentences.map((s) => s.key)).toEqual([
      'status.blankspotAbove',
      'summary.repeaters',
      'summary.projection.notReached',
    ]);
    expect(n.decisions.map((s) => s.key)).toEqual(['summary.decide.blankspot', 'summary.decide.repeaters']);
  });

  it('the last complete year already at zero: says so with its year', () => {
    const n = summaryNarrative({
      ...BASE,
      blankspot: [f('blankspot_villages', '2024', 3), f('blankspot_villages', '2025', 0)],
    });
    expect(texts(n.sentences).en).toContain('No village was without cellular signal at the end of 2025.');
  });
});
