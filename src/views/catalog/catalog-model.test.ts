import { CONTRACT } from '../../data/contract.ts';
import { PANEL_IDS, type PanelId } from '../../panels/define-panel.ts';
import {
  columnRules,
  fileSize,
  frequencyKey,
  indicatorScreens,
  isKeyColumn,
  panelMessagesKey,
  reportedDate,
  signedValue,
} from './catalog-model.ts';

describe('catalog model', () => {
  it('formats file sizes in the active language, with the exact byte count', () => {
    expect(fileSize(883, 'id')).toEqual({ value: '883', unit: 'B', exact: '883' });
    expect(fileSize(1_377_386, 'id')).toEqual({ value: '1,3', unit: 'MB', exact: '1.377.386' });
    expect(fileSize(1_377_386, 'en')).toEqual({ value: '1.3', unit: 'MB', exact: '1,377,386' });
    expect(fileSize(25_665, 'id')).toEqual({ value: '25,1', unit: 'KB', exact: '25.665' });
  });

  it('lists allowed values, patterns, ranges and references from the contract', () => {
    const col = (id: keyof typeof CONTRACT, name: string) => {
      const c = CONTRACT[id].columns.find((x) => x.name === name);
      if (!c) throw new Error(name);
      return c;
    };
    expect(columnRules(col('regencies', 'type'))).toEqual([{ kind: 'oneOf', values: ['Kabupaten', 'Kota'] }]);
    expect(columnRules(col('villages', 'regency_code'))).toEqual([
      { kind: 'pattern', pattern: '^15\\.\\d{2}$' },
      { kind: 'references', target: 'regencies.regency_code' },
    ]);
    expect(columnRules(col('site_daily', 'uptime_pct'))).toEqual([{ kind: 'range', min: 0, max: 100 }]);
    expect(columnRules(col('villages', 'name'))).toEqual([]);
    expect(isKeyColumn(CONTRACT.site_daily, 'date')).toBe(true);
    expect(isKeyColumn(CONTRACT.site_daily, 'users')).toBe(false);
    expect(frequencyKey('tidak tetap')).toBe('tidakTetap');
  });
});

describe('indicator screens and published dates', () => {
  it('lists the registry panels that show an indicator, then the explore and briefing screens', () => {
    const panels = Object.fromEntries(PANEL_IDS.map((id) => [id, { indicators: [] as string[] }])) as Record<
      PanelId,
      { indicators: never[] }
    >;
    (panels['regency-map'].indicators as string[]).push('blankspot_share', 'sites_per_100_villages');
    (panels.kpis.indicators as string[]).push('blankspot_share');
    expect(indicatorScreens('blankspot_share', panels)).toEqual([
      { kind: 'panel', panel: 'kpis' },
      { kind: 'panel', panel: 'regency-map' },
      { kind: 'briefing', part: 'map' },
    ]);
    expect(indicatorScreens('villages_total', panels)).toEqual([{ kind: 'explore', part: 'drill' }]);
    expect(indicatorScreens('downlink', panels)).toEqual([]);
    expect(panelMessagesKey('installations-by-regency')).toBe('installationsByRegency');
  });

  it('writes published periods and dates as reported, and differences with their sign', () => {
    expect(reportedDate('2021', 'id')).toBe('2021');
    expect(reportedDate('2022-07', 'id')).toBe('Jul 2022');
    expect(reportedDate('2021-10', 'en')).toBe('Oct 2021');
    expect(reportedDate('2023-12-27', 'id')).toBe('27 Des 2023');
    expect(reportedDate('2022..2024', 'id')).toBe('2022–2024');
    expect(signedValue('blankspot_villages', -12, 'id')).toBe('−12');
    expect(signedValue('villages_4g_share', 1.25, 'id')).toBe('+1,3');
    expect(signedValue('installations', 0, 'en')).toBe('0');
  });
});
