// Pure figures + areas → model → option/table, on inline figures (hand-written numbers), without a DOM.

import { sampleManifest } from '../../../tests/helpers/sample-manifest.ts';
import type { FigureSet } from '../../coordinator/use-figures.ts';
import type { Row } from '../../data/rows.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import { resolve } from '../../indicators/catalog.ts';
import { toFigures } from '../../indicators/results.ts';
import { type MapMeasure, mapRequests } from './requests.ts';
import {
  featureNames,
  isBlank,
  mapName,
  type OptionContext,
  scaleMax,
  toModel,
  toOption,
  topArea,
  toTable,
} from './to-option.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';
const manifest = sampleManifest('2026-11-27');

/** The figure sets of mapRequests, answered with hand-written rows (measure, blankspot, villages, sites). */
function sets(filters: Filters, regency: string | null, rows: Row[][], measure: MapMeasure = 'blankspot_share') {
  return mapRequests(filters, measure, regency).map((r, i): FigureSet => {
    const request = resolve(r);
    return { request, figures: toFigures(request, rows[i] ?? [], '2026-11-27') };
  });
}

// Province: Kerinci 40 of 160 villages blankspot (25 %), 12 sites; Merangin 30 of 200 (15 %), 0 sites (no row);
// Kota Jambi: no village surveyed (no share, no blankspot row), 62 villages, 5 sites.
const PROVINCE = sets(NO_FILTERS, null, [
  [
    { year: 2026, regency: '15.01', value: 25, numerator: 40, denominator: 160 },
    { year: 2026, regency: '15.02', value: 15, numerator: 30, denominator: 200 },
  ],
  [
    { year: 2026, regency: '15.01', value: 40 },
    { year: 2026, regency: '15.02', value: 30 },
  ],
  [
    { regency: '15.01', value: 160 },
    { regency: '15.02', value: 200 },
    { regency: '15.71', value: 62 },
  ],
  [
    { regency: '15.01', value: 12 },
    { regency: '15.71', value: 5 },
  ],
]);
const AREAS = [
  { code: '15.01', name: 'Kerinci' },
  { code: '15.02', name: 'Merangin' },
  { code: '15.71', name: HOSTILE },
];

const ctx: OptionContext = {
  lang: 'id',
  highLabel: 'Tinggi',
  lowLabel: 'Rendah',
  ariaDescription: 'desc',
  ofVillages: (b, v) => `${b} dari ${v} desa`,
};

interface MapOption {
  aria: { enabled: boolean; label: { description: string } };
  animationDurationUpdate: number;
  tooltip: { trigger: string; formatter: (p: unknown) => string };
  visualMap: { min: number; max: number; text: string[]; formatter: (v: number) => string };
  series: { type: string; map: string; nameProperty: string; aspectScale: number; data: unknown[] }[];
}

describe('regency map to-option', () => {
  const model = toModel(PROVINCE, AREAS, manifest);

  it('colours the rate per area, largest first, an area without a survey last with no value', () => {
    expect(model.measure).toBe('blankspot_share');
    expect(model.regencyCode).toBeNull();
    expect(model.period).toBe('2026-01-01..2026-11-27');
    expect(model.areas.map((a) => [a.code, a.value?.value ?? null])).toEqual([
      ['15.01', 25],
      ['15.02', 15],
      ['15.71', null],
    ]);
    expect(isBlank(model)).toBe(false);
  });

  it('keeps the counts beside the rate: a site count without a row is 0, a survey count without one is missing', () => {
    const merangin = model.areas[1];
    expect(merangin?.counts.sites_in_service).toEqual({
      indicator: 'sites_in_service',
      period: '2026-11-27',
      scope: 'regency=15.02',
      value: 0,
    });
    expect(model.areas[2]?.counts.blankspot_villages).toBeNull();
    expect(model.areas[2]?.counts.villages_total?.value).toBe(62);
  });

  it('draws a map series matched by code, the scale from 0 to a round maximum', () => {
    const option = toOption(model, ctx) as unknown as MapOption;
    expect(option.aria).toEqual({ enabled: true, label: { description: 'desc' } });
    expect(option.animationDurationUpdate).toBeLessThanOrEqual(300);
    const [series] = option.series;
    expect(series).toMatchObject({ type: 'map', map: 'jambi-regencies', nameProperty: 'code', aspectScale: 1 });
    expect(series?.data).toEqual([
      { name: '15.01', value: 25 },
      { name: '15.02', value: 15 },
      { name: '15.71', value: null },
    ]);
    expect([option.visualMap.min, option.visualMap.max]).toEqual([0, 30]);
    expect(option.visualMap.text).toEqual(['Tinggi', 'Rendah']);
    expect(option.visualMap.formatter(12.5)).toBe('12,5%');
  });

  it('presenting: every area is labelled on the map with its name and value; in a workspace, no labels', () => {
    type Labelled = { series: { label: { show: boolean; formatter?: (p: unknown) => string } }[] };
    const shown = (toOption(model, { ...ctx, present: true }) as unknown as Labelled).series[0]?.label;
    expect(shown?.show).toBe(true);
    expect(['15.01', '15.02', '15.71'].map((name) => shown?.formatter?.({ name }))).toEqual([
      'Kerinci\n25%',
      'Merangin\n15%',
      `${HOSTILE}\n–`,
    ]);
    expect((toOption(model, ctx) as unknown as Labelled).series[0]?.label.show).toBe(false);
  });

  it('escapes data text in the tooltip, with the counts', () => {
    const option = toOption(model, ctx) as unknown as MapOption;
    expect(option.tooltip.formatter({ name: '15.01' })).toBe(
      '<b>Kerinci</b><br/>% desa blankspot: <b>25%</b><br/>Desa blankspot: 40 dari 160 desa<br/>Titik dalam layanan: <b>12</b>',
    );
    const hostile = option.tooltip.formatter({ name: '15.71' });
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(hostile).not.toContain('<img');
    expect(hostile).toContain('% desa blankspot: <b>–</b>');
  });

  it('tables the coloured rate and the counts, each value with its attributes', () => {
    const table = toTable(model, { lang: 'id', areaLabel: 'Kabupaten/kota' });
    expect(table.columns.map((c) => c.label)).toEqual([
      'Kabupaten/kota',
      '% desa blankspot',
      'Desa blankspot',
      'Desa',
      'Titik dalam layanan',
    ]);
    const text = (c: unknown) => (typeof c === 'string' ? c : (c as { text: string }).text);
    expect(table.rows.map((r) => r.cells.map(text))).toEqual([
      ['Kerinci', '25', '40', '160', '12'],
      ['Merangin', '15', '30', '200', '0'],
      [HOSTILE, '–', '–', '62', '5'],
    ]);
    expect(table.rows[0]?.cells[1]).toEqual({
      text: '25',
      attrs: {
        'data-indicator': 'blankspot_share',
        'data-period': '2026-01-01..2026-11-27',
        'data-scope': 'regency=15.01',
        'data-value': '25',
      },
    });
  });

  it('draws the districts of a drilled regency under that regency’s map', () => {
    const districts = sets(
      NO_FILTERS,
      '15.02',
      [
        [{ district: '15.02.01', value: 5.3 }],
        [],
        [{ district: '15.02.01', value: 19 }],
        [{ district: '15.02.01', value: 1 }],
      ],
      'sites_per_100_villages',
    );
    const m = toModel(
      districts,
      [
        { code: '15.02.01', name: 'Jangkat' },
        { code: '15.02.02', name: 'Bangko' },
      ],
      manifest,
    );
    expect(m.measure).toBe('sites_per_100_villages');
    expect(m.regencyCode).toBe('15.02');
    expect(mapName('15.02')).toBe('jambi-districts-15.02');
    expect((toOption(m, ctx) as unknown as MapOption).series[0]?.map).toBe('jambi-districts-15.02');
    expect(m.areas.map((a) => [a.code, a.value?.value ?? null, a.value?.scope])).toEqual([
      ['15.02.01', 5.3, 'regency=15.02;district=15.02.01'],
      ['15.02.02', null, undefined],
    ]);
    // Bangko has no site in service: 0, scoped to the drilled regency and the district.
    expect(m.areas[1]?.counts.sites_in_service?.scope).toBe('regency=15.02;district=15.02.02');
    expect(scaleMax(m)).toBe(6);
    expect(topArea(m, 'id')).toBe('Jangkat 5,3 per 100 desa');
  });

  it('is blank when no area has a value to colour, and names features by code', () => {
    expect(isBlank(toModel(sets(NO_FILTERS, null, [[], [], [], []]), AREAS, manifest))).toBe(true);
    expect(topArea(toModel(sets(NO_FILTERS, null, [[], [], [], []]), AREAS, manifest), 'id')).toBe('–');
    expect(
      featureNames({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { code: '15.01', name: 'Kerinci' }, geometry: null }],
      }),
    ).toEqual({ '15.01': 'Kerinci' });
  });
});
