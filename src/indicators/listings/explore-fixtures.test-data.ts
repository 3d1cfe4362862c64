// Hand-made fixture tables for the explore listings (villages table, sites table, drill-down, a village's history);
// the figures are worked out by hand in the tests' comments. The last telemetry day is 2024-12-31. Alpha has a
// decommissioned site (S-A3), Renah Kemumu a planned one (S-R2): neither is in service.

import type { TestEngine } from '../../../tests/helpers/duckdb-node.ts';
import type { Cell } from '../../data/rows.ts';

type Rows = Record<string, Cell>[];

export const REGENCIES: Rows = [
  { regency_code: '15.01', bps_code: '1501', name: 'Kerinci', type: 'Kabupaten' },
  { regency_code: '15.02', bps_code: '1502', name: 'Merangin', type: 'Kabupaten' },
];

const village = (code: string, name: string, districtName: string, kind: string, isolated: boolean) => ({
  village_code: code,
  district_code: code.slice(0, 8),
  district_name: districtName,
  regency_code: code.slice(0, 5),
  name,
  kind,
  isolated,
});

export const VILLAGES: Rows = [
  village('15.01.01.2001', 'Alpha', 'Gunung Kerinci', 'desa', false),
  village('15.01.01.2002', 'Béta', 'Gunung Kerinci', 'desa', false),
  village('15.02.01.2001', 'Renah Kemumu', 'Jangkat', 'desa', true),
  village('15.02.02.1001', 'Kota Bangko', 'Bangko', 'kelurahan', false),
];

const cov = (village_code: string, year: number, best_signal: string, is_blankspot: boolean) => ({
  village_code,
  year,
  best_signal,
  is_blankspot,
});

export const COVERAGE: Rows = [
  cov('15.01.01.2001', 2023, 'none', true),
  cov('15.01.01.2001', 2024, '4G', false),
  cov('15.01.01.2002', 2023, '3G', false),
  cov('15.01.01.2002', 2024, '3G', false),
  cov('15.02.01.2001', 2023, 'none', true),
  cov('15.02.01.2001', 2024, 'none', true),
  cov('15.02.02.1001', 2023, '4G', false), // no 2024 survey row
];

export const SITES: Rows = [
  {
    site_id: 'S-A1',
    village_code: '15.01.01.2001',
    programme: 'Dumisake Internet Desa',
    technology: 'VSAT',
    status: 'active',
    budget_year: 2023,
    installed_on: '2023-06-01',
    bandwidth_mbps: 20,
  },
  {
    site_id: 'S-A2',
    village_code: '15.01.01.2001',
    programme: 'BAKTI BTS 4G',
    technology: 'BTS 4G',
    status: 'active',
    budget_year: 2024,
    installed_on: '2024-03-10',
    bandwidth_mbps: 100,
  },
  {
    site_id: 'S-A3',
    village_code: '15.01.01.2001',
    programme: 'BAKTI Internet Desa',
    technology: 'VSAT',
    status: 'decommissioned',
    budget_year: 2022,
    installed_on: '2022-08-01',
    bandwidth_mbps: 5,
  },
  {
    site_id: 'S-R1',
    village_code: '15.02.01.2001',
    programme: 'Dumisake Internet Desa',
    technology: 'VSAT',
    status: 'offline',
    budget_year: 2024,
    installed_on: '2024-05-05',
    bandwidth_mbps: 10,
  },
  {
    site_id: 'S-R2',
    village_code: '15.02.01.2001',
    programme: 'Dumisake GSM Repeater',
    technology: 'GSM repeater',
    status: 'planned',
    budget_year: 2025,
    installed_on: null,
    bandwidth_mbps: null,
  },
];

const day = (site_id: string, date: string, uptime_pct: number) => ({
  site_id,
  date,
  uptime_pct,
  down_mbps: 10,
  data_gb: 1,
  users: 5,
});

export const SITE_DAILY: Rows = [
  day('S-A1', '2023-12-31', 10), // before the 12-month window (2024-01 … 2024-12)
  day('S-A1', '2024-01-15', 90),
  day('S-A1', '2024-12-01', 0), // in December, but not in the last 30 days (2024-12-02 … 2024-12-31)
  day('S-A1', '2024-12-02', 50),
  day('S-A1', '2024-12-31', 100),
  day('S-R1', '2024-11-15', 80),
  day('S-R1', '2024-11-16', 60),
];

export function loadFixtures(engine: TestEngine): void {
  engine.load('regencies', REGENCIES);
  engine.load('villages', VILLAGES);
  engine.load('village_coverage', COVERAGE);
  engine.load('sites', SITES);
  engine.load('site_daily', SITE_DAILY);
}
