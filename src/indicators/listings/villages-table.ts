// The villages table of the analyst workspace (#/explore) and its export: one row per village, a listing rather than
// an indicator. How the filters apply (through VILLAGE_SCOPE and SITE_SCOPE, src/indicators/scopes.ts):
//   regency, district     → the village;
//   programme, technology,
//   status, year          → the village's sites (a site's year: installation year, else budget year): `sites`
//                           counts the sites that pass, whatever their status; when a programme, technology or
//                           status filter is set the table lists only the villages with at least one such site
//                           ("desa dengan titik program terpilih"), so its row count is NOT the villages_total
//                           indicator;
//                           `sites_in_service` counts the village's sites as the sites_in_service indicator does
//                           (installed, active or offline; programme, technology and status apply, the year does
//                           not), so the rows add up to that indicator for the same place;
//   year                  → also the survey year: the latest survey year inside the year range (else the latest)
//                           gives each village's best signal and blankspot flag, as blankspot_villages reads it.
import type { QueryRequest } from '../../data/engine-types.ts';
import { type Filters, normaliseFilters, predicate, type SqlFragment } from '../../filters/filters.ts';
import { IN_SERVICE } from '../defs/common.ts';
import { honoured } from '../resolve.ts';
import { VILLAGE_SCOPE } from '../scopes.ts';
import { type ListingColumn, siteFilter } from './sites-table.ts';

export const VILLAGES_TABLE = 'villages-table';

/** The place filters (regency, district) as one predicate over `villages v`. */
export function placeFilter(filters: Filters): SqlFragment {
  return predicate(honoured(filters, ['regency', 'district']), VILLAGE_SCOPE);
}

/** The latest survey year within the year filter, as the body of a one-row CTE `latest(year)`. */
export function latestSurveyYear(filters: Filters): SqlFragment {
  const years = predicate(honoured(filters, ['year']), { year: 'c.year' });
  return { sql: `SELECT max(c.year) AS year FROM village_coverage c WHERE ${years.sql}`, params: years.params };
}

/** Programme, technology or status set: the villages table keeps only villages with a matching site. */
export function restrictsToSites(filters: Filters): boolean {
  const f = normaliseFilters(filters);
  return f.programmes.length + f.technologies.length + f.statuses.length > 0;
}

export const VILLAGES_TABLE_COLUMNS: readonly ListingColumn[] = [
  { name: 'village_code', type: 'VARCHAR' },
  { name: 'village_name', type: 'VARCHAR' },
  { name: 'kind', type: 'VARCHAR' },
  { name: 'isolated', type: 'BOOLEAN' },
  { name: 'district_code', type: 'VARCHAR' },
  { name: 'district_name', type: 'VARCHAR' },
  { name: 'regency_code', type: 'VARCHAR' },
  { name: 'regency_name', type: 'VARCHAR' },
  { name: 'coverage_year', type: 'INTEGER' },
  { name: 'best_signal', type: 'VARCHAR' },
  { name: 'is_blankspot', type: 'BOOLEAN', indicator: 'blankspot_villages' },
  { name: 'sites', type: 'INTEGER' },
  { name: 'sites_in_service', type: 'INTEGER', indicator: 'sites_in_service' },
];

/**
 * One row per village (see the rules above) with the columns of VILLAGES_TABLE_COLUMNS, by village code:
 * `sites` counts the matching sites whatever their status, `sites_in_service` as the indicator of that name.
 */
export function villagesTableQuery(filters: Filters): QueryRequest & { columns: readonly ListingColumn[] } {
  const latest = latestSurveyYear(filters);
  const year = siteFilter(filters, ['year']);
  const attrs = siteFilter(filters, ['programme', 'technology', 'status']);
  const place = placeFilter(filters);
  const sql = `
WITH latest AS (${latest.sql}),
site_counts AS (
  SELECT s.village_code, CAST(count(*) FILTER (WHERE ${year.sql}) AS INTEGER) AS sites,
    CAST(count(*) FILTER (WHERE ${IN_SERVICE}) AS INTEGER) AS sites_in_service
  FROM sites s
  WHERE ${attrs.sql}
  GROUP BY s.village_code
)
SELECT v.village_code, v.name AS village_name, v.kind, v.isolated, v.district_code, v.district_name, v.regency_code,
  r.name AS regency_name, CAST(l.year AS INTEGER) AS coverage_year, c.best_signal, c.is_blankspot,
  coalesce(sc.sites, 0) AS sites, coalesce(sc.sites_in_service, 0) AS sites_in_service
FROM villages v
JOIN regencies r ON r.regency_code = v.regency_code
CROSS JOIN latest l
LEFT JOIN village_coverage c ON c.village_code = v.village_code AND c.year = l.year
LEFT JOIN site_counts sc ON sc.village_code = v.village_code
WHERE ${place.sql}${restrictsToSites(filters) ? ' AND sc.sites > 0' : ''}
ORDER BY v.village_code`;
  return {
    sql,
    params: [...latest.params, ...year.params, ...attrs.params, ...place.params],
    tables: ['villages', 'regencies', 'village_coverage', 'sites'],
    columns: VILLAGES_TABLE_COLUMNS,
  };
}
