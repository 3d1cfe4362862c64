// The sites that are down, one row each: a row listing, not an indicator. Its count is `sites_down`
// (src/indicators/defs/operations.ts), whose predicate it uses with the same filters, so the list and the headline
// always agree (at the default threshold; the wall may set another, and then counts the rows of this list).
// Columns: site_id, village_code, village_name, district_name, regency_code, regency_name, programme, technology,
// status, last_date ('YYYY-MM-DD', the site's last telemetry day; NULL when it never reported), days_silent (days
// from last_date to as_of; NULL when it never reported), as_of (site_daily's last day). Sorted by days silent, the
// longest first (sites that never reported last), then regency and site.
import type { QueryRequest } from '../../data/engine-types.ts';
import { type Filters, predicate } from '../../filters/filters.ts';
import { DAYS_SILENT, DOWN_FROM, DOWN_TABLES, downPredicate, SILENT_DAYS, sitesDown } from '../defs/operations.ts';
import { honoured } from '../resolve.ts';
import { and, SITE_SCOPE } from '../scopes.ts';

export const SITES_DOWN_LISTING = 'sites-down';

/** The filters the list honours: those of sites_down (the count of its rows). */
export const SITES_DOWN_FILTERS = sitesDown.filters;

export interface SitesDownOptions {
  /** Days without telemetry after which a site that used to report counts as down (default SILENT_DAYS). */
  silentDays?: number;
}

export function sitesDownListing(filters: Filters, options: SitesDownOptions = {}): QueryRequest {
  const p = and(
    downPredicate(options.silentDays ?? SILENT_DAYS),
    predicate(honoured(filters, SITES_DOWN_FILTERS), SITE_SCOPE),
  );
  const sql = `
SELECT s.site_id, s.village_code, v.name AS village_name, v.district_name, v.regency_code,
  coalesce(r.name, v.regency_code) AS regency_name, s.programme, s.technology, s.status,
  strftime(l.last_date, '%Y-%m-%d') AS last_date, ${DAYS_SILENT} AS days_silent,
  strftime(a.as_of, '%Y-%m-%d') AS as_of
FROM ${DOWN_FROM}
LEFT JOIN regencies r ON r.regency_code = v.regency_code
WHERE ${p.sql}
ORDER BY days_silent DESC NULLS LAST, v.regency_code, s.site_id`;
  return { sql, params: p.params, tables: [...DOWN_TABLES, 'regencies'] };
}
