// Pure: the figures of the KPI requests (inline rows turned into figures by the catalog's toFigures, as the
// coordinator does) → model → cards in words and the table. Data as of 27 Nov 2026: 2026 is incomplete.
import { planRows, yearRows } from '../../tests/helpers/fake-engine.ts';
import { sampleManifest } from '../../tests/helpers/sample-manifest.ts';
import type { Row } from '../data/rows.ts';
import { type Filters, NO_FILTERS } from '../filters/filters.ts';
import { i18n } from '../i18n/i18n.ts';
import { INDICATORS, resolve } from '../indicators/catalog.ts';
import { asOfFor, toFigures } from '../indicators/results.ts';
import { cellAttrs, cellText } from '../ui/table-model.ts';
import { type KpiCardView, phraseText, toCards, toTable } from './card-words.ts';
import { type KpiSets, kpiModel } from './kpis/model.ts';
import { type KpiSlot, kpiRequestSlots } from './kpis/requests.ts';
import { kpiDates } from './periods.ts';

const manifest = sampleManifest('2026-11-27');

/** The figures the coordinator would hand over for these filters and rows (a slot without rows: no figure). */
function sets(filters: Filters, rows: Partial<Record<KpiSlot, Row[]>>): KpiSets {
  const out: KpiSets = {};
  for (const [slot, req] of kpiRequestSlots(filters, kpiDates(manifest))) {
    const r = resolve(req);
    out[slot] = toFigures(r, rows[slot] ?? [], asOfFor(INDICATORS[r.indicator], manifest));
  }
  return out;
}

const window = (value: number, from: string, to: string): Row[] => [
  { value, numerator: null, denominator: null, period_from: from, period_to: to },
];

// The sample data's province figures (uptime invented: 97,84 and 97,36 differ by 0,48 but show as 97,8 and 97,4).
const PROVINCE: Partial<Record<KpiSlot, Row[]>> = {
  blankspot: yearRows({ 2021: 285, 2024: 281, 2025: 276, 2026: 268 }),
  blankspotTarget: planRows({ 2025: 240, 2026: 225 }),
  villages4g: yearRows({ 2025: 980, 2026: 1011 }),
  villages4gShare: yearRows({ 2025: 61.8296, 2026: 63.7855 }),
  planInstallations: [{ value: 2 }],
  plannedInstallations: planRows({ 2024: 90, 2025: 10, 2026: 10 }),
  installations: [{ value: 9 }],
  installationsBaseline: [{ value: 9 }],
  sitesInService: [{ value: 312 }],
  uptime: window(97.84, '2026-10-29', '2026-11-27'),
  uptimeBaseline: window(97.36, '2026-09-29', '2026-10-28'),
  repeatersActive: [{ value: 6 }],
  repeatersPlanned: [{ value: 10 }],
};

const t = i18n.getFixedT('id');
const cardsFor = (filters: Filters, rows: Partial<Record<KpiSlot, Row[]>>) =>
  toCards(kpiModel(sets(filters, rows)), { lang: 'id', t, filters });
const byId = (cards: KpiCardView[], id: string) => {
  const c = cards.find((x) => x.id === id);
  if (!c) throw new Error(id);
  return {
    period: c.period,
    value: c.value.text,
    context: c.context && phraseText(c.context),
    change: c.change?.text ?? null,
    sentiment: c.change?.sentiment ?? null,
    basis: phraseText(c.basis),
    note: c.note && phraseText(c.note),
    ignored: c.ignored,
  };
};

describe('KPI cards', () => {
  const cards = cardsFor(NO_FILTERS, PROVINCE);

  it('show the latest survey year as incomplete, against the previous complete year, with its target', () => {
    // 268 − 276 = −8; 8 / 276 = 2,9 %. The 2021 figure is not the baseline.
    expect(byId(cards, 'blankspot')).toEqual({
      period: '2026 s.d. 27 Nov',
      value: '268',
      context: 'desa tanpa sinyal seluler',
      change: 'turun 8 (2,9%)',
      sentiment: 'good',
      basis: 'dibanding periode lengkap sebelumnya (2025): 276',
      note: 'Target 2026: 225',
      ignored: [],
    });
    // 1.011 − 980 = 31; 31 / 980 = 3,2 %.
    expect(byId(cards, 'villages4g')).toMatchObject({
      period: '2026 s.d. 27 Nov',
      value: '1.011',
      context: '63,8% dari desa yang disurvei',
      change: 'naik 31 (3,2%)',
      sentiment: 'good',
      basis: 'dibanding periode lengkap sebelumnya (2025): 980',
    });
  });

  it('set programme installations of the year so far against the year’s plan, and compare all installations like for like', () => {
    expect(byId(cards, 'plan')).toMatchObject({
      period: '2026 s.d. 27 Nov',
      value: '2',
      change: null,
      basis: 'dari rencana 10 untuk 2026',
    });
    expect(byId(cards, 'installations')).toMatchObject({
      period: '2026 s.d. 27 Nov',
      value: '9',
      change: 'tetap',
      basis: 'dibanding rentang yang sama tahun lalu (2025 s.d. 27 Nov): 9',
    });
  });

  it('compare uptime as shown (97,8 − 97,4 = 0,4 points, not 0,48) and set repeaters against their plan', () => {
    expect(byId(cards, 'uptime')).toMatchObject({
      period: '29 Okt 2026–27 Nov 2026',
      value: '97,8%',
      context: '30 hari s.d. hari terakhir telemetri',
      change: 'naik 0,4 poin persen',
      sentiment: 'good',
      basis: 'dibanding rentang sebelumnya yang sama panjang (29 Sep 2026–28 Okt 2026): 97,4%',
    });
    expect(byId(cards, 'sitesInService')).toMatchObject({
      period: '27 Nov 2026',
      value: '312',
      change: null,
      basis: 'tanpa pembanding',
    });
    expect(byId(cards, 'repeaters')).toMatchObject({
      period: '27 Nov 2026',
      value: '6',
      basis: 'dari 10 unit dalam rencana (semua status)',
    });
  });

  it('carry the data-* attributes of every figure on them', () => {
    const blankspot = cards.find((c) => c.id === 'blankspot');
    expect(blankspot?.value.attrs).toEqual({
      'data-indicator': 'blankspot_villages',
      'data-period': '2026-01-01..2026-11-27',
      'data-scope': '',
      'data-value': '268',
    });
    const figuresIn = (c: KpiCardView | undefined) =>
      [...(c?.basis ?? []), ...(c?.note ?? []), ...(c?.context ?? [])].flatMap((p) =>
        typeof p === 'string' ? [] : [p.attrs],
      );
    expect(figuresIn(blankspot)).toEqual([
      { 'data-indicator': 'blankspot_villages', 'data-period': '2025', 'data-scope': '', 'data-value': '276' },
      { 'data-indicator': 'blankspot_target', 'data-period': '2026', 'data-scope': '', 'data-value': '225' },
    ]);
    expect(figuresIn(cards.find((c) => c.id === 'installations'))).toEqual([
      {
        'data-indicator': 'installations',
        'data-period': '2025-01-01..2025-11-27',
        'data-scope': '',
        'data-value': '9',
      },
    ]);
    expect(figuresIn(cards.find((c) => c.id === 'villages4g'))[1]).toMatchObject({
      'data-indicator': 'villages_4g_share',
      'data-value': '63.7855',
    });
  });

  it('say which active filters a card ignores (regency 15.02 and programme Dumisake Internet Desa)', () => {
    const filters: Filters = { ...NO_FILTERS, regencies: ['15.02'], programmes: ['Dumisake Internet Desa'] };
    const merangin = cardsFor(filters, { ...PROVINCE, blankspot: yearRows({ 2025: 63, 2026: 63 }) });
    expect(byId(merangin, 'blankspot')).toMatchObject({
      value: '63',
      change: 'tetap',
      ignored: ['Filter program tidak berlaku untuk angka ini.'],
    });
    expect(merangin.find((c) => c.id === 'blankspot')?.value.attrs?.['data-scope']).toBe('regency=15.02');
    expect(byId(merangin, 'plan').ignored).toEqual(['Filter program tidak berlaku untuk angka ini.']);
    expect(byId(merangin, 'installations').ignored).toEqual([]);
    expect(merangin.find((c) => c.id === 'installations')?.value.attrs?.['data-scope']).toBe(
      'regency=15.02;programme=Dumisake Internet Desa',
    );
    // A district filter: the target is a regency/province figure; the blankspot count honours the district.
    const district = cardsFor({ ...NO_FILTERS, districts: ['15.02.01'] }, PROVINCE);
    expect(byId(district, 'blankspot').ignored).toEqual([
      'Target blankspot: Filter kecamatan tidak berlaku untuk angka ini.',
    ]);
  });

  it('with a year filter on a complete year: that year, the year before, and its whole plan', () => {
    const y2024: Filters = { ...NO_FILTERS, yearFrom: 2024, yearTo: 2024 };
    const c = cardsFor(y2024, {
      ...PROVINCE,
      blankspot: yearRows({ 2023: 286, 2024: 281 }),
      planInstallations: [{ value: 83 }],
      installations: [{ value: 91 }],
      installationsBaseline: [{ value: 88 }],
    });
    expect(byId(c, 'blankspot')).toMatchObject({ period: '2024', change: 'turun 5 (1,7%)' });
    expect(byId(c, 'plan')).toMatchObject({ period: '2024', value: '83', basis: 'dari rencana 90 untuk 2024' });
    // 91 − 88 = 3; 3 / 88 = 3,4 %.
    expect(byId(c, 'installations')).toMatchObject({
      period: '2024',
      change: 'naik 3 (3,4%)',
      basis: 'dibanding rentang yang sama tahun lalu (2023): 88',
    });
  });

  it('say so when there is nothing to compare with, and that the filters found nothing at all', () => {
    const first = cardsFor(NO_FILTERS, { ...PROVINCE, blankspot: yearRows({ 2026: 268 }), plannedInstallations: [] });
    expect(byId(first, 'blankspot')).toMatchObject({ change: null, basis: 'belum ada pembanding' });
    expect(byId(first, 'plan')).toMatchObject({ basis: 'belum ada rencana untuk tahun ini' });
    const zero = { value: 0 };
    const nothing = sets(NO_FILTERS, {
      planInstallations: [zero],
      installations: [zero],
      installationsBaseline: [zero],
      sitesInService: [zero],
      uptime: window(0, '2026-10-29', '2026-11-27').map((r) => ({ ...r, value: null })),
      repeatersActive: [zero],
      repeatersPlanned: [zero],
    });
    expect(kpiModel(nothing).empty).toBe(true);
    expect(kpiModel(sets(NO_FILTERS, PROVINCE)).empty).toBe(false);
  });
});

describe('KPI table', () => {
  it('lists exactly the figures on the cards, with their periods, comparisons and attributes', () => {
    const model = kpiModel(sets(NO_FILTERS, PROVINCE));
    const ctx = { lang: 'id' as const, t, filters: NO_FILTERS };
    const table = toTable(model, toCards(model, ctx), ctx);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Angka',
      'Periode',
      'Nilai',
      'Perubahan',
      'Nilai pembanding',
      'Dasar pembanding',
    ]);
    expect(table.rows.map((r) => r.cells.map(cellText))).toEqual([
      [
        'Desa blankspot',
        '2026 s.d. 27 Nov',
        '268',
        'turun 8 (2,9%)',
        '276',
        'dibanding periode lengkap sebelumnya (2025)',
      ],
      ['Target desa blankspot', '2026', '225', '–', '–', '–'],
      [
        'Desa dengan sinyal 4G',
        '2026 s.d. 27 Nov',
        '1.011',
        'naik 31 (3,2%)',
        '980',
        'dibanding periode lengkap sebelumnya (2025)',
      ],
      ['Persentase desa dengan sinyal 4G', '2026 s.d. 27 Nov', '63,8%', '–', '–', '–'],
      ['Titik program terpasang', '2026 s.d. 27 Nov', '2', '–', '10', 'dibanding rencana/target (2026)'],
      [
        'Titik terpasang (semua program)',
        '2026 s.d. 27 Nov',
        '9',
        'tetap',
        '9',
        'dibanding rentang yang sama tahun lalu (2025 s.d. 27 Nov)',
      ],
      ['Titik dalam layanan', '27 Nov 2026', '312', '–', '–', 'tanpa pembanding'],
      [
        'Rata-rata uptime titik',
        '29 Okt 2026–27 Nov 2026',
        '97,8%',
        'naik 0,4 poin persen',
        '97,4%',
        'dibanding rentang sebelumnya yang sama panjang (29 Sep 2026–28 Okt 2026)',
      ],
      ['Repeater GSM aktif', '27 Nov 2026', '6', '–', '10', 'dibanding rencana/target (27 Nov 2026)'],
    ]);
    const plan = table.rows.find((r) => r.key === 'plan')?.cells ?? [];
    expect(cellAttrs(plan[2] ?? '')).toMatchObject({ 'data-indicator': 'plan_installations', 'data-value': '2' });
    expect(cellAttrs(plan[4] ?? '')).toEqual({
      'data-indicator': 'planned_installations',
      'data-period': '2026',
      'data-scope': '',
      'data-value': '10',
    });
  });
});
