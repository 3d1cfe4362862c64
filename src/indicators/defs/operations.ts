// Indicators of the room's operations view: the sites that are down. A site is down when it is in service (installed,
// status active or offline — as sites_in_service counts it) and either its status is offline, or it has sent
// telemetry before but nothing for more than SILENT_DAYS days up to the as-of date (site_daily's last day). Its last
// telemetry day comes from the per-site cube site_daily_by_site_last (src/data/rollups.ts), never from raw
// site_daily. Sites that never send telemetry (4G towers, operator sites) are down only when their status says so.
//
// The predicate is one function of the threshold: the `sites_down` indicator uses SILENT_DAYS; the wall's listing
// (listings/sites-down.ts) takes the threshold of wall.json and counts with the same predicate.
import type { QueryRequest } from '../../data/engine-types.ts';
import type { SqlFragment } from '../../filters/filters.ts';
import { and, groupBy, orderBy, SITE_SCOPE, SITES_FROM, where } from '../scopes.ts';
import type { IndicatorDef } from '../types.ts';
import { IN_SERVICE, PRODUCER, t } from './common.ts';

/** Days without telemetry after which a site that used to report counts as down (the default threshold). */
export const SILENT_DAYS = 7;

/** Most days a threshold may be (a wall.json value outside 1..MAX_SILENT_DAYS is refused at the edge). */
export const MAX_SILENT_DAYS = 365;

/**
 * The FROM clause of the down-sites predicate: every site with its village, its last telemetry day (l.last_date,
 * NULL when it never reported) and the as-of date (a.as_of: the last telemetry day of all sites).
 */
export const DOWN_FROM = `${SITES_FROM}
LEFT JOIN site_daily_by_site_last l ON l.site_id = s.site_id
CROSS JOIN (SELECT max(x.last_date) AS as_of FROM site_daily_by_site_last x) a`;

/** Tables DOWN_FROM reads. */
export const DOWN_TABLES = ['sites', 'villages', 'site_daily_by_site_last'] as const;

/** Days between a site's last telemetry day and the as-of date (NULL when it never reported). */
export const DAYS_SILENT = `CAST(datediff('day', l.last_date, a.as_of) AS INTEGER)`;

/** A site that is down under a threshold (whole days, bound as a parameter). */
export function downPredicate(silentDays: number): SqlFragment {
  if (!Number.isInteger(silentDays) || silentDays < 1 || silentDays > MAX_SILENT_DAYS)
    throw new Error(`sites down: the threshold must be a whole number of days in 1..${MAX_SILENT_DAYS}`);
  return {
    sql: `${IN_SERVICE} AND (s.status = 'offline' OR coalesce(${DAYS_SILENT} > ?, FALSE))`,
    params: [silentDays],
  };
}

export const sitesDown: IndicatorDef = {
  id: 'sites_down',
  name: t('Titik mati (offline atau tanpa telemetri)', 'Sites down (offline or silent)'),
  short: t('Titik mati', 'Sites down'),
  unit: 'sites',
  kind: 'stock',
  digits: 0,
  polarity: -1,
  filters: ['regency', 'district', 'programme', 'technology', 'status'],
  breakdowns: ['regency', 'district', 'programme', 'technology', 'status'],
  period: 'as-of',
  baseline: 'none',
  producer: PRODUCER,
  sources: ['sites', 'villages', 'site_daily'],
  asOfSource: 'site_daily',
  query: (req): QueryRequest => {
    const p = and(downPredicate(SILENT_DAYS), where(req, SITE_SCOPE));
    const g = groupBy(req.by, SITE_SCOPE);
    return {
      sql: `SELECT ${g.select}CAST(count(*) AS INTEGER) AS value FROM ${DOWN_FROM} WHERE ${p.sql} ${g.group} ${orderBy(req.by)}`,
      params: p.params,
      tables: [...DOWN_TABLES],
    };
  },
};
