// Pure rows → KPI model → cards and table, on inline rows, without a DOM (real message catalogue, fixed language).
import { i18n } from '../../i18n/i18n.ts';
import {
  coverageModel,
  installationsModel,
  isEmpty,
  type KpiModel,
  repeatersModel,
  toCards,
  toTable,
  uptimeModel,
} from './to-option.ts';

const id = { lang: 'id' as const, t: i18n.getFixedT('id') };
const en = { lang: 'en' as const, t: i18n.getFixedT('en') };

const model: KpiModel = {
  coverage: coverageModel([
    { year: 2026, villages: 1585, blankspot: 268, four_g: 1010 },
    { year: 2021, villages: 1585, blankspot: 285, four_g: 900 },
  ]),
  installations: installationsModel([
    { year: 2023, sites: 80 },
    { year: 2024, sites: 80 },
  ]),
  uptime: uptimeModel([
    {
      end_date: '2026-11-27',
      current_from: '2026-10-29',
      previous_from: '2026-09-29',
      previous_to: '2026-10-28',
      current_uptime: 97.84,
      previous_uptime: 97.46,
      current_site_days: 100,
      previous_site_days: 100,
    },
  ]),
  repeaters: repeatersModel([{ planned: 10, active: 6 }]),
};

const byId = (cards: ReturnType<typeof toCards>) => Object.fromEntries(cards.map((c) => [c.id, c]));

describe('KPI cards', () => {
  const cards = byId(toCards(model, id));

  it('blankspot villages: latest year vs the first, count and per cent, direction in words', () => {
    expect(cards.blankspot).toMatchObject({
      label: 'Desa blankspot',
      value: '268',
      context: 'desa tanpa sinyal seluler, akhir 2026',
      change: 'turun 17 (6%)', // 17 / 285 = 5,96 % → "6%" at one decimal
      trend: 'down',
      sentiment: 'good',
      basisLine: 'dibanding 2021: 285',
      comparison: '285',
      basis: 'dibanding 2021',
    });
  });

  it('installed sites: latest year vs the year before, with the total', () => {
    expect(cards.installed).toMatchObject({
      value: '80',
      context: 'titik terpasang tahun 2024',
      change: 'tetap',
      trend: 'flat',
      basisLine: 'dibanding 2023: 80',
      note: 'total 160 titik, 2023–2024',
    });
  });

  it('4G share: shares rounded first, the difference in percentage points', () => {
    // 1010/1585 = 63,72 % → 63,7 %; 900/1585 = 56,78 % → 56,8 %; 63,7 − 56,8 = 6,9 points.
    expect(cards.fourG).toMatchObject({
      value: '63,7%',
      context: '1.010 dari 1.585 desa yang disurvei, 2026',
      change: 'naik 6,9 poin persen',
      trend: 'up',
      sentiment: 'good',
      basisLine: 'dibanding 2021: 56,8%',
    });
  });

  it('uptime: both windows and the difference of the shown values', () => {
    // 97,84 → 97,8; 97,46 → 97,5; difference 0,3 points (not 0,38 → 0,4).
    expect(cards.uptime).toMatchObject({
      value: '97,8%',
      context: '30 hari, 29 Okt 2026 – 27 Nov 2026',
      change: 'naik 0,3 poin persen',
      basisLine: 'dibanding 30 hari sebelumnya (29 Sep 2026 – 28 Okt 2026): 97,5%',
      comparison: '97,5%',
      basis: '30 hari sebelumnya',
    });
  });

  it('repeaters: active against planned', () => {
    expect(cards.repeaters).toMatchObject({
      label: 'Repeater GSM aktif',
      value: '6',
      change: '60% dari rencana',
      basisLine: 'dari 10 direncanakan',
      comparison: '10',
    });
    expect(cards.repeaters?.trend).toBeUndefined();
  });

  it('shows a missing previous uptime as "–", never as 0', () => {
    const m = uptimeModel([
      {
        end_date: '2026-11-27',
        current_from: '2026-10-29',
        previous_from: '2026-09-29',
        previous_to: '2026-10-28',
        current_uptime: 80,
        previous_uptime: null,
      },
    ]);
    const card = byId(toCards({ ...model, uptime: m }, id)).uptime;
    expect(card).toMatchObject({ value: '80%', change: '–', comparison: '–' });
    expect(card?.basisLine).toMatch(/: –$/);
    expect(card?.trend).toBeUndefined();
  });

  it('says there is nothing to compare with when only one year or nothing is there', () => {
    const single = coverageModel([{ year: 2022, villages: 5, blankspot: 2, four_g: 2 }]);
    const one = byId(
      toCards(
        {
          coverage: single,
          installations: installationsModel([{ year: 2024, sites: 3 }]),
          uptime: null,
          repeaters: repeatersModel([{ planned: 0, active: 0 }]),
        },
        id,
      ),
    );
    expect(one.blankspot).toMatchObject({ value: '2', change: '–', basisLine: 'belum ada pembanding' });
    expect(one.installed).toMatchObject({ value: '3', change: '–', note: 'total 3 titik, 2024–2024' });
    expect(one.uptime).toMatchObject({ value: '–', change: '–' });
    expect(one.repeaters).toMatchObject({ value: '0', change: '–', basisLine: 'dari 0 direncanakan' });
  });

  it('is empty only when no card has anything', () => {
    const nothing: KpiModel = {
      coverage: coverageModel([]),
      installations: installationsModel([]),
      uptime: uptimeModel([]),
      repeaters: repeatersModel([{ planned: 0, active: 0 }]),
    };
    expect(isEmpty(nothing)).toBe(true);
    expect(isEmpty({ ...nothing, repeaters: { planned: 1, active: 0 } })).toBe(false);
    expect(isEmpty(model)).toBe(false);
  });

  it('speaks English with English number formats', () => {
    const c = byId(toCards(model, en));
    expect(c.blankspot).toMatchObject({ change: 'down 17 (6%)', basisLine: 'compared with 2021: 285' });
    expect(c.fourG).toMatchObject({ value: '63.7%', change: 'up 6.9 percentage points' });
    expect(c.repeaters).toMatchObject({ basisLine: 'of 10 planned' });
  });
});

describe('KPI table', () => {
  it('has one row per card plus the installed total, with exactly the figures on the cards', () => {
    const cards = toCards(model, id);
    const table = toTable(model, cards, id);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Angka',
      'Nilai',
      'Keterangan',
      'Perubahan',
      'Nilai pembanding',
      'Dasar pembanding',
    ]);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['Desa blankspot', '268', 'desa tanpa sinyal seluler, akhir 2026', 'turun 17 (6%)', '285', 'dibanding 2021'],
      ['Titik terpasang', '80', 'titik terpasang tahun 2024', 'tetap', '80', 'dibanding 2023'],
      ['Total titik terpasang', '160', 'semua tahun, 2023–2024', '–', '–', '–'],
      [
        'Desa dengan sinyal 4G',
        '63,7%',
        '1.010 dari 1.585 desa yang disurvei, 2026',
        'naik 6,9 poin persen',
        '56,8%',
        'dibanding 2021',
      ],
      [
        'Rata-rata uptime titik',
        '97,8%',
        '30 hari, 29 Okt 2026 – 27 Nov 2026',
        'naik 0,3 poin persen',
        '97,5%',
        '30 hari sebelumnya',
      ],
      ['Repeater GSM aktif', '6', 'unit berstatus aktif', '60% dari rencana', '10', 'unit direncanakan (semua status)'],
    ]);
  });
});
