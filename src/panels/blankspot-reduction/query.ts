// Blankspot reduction per year: villages without cellular signal (the main measure), blankspot villages served by
// an Internet Desa point (the second measure: a point serves a village without ending its blankspot), installations
// and the target. One row per year from the first to the last year found in village_coverage, sites and targets,
// so a year without coverage rows comes back as NULL (a gap), never as zero.
import type { QueryRequest } from '../../data/engine-types.ts';
import type { Cell } from '../../data/rows.ts';
import { type Filters, normaliseFilters, predicate } from '../../filters/filters.ts';

export const PANEL_ID = 'blankspot-reduction';

/** A site counts as an Internet Desa point by programme name or by its VSAT link. */
const INTERNET_DESA = `(s.programme LIKE '%Internet Desa%' OR s.technology = 'VSAT')`;

export function blankspotQuery(filters: Filters): QueryRequest {
  const f = normaliseFilters(filters);
  const years = predicate(f, { year: 'g.year' });
  // Regency and district reach every series through the village; programme/technology/status only the sites.
  const place = predicate(f, { regency: 'v.regency_code', district: 'v.district_code' });
  const site = predicate(f, { programme: 's.programme', technology: 's.technology', status: 's.status' });

  // Target: the province row without a place filter; with regencies, the sum of their rows for a year only when
  // every selected regency has a target that year; with a district filter there is no target at that level.
  let targetSql: string;
  let targetParams: Cell[] = [];
  if (f.districts.length > 0) {
    targetSql = 'SELECT NULL::INTEGER AS year, NULL::INTEGER AS target WHERE FALSE';
  } else if (f.regencies.length > 0) {
    targetSql = `SELECT t.year, CASE WHEN count(t.blankspot_target) = ? THEN CAST(sum(t.blankspot_target) AS INTEGER) END AS target
  FROM targets t
  WHERE t.regency_code IN (${f.regencies.map(() => '?').join(', ')})
  GROUP BY t.year`;
    targetParams = [f.regencies.length, ...f.regencies];
  } else {
    targetSql = `SELECT t.year, t.blankspot_target AS target FROM targets t WHERE t.regency_code IS NULL`;
  }

  const sql = `
WITH span AS (
  SELECT min(y) AS y0, max(y) AS y1 FROM (
    SELECT year AS y FROM village_coverage
    UNION ALL SELECT CAST(year(installed_on) AS INTEGER) FROM sites WHERE installed_on IS NOT NULL
    UNION ALL SELECT year FROM targets
  )
),
years AS (
  SELECT CAST(g.year AS INTEGER) AS year
  FROM (SELECT unnest(generate_series(y0, y1)) AS year FROM span) g
  WHERE ${years.sql}
),
coverage AS (
  SELECT c.year, CAST(count(*) FILTER (WHERE c.is_blankspot) AS INTEGER) AS blankspot
  FROM village_coverage c JOIN villages v ON v.village_code = c.village_code
  WHERE ${place.sql}
  GROUP BY c.year
),
served AS (
  SELECT c.year, CAST(count(*) AS INTEGER) AS served
  FROM village_coverage c JOIN villages v ON v.village_code = c.village_code
  WHERE c.is_blankspot AND ${place.sql} AND EXISTS (
    SELECT 1 FROM sites s
    WHERE s.village_code = c.village_code
      AND ${INTERNET_DESA}
      AND s.installed_on IS NOT NULL AND year(s.installed_on) <= c.year
      AND s.status NOT IN ('decommissioned', 'planned')
      AND ${site.sql}
  )
  GROUP BY c.year
),
installed AS (
  SELECT CAST(year(s.installed_on) AS INTEGER) AS year, CAST(count(*) AS INTEGER) AS installations
  FROM sites s JOIN villages v ON v.village_code = s.village_code
  WHERE s.installed_on IS NOT NULL AND s.status <> 'planned' AND ${place.sql} AND ${site.sql}
  GROUP BY year(s.installed_on)
),
target AS (
  ${targetSql}
)
SELECT y.year,
  cov.blankspot,
  CASE WHEN cov.year IS NULL THEN NULL ELSE coalesce(sv.served, 0) END AS served,
  coalesce(i.installations, 0) AS installations,
  t.target
FROM years y
LEFT JOIN coverage cov ON cov.year = y.year
LEFT JOIN served sv ON sv.year = y.year
LEFT JOIN installed i ON i.year = y.year
LEFT JOIN target t ON t.year = y.year
ORDER BY y.year`;
  return {
    sql,
    params: [
      ...years.params,
      ...place.params,
      ...place.params,
      ...site.params,
      ...place.params,
      ...site.params,
      ...targetParams,
    ],
    tables: ['village_coverage', 'sites', 'targets', 'villages'],
  };
}
