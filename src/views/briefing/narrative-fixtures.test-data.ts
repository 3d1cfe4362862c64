// Fixture query results for the narrative tests: the rows each panel's query returns, small and worked by hand.
import type { Row } from '../../data/rows.ts';
import { toModel as blankspotModel } from '../../panels/blankspot-reduction/to-option.ts';
import { toModel as trendsModel } from '../../panels/connectivity-trends/to-option.ts';
import { toModel as mapModel } from '../../panels/regency-map/to-option.ts';
import { toModel as repeaterModel } from '../../panels/repeater-plan/to-option.ts';
import { toIsolatedModel } from './isolated-model.ts';
import { toTargetsModel } from './targets-model.ts';

export const blankspot = (rows: [number, number | null, number | null, number][]) =>
  blankspotModel(
    rows.map(([year, b, served, installations]): Row => ({ year, blankspot: b, served, installations, target: null })),
  );

export const map = (
  rows: [string, string, number | null][],
  metric: 'blankspot' | 'sites',
  year: number | null = 2026,
) =>
  mapModel(
    rows.map(([code, name, value]) => ({
      code,
      name,
      value,
      covered: null,
      villages: null,
      coverage_year: metric === 'blankspot' ? year : null,
    })),
    metric,
    null,
  );

export const targets = (
  rows: [number, string | null, string | null, number | null, number, number | null, number | null][],
) =>
  toTargetsModel(
    rows.map(([year, regency_code, regency_name, planned, installed, blankspot_target, blankspot]) => ({
      year,
      regency_code,
      regency_name,
      planned,
      installed,
      blankspot_target,
      blankspot,
    })),
  );

export const repeaters = (units: [string, string, string, string | null, string | null, string | null][]) =>
  repeaterModel(
    units.map(([site_id, regency, status, installed_on, before, after]) => ({
      site_id,
      status,
      installed_on,
      village_code: `15.0${regency.length % 9}.01.2001`,
      village_name: `Desa ${site_id}`,
      district_name: 'Kec',
      regency_code: regency === 'Kerinci' ? '15.01' : regency === 'Merangin' ? '15.02' : '15.03',
      regency_name: regency,
      before_year: 2023,
      before_signal: before,
      after_year: installed_on ? 2026 : null,
      after_signal: after,
    })),
  );

export const trends = (periods: string[], groups: Record<string, (number | null)[]>, grain: 'week' | 'day' = 'week') =>
  trendsModel(
    Object.entries(groups).flatMap(([grp, values]) =>
      periods.map((period, i) => ({
        dim: 'programme',
        grp,
        period,
        grain,
        first_day: periods[0] ?? null,
        last_day: periods.at(-1) ?? null,
        partial_weeks: false,
        uptime: values[i] ?? null,
        downlink: null,
        data_gb: null,
        users: null,
      })),
    ),
  );

export const isolated = (rows: [string, string, string | null, string | null][], coverageYear: number | null = 2026) =>
  toIsolatedModel(
    rows.map(([village_name, regency_name, installed_on, best_signal], i) => ({
      village_code: `15.02.01.20${String(i).padStart(2, '0')}`,
      village_name,
      district_name: 'Kec',
      regency_code: '15.02',
      regency_name,
      site_id: installed_on ? `IDD-${i}` : null,
      programme: installed_on ? 'Dumisake Internet Desa' : null,
      technology: installed_on ? 'VSAT' : null,
      installed_on,
      sites: installed_on ? 1 : 0,
      coverage_year: coverageYear,
      best_signal,
    })),
  );
