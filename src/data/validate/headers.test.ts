// Header normalisation, dataset detection by headers and by file name, and codes that lost their dots/zeros.
import { describe, expect, it } from 'vitest';
import { REGENCY_CODE, VILLAGE_CODE } from '../contract.ts';
import { mangledCode } from './checker.ts';
import { datasetFromFileName, detectDataset, normalizeHeader } from './headers.ts';

describe('headers', () => {
  it('normalise case, spaces, underscores, hyphens and a BOM away', () => {
    for (const h of ['Village Code', 'village_code', ' VILLAGE_CODE ', '\uFEFFvillage-code', 'VillageCode'])
      expect(normalizeHeader(h)).toBe('villagecode');
  });

  it('detect the dataset a file matches', () => {
    expect(detectDataset(['site_id', 'date', 'uptime_pct', 'down_mbps', 'data_gb', 'users'])).toBe('site_daily');
    expect(detectDataset(['Site ID', 'Date', 'Uptime Pct', 'Down Mbps', 'Data GB'])).toBe('site_daily');
    expect(detectDataset(['regency_code', 'bps_code', 'name', 'type'])).toBe('regencies');
    expect(detectDataset(['village_code', 'year', 'best_signal', 'is_blankspot'])).toBe('village_coverage');
    expect(
      detectDataset(['site_id', 'village_code', 'programme', 'technology', 'status', 'budget_year', 'installed_on']),
    ).toBe('sites');
    expect(detectDataset(['name'])).toBeNull();
    expect(detectDataset([])).toBeNull();
    expect(detectDataset(['a', 'b', 'c'])).toBeNull();
  });

  it('take the dataset from a file name', () => {
    expect(datasetFromFileName('public/data/sites.csv')).toBe('sites');
    expect(datasetFromFileName('C:\\exports\\Site_Daily.parquet')).toBe('site_daily');
    expect(datasetFromFileName('site_daily-2024-05.csv')).toBe('site_daily');
    expect(datasetFromFileName('villages (1).csv')).toBe('villages');
    expect(datasetFromFileName('sitesx.csv')).toBeNull();
    expect(datasetFromFileName('good.csv')).toBeNull();
  });
});

describe('codes that lost their dots or leading zeros', () => {
  const village = [2, 2, 2, 4];
  it('rebuild the code when they can', () => {
    expect(mangledCode('1502012001', village, VILLAGE_CODE)).toBe('15.02.01.2001');
    expect(mangledCode('15.2.1.2001', village, VILLAGE_CODE)).toBe('15.02.01.2001');
    expect(mangledCode('15.1', [2, 2], REGENCY_CODE)).toBe('15.01');
    expect(mangledCode('15,06', [2, 2], REGENCY_CODE)).toBe('15.06');
  });
  it('prefer a candidate that exists in the reference list (15.1 may be 15.10 with its trailing zero lost)', () => {
    expect(mangledCode('15.1', [2, 2], REGENCY_CODE, new Set(['15.10']))).toBe('15.10');
    expect(mangledCode('15.1', [2, 2], REGENCY_CODE, new Set(['15.72']))).toBeNull();
  });
  it('flag numbers they cannot rebuild, and leave other text to the pattern check', () => {
    expect(mangledCode('1.50201E+09', village, VILLAGE_CODE)).toBeNull();
    expect(mangledCode('150212001', village, VILLAGE_CODE)).toBeNull();
    expect(mangledCode('15.02.01.2001a', village, VILLAGE_CODE)).toBeUndefined();
    expect(mangledCode('Desa 15', village, VILLAGE_CODE)).toBeUndefined();
    expect(mangledCode('15', village, VILLAGE_CODE)).toBeUndefined();
  });
});
