// The "what changed" comparison and its sentences over a hand-written history: nothing changed, one change, many,
// no previous version, the same version, a rollback, a pinned version missing from the history, a new year. The
// expected differences are counted by hand from the fixtures (268 → 256 is 12 fewer; 16,9 % → 16,2 % is 0,7
// points; 93,448 and 93,41 both show as 93,4, so no change), and the sentences are written out in full.
import { describe, expect, it } from 'vitest';
import { i18n } from '../i18n/i18n.ts';
import { whatChanged as messages } from '../i18n/narrative/what-changed.ts';
import type { HistoryEntry, HistoryFigure } from '../indicators/history.ts';
import { HEADLINE_KEYS } from '../indicators/history-headlines.ts';
import { type Sentence, whatChanged, whatChangedSentences } from './what-changed.ts';
import { whatChangedParts, whatChangedText } from './what-changed-text.ts';

const f = (
  key: HistoryFigure['key'],
  indicator: HistoryFigure['indicator'],
  period: string,
  value: number | null,
  scope = '',
): HistoryFigure => ({ key, indicator, period, scope, value });

const entry = (version: string, as_of: string, figures: HistoryFigure[]): HistoryEntry => ({
  history_version: 1,
  version,
  as_of,
  generated_at: `${as_of}T00:00:00+07:00`,
  figures,
});

const NOV = '2026-01-01..2026-11-27';
const DEC = '2026-01-01..2026-12-04';
const BAKTI = 'programme=BAKTI BTS 4G';
const DUMISAKE = 'programme=Dumisake Internet Desa';

/** Published 27 Nov 2026. */
const A = entry('aaaaaaaa11111111', '2026-11-27', [
  f('blankspot_villages', 'blankspot_villages', NOV, 268),
  f('blankspot_share', 'blankspot_share', NOV, 16.908),
  f('installations_year', 'installations', NOV, 9),
  f('installations_year_programme', 'installations', NOV, 7, BAKTI),
  f('uptime_30d', 'uptime', '2026-10-29..2026-11-27', 93.448),
  f('sites_down', 'sites_in_service', '2026-11-27', 13, 'status=offline'),
]);

/** 4 Dec 2026, every figure as shown unchanged (uptime 93,41 still shows 93,4). */
const SAME = entry('cccccccc33333333', '2026-12-04', [
  f('blankspot_villages', 'blankspot_villages', DEC, 268),
  f('blankspot_share', 'blankspot_share', DEC, 16.908),
  f('installations_year', 'installations', DEC, 9),
  f('installations_year_programme', 'installations', DEC, 7, BAKTI),
  f('uptime_30d', 'uptime', '2026-11-05..2026-12-04', 93.41),
  f('sites_down', 'sites_in_service', '2026-12-04', 13, 'status=offline'),
]);

/** 4 Dec 2026, one change: two more sites down. */
const ONE = entry('dddddddd44444444', '2026-12-04', [
  f('blankspot_villages', 'blankspot_villages', DEC, 268),
  f('blankspot_share', 'blankspot_share', DEC, 16.908),
  f('installations_year', 'installations', DEC, 9),
  f('installations_year_programme', 'installations', DEC, 7, BAKTI),
  f('uptime_30d', 'uptime', '2026-11-05..2026-12-04', 93.41),
  f('sites_down', 'sites_in_service', '2026-12-04', 15, 'status=offline'),
]);

/** 4 Dec 2026, four changes: 12 fewer blankspot villages, their share 0,7 points lower, 2 more sites, a new programme. */
const MANY = entry('bbbbbbbb22222222', '2026-12-04', [
  f('blankspot_villages', 'blankspot_villages', DEC, 256),
  f('blankspot_share', 'blankspot_share', DEC, 16.1514),
  f('installations_year', 'installations', DEC, 11),
  f('installations_year_programme', 'installations', DEC, 7, BAKTI),
  f('installations_year_programme', 'installations', DEC, 2, DUMISAKE),
  f('uptime_30d', 'uptime', '2026-11-05..2026-12-04', 93.41),
  f('sites_down', 'sites_in_service', '2026-12-04', 13, 'status=offline'),
]);

/** 5 Jan 2027: the installation year starts again (a new period, not a fall from 9 to 3). */
const NEW_YEAR = entry('eeeeeeee55555555', '2027-01-05', [
  f('blankspot_villages', 'blankspot_villages', '2027-01-01..2027-01-05', 268),
  f('blankspot_share', 'blankspot_share', '2027-01-01..2027-01-05', 16.908),
  f('installations_year', 'installations', '2027-01-01..2027-01-05', 3),
  f('installations_year_programme', 'installations', '2027-01-01..2027-01-05', 1, BAKTI),
  f('uptime_30d', 'uptime', '2026-12-07..2027-01-05', 93.448),
  f('sites_down', 'sites_in_service', '2027-01-05', 13, 'status=offline'),
]);

const texts = (sentences: readonly Sentence[]) => ({
  id: sentences.map((s) => whatChangedText(s, i18n.getFixedT('id'), 'id')),
  en: sentences.map((s) => whatChangedText(s, i18n.getFixedT('en'), 'en')),
});

describe('whatChanged: the changes per headline figure', () => {
  it('many: value then, value now and the difference as shown, per key and scope in headline order', () => {
    const w = whatChanged([A, MANY], MANY.version);
    if (w.kind !== 'compared') throw new Error(w.kind);
    expect(w.baseline.version).toBe(A.version);
    expect(w.rollback).toBe(false);
    const rows = w.changes.map((c) => [
      c.key,
      c.scope,
      c.then?.value ?? null,
      c.now?.value ?? null,
      c.difference,
      c.status,
    ]);
    expect(rows).toEqual([
      ['blankspot_villages', '', 268, 256, -12, 'down'],
      ['blankspot_share', '', 16.908, 16.1514, -0.7, 'down'],
      ['installations_year', '', 9, 11, 2, 'up'],
      ['installations_year_programme', BAKTI, 7, 7, 0, 'same'],
      ['installations_year_programme', DUMISAKE, null, 2, null, 'missing-then'],
      ['uptime_30d', '', 93.448, 93.41, 0, 'same'],
      ['sites_down', 'status=offline', 13, 13, 0, 'same'],
    ]);
    const blank = w.changes[0];
    expect([blank?.unit, blank?.then?.period, blank?.now?.period]).toEqual(['villages', NOV, DEC]);
  });

  it('a flow of another year is a new period, not a fall', () => {
    const w = whatChanged([A, NEW_YEAR], NEW_YEAR.version);
    if (w.kind !== 'compared') throw new Error(w.kind);
    const inst = w.changes.find((c) => c.key === 'installations_year');
    expect([inst?.status, inst?.difference]).toEqual(['new-period', null]);
    // A stock (the latest survey year) is compared across years: the same 268 is no change.
    expect(w.changes.find((c) => c.key === 'blankspot_villages')?.status).toBe('same');
  });

  it('picks the baseline: the previous publication, the pinned version, or the latest after a rollback', () => {
    const history = [A, SAME, MANY];
    const base = (version: string, pinned: string | null = null) => {
      const w = whatChanged(history, version, pinned);
      return w.kind === 'compared' ? [w.baseline.version, w.rollback, w.pinnedMissing] : w.kind;
    };
    expect(base(MANY.version)).toEqual([SAME.version, false, null]);
    expect(base(MANY.version, A.version)).toEqual([A.version, false, null]);
    expect(base(A.version)).toEqual([MANY.version, true, null]);
    expect(base(SAME.version, MANY.version)).toEqual([MANY.version, true, null]);
    expect(base(MANY.version, 'ffffffff00000000')).toEqual([SAME.version, false, 'ffffffff00000000']);
    expect(base(MANY.version, MANY.version)).toBe('same');
    expect(whatChanged([A], A.version).kind).toBe('first');
    expect(whatChanged([A], 'ffffffff00000000').kind).toBe('no-history');
    expect(whatChanged([], A.version).kind).toBe('no-history');
  });
});

describe('whatChangedSentences (id, en)', () => {
  it('zero changes: says nothing changed, and names no figure', () => {
    const s = whatChangedSentences(whatChanged([A, SAME], SAME.version));
    expect(texts(s)).toEqual({
      id: ['Sejak 27 Nov 2026, tidak ada angka utama yang berubah.'],
      en: ['Since 27 Nov 2026, none of the headline figures has changed.'],
    });
  });

  it('one change: the change itself, then that the rest did not change', () => {
    const s = whatChangedSentences(whatChanged([A, ONE], ONE.version));
    expect(texts(s)).toEqual({
      id: [
        'Sejak 27 Nov 2026, titik mati naik 2 dari 13 titik menjadi 15 titik (4 Des 2026).',
        'Angka utama lainnya tidak berubah.',
      ],
      en: [
        'Since 27 Nov 2026, sites down rose by 2 from 13 sites to 15 sites (4 Dec 2026).',
        'The other headline figures have not changed.',
      ],
    });
  });

  it('many changes: how many, each with then, now, difference, unit and period', () => {
    const s = whatChangedSentences(whatChanged([A, MANY], MANY.version));
    expect(texts(s)).toEqual({
      id: [
        'Sejak 27 Nov 2026, 4 angka utama berubah.',
        'Desa tanpa sinyal seluler turun 12 dari 268 desa menjadi 256 desa (2026 s.d. 4 Des).',
        'Persentase desa tanpa sinyal seluler turun 0,7 poin dari 16,9% menjadi 16,2% (2026 s.d. 4 Des).',
        'Titik terpasang tahun berjalan naik 2 dari 9 titik menjadi 11 titik (2026 s.d. 4 Des).',
        'Titik Dumisake Internet Desa terpasang tahun berjalan kini 2 titik (2026 s.d. 4 Des); sebelumnya belum ada angkanya.',
        'Angka utama lainnya tidak berubah.',
      ],
      en: [
        'Since 27 Nov 2026, 4 headline figures have changed.',
        'Villages without cellular signal fell by 12 from 268 villages to 256 villages (2026 to 4 Dec).',
        'The share of villages without cellular signal fell by 0.7 points from 16.9% to 16.2% (2026 to 4 Dec).',
        'Sites installed this year rose by 2 from 9 sites to 11 sites (2026 to 4 Dec).',
        'Dumisake Internet Desa sites installed this year: now 2 sites (2026 to 4 Dec); there was no figure before.',
        'The other headline figures have not changed.',
      ],
    });
  });

  it('every number of a change carries what it is: figure, period, scope, the baseline version', () => {
    const [, first] = whatChangedSentences(whatChanged([A, MANY], MANY.version));
    const numbers = whatChangedParts(first as Sentence, i18n.getFixedT('id'), 'id')
      .filter((p) => p.kind === 'figure' || p.kind === 'delta')
      .map((p) => [p.text, p.attrs]);
    expect(numbers).toEqual([
      [
        '12',
        {
          'data-delta-of': 'blankspot_villages',
          'data-period': DEC,
          'data-scope': '',
          'data-baseline-indicator': 'blankspot_villages',
          'data-baseline-period': NOV,
          'data-baseline-version': A.version,
          'data-value': '-12',
        },
      ],
      [
        '268 desa',
        {
          'data-recorded-of': 'blankspot_villages',
          'data-period': NOV,
          'data-scope': '',
          'data-value': '268',
          'data-version': A.version,
        },
      ],
      [
        '256 desa',
        { 'data-indicator': 'blankspot_villages', 'data-period': DEC, 'data-scope': '', 'data-value': '256' },
      ],
    ]);
  });

  it('no previous version: says there is nothing to compare with', () => {
    expect(texts(whatChangedSentences(whatChanged([A], A.version)))).toEqual({
      id: [
        'Belum ada publikasi sebelumnya untuk dibandingkan: ini versi data pertama yang tercatat (versi aaaaaaaa11111111, data per 27 Nov 2026).',
      ],
      en: [
        'There is no earlier publication to compare with: this is the first data version recorded (version aaaaaaaa11111111, data as of 27 Nov 2026).',
      ],
    });
  });

  it('the previous briefing was on the same version: the data have not changed', () => {
    expect(texts(whatChangedSentences(whatChanged([A, MANY], MANY.version, MANY.version)))).toEqual({
      id: ['Data belum berubah sejak briefing sebelumnya: versi data masih bbbbbbbb22222222 (data per 4 Des 2026).'],
      en: [
        'The data have not changed since the previous briefing: the data version is still bbbbbbbb22222222 (data as of 4 Dec 2026).',
      ],
    });
  });

  it('rollback: says plainly that the data shown are older, then the changes against the newer version', () => {
    const expected = {
      id: [
        'Data yang tampil (versi aaaaaaaa11111111, data per 27 Nov 2026) lebih lama daripada versi bbbbbbbb22222222 (data per 4 Des 2026) yang dipakai sebelumnya: data telah dikembalikan ke versi sebelumnya.',
        'Dibanding data per 4 Des 2026 (versi bbbbbbbb22222222), 4 angka utama berubah.',
        'Desa tanpa sinyal seluler naik 12 dari 256 desa menjadi 268 desa (2026 s.d. 27 Nov).',
        'Persentase desa tanpa sinyal seluler naik 0,7 poin dari 16,2% menjadi 16,9% (2026 s.d. 27 Nov).',
        'Titik terpasang tahun berjalan turun 2 dari 11 titik menjadi 9 titik (2026 s.d. 27 Nov).',
        'Titik Dumisake Internet Desa terpasang tahun berjalan tidak ada lagi dalam data; sebelumnya 2 titik (2026 s.d. 4 Des).',
        'Angka utama lainnya tidak berubah.',
      ],
      en: [
        'The data shown (version aaaaaaaa11111111, data as of 27 Nov 2026) are older than version bbbbbbbb22222222 (data as of 4 Dec 2026) used before: the data were rolled back to an earlier version.',
        'Compared with the data as of 4 Dec 2026 (version bbbbbbbb22222222), 4 headline figures have changed.',
        'Villages without cellular signal rose by 12 from 256 villages to 268 villages (2026 to 27 Nov).',
        'The share of villages without cellular signal rose by 0.7 points from 16.2% to 16.9% (2026 to 27 Nov).',
        'Sites installed this year fell by 2 from 11 sites to 9 sites (2026 to 27 Nov).',
        'Dumisake Internet Desa sites installed this year: no longer in the data; before: 2 sites (2026 to 4 Dec).',
        'The other headline figures have not changed.',
      ],
    };
    // Rolled back with no briefing pinned, and a briefing pinned to the newer version: the same sentences.
    expect(texts(whatChangedSentences(whatChanged([A, MANY], A.version)))).toEqual(expected);
    expect(texts(whatChangedSentences(whatChanged([A, MANY], A.version, MANY.version)))).toEqual(expected);
  });

  it('a pinned version missing from the history is said, then the previous publication is used', () => {
    const s = whatChangedSentences(whatChanged([A, ONE], ONE.version, 'ffffffff00000000'));
    expect(texts(s).id).toEqual([
      'Versi data briefing sebelumnya (ffffffff00000000) tidak ada dalam riwayat; pembandingnya publikasi sebelumnya.',
      'Sejak 27 Nov 2026, titik mati naik 2 dari 13 titik menjadi 15 titik (4 Des 2026).',
      'Angka utama lainnya tidak berubah.',
    ]);
  });

  it('same data date, another version (a corrected export): names the version it is measured from', () => {
    const corrected = entry('dddddddd66666666', '2026-11-27', ONE.figures);
    const s = whatChangedSentences(whatChanged([A, corrected], corrected.version));
    expect(texts(s).id[0]).toBe(
      'Sejak versi data aaaaaaaa11111111 (data per 27 Nov 2026), titik mati naik 2 dari 13 titik menjadi 15 titik (4 Des 2026).',
    );
  });

  it('a new year: the flow is a new period with both years named, no rise or fall', () => {
    const s = whatChangedSentences(whatChanged([A, NEW_YEAR], NEW_YEAR.version));
    const t = texts(s);
    expect(t.id).toContain(
      'Titik terpasang tahun berjalan kini 3 titik (2027 s.d. 5 Jan), periode baru; sebelumnya 9 titik (2026 s.d. 27 Nov).',
    );
    expect(t.en).toContain(
      'Sites installed this year: now 3 sites (2027 to 5 Jan), a new period; before: 9 sites (2026 to 27 Nov).',
    );
  });

  it('the history does not hold the version shown: says the changes cannot be computed', () => {
    expect(texts(whatChangedSentences(whatChanged([A], 'ffffffff00000000'))).id).toEqual([
      'Riwayat angka utama belum mencatat versi data yang tampil (ffffffff00000000), jadi perubahannya tidak dapat dihitung.',
    ]);
  });
});

describe('the message file', () => {
  const flat = (obj: object, prefix = ''): [string, string][] =>
    Object.entries(obj).flatMap(([k, v]) =>
      typeof v === 'object' && v !== null
        ? flat(v, `${prefix}${k}.`)
        : [[`${prefix}${k}`, String(v)] as [string, string]],
    );
  const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

  it('English has the keys and placeholders of Indonesian, and a label for every headline', () => {
    const id = flat(messages.id);
    const en = new Map(flat(messages.en));
    expect([...en.keys()].sort()).toEqual(id.map(([k]) => k).sort());
    for (const [k, v] of id) expect([k, placeholders(en.get(k) ?? '')]).toEqual([k, placeholders(v)]);
    expect(Object.keys(messages.id.label).sort()).toEqual([...HEADLINE_KEYS].sort());
  });
});
