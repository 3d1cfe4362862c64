// The areas of the province, a row listing rather than an indicator: the regencies and cities (code, name), and the
// districts of one regency (code, name, from the villages list). Panels list every area, also one without figures
// (its count is then 0), and name areas from here: the data's names, not the boundary file's.
import type { QueryRequest } from '../../data/engine-types.ts';
import type { Row } from '../../data/rows.ts';

export const REGENCIES_LISTING = 'regencies';
export const DISTRICTS_LISTING = 'districts';

export interface AreaName {
  code: string;
  name: string;
}

/** Every regency, by code: columns code, name. */
export function regenciesListing(): QueryRequest {
  return {
    sql: 'SELECT r.regency_code AS code, r.name AS name FROM regencies r ORDER BY r.regency_code',
    params: [],
    tables: ['regencies'],
  };
}

/** Every district of one regency (the code a bound parameter), by code: columns code, name. */
export function districtsListing(regencyCode: string): QueryRequest {
  return {
    sql: `SELECT v.district_code AS code, min(v.district_name) AS name FROM villages v
WHERE v.regency_code = ? GROUP BY v.district_code ORDER BY v.district_code`,
    params: [regencyCode],
    tables: ['villages'],
  };
}

export function toAreaNames(rows: readonly Row[]): AreaName[] {
  return rows.map((r) => ({ code: String(r.code), name: String(r.name ?? r.code) }));
}
