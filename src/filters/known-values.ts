// The values that exist in the data, per filter dimension, with display labels: URL state is validated against
// them and the filter bar offers them.
import type { QueryRequest } from '../data/engine-types.ts';
import type { Row } from '../data/rows.ts';
import type { KnownValues } from './url-state.ts';

export interface KnownValuesWithLabels extends KnownValues {
  labels: Record<string, string>;
}

export function knownValuesQuery(): QueryRequest {
  const sql = `
SELECT 'year' AS dim, CAST(y AS VARCHAR) AS value, CAST(y AS VARCHAR) AS label FROM (
  SELECT year AS y FROM village_coverage
  UNION SELECT CAST(year(installed_on) AS INTEGER) FROM sites WHERE installed_on IS NOT NULL
  UNION SELECT year FROM targets)
UNION ALL SELECT 'regency', regency_code, name FROM regencies
UNION ALL SELECT DISTINCT 'district', district_code, district_name FROM villages
UNION ALL SELECT DISTINCT 'programme', programme, programme FROM sites
UNION ALL SELECT DISTINCT 'technology', technology, technology FROM sites
UNION ALL SELECT DISTINCT 'status', status, status FROM sites
ORDER BY 1, 2`;
  return { sql, params: [], tables: ['village_coverage', 'sites', 'targets', 'regencies', 'villages'] };
}

export function toKnownValues(rows: readonly Row[]): KnownValuesWithLabels {
  const out: KnownValuesWithLabels = {
    years: [],
    regencies: [],
    districts: [],
    programmes: [],
    technologies: [],
    statuses: [],
    labels: {},
  };
  const lists: Record<string, string[]> = {
    regency: out.regencies as string[],
    district: out.districts as string[],
    programme: out.programmes as string[],
    technology: out.technologies as string[],
    status: out.statuses as string[],
  };
  for (const r of rows) {
    const value = String(r.value);
    if (r.dim === 'year') (out.years as number[]).push(Number(value));
    else lists[String(r.dim)]?.push(value);
    out.labels[`${r.dim}:${value}`] = String(r.label ?? value);
  }
  return out;
}
