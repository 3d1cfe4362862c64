// The narratives of the panel slides (blankspot reduction, map, repeaters, trend) and of the isolated villages from
// hand-written figures and listing rows: exact sentences in Indonesian and English for the usual, zero, one, many,
// missing and tied cases.
import { describe, expect, it } from 'vitest';
import { registerMessages } from '../../i18n/i18n.ts';
import { briefing } from '../../i18n/views/briefing.ts';
import type { FigureRef } from '../../indicators/figure.ts';
import type { IndicatorId } from '../../indicators/types.ts';
import { toIsolatedModel } from './isolated-model.ts';
import {
  blankspotNarrative,
  isolatedNarrative,
  mapNarrative,
  repeatersNarrative,
  trendsNarrative,
} from './narrative-panels.ts';
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
const NAMES = {
  '15.01': 'Kerinci',
  '15.02': 'Merangin',
  '15.03': 'Sarolangun',
  '15.71': 'Kota Jambi',
  '15.72': 'Kota Sungai Penuh',
};

describe('blankspot narrative', () => {
  const blank = (rows: [string, number][]) => rows.map(([p, v]) => f('blankspot_villages', p, v));
  const served = (rows: [string, number][]) => rows.map(([p, v]) => f('villages_served', p, v));

  it('states what remains (with the villages Internet Desa serves) and the change against the last complete year', () => {
    const out = blankspotNarrative({
      blankspot: blank([
        ['2024', 281],
        ['2025', 276],
        [NOW, 268],
      ]),
      served: served([
        ['2025', 160],
        [NOW, 254],
      ]),
    });
    expect(texts(out)).toEqual({
      id: [
        'Desa tanpa sinyal seluler 2026 s.d. 27 Nov: 268; 254 di antaranya sudah dilayani Internet Desa.',
        'Jumlah itu turun 8 dibanding periode lengkap sebelumnya (2025: 276).',
      ],
      en: [
        'Villages without cellular signal, 2026 to 27 Nov: 268; Internet Desa serves 254 of them.',
        'That is down 8 against the previous complete period (2025: 276).',
      ],
    });
    expect(rendered(out[0]).map((p) => [p.attrs.indicator, p.attrs.period, p.attrs.value])).toEqual([
      ['blankspot_villages', NOW, '268'],
      ['villages_served', NOW, '254'],
    ]);
  });

  it('says when none is left, none was left before, none is served, and when there is nothing to compare', () => {
    expect(
      texts(
        blankspotNarrative({
          blankspot: blank([
            ['2025', 3],
            [NOW, 0],
          ]),
          served: [],
        }),
      ),
    ).toEqual({
      id: ['Pada 2026 s.d. 27 Nov tidak ada desa tanpa sinyal seluler.', 'Pada 2025 jumlahnya masih 3.'],
      en: ['No village is without cellular signal, 2026 to 27 Nov.', 'In 2025 there were still 3.'],
    });
    expect(
      texts(
        blankspotNarrative({
          blankspot: blank([
            ['2025', 0],
            [NOW, 0],
          ]),
          served: [],
        }),
      ).id,
    ).toEqual(['Pada 2026 s.d. 27 Nov tidak ada desa tanpa sinyal seluler.', 'Pada 2025 juga tidak ada.']);
    expect(texts(blankspotNarrative({ blankspot: blank([['2025', 12]]), served: served([['2025', 0]]) }))).toEqual({
      id: [
        'Desa tanpa sinyal seluler 2025: 12; belum ada yang dilayani Internet Desa.',
        'Belum ada periode lengkap sebelumnya sebagai pembanding.',
      ],
      en: [
        'Villages without cellular signal, 2025: 12; Internet Desa serves none of them yet.',
        'There is no earlier complete period to compare with yet.',
      ],
    });
    expect(texts(blankspotNarrative({ blankspot: [], served: [] })).en).toEqual([
      'Coverage data are not available yet.',
    ]);
  });
});

describe('map narrative', () => {
  const r = (code: string) => `regency=${code}`;
  const share = (rows: [string, number | null][]) => rows.map(([c, v]) => f('blankspot_share', NOW, v, r(c)));
  const count = (rows: [string, number][]) => rows.map(([c, v]) => f('blankspot_villages', NOW, v, r(c)));
  const density = (rows: [string, number][]) => rows.map(([c, v]) => f('sites_per_100_villages', AS_OF, v, r(c)));

  it('names the largest share without signal (with its count), the regencies without any, the densest', () => {
    const out = mapNarrative({
      share: share([
        ['15.01', 18.2],
        ['15.02', 25.1],
        ['15.71', 0],
      ]),
      count: count([
        ['15.01', 52],
        ['15.02', 52],
        ['15.71', 0],
      ]),
      density: density([
        ['15.01', 12.5],
        ['15.71', 3.2],
      ]),
      names: NAMES,
    });
    expect(texts(out)).toEqual({
      id: [
        'Bagian desa tanpa sinyal seluler terbesar 2026 s.d. 27 Nov ada di Merangin: 25,1% desanya (52 desa).',
        'Kota Jambi tidak mempunyai desa tanpa sinyal seluler pada 2026 s.d. 27 Nov.',
        'Kepadatan titik dalam layanan tertinggi per 27 Nov 2026: Kerinci, 12,5 per 100 desa.',
      ],
      en: [
        'The largest share of villages without cellular signal, 2026 to 27 Nov, is in Merangin: 25.1% of its villages (52).',
        'Kota Jambi has no village without cellular signal, 2026 to 27 Nov.',
        'Highest density of sites in service at 27 Nov 2026: Kerinci, 12.5 per 100 villages.',
      ],
    });
  });

  it('words ties (as shown), several regencies without blankspots, none anywhere, and no data', () => {
    const tie = mapNarrative({
      share: share([
        ['15.01', 25.04],
        ['15.02', 24.96],
        ['15.71', 0],
        ['15.72', 0],
      ]),
      count: [],
      density: density([
        ['15.01', 4],
        ['15.02', 4],
      ]),
      names: NAMES,
    });
    expect(texts(tie).en).toEqual([
      'Kerinci and Merangin are tied for the largest share of villages without cellular signal, 2026 to 27 Nov: 25%.',
      'Kota Jambi and Kota Sungai Penuh have no village without cellular signal, 2026 to 27 Nov.',
      'Kerinci and Merangin are tied for the highest density of sites in service at 27 Nov 2026: 4 per 100 villages.',
    ]);
    const none = mapNarrative({ share: share([['15.01', 0]]), count: [], density: [], names: NAMES });
    expect(texts(none).id).toEqual([
      'Pada 2026 s.d. 27 Nov tidak ada desa tanpa sinyal seluler di kabupaten/kota mana pun.',
    ]);
    expect(texts(mapNarrative({ share: [], count: [], density: [], names: NAMES })).id).toEqual([
      'Data cakupan sinyal per kabupaten/kota belum tersedia.',
    ]);
  });
});

describe('repeaters narrative', () => {
  const status = (s: string, v: number) => f('repeaters_planned', AS_OF, v, `status=${s}`);
  const regency = (c: string, v: number) => f('repeaters_planned', AS_OF, v, `regency=${c}`);

  it('breaks the plan down by status, states progress, and where most units are', () => {
    const out = repeatersNarrative({
      planned: f('repeaters_planned', AS_OF, 10),
      byStatus: [status('planned', 2), status('active', 6), status('offline', 2)],
      active: f('repeaters_active', AS_OF, 6),
      progress: f('repeater_progress', AS_OF, 60),
      byRegency: [regency('15.01', 3), regency('15.02', 5), regency('15.03', 2)],
      names: NAMES,
    });
    expect(texts(out)).toEqual({
      id: [
        'Dari 10 unit repeater GSM dalam rencana: 6 aktif, 2 offline, dan 2 masih direncanakan.',
        'Per 27 Nov 2026, 6 unit aktif: 60% dari rencana.',
        'Unit terbanyak direncanakan di Merangin: 5 unit.',
      ],
      en: [
        'Of the 10 GSM repeater units in the plan: 6 active, 2 offline and 2 still planned.',
        'At 27 Nov 2026, 6 units are active: 60% of the plan.',
        'Most units are planned in Merangin: 5.',
      ],
    });
    // Each count of the breakdown is the figure of its status.
    expect(rendered(out[0]).map((p) => [p.text, p.attrs.scope])).toEqual([
      ['10', ''],
      ['6', 'status=active'],
      ['2', 'status=offline'],
      ['2', 'status=planned'],
    ]);
  });

  it('words one unit, all units in one status, none active, ties and no units', () => {
    const one = repeatersNarrative({
      planned: f('repeaters_planned', AS_OF, 1),
      byStatus: [status('planned', 1)],
      active: f('repeaters_active', AS_OF, 0),
      progress: f('repeater_progress', AS_OF, 0),
      byRegency: [regency('15.01', 1)],
      names: NAMES,
    });
    expect(texts(one)).toEqual({
      id: [
        'Ada 1 unit repeater GSM dalam rencana; unit itu masih direncanakan.',
        'Per 27 Nov 2026 belum ada unit yang aktif (0% dari rencana).',
      ],
      en: [
        'There is 1 GSM repeater unit in the plan; it is still planned.',
        'At 27 Nov 2026 no unit is active yet (0% of the plan).',
      ],
    });
    const all = repeatersNarrative({
      planned: f('repeaters_planned', AS_OF, 4),
      byStatus: [status('active', 4)],
      active: null,
      progress: null,
      byRegency: [regency('15.01', 2), regency('15.02', 2)],
      names: NAMES,
    });
    // A whole group in words: "keempat unit", "all four"; the number keeps its attributes.
    expect(texts(all)).toEqual({
      id: [
        'Keempat unit repeater GSM dalam rencana aktif.',
        'Kerinci dan Merangin sama-sama mendapat unit terbanyak: masing-masing 2 unit.',
      ],
      en: ['All four GSM repeater units in the plan are active.', 'Kerinci and Merangin have the most units: 2 each.'],
    });
    expect(rendered(all[0])).toEqual([
      {
        text: 'Keempat',
        attrs: { indicator: 'repeaters_planned', period: AS_OF, scope: '', value: '4' },
      },
    ]);
    const twelve = repeatersNarrative({
      planned: f('repeaters_planned', AS_OF, 12),
      byStatus: [status('active', 12)],
      active: null,
      progress: null,
      byRegency: [],
      names: NAMES,
    });
    expect(texts(twelve.slice(0, 1))).toEqual({
      id: ['Semua 12 unit repeater GSM dalam rencana aktif.'],
      en: ['All 12 GSM repeater units in the plan are active.'],
    });
    expect(
      texts(
        repeatersNarrative({
          planned: f('repeaters_planned', AS_OF, 0),
          byStatus: [],
          active: null,
          progress: null,
          byRegency: [],
          names: NAMES,
        }),
      ).en,
    ).toEqual(['There are no GSM repeater units in the data yet.']);
  });
});

describe('trends narrative', () => {
  const W = '2026-10-29..2026-11-27';
  const prog = (p: string, v: number) => f('uptime', W, v, `programme=${p}`);

  it('states uptime against the 30 days before, and the best and worst programme in that window', () => {
    const out = trendsNarrative({
      uptime: f('uptime', W, 93.12),
      uptimePrevious: f('uptime', '2026-09-29..2026-10-28', 92.0),
      byProgramme: [
        prog('BAKTI Internet Desa', 91.04),
        prog('Dumisake Internet Desa', 95.3),
        prog('Dumisake GSM Repeater', 91.0),
      ],
    });
    expect(texts(out)).toEqual({
      id: [
        'Uptime rata-rata 29 Okt 2026–27 Nov 2026: 93,1%, naik 1,1 poin dibanding rentang sebelumnya yang sama panjang (29 Sep 2026–28 Okt 2026: 92%).',
        'Dalam rentang itu, uptime tertinggi dicapai Dumisake Internet Desa (95,3%) dan terendah BAKTI Internet Desa dan Dumisake GSM Repeater (91%).',
      ],
      en: [
        'Mean uptime 29 Oct 2026–27 Nov 2026: 93.1%, up 1.1 points against the previous window of the same length (29 Sept 2026–28 Oct 2026: 92%).',
        'In that window, Dumisake Internet Desa had the highest uptime (95.3%) and BAKTI Internet Desa and Dumisake GSM Repeater the lowest (91%).',
      ],
    });
  });

  it('words one programme, all equal, and no telemetry', () => {
    expect(
      texts(
        trendsNarrative({
          uptime: f('uptime', W, 95),
          uptimePrevious: null,
          byProgramme: [prog('Dumisake Internet Desa', 95)],
        }),
      ).en,
    ).toEqual([
      'Mean uptime 29 Oct 2026–27 Nov 2026: 95%; there are no data for the window before to compare with.',
      'In that window only Dumisake Internet Desa reported: 95%.',
    ]);
    expect(
      texts(
        trendsNarrative({
          uptime: f('uptime', W, 95),
          uptimePrevious: null,
          byProgramme: [prog('A', 95.01), prog('B', 94.99)],
        }),
      ).id[1],
    ).toBe('Dalam rentang itu semua program mencatat uptime yang sama: 95%.');
    expect(texts(trendsNarrative({ uptime: null, uptimePrevious: null, byProgramme: [] })).id).toEqual([
      'Belum ada telemetri titik layanan.',
    ]);
  });
});

describe('isolated villages narrative', () => {
  const v = (
    name: string,
    regency: string,
    installed: string | null,
    signal: string | null,
    year: number | null = 2026,
  ) => ({
    village_code: `15.02.01.${name.length}`,
    village_name: name,
    district_name: 'Jangkat',
    regency_code: '15.02',
    regency_name: regency,
    site_id: installed ? 'S1' : null,
    programme: installed ? 'Dumisake Internet Desa' : null,
    technology: installed ? 'VSAT' : null,
    installed_on: installed,
    sites: installed ? 1 : 0,
    coverage_year: year,
    best_signal: signal,
  });
  const periods = { asOf: AS_OF, coverage: NOW };

  it('counts the villages served, names the villages in public reporting, and their signal in the latest survey', () => {
    const model = toIsolatedModel([
      v('Renah Kemumu', 'Merangin', '2023-09-26', 'none'),
      v('Air Liki', 'Merangin', null, 'none'),
      v('Tiangko', 'Merangin', '2024-02-01', '2G'),
    ]);
    const out = isolatedNarrative(model, periods);
    expect(texts(out)).toEqual({
      id: [
        '2 dari 3 desa yang tercatat terisolir sudah dilayani titik konektivitas.',
        'Desa yang disebut dalam pemberitaan: Renah Kemumu (Merangin) dilayani sejak 26 Sep 2023 dan Air Liki (Merangin) belum dilayani.',
        'Menurut survei 2026 s.d. 27 Nov, 2 dari 3 desa itu masih tanpa sinyal seluler.',
      ],
      en: [
        '2 of the 3 villages recorded as isolated are served by a connectivity site.',
        'Villages named in public reporting: Renah Kemumu (Merangin) served since 26 Sept 2023 and Air Liki (Merangin) not served yet.',
        'In the 2026 to 27 Nov survey, 2 of the 3 were still without cellular signal.',
      ],
    });
    expect(rendered(out[0]).map((p) => [p.text, p.attrs['count-of'], p.attrs.period])).toEqual([
      ['2', 'listing:isolated-villages:served', AS_OF],
      ['3', 'listing:isolated-villages', AS_OF],
    ]);
  });

  it('a whole group in words: "kedelapan desa", "all eight"; beyond ten "semua 11 desa"', () => {
    const names = [
      'Aa',
      'Bbb',
      'Cccc',
      'Ddddd',
      'Eeeeee',
      'Fffffff',
      'Gggggggg',
      'Hhhhhhhhh',
      'Iiiiiiiiii',
      'Jjjjjjjjjjj',
    ];
    const eight = isolatedNarrative(
      toIsolatedModel(names.slice(0, 8).map((n) => v(n, 'Merangin', '2024-01-01', 'none'))),
      periods,
    );
    expect(texts(eight)).toEqual({
      id: [
        'Kedelapan desa yang tercatat terisolir sudah dilayani titik konektivitas.',
        'Menurut survei 2026 s.d. 27 Nov, kedelapan desa itu masih tanpa sinyal seluler.',
      ],
      en: [
        'All eight villages recorded as isolated are served by a connectivity site.',
        'In the 2026 to 27 Nov survey, all eight of them were still without cellular signal.',
      ],
    });
    expect(rendered(eight[0])).toEqual([
      {
        text: 'Kedelapan',
        attrs: { 'count-of': 'listing:isolated-villages', period: AS_OF, scope: '', value: '8' },
      },
    ]);
    const eleven = isolatedNarrative(
      toIsolatedModel([...names, 'Kkkkkkkkkkkk'].map((n) => v(n, 'Merangin', '2024-01-01', 'none'))),
      periods,
    );
    expect(texts(eleven).id[0]).toBe('Semua 11 desa yang tercatat terisolir sudah dilayani titik konektivitas.');
  });

  it('words one, two, all and none served; signal missing; no isolated village', () => {
    const one = isolatedNarrative(toIsolatedModel([v('Tiangko', 'Merangin', null, null)]), periods);
    expect(texts(one).id).toEqual([
      'Satu-satunya desa yang tercatat terisolir, Tiangko, belum dilayani titik konektivitas.',
      'Data sinyal seluler desa-desa itu belum tersedia.',
    ]);
    const two = isolatedNarrative(
      toIsolatedModel([v('Tiangko', 'Merangin', '2024-01-01', 'none'), v('Muara', 'Merangin', '2024-01-02', 'none')]),
      periods,
    );
    expect(texts(two).en).toEqual([
      'Both villages recorded as isolated are served by a connectivity site.',
      'In the 2026 to 27 Nov survey, both were still without cellular signal.',
    ]);
    const allSignal = isolatedNarrative(
      toIsolatedModel([
        v('Tiangko', 'Merangin', null, '4G'),
        v('Muara', 'Merangin', null, '2G'),
        v('Lubuk', 'Merangin', null, '3G'),
      ]),
      periods,
    );
    expect(texts(allSignal).id).toEqual([
      'Belum ada dari 3 desa yang tercatat terisolir yang dilayani titik konektivitas.',
      'Menurut survei 2026 s.d. 27 Nov, semua desa itu sudah mendapat sinyal seluler.',
    ]);
    expect(texts(isolatedNarrative(toIsolatedModel([]), periods)).en).toEqual([
      'No village is recorded as isolated in the data.',
    ]);
  });
});
