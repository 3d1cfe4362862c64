// Pure figures → model → option/table and the projection sentence, on inline rows turned into figures by the
// catalog's toFigures (as the coordinator does), without a DOM. Data as of 27 Nov 2026: 2026 is incomplete.
import { planRows } from '../../../tests/helpers/fake-engine.ts';
import type { Row } from '../../data/rows.ts';
import { NO_FILTERS } from '../../filters/filters.ts';
import { i18n } from '../../i18n/i18n.ts';
import { resolve } from '../../indicators/catalog.ts';
import { toFigures } from '../../indicators/results.ts';
import type { IndicatorId } from '../../indicators/types.ts';
import { cellAttrs, cellText } from '../../ui/table-model.ts';
import { projectionText, toModel } from './model.ts';
import { projectBlankspot } from './projection.ts';
import { BAND_BASE, labelledYears, toOption, toTable } from './to-option.ts';

const AS_OF = '2026-11-27';
const figs = (indicator: IndicatorId, rows: Row[]) =>
  toFigures(resolve({ indicator, filters: NO_FILTERS, by: ['year'] }), rows, AS_OF);
const years = (values: Record<number, number>) => Object.entries(values).map(([y, value]) => ({ year: +y, value }));

// The sample data's province figures.
const FIGURES = {
  blankspot: figs('blankspot_villages', years({ 2021: 285, 2022: 288, 2023: 286, 2024: 281, 2025: 276, 2026: 268 })),
  served: figs('villages_served', years({ 2021: 0, 2022: 110, 2023: 150, 2024: 200, 2025: 203, 2026: 205 })),
  target: figs('blankspot_target', planRows({ 2022: 280, 2023: 270, 2024: 255, 2025: 240, 2026: 225 })),
};

const id = i18n.getFixedT('id');
const en = i18n.getFixedT('en');
const ctx = {
  lang: 'id' as const,
  labels: {
    blankspot: 'Desa tanpa sinyal',
    served: 'Dilayani <Internet Desa>',
    target: 'Target',
    projection: 'Tren',
    band: 'Rentang',
  },
  villagesAxis: 'Desa',
  missing: 'Tidak ada data cakupan',
  ariaDescription: 'desc',
  yearLabel: 'Tahun',
};

type Series = { name: string; data: unknown[]; stack?: string; yAxisIndex?: number };

describe('blankspot reduction model', () => {
  const model = toModel(FIGURES);

  it('labels the incomplete year and fits the projection on the complete years only', () => {
    expect(model.incomplete).toMatchObject({ year: 2026, period: '2026-01-01..2026-11-27', incomplete: true });
    // 2021–2025 (285 288 286 281 276): slope −2,5 (projection.test.ts works it out). With 2026's 268 in the last
    // five (2022–2026: 288 286 281 276 268, mean 279,8, Sxy = −2·8,2 − 6,2 + 0 − 3,8 − 2·11,8 = −50) it would be −5.
    expect(model.projection).toEqual(
      projectBlankspot(years({ 2021: 285, 2022: 288, 2023: 286, 2024: 281, 2025: 276 })),
    );
    if (model.projection.kind !== 'trend') throw new Error(model.projection.kind);
    expect(model.projection.slope).toBeCloseTo(-2.5, 9);
  });

  it('runs from the first year with a figure to the horizon the sentence names, without holes', () => {
    expect(model.years.map((y) => y.year)).toEqual(Array.from({ length: 15 }, (_, i) => 2021 + i));
    const y2021 = model.years[0];
    expect([y2021?.blankspot?.value, y2021?.served?.value, y2021?.target]).toEqual([285, 0, null]);
    expect(model.years.find((y) => y.year === 2030)).toMatchObject({ blankspot: null, served: null, target: null });
    expect(model.hasData).toBe(true);
  });

  it('states the method, the rate with its range and that zero is not reached by the horizon', () => {
    // At 2035: 253,2 with the range 241,5–264,9 (projection.test.ts) → 242–265 villages.
    expect(projectionText(model.projection, 'id', id)).toBe(
      'proyeksi garis kuadrat terkecil atas 5 tahun lengkap terakhir (2021–2025): laju −2,5 desa/tahun ' +
        '(rentang ±1 galat baku: −3,5 s.d. −1,5); belum mencapai nol s.d. 2035 (perkiraan 2035: 242–265 desa)',
    );
  });

  it('names the years when the range reaches zero, and what is missing when it cannot project', () => {
    // 50 42 30 22 10: zero between 2026 (fastest) and 2027 (slowest), central 2027 (projection.test.ts).
    const falling = projectBlankspot(years({ 2021: 50, 2022: 42, 2023: 30, 2024: 22, 2025: 10 }));
    expect(projectionText(falling, 'en', en)).toBe(
      'projection, least-squares line over the last 5 complete years (2021–2025): rate −10 villages/year ' +
        '(range ±1 standard error: −10.4 to −9.6); reaches zero between 2026 and 2027 (central line 2027)',
    );
    const few = toModel({ ...FIGURES, blankspot: figs('blankspot_villages', years({ 2025: 276, 2026: 268 })) });
    expect(projectionText(few.projection, 'id', id)).toBe(
      'proyeksi butuh minimal 3 tahun lengkap; data cakupan lengkap baru ada untuk 2025',
    );
    // Without a projection the years end at the last figure (the target's 2026).
    expect(few.years.at(-1)?.year).toBe(2026);
  });

  it('has no data when no request returned a figure', () => {
    const empty = toModel({ blankspot: [], served: [], target: [] });
    expect(empty).toMatchObject({ years: [], hasData: false, incomplete: null, projection: { kind: 'none' } });
  });
});

describe('blankspot reduction option and table', () => {
  const model = toModel(FIGURES);
  const option = toOption(model, ctx) as {
    xAxis: { data: string[] };
    yAxis: unknown;
    series: Series[];
    legend: { data: string[] };
    tooltip: { formatter: (p: unknown) => string };
  };

  it('draws villages only, on one axis: no second axis, no installations', () => {
    expect(Array.isArray(option.yAxis) ? option.yAxis : [option.yAxis]).toHaveLength(1);
    expect(option.series.every((s) => s.yAxisIndex === undefined)).toBe(true);
    expect(option.series.map((s) => s.name)).toEqual([
      'Desa tanpa sinyal',
      'Dilayani <Internet Desa>',
      'Target',
      'Tren',
      BAND_BASE,
      'Rentang',
    ]);
    // The invisible base of the range is not in the legend.
    expect(option.legend.data).toEqual(['Desa tanpa sinyal', 'Dilayani <Internet Desa>', 'Target', 'Tren', 'Rentang']);
  });

  it('draws and labels the incomplete year, hollow', () => {
    expect(option.xAxis.data.slice(0, 6)).toEqual(['2021', '2022', '2023', '2024', '2025', '2026\ns.d. 27 Nov']);
    const [blankspot] = option.series;
    expect(blankspot?.data.slice(4, 7)).toEqual([276, { value: 268, symbol: 'emptyCircle', symbolSize: 10 }, null]);
  });

  it('labels every other year from the incomplete one, and the horizon year, on a long axis', () => {
    const labelled = labelledYears(model)
      .map((shown, i) => (shown ? model.years[i]?.year : null))
      .filter((y) => y !== null);
    // 2021–2035: from 2026 every other year (2022, 2024, 2028…); 2034 is next to 2035 and 2025/2027 next to 2026.
    expect(labelled).toEqual([2022, 2024, 2026, 2028, 2030, 2032, 2035]);
    const short = toModel({ ...FIGURES, blankspot: figs('blankspot_villages', years({ 2025: 276, 2026: 268 })) });
    expect(labelledYears(short).every(Boolean)).toBe(true);
  });

  it('stacks the range on its lower edge up to the horizon', () => {
    const base = option.series.find((s) => s.name === BAND_BASE);
    const band = option.series.find((s) => s.name === 'Rentang');
    expect(base?.stack).toBe('band');
    expect(band?.stack).toBe('band');
    // 2021: edges 283,2 + 2·(2,5 ∓ 0,97125) = 286,3 and 290,1 → width 3,8; 2035: 241,5 and 264,9 → width 23,4.
    expect([base?.data[0], band?.data[0]]).toEqual([286.3, 3.8]);
    expect([base?.data.at(-1), band?.data.at(-1)]).toEqual([241.5, 23.4]);
    // Given a colour, the trend line and its range share it.
    const coloured = toOption(model, { ...ctx, trendColour: '#cc79a7' }) as {
      series: { name: string; color?: string }[];
    };
    expect(coloured.series.filter((s) => s.color === '#cc79a7').map((s) => s.name)).toEqual(['Tren', 'Rentang']);
  });

  it('escapes text in the tooltip', () => {
    const html = option.tooltip.formatter([{ dataIndex: 5 }]);
    expect(html).toContain('<b>2026 s.d. 27 Nov</b>');
    expect(html).toContain('Dilayani &lt;Internet Desa&gt;: <b>205</b>');
    expect(html).not.toContain('<Internet');
  });

  it('tables exactly the figures drawn, each indicator cell with its data-* attributes', () => {
    const table = toTable(model, ctx);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Tahun',
      'Desa tanpa sinyal',
      'Dilayani <Internet Desa>',
      'Target',
      'Tren',
      'Rentang',
    ]);
    const row = (year: number) => table.rows.find((r) => r.key === String(year))?.cells ?? [];
    // 2026 (3 years after 2023): 283,2 − 7,5 = 275,7; edges 283,2 − 3·(2,5 ± 0,97125) = 272,8 and 278,6.
    expect(row(2026).map(cellText)).toEqual(['2026 s.d. 27 Nov', '268', '205', '225', '275,7', '272,8–278,6']);
    expect(cellAttrs(row(2026)[1] ?? '')).toEqual({
      'data-indicator': 'blankspot_villages',
      'data-period': '2026-01-01..2026-11-27',
      'data-scope': '',
      'data-value': '268',
    });
    expect(cellAttrs(row(2026)[3] ?? '')).toMatchObject({
      'data-indicator': 'blankspot_target',
      'data-period': '2026',
    });
    // 2023 is the centroid: the three lines meet at the mean, 283,2.
    expect(row(2023).map(cellText)).toEqual(['2023', '286', '150', '270', '283,2', '283,2–283,2']);
    expect(row(2035).map(cellText)).toEqual(['2035', '–', '–', '–', '253,2', '241,5–264,9']);
  });
});
