// Pure rows → option/table, on inline rows, without a DOM.
import type { Row } from '../../data/rows.ts';
import { featureNames, mapName, type OptionContext, toModel, toOption, topArea, toTable } from './to-option.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';

const siteRows: Row[] = [
  { code: '15.01', name: 'Kerinci', value: 12, covered: null, villages: null, coverage_year: null },
  { code: '15.02', name: 'Merangin', value: 1234, covered: null, villages: null, coverage_year: null },
  { code: '15.71', name: HOSTILE, value: 0, covered: null, villages: null, coverage_year: null },
];
const shareRows: Row[] = [
  { code: '15.02.01', name: 'Jangkat', value: 0.25, covered: 1, villages: 4, coverage_year: 2025 },
  { code: '15.02.02', name: 'Bangko', value: 1, covered: 2, villages: 2, coverage_year: 2025 },
  { code: '15.02.03', name: 'Tabir', value: 0, covered: 0, villages: 1, coverage_year: 2025 },
  { code: '15.02.04', name: 'Kosong', value: null, covered: 0, villages: 0, coverage_year: 2025 },
];

const ctx: OptionContext = {
  lang: 'id',
  metricLabel: 'Titik terpasang',
  highLabel: 'Tinggi',
  lowLabel: 'Rendah',
  ariaDescription: 'desc',
  ofVillages: (covered, villages) => `${covered} dari ${villages} desa`,
  featureNames: { '15.72': 'Kota <b>Sungai</b> Penuh' },
};

interface MapOption {
  aria: { enabled: boolean; label: { description: string } };
  animationDurationUpdate: number;
  tooltip: { trigger: string; formatter: (p: unknown) => string };
  visualMap: { min: number; max: number; text: string[]; formatter: (v: number) => string };
  series: {
    type: string;
    map: string;
    nameProperty: string;
    aspectScale: number;
    data: { name: string; value: number | null }[];
  }[];
}

describe('regency map to-option', () => {
  it('sorts areas by value, largest first, values missing last', () => {
    expect(toModel(siteRows, 'sites', null).areas.map((a) => [a.code, a.value])).toEqual([
      ['15.02', 1234],
      ['15.01', 12],
      ['15.71', 0],
    ]);
    const share = toModel(shareRows, 'share', '15.02');
    expect(share.areas.map((a) => a.code)).toEqual(['15.02.02', '15.02.01', '15.02.03', '15.02.04']);
    expect(share.coverageYear).toBe(2025);
  });

  it('draws a map series matched by code, with aspectScale 1 and the data keyed by code', () => {
    const option = toOption(toModel(siteRows, 'sites', null), ctx) as unknown as MapOption;
    expect(option.aria).toEqual({ enabled: true, label: { description: 'desc' } });
    expect(option.animationDurationUpdate).toBeLessThanOrEqual(300);
    const [series] = option.series;
    expect(series?.type).toBe('map');
    expect(series?.map).toBe('jambi-regencies');
    expect(series?.nameProperty).toBe('code');
    expect(series?.aspectScale).toBe(1);
    expect(series?.data).toEqual([
      { name: '15.02', value: 1234 },
      { name: '15.01', value: 12 },
      { name: '15.71', value: 0 },
    ]);
    expect(option.visualMap.min).toBe(0);
    expect(option.visualMap.max).toBe(1234);
    expect(option.visualMap.text).toEqual(['Tinggi', 'Rendah']);
    expect(option.visualMap.formatter(1234)).toBe('1.234');
  });

  it('uses the per-regency district map and a 0–100 % scale for the share', () => {
    const option = toOption(toModel(shareRows, 'share', '15.02'), ctx) as unknown as MapOption;
    expect(mapName('15.02')).toBe('jambi-districts-15.02');
    expect(option.series[0]?.map).toBe('jambi-districts-15.02');
    expect(option.series[0]?.data).toContainEqual({ name: '15.02.04', value: null });
    expect(option.visualMap.max).toBe(1);
    expect(option.visualMap.formatter(0.25)).toBe('25%');
  });

  it('escapes data text in the tooltip and formats the value in the active language', () => {
    const option = toOption(toModel(siteRows, 'sites', null), ctx) as unknown as MapOption;
    const hostile = option.tooltip.formatter({ name: '15.71', dataIndex: 2 });
    expect(hostile).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(hostile).not.toContain('<img');
    expect(option.tooltip.formatter({ name: '15.02', dataIndex: 0 })).toBe(
      '<b>Merangin</b><br/>Titik terpasang: <b>1.234</b>',
    );
    // An area without a row (filtered out) is named from the map's features, escaped, with no value.
    const missing = option.tooltip.formatter({ name: '15.72', dataIndex: -1 });
    expect(missing).toBe('<b>Kota &lt;b&gt;Sungai&lt;/b&gt; Penuh</b><br/>Titik terpasang: <b>–</b>');
  });

  it('shows the share with its villages in the tooltip, English formatting on request', () => {
    const en = toOption(toModel(shareRows, 'share', '15.02'), { ...ctx, lang: 'en', metricLabel: 'Signal' });
    const html = (en as unknown as MapOption).tooltip.formatter({ name: '15.02.01' });
    expect(html).toBe('<b>Jangkat</b><br/>Signal: <b>25%</b><br/>1 dari 4 desa');
  });

  it('tables exactly the coloured values, sorted by value, formatted in Indonesian', () => {
    const table = toTable(toModel(siteRows, 'sites', null), {
      lang: 'id',
      areaLabel: 'Kabupaten/kota',
      metricLabel: 'X',
    });
    expect(table.columns.map((c) => c.label)).toEqual(['Kabupaten/kota', 'X']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['Merangin', '1.234'],
      ['Kerinci', '12'],
      [HOSTILE, '0'],
    ]);
    const share = toTable(toModel(shareRows, 'share', '15.02'), {
      lang: 'id',
      areaLabel: 'Kecamatan',
      metricLabel: 'Y',
    });
    expect(share.rows.map((r) => r.cells)).toEqual([
      ['Bangko', '100%'],
      ['Jangkat', '25%'],
      ['Tabir', '0%'],
      ['Kosong', '–'],
    ]);
  });

  it('names the top area for the aria description and reads feature names by code', () => {
    expect(topArea(toModel(siteRows, 'sites', null), 'id')).toBe('Merangin 1.234');
    expect(topArea(toModel([], 'sites', null), 'id')).toBe('–');
    expect(
      featureNames({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { code: '15.01', name: 'Kerinci' }, geometry: null }],
      }),
    ).toEqual({ '15.01': 'Kerinci' });
  });
});
