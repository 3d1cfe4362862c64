// Programme targets against what was installed: one row per province target year (regency_code NULL) and one row
// per regency × year for every year that has regency targets (a regency without a row that year comes back with
// planned = NULL: "no target", never 0). Installed = programme sites (Internet Desa over VSAT and GSM repeaters — what
// `targets.planned_installations` plans; operator towers and BTS 4G are not in the plan) whose installed_on falls in
// that year, whatever their later status. Blankspot = villages without cellular signal at
// the end of that year, NULL when village_coverage has no row for that year (missing, not zero).
// No filter applies: the briefing always speaks for the whole province; the spotlight slides pick their regency.
import type { QueryRequest } from '../../data/engine-types.ts';
import type { Filters } from '../../filters/filters.ts';

export const TARGETS_QUERY_ID = 'briefing-targets';

export function targetsQuery(_filters?: Filters): QueryRequest {
  const sql = `
WITH installed AS (
  SELECT v.regency_code, CAST(year(s.installed_on) AS INTEGER) AS year, CAST(count(*) AS INTEGER) AS n
  FROM sites s JOIN villages v ON v.village_code = s.village_code
  WHERE s.installed_on IS NOT NULL AND s.technology IN ('VSAT', 'GSM repeater')
  GROUP BY v.regency_code, year(s.installed_on)
),
blank AS (
  SELECT v.regency_code, c.year, CAST(count(*) FILTER (WHERE c.is_blankspot) AS INTEGER) AS n
  FROM village_coverage c JOIN villages v ON v.village_code = c.village_code
  GROUP BY v.regency_code, c.year
),
regency_years AS (SELECT DISTINCT year FROM targets WHERE regency_code IS NOT NULL),
keys AS (
  SELECT year, CAST(NULL AS VARCHAR) AS regency_code FROM targets WHERE regency_code IS NULL
  UNION
  SELECT y.year, r.regency_code FROM regency_years y CROSS JOIN regencies r
  UNION
  SELECT year, regency_code FROM targets WHERE regency_code IS NOT NULL
)
SELECT CAST(k.year AS INTEGER) AS year,
  k.regency_code,
  r.name AS regency_name,
  CAST(t.planned_installations AS INTEGER) AS planned,
  CAST(t.blankspot_target AS INTEGER) AS blankspot_target,
  CAST(coalesce((
    SELECT sum(i.n) FROM installed i
    WHERE i.year = k.year AND (k.regency_code IS NULL OR i.regency_code = k.regency_code)
  ), 0) AS INTEGER) AS installed,
  (
    SELECT CAST(sum(b.n) AS INTEGER) FROM blank b
    WHERE b.year = k.year AND (k.regency_code IS NULL OR b.regency_code = k.regency_code)
  ) AS blankspot
FROM keys k
LEFT JOIN targets t ON t.year = k.year AND t.regency_code IS NOT DISTINCT FROM k.regency_code
LEFT JOIN regencies r ON r.regency_code = k.regency_code
ORDER BY k.year, k.regency_code NULLS FIRST`;
  return { sql, params: [], tables: ['targets', 'sites', 'villages', 'village_coverage', 'regencies'] };
}
