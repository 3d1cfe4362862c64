// The sites table of the analyst workspace (#/explore) and its export: one row per site, a listing rather than an
// indicator. Every filter applies, through SITE_SCOPE (src/indicators/scopes.ts); a site's year for the year filter
// is its installation year, or its budget year while it is not installed (a "2024" slice holds the sites installed
// in 2024 and those planned for 2024).
//
// uptime_30d is a per-site listing value (not an indicator figure): the mean uptime of the site's days in the 30
// days up to the last day in site_daily (that day included); NULL, never 0, for a site that sent nothing then. It
// reads the per-site cube site_daily_by_site_30d (src/data/rollups.ts: the sum and the count of those days per
// site, written at publish time), never the raw site_daily, so a cross-filter click does not scan telemetry.
import type { QueryRequest } from '../../data/engine-types.ts';
import type { ExportColumn } from '../../data/export/csv.ts';
import { SITE_RECENT_DAYS } from '../../data/rollups.ts';
import { type Filters, predicate, type SqlFragment } from '../../filters/filters.ts';
import { honoured } from '../resolve.ts';
import { SITE_SCOPE, SITES_FROM } from '../scopes.ts';
import type { FilterDim, IndicatorId } from '../types.ts';

export const SITES_TABLE = 'sites-table';

/** A site's year for the listings' year filter: installed → installation year; not yet installed → budget year. */
export const LISTING_SITE_YEAR = 'coalesce(CAST(year(s.installed_on) AS INTEGER), s.budget_year)';

/** The filters that select sites by their own attributes (year as above, programme, technology, status). */
export const SITE_DIMS: readonly FilterDim[] = ['year', 'programme', 'technology', 'status'];

/** The site filters (not the place filters) as one predicate over `sites s`. */
export function siteFilter(filters: Filters, dims: readonly FilterDim[] = SITE_DIMS): SqlFragment {
  return predicate(honoured(filters, dims), { ...SITE_SCOPE, year: LISTING_SITE_YEAR });
}

/** Days counted back from the last telemetry day for uptime_30d (that day included): the cube's window. */
export const RECENT_DAYS = SITE_RECENT_DAYS;

/** A listing column: its export type and, when it is counted by an indicator's definition, that indicator. */
export interface ListingColumn extends ExportColumn {
  indicator?: IndicatorId;
}

export const SITES_TABLE_COLUMNS: readonly ListingColumn[] = [
  { name: 'site_id', type: 'VARCHAR' },
  { name: 'village_code', type: 'VARCHAR' },
  { name: 'village_name', type: 'VARCHAR' },
  { name: 'district_code', type: 'VARCHAR' },
  { name: 'district_name', type: 'VARCHAR' },
  { name: 'regency_code', type: 'VARCHAR' },
  { name: 'regency_name', type: 'VARCHAR' },
  { name: 'programme', type: 'VARCHAR' },
  { name: 'technology', type: 'VARCHAR' },
  { name: 'status', type: 'VARCHAR' },
  { name: 'budget_year', type: 'INTEGER' },
  { name: 'installed_on', type: 'DATE' },
  { name: 'bandwidth_mbps', type: 'DOUBLE' },
  { name: 'uptime_30d', type: 'DOUBLE' },
  { name: 'days_30d', type: 'INTEGER' },
];

/** One row per site matching every filter, with the columns of SITES_TABLE_COLUMNS, by site_id. */
export function sitesTableQuery(filters: Filters): QueryRequest & { columns: readonly ListingColumn[] } {
  const p = predicate(filters, { ...SITE_SCOPE, year: LISTING_SITE_YEAR });
  const sql = `
SELECT s.site_id, s.village_code, v.name AS village_name, v.district_code, v.district_name, v.regency_code,
  r.name AS regency_name, s.programme, s.technology, s.status, s.budget_year, s.installed_on, s.bandwidth_mbps,
  u.uptime_sum / u.site_days AS uptime_30d, coalesce(u.site_days, 0) AS days_30d
FROM ${SITES_FROM}
JOIN regencies r ON r.regency_code = v.regency_code
LEFT JOIN site_daily_by_site_30d u ON u.site_id = s.site_id
WHERE ${p.sql}
ORDER BY s.site_id`;
  return {
    sql,
    params: p.params,
    tables: ['sites', 'villages', 'regencies', 'site_daily_by_site_30d'],
    columns: SITES_TABLE_COLUMNS,
  };
}
