// The narrative builder on fixture query results: exact sentences in Indonesian and English, for the usual case
// and the zero, one, missing and tied cases. Every figure comes from the fixture rows.
import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import {
  blankspotNarrative,
  factsTable,
  isolatedNarrative,
  mapNarrative,
  repeaterNarrative,
  type Sentence,
  sentenceParts,
  sentenceText,
  spotlightNarrative,
  statusNarrative,
  targetsNarrative,
  trendsNarrative,
} from './narrative.ts';
import { blankspot, isolated, map, repeaters, targets, trends } from './narrative-fixtures.test-data.ts';

const text = (sentences: Sentence[]) => ({
  id: sentences.map((s) => sentenceText(s, i18n.getFixedT('id'), 'id')),
  en: sentences.map((s) => sentenceText(s, i18n.getFixedT('en'), 'en')),
});

const TARGETS = targets([
  [2025, null, null, 10, 10, 240, 276],
  [2026, null, null, 10, 9, 225, 268],
  [2024, '15.01', 'Kerinci', 17, 17, 49, 55],
  [2024, '15.02', 'Merangin', 20, 17, 60, 64],
  [2024, '15.03', 'Sarolangun', 12, 6, 38, 43],
  [2024, '15.71', 'Kota Jambi', 0, 1, 0, 0],
  [2024, '15.72', 'Kota Sungai Penuh', null, 0, null, 1],
]);

describe('blankspot narrative', () => {
  it('states what remains, the change against the previous year and the projection to zero', () => {
    const model = blankspot([
      [2024, 281, 150, 91],
      [2025, 276, 160, 10],
      [2026, 268, 254, 9],
    ]);
    expect(text(blankspotNarrative(model, 2026))).toEqual({
      id: [
        'Pada akhir 2026 masih ada 268 desa tanpa sinyal seluler; 254 di antaranya sudah dilayani Internet Desa.',
        'Jumlah itu 8 lebih sedikit dibanding akhir 2025 (276).',
        'Dengan laju 2025–2026 (turun 8 desa per tahun), jumlah itu baru mencapai nol sekitar 2060.',
      ],
      en: [
        'Villages still without cellular signal at the end of 2026: 268; Internet Desa serves 254 of them.',
        'That is 8 fewer than at the end of 2025 (276).',
        'At the 2025–2026 rate (down 8 villages a year), it would reach zero around 2060.',
      ],
    });
  });

  it('says when none is left (zero), and when none is served', () => {
    expect(
      text(
        blankspotNarrative(
          blankspot([
            [2025, 3, 2, 4],
            [2026, 0, 0, 1],
          ]),
          2026,
        ),
      ),
    ).toEqual({
      id: ['Pada akhir 2026 tidak ada lagi desa tanpa sinyal seluler.', 'Pada akhir 2025 jumlahnya masih 3.'],
      en: ['At the end of 2026 no village was left without cellular signal.', 'At the end of 2025 the count was 3.'],
    });
    expect(text(blankspotNarrative(blankspot([[2026, 12, 0, 1]]), 2026))).toEqual({
      id: [
        'Pada akhir 2026 masih ada 12 desa tanpa sinyal seluler; belum ada yang dilayani Internet Desa.',
        'Belum ada data tahun sebelumnya sebagai pembanding.',
      ],
      en: [
        'Villages still without cellular signal at the end of 2026: 12; Internet Desa serves none of them yet.',
        'There is no earlier year to compare with yet.',
      ],
    });
  });

  it('handles one village left and an unchanged count', () => {
    expect(
      text(
        blankspotNarrative(
          blankspot([
            [2025, 1, 1, 0],
            [2026, 1, null, 0],
          ]),
          2026,
        ),
      ),
    ).toEqual({
      id: [
        'Pada akhir 2026 masih ada 1 desa tanpa sinyal seluler.',
        'Jumlahnya sama dengan akhir 2025.',
        'Dengan laju 2025–2026 jumlahnya tidak berubah, sehingga tidak akan mencapai nol.',
      ],
      en: [
        'Villages still without cellular signal at the end of 2026: 1.',
        'That is the same as at the end of 2025.',
        'At the 2025–2026 rate the count does not change, so it would never reach zero.',
      ],
    });
  });

  it('says that the current year’s data are missing and speaks of the last year that has them', () => {
    const model = blankspot([
      [2024, 281, 150, 91],
      [2025, 276, 160, 10],
      [2026, null, null, 9],
    ]);
    expect(text(blankspotNarrative(model, 2026))).toEqual({
      id: [
        'Data cakupan sinyal 2026 belum tersedia; pada akhir 2025 masih ada 276 desa tanpa sinyal seluler.',
        'Jumlah itu 5 lebih sedikit dibanding akhir 2024 (281).',
        'Dengan laju 2024–2025 (turun 5 desa per tahun), jumlah itu baru mencapai nol sekitar 2081.',
      ],
      en: [
        'Coverage data for 2026 are not available yet; villages still without cellular signal at the end of 2025: 276.',
        'That is 5 fewer than at the end of 2024 (281).',
        'At the 2024–2025 rate (down 5 villages a year), it would reach zero around 2081.',
      ],
    });
    expect(text(blankspotNarrative(blankspot([]), 2026))).toEqual({
      id: ['Data cakupan sinyal belum tersedia.'],
      en: ['Coverage data are not available yet.'],
    });
  });

  it('says a rising count never reaches zero', () => {
    expect(
      text(
        blankspotNarrative(
          blankspot([
            [2021, 285, 0, 0],
            [2022, 288, 100, 125],
          ]),
          2022,
        ),
      ).id,
    ).toEqual([
      'Pada akhir 2022 masih ada 288 desa tanpa sinyal seluler; 100 di antaranya sudah dilayani Internet Desa.',
      'Jumlah itu 3 lebih banyak dibanding akhir 2021 (285).',
      'Dengan laju 2021–2022 (naik 3 desa per tahun), jumlah itu tidak akan mencapai nol.',
    ]);
  });
});

describe('programme status and targets', () => {
  it('states this year’s installations against the plan, the blankspot target and last year’s result', () => {
    expect(text(statusNarrative({ targets: TARGETS, dataYear: 2026, asOf: '2026-11-27' }))).toEqual({
      id: [
        'Per 27 Nov 2026, titik terpasang tahun 2026: 9 dari rencana 10 (90%, sedikit di bawah target).',
        'Desa tanpa sinyal seluler pada 2026: 268, masih 43 di atas target akhir tahun (225).',
        'Tahun 2025 ditutup dengan 10 titik dari rencana 10 (100%, sesuai/melampaui target).',
      ],
      en: [
        'As of 27 Nov 2026, installations in 2026 stand at 9 against a plan of 10 (90%, slightly below target).',
        'Villages without cellular signal in 2026: 268, still 43 above the year-end target (225).',
        '2025 closed with 10 installations against a plan of 10 (100%, on or above target).',
      ],
    });
  });

  it('handles nothing installed yet, missing coverage data and a year without a plan', () => {
    const model = targets([
      [2027, null, null, 12, 0, 200, null],
      [2026, null, null, 0, 4, null, 268],
    ]);
    expect(text(statusNarrative({ targets: model, dataYear: 2027, asOf: '2027-02-03' }))).toEqual({
      id: [
        'Per 3 Feb 2027, belum ada titik terpasang dari rencana 12 titik untuk 2027.',
        'Data cakupan sinyal 2027 belum tersedia.',
        'Tahun 2026 tidak mempunyai rencana pemasangan; titik terpasang: 4.',
      ],
      en: [
        'As of 3 Feb 2027, nothing has been installed yet against the plan of 12 for 2027.',
        'Coverage data for 2027 are not available yet.',
        '2026 had no installation plan; sites installed: 4.',
      ],
    });
    expect(text(statusNarrative({ targets: targets([]), dataYear: 2026, asOf: '2026-11-27' })).id).toEqual([
      'Belum ada target pemasangan tingkat provinsi untuk 2026.',
    ]);
  });

  it('names the regency furthest below target and the regencies without a plan', () => {
    expect(text(targetsNarrative({ targets: TARGETS, dataYear: 2026 }))).toEqual({
      id: [
        'Pada 2024, 1 dari 3 kabupaten/kota dengan rencana pemasangan memenuhi atau melampaui targetnya.',
        'Capaian terendah: Sarolangun, 6 titik dari rencana 12 (50%, jauh di bawah target).',
        'Tidak ada pemasangan yang direncanakan untuk Kota Jambi dan Kota Sungai Penuh pada 2024.',
      ],
      en: [
        'In 2024, 1 of the 3 regencies with planned installations met or exceeded their targets.',
        'Lowest progress: Sarolangun, 6 sites against a plan of 12 (50%, well below target).',
        'No installations were planned for Kota Jambi and Kota Sungai Penuh in 2024.',
      ],
    });
  });

  it('words ties, a single regency and two regencies', () => {
    const tied = targets([
      [2024, '15.01', 'Kerinci', 10, 5, null, null],
      [2024, '15.02', 'Merangin', 20, 10, null, null],
      [2024, '15.03', 'Sarolangun', 4, 4, null, null],
    ]);
    expect(text(targetsNarrative({ targets: tied, dataYear: 2026 }))).toEqual({
      id: [
        'Pada 2024, 1 dari 3 kabupaten/kota dengan rencana pemasangan memenuhi atau melampaui targetnya.',
        'Kerinci dan Merangin sama-sama mencatat capaian terendah, 50% (jauh di bawah target).',
      ],
      en: [
        'In 2024, 1 of the 3 regencies with planned installations met or exceeded their targets.',
        'Kerinci and Merangin share the lowest progress, 50% (well below target).',
      ],
    });
    const one = targets([
      [2024, '15.01', 'Kerinci', 10, 12, null, null],
      [2024, '15.02', 'Merangin', null, 3, null, null],
    ]);
    expect(text(targetsNarrative({ targets: one, dataYear: 2026 })).en).toEqual([
      'In 2024, the only regency with planned installations, Kerinci, met its target.',
      'Highest progress: Kerinci, 12 sites against a plan of 10 (120%).',
      'No installations were planned for Merangin in 2024.',
    ]);
    const two = targets([
      [2024, '15.01', 'Kerinci', 10, 15, null, null],
      [2024, '15.02', 'Merangin', 2, 3, null, null],
    ]);
    expect(text(targetsNarrative({ targets: two, dataYear: 2026 }))).toEqual({
      id: [
        'Pada 2024, kedua kabupaten/kota dengan rencana pemasangan memenuhi atau melampaui targetnya.',
        'Kerinci dan Merangin sama-sama mencatat capaian tertinggi, 150%.',
      ],
      en: [
        'In 2024, both regencies with planned installations met or exceeded their targets.',
        'Kerinci and Merangin share the highest progress, 150%.',
      ],
    });
  });
});

describe('map narrative', () => {
  it('ranks the regencies by blankspots left and by sites installed', () => {
    const model = {
      blankspot: map(
        [
          ['15.02', 'Merangin', 63],
          ['15.01', 'Kerinci', 52],
          ['15.71', 'Kota Jambi', 0],
        ],
        'blankspot',
      ),
      sites: map(
        [
          ['15.02', 'Merangin', 76],
          ['15.01', 'Kerinci', 59],
        ],
        'sites',
      ),
    };
    expect(text(mapNarrative(model))).toEqual({
      id: [
        'Desa tanpa sinyal terbanyak pada 2026 ada di Merangin: 63 desa.',
        'Titik terpasang terbanyak ada di Merangin: 76 titik.',
        'Kota Jambi sudah tidak mempunyai desa tanpa sinyal pada 2026.',
      ],
      en: [
        'Most villages without signal in 2026: Merangin, with 63.',
        'Most sites installed: Merangin, with 76.',
        'Kota Jambi: no village without signal left in 2026.',
      ],
    });
  });

  it('words a tie, no sites at all, and missing coverage data', () => {
    const tie = {
      blankspot: map(
        [
          ['15.02', 'Merangin', 40],
          ['15.01', 'Kerinci', 40],
          ['15.03', 'Sarolangun', 12],
        ],
        'blankspot',
      ),
      sites: map(
        [
          ['15.02', 'Merangin', 0],
          ['15.01', 'Kerinci', 0],
        ],
        'sites',
      ),
    };
    expect(text(mapNarrative(tie))).toEqual({
      id: [
        'Kerinci dan Merangin sama-sama mempunyai desa tanpa sinyal terbanyak pada 2026: masing-masing 40 desa.',
        'Belum ada titik terpasang.',
      ],
      en: [
        'Kerinci and Merangin share the most villages without signal in 2026: 40 each.',
        'No sites have been installed yet.',
      ],
    });
    const missing = {
      blankspot: map([['15.02', 'Merangin', null]], 'blankspot', null),
      sites: map([['15.02', 'Merangin', 1]], 'sites'),
    };
    expect(text(mapNarrative(missing)).id).toEqual([
      'Data cakupan sinyal per kabupaten/kota belum tersedia.',
      'Titik terpasang terbanyak ada di Merangin: 1 titik.',
    ]);
  });
});

describe('repeater, trend and isolated-village narratives', () => {
  it('breaks the repeater units down by status, signal after installation and regency (tie)', () => {
    const model = repeaters([
      ['R1', 'Merangin', 'active', '2024-11-01', 'none', '4G'],
      ['R2', 'Merangin', 'active', '2025-01-01', 'none', '2G'],
      ['R3', 'Kerinci', 'planned', null, 'none', null],
      ['R4', 'Kerinci', 'offline', '2025-06-01', 'none', 'none'],
      ['R5', 'Sarolangun', 'active', '2025-06-01', 'none', '4G'],
    ]);
    expect(text(repeaterNarrative(model))).toEqual({
      id: [
        'Dari 5 unit repeater GSM: 3 aktif, 1 offline, dan 1 masih direncanakan.',
        '3 dari 4 desa yang repeaternya terpasang kini mendapat sinyal seluler menurut survei 2026; 2 di antaranya 4G.',
        'Kerinci dan Merangin sama-sama mendapat unit terbanyak: masing-masing 2 unit.',
      ],
      en: [
        'Of the 5 GSM repeater units: 3 active, 1 offline and 1 still planned.',
        '3 of the 4 villages with an installed repeater now have cellular signal in the 2026 survey; 2 of them 4G.',
        'Kerinci and Merangin share the most units: 2 each.',
      ],
    });
  });

  it('words a single unit and no unit', () => {
    expect(text(repeaterNarrative(repeaters([['R1', 'Merangin', 'active', '2024-11-01', 'none', '4G']])))).toEqual({
      id: [
        'Hanya ada 1 unit repeater GSM; unit itu aktif.',
        'Desa yang repeaternya terpasang kini mendapat sinyal 4G menurut survei 2026.',
      ],
      en: [
        'There is only 1 GSM repeater unit; it is active.',
        'The village with an installed repeater now has 4G signal in the 2026 survey.',
      ],
    });
    expect(text(repeaterNarrative(repeaters([]))).id).toEqual(['Belum ada unit repeater GSM dalam data.']);
  });

  it('compares the programmes’ uptime in the last period and finds the lowest of the last year', () => {
    const model = trends(['2025-11-24', '2026-06-01', '2026-11-23'], {
      'Dumisake Internet Desa': [95.04, 97.2, 93.12],
      'Dumisake GSM Repeater': [90.1, 88.94, 90.66],
    });
    expect(text(trendsNarrative(model))).toEqual({
      id: [
        'Pada pekan yang dimulai 23 Nov 2026, rata-rata uptime tertinggi dicapai Dumisake Internet Desa (93,1%) dan terendah Dumisake GSM Repeater (90,7%).',
        'Dalam setahun terakhir, uptime pekanan terendah adalah 88,9% (Dumisake GSM Repeater, pekan mulai 1 Jun 2026).',
      ],
      en: [
        'In the week starting 23 Nov 2026, mean uptime was highest for Dumisake Internet Desa (93.1%) and lowest for Dumisake GSM Repeater (90.7%).',
        'Over the last year, the lowest weekly uptime was 88.9% (Dumisake GSM Repeater, week starting 1 Jun 2026).',
      ],
    });
    const tie = trends(['2026-11-26', '2026-11-27'], { A: [99, 97.5], B: [98, 97.5] }, 'day');
    expect(text(trendsNarrative(tie)).id).toEqual([
      'Pada 27 Nov 2026, rata-rata uptime semua program sama: 97,5%.',
      'Dalam setahun terakhir, uptime harian terendah adalah 97,5% (A, 27 Nov 2026).',
    ]);
    expect(text(trendsNarrative(trends([], {}))).en).toEqual(['There is no site telemetry yet.']);
  });

  it('counts the isolated villages served, names those in public reporting and their signal', () => {
    const model = isolated([
      ['Air Liki', 'Merangin', '2023-06-20', 'none'],
      ['Renah Kemumu', 'Merangin', '2023-09-26', 'none'],
      ['Taman Raja', 'Tanjung Jabung Barat', null, '4G'],
    ]);
    expect(text(isolatedNarrative(model))).toEqual({
      id: [
        '2 dari 3 desa yang tercatat terisolir sudah dilayani titik konektivitas.',
        'Desa yang disebut dalam pemberitaan: Renah Kemumu (Merangin) dilayani sejak 26 Sep 2023 dan Air Liki (Merangin) dilayani sejak 20 Jun 2023.',
        'Menurut survei 2026, 2 dari 3 desa itu masih tanpa sinyal seluler.',
      ],
      en: [
        '2 of the 3 villages recorded as isolated are served by a connectivity site.',
        'Villages named in public reporting: Renah Kemumu (Merangin) served since 26 Sept 2023 and Air Liki (Merangin) served since 20 Jun 2023.',
        'In the 2026 survey, 2 of the 3 were still without cellular signal.',
      ],
    });
  });

  it('words one isolated village, two, none, and missing signal data', () => {
    expect(text(isolatedNarrative(isolated([['Renah Kemumu', 'Merangin', null, 'none']])))).toEqual({
      id: [
        'Satu-satunya desa yang tercatat terisolir, Renah Kemumu, belum dilayani titik konektivitas.',
        'Desa yang disebut dalam pemberitaan: Renah Kemumu (Merangin) belum dilayani.',
        'Menurut survei 2026, desa itu masih tanpa sinyal seluler.',
      ],
      en: [
        'The only village recorded as isolated, Renah Kemumu, is not served by a connectivity site yet.',
        'Villages named in public reporting: Renah Kemumu (Merangin) not served yet.',
        'In the 2026 survey, it was still without cellular signal.',
      ],
    });
    const two = isolated([
      ['Desa A', 'Merangin', '2023-06-20', 'none'],
      ['Desa B', 'Kerinci', '2024-01-02', 'none'],
    ]);
    expect(text(isolatedNarrative(two)).en).toEqual([
      'Both villages recorded as isolated are served by a connectivity site.',
      'In the 2026 survey, both were still without cellular signal.',
    ]);
    expect(text(isolatedNarrative(isolated([['Desa A', 'Merangin', '2023-06-20', null]], null))).id).toEqual([
      'Satu-satunya desa yang tercatat terisolir, Desa A, sudah dilayani titik konektivitas.',
      'Data sinyal seluler desa-desa itu belum tersedia.',
    ]);
    expect(text(isolatedNarrative(isolated([]))).id).toEqual(['Tidak ada desa yang tercatat terisolir dalam data.']);
  });
});

describe('regency spotlight', () => {
  it('states the regency’s blankspots, its installations and its progress against its target', () => {
    const model = blankspot([
      [2024, 55, 40, 17],
      [2025, 53, 50, 2],
      [2026, 52, 50, 1],
    ]);
    expect(
      text(spotlightNarrative({ code: '15.01', name: 'Kerinci', blankspot: model, targets: TARGETS, dataYear: 2026 })),
    ).toEqual({
      id: [
        'Desa tanpa sinyal seluler di Kerinci pada akhir 2026: 52 desa, turun 1 dibanding 2025.',
        'Sejak 2024 terpasang 20 titik di Kerinci, 1 di antaranya pada 2026.',
        'Target 2024: 17 titik terpasang dari rencana 17 (100%, sesuai/melampaui target).',
      ],
      en: [
        'Villages without cellular signal in Kerinci at the end of 2026: 52 (down 1 from 2025).',
        'Sites installed in Kerinci since 2024: 20, of which 1 in 2026.',
        '2024 target: 17 sites installed against a plan of 17 (100%, on or above target).',
      ],
    });
  });

  it('words zero left, no sites, no plan, missing data and no data at all', () => {
    const zero = blankspot([
      [2025, 1, 0, 0],
      [2026, 0, 0, 0],
    ]);
    expect(
      text(
        spotlightNarrative({ code: '15.71', name: 'Kota Jambi', blankspot: zero, targets: TARGETS, dataYear: 2026 }),
      ),
    ).toEqual({
      id: [
        'Di Kota Jambi tidak ada lagi desa tanpa sinyal seluler pada akhir 2026 (akhir 2025: 1).',
        'Belum ada titik terpasang di Kota Jambi.',
        'Tidak ada pemasangan yang direncanakan untuk Kota Jambi pada 2024.',
      ],
      en: [
        'No village in Kota Jambi was left without cellular signal at the end of 2026 (end of 2025: 1).',
        'No sites have been installed in Kota Jambi yet.',
        'No installations were planned for Kota Jambi in 2024.',
      ],
    });
    const missing = blankspot([
      [2025, 1, 0, 1],
      [2026, null, null, 0],
    ]);
    expect(
      text(
        spotlightNarrative({
          code: '15.72',
          name: 'Kota Sungai Penuh',
          blankspot: missing,
          targets: TARGETS,
          dataYear: 2026,
        }),
      ).id,
    ).toEqual([
      'Data cakupan sinyal 2026 belum tersedia; pada akhir 2025, desa tanpa sinyal seluler di Kota Sungai Penuh: 1 desa.',
      'Titik terpasang di Kota Sungai Penuh: 1, semuanya pada 2025.',
      'Tidak ada pemasangan yang direncanakan untuk Kota Sungai Penuh pada 2024.',
    ]);
    const none = spotlightNarrative({
      code: '15.09',
      name: 'Tebo',
      blankspot: blankspot([]),
      targets: targets([]),
      dataYear: 2026,
    });
    expect(text(none).en).toEqual([
      'Coverage data for Tebo are not available yet.',
      'No sites have been installed in Tebo yet.',
      'No installation targets per regency have been set.',
    ]);
  });
});

describe('figures of a narrative', () => {
  it('marks every figure in the sentence and lists each once in the slide table, formatted as written', () => {
    const sentences = blankspotNarrative(
      blankspot([
        [2025, 1276, 160, 10],
        [2026, 1268, 254, 9],
      ]),
      2026,
    );
    const t = i18n.getFixedT('id');
    const marked = sentenceParts(sentences[0] as Sentence, t, 'id').filter((p) => typeof p !== 'string');
    expect(marked.map((p) => (typeof p === 'string' ? p : [p.fact.id, p.text]))).toEqual([
      ['blankspot.year', '2026'],
      ['blankspot.remaining', '1.268'],
      ['blankspot.served', '254'],
    ]);
    const table = factsTable(sentences, t, 'id', { name: 'Angka', value: 'Nilai' });
    const rows = Object.fromEntries(table.rows.map((r) => [r.key, r.cells]));
    expect(rows['blankspot.remaining']).toEqual(['Desa tanpa sinyal, akhir 2026', '1.268']);
    expect(rows['blankspot.change']).toEqual(['Perubahan 2025–2026 (desa)', '8']);
    expect(rows['projection.zeroYear']).toEqual(['Perkiraan tahun mencapai nol', '2185']);
    // Every number written in the sentences is a value in the table.
    const numbers = (s: string) => s.match(/\d[\d.,]*\d|\d/g) ?? [];
    const inTable = new Set(table.rows.flatMap((r) => numbers(r.cells.join(' '))));
    for (const s of sentences) for (const n of numbers(sentenceText(s, t, 'id'))) expect(inTable).toContain(n);
  });
});
