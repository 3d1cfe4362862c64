// Pure figures + areas → model → option/table, on inline figures (hand-written numbers), without a DOM. The presenting
// map's labels are also laid out by ECharts itself (server-side SVG rendering, the real boundary file) at the wall's
// and the briefing's chart sizes.

import { readFileSync } from 'node:fs';
import { MapChart } from 'echarts/charts';
import { AriaComponent, GeoComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { init, registerMap, setPlatformAPI, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { sampleManifest } from '../../../tests/helpers/sample-manifest.ts';
import type { FigureSet } from '../../coordinator/use-figures.ts';
import type { Row } from '../../data/rows.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import { resolve } from '../../indicators/catalog.ts';
import { toFigures } from '../../indicators/results.ts';
import { fitChartLayout } from '../../ui/chart-layout.ts';
import type { ChartOption } from '../../ui/chart-types.ts';
import { echartsThemeName } from '../../ui/theme.ts';
import { type MapMeasure, mapRequests } from './requests.ts';
import {
  featureNames,
  isBlank,
  type MapModel,
  mapName,
  type OptionContext,
  REGENCY_MAP,
  scaleMax,
  toModel,
  toOption,
  topArea,
  toTable,
  wrapName,
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
      '<img src=x\nonerror=alert(1)>\n–', // canvas text, never HTML; a long name on two lines
    ]);
    expect((toOption(model, ctx) as unknown as Labelled).series[0]?.label.show).toBe(false);
  });

  it('presenting: long names on two lines, label sizes at the slide’s scale, the map at its true proportions', () => {
    expect(wrapName('Tanjung Jabung Timur')).toBe('Tanjung\nJabung Timur'); // lines of 7 and 12 characters, not 14 and 5
    expect(wrapName('Kota Sungai Penuh')).toBe('Kota Sungai\nPenuh'); // 11 and 5, not 4 and 12
    expect(wrapName('Muaro Jambi')).toBe('Muaro Jambi'); // 11 characters: one line
    expect(wrapName('Pelayangankotabaru')).toBe('Pelayangankotabaru'); // no space to break at
    const long = toModel(PROVINCE, [...AREAS.slice(0, 2), { code: '15.71', name: 'Tanjung Jabung Barat' }], manifest);
    type Presented = {
      series: {
        preserveAspect?: string;
        label: { fontSize: number; lineHeight: number; formatter: (p: unknown) => string };
        data: { name: string; label?: { offset: number[] } }[];
      }[];
    };
    const wall = (toOption(long, { ...ctx, present: true }) as unknown as Presented).series[0];
    expect(wall?.label.formatter({ name: '15.71' })).toBe('Tanjung\nJabung Barat\n–');
    expect(wall?.preserveAspect).toBe('contain');
    expect([wall?.label.fontSize, wall?.label.lineHeight]).toEqual([12, 14]);
    // Kota Jambi (15.71): 16 px right of and two 14 px lines below its point; Merangin 8 px right.
    expect(wall?.data.find((d) => d.name === '15.71')?.label?.offset).toEqual([16, 28]);
    expect(wall?.data.find((d) => d.name === '15.02')?.label?.offset).toEqual([8, 0]);
    // A slide at scale 1.5: 12 × 1.5 = 18 px text, 14 × 1.5 = 21 px lines, offsets [16, 28] × 1.5.
    const slide = (toOption(long, { ...ctx, present: true, labelScale: 1.5 }) as unknown as Presented).series[0];
    expect([slide?.label.fontSize, slide?.label.lineHeight]).toEqual([18, 21]);
    expect(slide?.data.find((d) => d.name === '15.71')?.label?.offset).toEqual([24, 42]);
    // In a workspace the map fills its box as before, with no label offsets.
    const desk = (toOption(long, ctx) as unknown as Presented).series[0];
    expect(desk?.preserveAspect).toBeUndefined();
    expect(desk?.data.every((d) => d.label === undefined)).toBe(true);
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

// Advance widths (em) of DejaVu Sans Bold, the font Chromium draws the labels in on these machines (system-ui falls
// back to it), measured with canvas measureText at 100 px; a letter not listed counts as 0.8 em (wider than any here).
const EM: Record<string, number> = {
  ' ': 0.35,
  ',': 0.38,
  '%': 1,
  '–': 0.5,
  a: 0.67,
  b: 0.72,
  e: 0.68,
  g: 0.72,
  h: 0.71,
  i: 0.34,
  j: 0.34,
  l: 0.34,
  m: 1.04,
  n: 0.71,
  o: 0.69,
  r: 0.49,
  t: 0.48,
  u: 0.71,
  B: 0.76,
  J: 0.37,
  K: 0.77,
  M: 1,
  P: 0.73,
  S: 0.72,
  T: 0.68,
};
const textWidth = (text: string, px: number) =>
  [...text].reduce((w, c) => w + px * (EM[c] ?? (/\d/.test(c) ? 0.7 : 0.8)), 0);

// The province as published on 27 Nov 2026 (blankspot share, %): every regency and city with its name.
const PROVINCE_AREAS: [string, string, number | null][] = [
  ['15.01', 'Kerinci', 18.1],
  ['15.02', 'Merangin', 29.3],
  ['15.03', 'Sarolangun', 26.6],
  ['15.04', 'Batanghari', 10.5],
  ['15.05', 'Muaro Jambi', 5.2],
  ['15.06', 'Tanjung Jabung Barat', 30.6],
  ['15.07', 'Tanjung Jabung Timur', 34.4],
  ['15.08', 'Bungo', 3.9],
  ['15.09', 'Tebo', 7.8],
  ['15.71', 'Kota Jambi', 0],
  ['15.72', 'Kota Sungai Penuh', 1.4],
];

// The map's chart as measured in Chromium: on the wall page "wilayah" (two tiles) at 1920×1080 and 3840×2160, where
// fitChartLayout scales the option by the wall's text scale (2, 4); on the briefing's map slide at 1920×1080 and
// 3840×2160, where the slide's chart scale (1.5, 2.5) comes in as labelScale.
const SCREENS = [
  { name: 'wall 1920×1080', width: 907, height: 591, wall: 2 },
  { name: 'wall 3840×2160', width: 1818, height: 1186, wall: 4 },
  { name: 'briefing 1920×1080', width: 1417, height: 495, slide: 1.5 },
  { name: 'briefing 3840×2160', width: 3096, height: 1088, slide: 2.5 },
] as const;

interface Box {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Every text ECharts lays out (a label's lines joined), as boxes in chart px, read from the rendered scene. */
function laidOutText(option: ChartOption, width: number, height: number, theme: string): Box[] {
  const chart = init(null, theme, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    chart.renderToSVGString();
    type Rect = { x: number; y: number; width: number; height: number; applyTransform(m: unknown): void };
    type Span = {
      type: string;
      style: { text?: string };
      parent?: unknown;
      transform?: unknown;
      getBoundingRect(): { clone(): Rect };
    };
    const list = (
      chart.getZr() as unknown as { storage: { getDisplayList(update: boolean): Span[] } }
    ).storage.getDisplayList(true);
    const boxes = new Map<unknown, Box>();
    for (const el of list) {
      if (el.type !== 'tspan' || !el.style.text) continue;
      const r = el.getBoundingRect().clone();
      if (el.transform) r.applyTransform(el.transform);
      const key = el.parent ?? el;
      const box = boxes.get(key);
      if (box) {
        box.text += `\n${el.style.text}`;
        box.x0 = Math.min(box.x0, r.x);
        box.y0 = Math.min(box.y0, r.y);
        box.x1 = Math.max(box.x1, r.x + r.width);
        box.y1 = Math.max(box.y1, r.y + r.height);
      } else boxes.set(key, { text: el.style.text, x0: r.x, y0: r.y, x1: r.x + r.width, y1: r.y + r.height });
    }
    return [...boxes.values()];
  } finally {
    chart.dispose();
  }
}

describe('regency map labels, presenting (laid out by ECharts)', () => {
  beforeAll(() => {
    use([MapChart, AriaComponent, GeoComponent, TooltipComponent, VisualMapComponent, SVGRenderer]);
    setPlatformAPI({
      measureText: (text: string, font?: string) => ({
        width: textWidth(text ?? '', Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12)),
      }),
    } as unknown as Parameters<typeof setPlatformAPI>[0]);
    const geo = JSON.parse(readFileSync('public/data/jambi-regencies.geojson', 'utf8'));
    registerMap(REGENCY_MAP, geo);
  });

  const province: MapModel = {
    measure: 'blankspot_share',
    regencyCode: null,
    period: '2026-01-01..2026-11-27',
    areas: PROVINCE_AREAS.map(([code, name, value]) => ({
      code,
      name,
      value: { indicator: 'blankspot_share', period: '2026-01-01..2026-11-27', scope: `regency=${code}`, value },
      counts: { blankspot_villages: null, villages_total: null, sites_in_service: null },
    })),
  };
  const present: OptionContext = {
    ...ctx,
    present: true,
    labelColours: { text: '#e6edf3', halo: '#111820' },
  };

  for (const screen of SCREENS) {
    it(`${screen.name}: every area label inside the chart, apart from the others and from the colour scale`, () => {
      const scale = 'wall' in screen ? screen.wall : screen.slide;
      const option =
        'wall' in screen
          ? fitChartLayout(toOption(province, present), screen.wall, screen.width)
          : toOption(province, { ...present, labelScale: screen.slide });
      const boxes = laidOutText(option, screen.width, screen.height, echartsThemeName('dark', scale));
      const colourScale = boxes.filter((b) => b.text === 'Tinggi' || b.text === 'Rendah');
      const labels = boxes.filter((b) => !colourScale.includes(b));
      // One label per area, long names on two lines, each at the wall's (or the slide's) size.
      expect(labels.map((b) => b.text.split('\n')[0]).sort()).toEqual(
        PROVINCE_AREAS.map(([, name]) => wrapName(name).split('\n')[0]).sort(),
      );
      expect(colourScale).toHaveLength(2);
      // The colour scale: from its top text to its bottom text, as wide as the wider of them (its bar lies within).
      const bar = {
        x0: Math.min(...colourScale.map((b) => b.x0)),
        x1: Math.max(...colourScale.map((b) => b.x1)),
        y0: Math.min(...colourScale.map((b) => b.y0)),
        y1: Math.max(...colourScale.map((b) => b.y1)),
      };
      // Labels are haloed (textBorderWidth 3): two labels must keep at least the two halves apart.
      const halo = 1.5;
      const meet = (a: Omit<Box, 'text'>, b: Omit<Box, 'text'>, gap: number) =>
        a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;
      const problems: string[] = [];
      const name = (b: Box) => b.text.split('\n').slice(0, -1).join(' ');
      for (const [i, a] of labels.entries()) {
        if (a.x0 < halo || a.y0 < halo || a.x1 > screen.width - halo || a.y1 > screen.height - halo)
          problems.push(`${name(a)} leaves the chart`);
        if (meet(a, bar, halo)) problems.push(`${name(a)} on the colour scale`);
        for (const b of labels.slice(i + 1)) if (meet(a, b, 2 * halo)) problems.push(`${name(a)} meets ${name(b)}`);
      }
      expect(problems).toEqual([]);
    });
  }
});
