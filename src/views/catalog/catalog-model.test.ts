import { CONTRACT } from '../../data/contract.ts';
import { columnRules, fileSize, frequencyKey, isKeyColumn } from './catalog-model.ts';

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
