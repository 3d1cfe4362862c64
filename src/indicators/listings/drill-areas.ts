// The rows of the drill-down (#/explore): the areas one level below the drilled code, a listing rather than an
// indicator. At the province and regency levels it only names the areas (code, name) within the place filters; their
// numbers are indicators (villages_total, blankspot_villages, sites_in_service with by ['regency'] / ['district']),
// asked for through the coordinator, so the drill-down shows the same figures as every other screen.
// At the district level each area is one village: its facts (kind, isolated), its best signal and blankspot flag in
// the survey year blankspot_villages reads (the latest within the year filter), and its sites counted as
// sites_in_service counts them (installed, active or offline; programme, technology and status apply, the year does
// not), so the villages of a district add up to the district's figures.
import type { QueryRequest } from '../../data/engine-types.ts';
import type { Filters } from '../../filters/filters.ts';
import { INDICATORS } from '../catalog.ts';
import { IN_SERVICE } from '../defs/common.ts';
import { VILLAGE_SCOPE } from '../scopes.ts';
import { siteFilter } from './sites-table.ts';
import { latestSurveyYear, placeFilter } from './villages-table.ts';

export const DRILL_AREAS = 'drill-areas';

export type AreaLevel = 'province' | 'regency' | 'district';

/** What each level lists (its area code and name) and the column the drilled code is bound to. */
const LEVELS: Record<AreaLevel, { code: string; name: string; scope: string | null }> = {
  province: { code: 'v.regency_code', name: 'r.name', scope: null },
  regency: { code: 'v.district_code', name: 'v.district_name', scope: `${VILLAGE_SCOPE.regency} = ?` },
  district: { code: 'v.village_code', name: 'v.name', scope: `${VILLAGE_SCOPE.district} = ?` },
};

/** The filters sites_in_service honours, minus the place (a village's sites are in its place). */
const SERVICE_DIMS = INDICATORS.sites_in_service.filters.filter((d) => d !== 'regency' && d !== 'district');

/**
 * The areas one level down from `code` (null = the province), by code: code, name; at the district level also
 * kind, isolated, coverage_year, best_signal, is_blankspot and sites_in_service (one row per village).
 */
export function drillAreasQuery(level: AreaLevel, code: string | null, filters: Filters): QueryRequest {
  const l = LEVELS[level];
  if (l.scope !== null && code === null) throw new Error(`Drill-down level ${level} needs a code`);
  const place = placeFilter(filters);
  const scope = l.scope === null ? { sql: 'TRUE', params: [] } : { sql: l.scope, params: [code] };
  if (level !== 'district') {
    return {
      sql: `
SELECT ${l.code} AS code, min(${l.name}) AS name
FROM villages v JOIN regencies r ON r.regency_code = v.regency_code
WHERE ${scope.sql} AND ${place.sql}
GROUP BY ${l.code}
ORDER BY code`,
      params: [...scope.params, ...place.params],
      tables: ['villages', 'regencies'],
    };
  }
  const latest = latestSurveyYear(filters);
  const site = siteFilter(filters, SERVICE_DIMS);
  const sql = `
WITH latest AS (${latest.sql}),
in_service AS (
  SELECT s.village_code, CAST(count(*) AS INTEGER) AS sites
  FROM sites s
  WHERE ${IN_SERVICE} AND ${site.sql}
  GROUP BY s.village_code
)
SELECT ${l.code} AS code, ${l.name} AS name, v.kind, v.isolated, CAST(l.year AS INTEGER) AS coverage_year,
  c.best_signal, c.is_blankspot, coalesce(i.sites, 0) AS sites_in_service
FROM villages v
CROSS JOIN latest l
LEFT JOIN village_coverage c ON c.village_code = v.village_code AND c.year = l.year
LEFT JOIN in_service i ON i.village_code = v.village_code
WHERE ${scope.sql} AND ${place.sql}
ORDER BY code`;
  return {
    sql,
    params: [...latest.params, ...site.params, ...scope.params, ...place.params],
    tables: ['villages', 'village_coverage', 'sites'],
  };
}

/** The filters of the figures of one drill level: the drilled code narrows the place (regency or district). */
export function drillFilters(level: AreaLevel, code: string | null, filters: Filters): Filters {
  if (level === 'regency' && code !== null) return { ...filters, regencies: [code] };
  if (level === 'district' && code !== null) return { ...filters, districts: [code] };
  return filters;
}
