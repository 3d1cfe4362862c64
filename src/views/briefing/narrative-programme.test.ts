// The programme narratives (status, targets, regency spotlight) from hand-written figures: exact sentences in
// Indonesian and English for the usual case and the zero, one, many, missing and tied cases, and the attributes
// each number carries.
import { describe, expect, it } from 'vitest';
import { registerMessages } from '../../i18n/i18n.ts';
import { briefing } from '../../i18n/views/briefing.ts';
import type { FigureRef } from '../../indicators/figure.ts';
import type { IndicatorId } from '../../indicators/types.ts';
import {
  type PlanFigures,
  type SpotlightFigures,
  type StatusFigures,
  spotlightNarrative,
  statusNarrative,
  type TargetsFigures,
  targetsNarrative,
} from './narrative-programme.ts';
import { rendered, texts } from './narrative-test-helpers.ts';

registerMessages('briefing', briefing);

const f = (indicator: IndicatorId, period: string, value: number | null, scope = ''): FigureRef => ({
  indicator,
  period,
  scope,
  value,
});
const NOW = '2026-01-01..2026-11-27';
const AS_OF = '2026-11-27';

const plan = (rows: [string, number | null, number | null, number | null][], scope = ''): PlanFigures => ({
  installed: rows.filter((r) => r[1] !== null).map(([p, v]) => f('plan_installations', p, v, scope)),
  planned: rows.filter((r) => r[2] !== null).map(([p, , v]) => f('planned_installations', p.slice(0, 4), v, scope)),
  progress: rows.filter((r) => r[2] !== null).map(([p, , , v]) => f('plan_progress', p.slice(0, 4), v, scope)),
});

const STATUS: StatusFigures = {
  blankspot: [
    f('blankspot_villages', '2024', 281),
    f('blankspot_villages', '2025', 276),
    f('blankspot_villages', NOW, 268),
  ],
  target: [f('blankspot_target', '2025', 240), f('blankspot_target', '2026', 225)],
  plan: plan([
    ['2025', 3, 10, 30],
    [NOW, 2, 10, 20],
  ]),
  uptime: f('uptime', '2026-10-29..2026-11-27', 93.12),
  uptimePrevious: f('uptime', '2026-09-29..2026-10-28', 96.4),
  sitesAsOf: AS_OF,
};

describe('status narrative', () => {
  it('states blankspots against the target and the previous complete year, the plan, and uptime against 30 days', () => {
    expect(texts(statusNarrative(STATUS))).toEqual({
      id: [
        'Desa tanpa sinyal seluler 2026 s.d. 27 Nov: 268, 43 di atas target akhir 2026 (225).',
        'Jumlah itu turun 8 dibanding periode lengkap sebelumnya (2025: 276).',
        'Titik program terpasang 2026 s.d. 27 Nov: 2 dari rencana 10 titik (20%, jauh di bawah rencana).',
        'Uptime rata-rata 29 Okt 2026–27 Nov 2026: 93,1%, turun 3,3 poin dibanding rentang sebelumnya yang sama panjang (29 Sep 2026–28 Okt 2026: 96,4%).',
      ],
      en: [
        'Villages without cellular signal, 2026 to 27 Nov: 268, 43 above the target for the end of 2026 (225).',
        'That is down 8 against the previous complete period (2025: 276).',
        'Programme sites installed, 2026 to 27 Nov: 2 of a plan of 10 (20%, well below plan).',
        'Mean uptime 29 Oct 2026–27 Nov 2026: 93.1%, down 3.3 points against the previous window of the same length (29 Sept 2026–28 Oct 2026: 96.4%).',
      ],
    });
  });

  it('marks every number with what it is: figures, differences with their baseline, periods', () => {
    const [first, second] = statusNarrative(STATUS);
    expect(rendered(first)).toEqual([
      { text: '268', attrs: { indicator: 'blankspot_villages', period: NOW, scope: '', value: '268' } },
      {
        text: '43',
        attrs: {
          'delta-of': 'blankspot_villages',
          period: NOW,
          scope: '',
          'baseline-indicator': 'blankspot_target',
          'baseline-period': '2026',
          value: '43',
        },
      },
      { text: '225', attrs: { indicator: 'blankspot_target', period: '2026', scope: '', value: '225' } },
    ]);
    expect(rendered(second).map((p) => [p.text, p.attrs['delta-of'] ?? p.attrs.indicator, p.attrs.value])).toEqual([
      ['8', 'blankspot_villages', '-8'],
      ['276', 'blankspot_villages', '276'],
    ]);
  });

  it('says what is missing: no coverage, no target, no previous complete year, no plan, no telemetry', () => {
    const out = statusNarrative({
      blankspot: [],
      target: [],
      plan: plan([]),
      uptime: null,
      uptimePrevious: null,
      sitesAsOf: AS_OF,
    });
    expect(texts(out)).toEqual({
      id: [
        'Data cakupan sinyal belum tersedia.',
        'Belum ada rencana pemasangan tingkat provinsi.',
        'Belum ada telemetri titik layanan.',
      ],
      en: [
        'Coverage data are not available yet.',
        'No province installation plan has been set.',
        'There is no site telemetry yet.',
      ],
    });
    const noTarget = statusNarrative({
      ...STATUS,
      blankspot: [f('blankspot_villages', NOW, 1)],
      target: [],
      plan: plan([[NOW, null, 10, 0]]),
      uptimePrevious: null,
    });
    expect(texts(noTarget)).toEqual({
      id: [
        'Desa tanpa sinyal seluler 2026 s.d. 27 Nov: 1; belum ada target untuk tahun itu.',
        'Belum ada periode lengkap sebelumnya sebagai pembanding.',
        'Belum ada titik program terpasang 2026 s.d. 27 Nov dari rencana 10 titik.',
        'Uptime rata-rata 29 Okt 2026–27 Nov 2026: 93,1%; belum ada data rentang sebelumnya sebagai pembanding.',
      ],
      en: [
        'Villages without cellular signal, 2026 to 27 Nov: 1; no target was set for that year.',
        'There is no earlier complete period to compare with yet.',
        'No programme site installed yet, 2026 to 27 Nov, of a plan of 10.',
        'Mean uptime 29 Oct 2026–27 Nov 2026: 93.1%; there are no data for the window before to compare with.',
      ],
    });
  });

  it('says when the target is met and when nothing changed (a change that rounds to zero is none)', () => {
    const out = statusNarrative({
      ...STATUS,
      blankspot: [f('blankspot_villages', '2025', 225), f('blankspot_villages', NOW, 225)],
      uptime: f('uptime', '2026-10-29..2026-11-27', 96.42),
      uptimePrevious: f('uptime', '2026-09-29..2026-10-28', 96.38),
    });
    expect(texts(out).id).toEqual([
      'Desa tanpa sinyal seluler 2026 s.d. 27 Nov: 225, sudah mencapai target akhir 2026 (225).',
      'Jumlah itu tidak berubah dibanding periode lengkap sebelumnya (2025: 225).',
      'Titik program terpasang 2026 s.d. 27 Nov: 2 dari rencana 10 titik (20%, jauh di bawah rencana).',
      'Uptime rata-rata 29 Okt 2026–27 Nov 2026: 96,4%, tidak berubah dibanding rentang sebelumnya yang sama panjang (29 Sep 2026–28 Okt 2026: 96,4%).',
    ]);
    expect(texts(out).en[1]).toBe('That is unchanged against the previous complete period (2025: 225).');
  });

  it('compares an incomplete year with the last complete year, never with itself', () => {
    // 2025 is missing: the previous complete period is 2024.
    const out = statusNarrative({
      ...STATUS,
      blankspot: [f('blankspot_villages', '2024', 260), f('blankspot_villages', NOW, 268)],
    });
    expect(texts(out).id[1]).toBe('Jumlah itu naik 8 dibanding periode lengkap sebelumnya (2024: 260).');
    expect(texts(out).en[1]).toBe('That is up 8 against the previous complete period (2024: 260).');
  });
});

const NAMES = {
  '15.01': 'Kerinci',
  '15.02': 'Merangin',
  '15.03': 'Sarolangun',
  '15.71': 'Kota Jambi',
  '15.72': 'Kota Sungai Penuh',
};
const r = (code: string) => `regency=${code}`;

/** Regency rows of 2024: [code, installed, planned, progress]. */
function regencies(rows: [string, number | null, number | null, number | null][]): PlanFigures {
  return {
    installed: rows.filter((x) => x[1] !== null).map(([c, v]) => f('plan_installations', '2024', v, r(c))),
    planned: rows.filter((x) => x[2] !== null).map(([c, , v]) => f('planned_installations', '2024', v, r(c))),
    progress: rows.filter((x) => x[2] !== null).map(([c, , , v]) => f('plan_progress', '2024', v, r(c))),
  };
}

const TARGETS: TargetsFigures = {
  province: plan([
    ['2024', 83, 90, 92.2],
    ['2025', 3, 10, 30],
  ]),
  regencies: regencies([
    ['15.01', 17, 17, 100],
    ['15.02', 17, 20, 85],
    ['15.03', 6, 11, 54.5],
    ['15.71', null, 0, null],
    ['15.72', 1, 1, 100],
  ]),
  regencyPlanSum: [f('planned_installations', '2024', 80, 'regency=15.01|15.02|15.03|15.71|15.72')],
  names: NAMES,
  sitesAsOf: AS_OF,
};

describe('targets narrative', () => {
  it('states the province plan, why the regency plans add up to less, and progress per regency', () => {
    expect(texts(targetsNarrative(TARGETS))).toEqual({
      id: [
        'Pada 2024 terpasang 83 titik program dari rencana provinsi 90 titik (92%, sedikit di bawah rencana).',
        'Rencana kabupaten/kota 2024 berjumlah 80 titik, 10 lebih sedikit dari rencana provinsi (90): selisih itu tidak dialokasikan per kabupaten/kota, seperti unit repeater GSM.',
        'Pada 2024, 2 dari 4 kabupaten/kota dengan rencana pemasangan memenuhi rencananya.',
        'Capaian terendah: Sarolangun, 6 dari rencana 11 titik (55%, jauh di bawah rencana).',
      ],
      en: [
        'In 2024, 83 programme sites were installed against a province plan of 90 (92%, slightly below plan).',
        'The regency plans for 2024 add up to 80, 10 fewer than the province plan (90): the difference is not allocated to regencies, like the GSM repeater units.',
        'In 2024, 2 of the 4 regencies with an installation plan met their plans.',
        'Lowest progress: Sarolangun, 6 of a plan of 11 (55%, well below plan).',
      ],
    });
  });

  it('counts regencies as figures derived from plan_progress, with the year they are for', () => {
    const [, , met] = targetsNarrative(TARGETS);
    expect(rendered(met).map((p) => [p.text, p.attrs['count-of'], p.attrs.period, p.attrs.value])).toEqual([
      ['2', 'regencies-met:plan_progress', '2024', '2'],
      ['4', 'regencies-with-plan:plan_progress', '2024', '4'],
    ]);
  });

  it('words one, two, all and none meeting their plans, and ties', () => {
    const one = targetsNarrative({ ...TARGETS, regencies: regencies([['15.01', 17, 17, 100]]) });
    expect(texts(one).id.slice(2)).toEqual([
      'Pada 2024, satu-satunya kabupaten/kota dengan rencana pemasangan, Kerinci, memenuhi rencananya.',
    ]);
    const two = targetsNarrative({
      ...TARGETS,
      regencies: regencies([
        ['15.01', 17, 17, 100],
        ['15.72', 2, 1, 200],
      ]),
    });
    expect(texts(two).en.slice(2)).toEqual([
      'In 2024, both regencies with an installation plan met their plans.',
      'Highest progress: Kota Sungai Penuh, 2 of a plan of 1 (200%).',
    ]);
    const all = targetsNarrative({
      ...TARGETS,
      regencies: regencies([
        ['15.01', 17, 17, 100],
        ['15.02', 20, 20, 100],
        ['15.03', 11, 11, 100],
      ]),
    });
    expect(texts(all).id.slice(2)).toEqual([
      'Pada 2024, semua 3 kabupaten/kota dengan rencana pemasangan memenuhi rencananya masing-masing.',
      'Kerinci, Merangin, dan Sarolangun sama-sama mencatat capaian tertinggi: 100%.',
    ]);
    const none = targetsNarrative({
      ...TARGETS,
      regencies: regencies([
        ['15.01', 8, 17, 47.1],
        ['15.02', 10, 20, 50],
        ['15.03', 0, 11, 0],
      ]),
    });
    expect(texts(none).en.slice(2)).toEqual([
      'In 2024, none of the 3 regencies with an installation plan met its plan.',
      'Lowest progress: Sarolangun, 0 of a plan of 11 (0%, well below plan).',
    ]);
    // 99,6 % is shown as 100 %: it counts as met, and ties with 100 %.
    const tie = targetsNarrative({
      ...TARGETS,
      regencies: regencies([
        ['15.01', 8, 10, 80.4],
        ['15.02', 8, 10, 79.6],
        ['15.03', 249, 250, 99.6],
      ]),
    });
    expect(texts(tie).id.slice(2)).toEqual([
      'Pada 2024, 1 dari 3 kabupaten/kota dengan rencana pemasangan memenuhi rencananya.',
      'Kerinci dan Merangin sama-sama mencatat capaian terendah: 80% (sedikit di bawah rencana).',
    ]);
    expect(texts(tie).en[2]).toBe('In 2024, 1 of the 3 regencies with an installation plan met its plan.');
  });

  it('says when the plans agree, exceed the province plan, cannot be added up, or do not exist', () => {
    const same = targetsNarrative({ ...TARGETS, regencyPlanSum: [f('planned_installations', '2024', 90, 'x')] });
    expect(texts(same).id[1]).toBe('Rencana kabupaten/kota 2024 berjumlah sama dengan rencana provinsi: 90 titik.');
    const more = targetsNarrative({ ...TARGETS, regencyPlanSum: [f('planned_installations', '2024', 95, 'x')] });
    expect(texts(more).en[1]).toBe('The regency plans for 2024 add up to 95, 5 more than the province plan (90).');
    const incomplete = targetsNarrative({
      ...TARGETS,
      regencyPlanSum: [f('planned_installations', '2024', null, 'x')],
    });
    expect(texts(incomplete).id[1]).toBe(
      'Tidak semua kabupaten/kota mempunyai rencana 2024, sehingga rencana kabupaten/kota tidak dapat dijumlahkan.',
    );
    const noRegencyPlans = targetsNarrative({ ...TARGETS, regencies: regencies([]) });
    expect(texts(noRegencyPlans)).toEqual({
      id: [
        'Belum ada rencana pemasangan per kabupaten/kota.',
        'Pada 2025 terpasang 3 titik program dari rencana provinsi 10 titik (30%, jauh di bawah rencana).',
      ],
      en: [
        'No installation plan per regency has been set.',
        'In 2025, 3 programme sites were installed against a province plan of 10 (30%, well below plan).',
      ],
    });
  });
});

const MERANGIN: SpotlightFigures = {
  name: 'Merangin',
  blankspot: [f('blankspot_villages', '2025', 53, r('15.02')), f('blankspot_villages', NOW, 52, r('15.02'))],
  plan: plan([['2024', 17, 17, 100]], r('15.02')),
  inService: f('sites_in_service', AS_OF, 42, r('15.02')),
  sitesAsOf: AS_OF,
};

describe('regency spotlight narrative', () => {
  it('states the blankspots against the previous complete year, the latest regency plan and its age, sites in service', () => {
    expect(texts(spotlightNarrative(MERANGIN))).toEqual({
      id: [
        'Desa tanpa sinyal seluler di Merangin 2026 s.d. 27 Nov: 52, turun 1 dibanding periode lengkap sebelumnya (2025: 53).',
        'Rencana per kabupaten/kota terakhir ditetapkan untuk 2024; tahun itu terpasang 17 titik program di Merangin dari rencana 17 (100%, memenuhi rencana).',
        'Titik dalam layanan di Merangin per 27 Nov 2026 (semua program): 42.',
      ],
      en: [
        'Villages without cellular signal in Merangin, 2026 to 27 Nov: 52, down 1 against the previous complete period (2025: 53).',
        'The latest regency plans are for 2024; that year 17 programme sites were installed in Merangin against a plan of 17 (100%, plan met).',
        'Sites in service in Merangin at 27 Nov 2026 (every programme): 42.',
      ],
    });
  });

  it('gives the regency the same figure as its row on the targets slide (indicator, period, scope, value)', () => {
    const [, planSentence] = spotlightNarrative(MERANGIN);
    const installed = rendered(planSentence).find((p) => p.attrs.indicator === 'plan_installations');
    expect(installed?.attrs).toEqual({
      indicator: 'plan_installations',
      period: '2024',
      scope: 'regency=15.02',
      value: '17',
    });
  });

  it('says "still none" rather than a change that did not happen, and "no longer" when there were some', () => {
    const jambi: SpotlightFigures = {
      name: 'Kota Jambi',
      blankspot: [f('blankspot_villages', '2025', 0, r('15.71')), f('blankspot_villages', NOW, 0, r('15.71'))],
      plan: plan([['2024', null, 0, null]], r('15.71')),
      inService: f('sites_in_service', AS_OF, 0, r('15.71')),
      sitesAsOf: AS_OF,
    };
    expect(texts(spotlightNarrative(jambi))).toEqual({
      id: [
        'Di Kota Jambi tidak ada desa tanpa sinyal seluler pada 2026 s.d. 27 Nov, sama seperti 2025.',
        'Rencana per kabupaten/kota terakhir ditetapkan untuk 2024; rencana Kota Jambi tahun itu tidak memuat pemasangan (0).',
        'Belum ada titik dalam layanan di Kota Jambi per 27 Nov 2026.',
      ],
      en: [
        'No village in Kota Jambi is without cellular signal, 2026 to 27 Nov, as in 2025.',
        'The latest regency plans are for 2024; the plan for Kota Jambi held no installation that year (0).',
        'No site is in service in Kota Jambi at 27 Nov 2026.',
      ],
    });
    const now = spotlightNarrative({
      ...jambi,
      blankspot: [f('blankspot_villages', '2025', 3, r('15.71')), f('blankspot_villages', NOW, 0, r('15.71'))],
    });
    expect(texts(now).id[0]).toBe(
      'Di Kota Jambi tidak ada lagi desa tanpa sinyal seluler pada 2026 s.d. 27 Nov (2025: 3).',
    );
  });

  it('says what is missing: no coverage, no plan, one year only', () => {
    const none = spotlightNarrative({
      name: 'Tebo',
      blankspot: [],
      plan: plan([]),
      inService: null,
      sitesAsOf: AS_OF,
    });
    expect(texts(none)).toEqual({
      id: ['Data cakupan sinyal untuk Tebo belum tersedia.', 'Belum ada rencana pemasangan untuk Tebo.'],
      en: ['Coverage data for Tebo are not available yet.', 'No installation plan has been set for Tebo.'],
    });
    const current = spotlightNarrative({
      ...MERANGIN,
      blankspot: [f('blankspot_villages', NOW, 52, r('15.02'))],
      plan: plan([[NOW, 1, 4, 25]], r('15.02')),
    });
    expect(texts(current).en.slice(0, 2)).toEqual([
      'Villages without cellular signal in Merangin, 2026 to 27 Nov: 52.',
      'Programme sites installed in Merangin, 2026 to 27 Nov: 1 of a plan of 4 (25%, well below plan).',
    ]);
  });
});
