// One value per area for the choropleth: per regency (province level) or per district of one regency (regency
// level, the regency code a bound parameter). Every area appears, also with zero: regencies come from the
// regencies table, districts from the villages of that regency. Three measures:
//   sites      installed sites (installed_on NOT NULL; decommissioned ones still count, as in the other panels);
//   blankspot  villages without cellular signal in the latest coverage year (within the year filter, if any);
//   share      villages with any cellular signal (not blankspot) in that year / all villages of the area.
// Output columns: code, name, value, covered, villages (share only), coverage_year (blankspot and share).
import type { QueryRequest } from '../../data/engine-types.ts';
import type { Cell } from '../../data/rows.ts';
import { type Filters, predicate } from '../../filters/filters.ts';

export const PANEL_ID = 'regency-map';

export const METRICS = ['sites', 'blankspot', 'share'] as const;
export type Metric = (typeof METRICS)[number];

export function isMetric(value: string): value is Metric {
  return (METRICS as readonly string[]).includes(value);
}

interface Level {
  /** CTE body listing the areas (code, name) in text order of its `?`. */
  areas: string;
  areasParams: Cell[];
  /** Village column the measure is grouped by. */
  group: string;
  /** Restriction of villages to the level's scope (the drilled regency), with its parameters. */
  scope: string;
  scopeParams: Cell[];
  /** Filter dimensions on villages that apply at this level. */
  villageColumns: { regency?: string; district: string };
}

function provinceLevel(filters: Filters): Level {
  const areas = predicate(filters, { regency: 'r.regency_code' });
  return {
    areas: `SELECT r.regency_code AS code, r.name AS name FROM regencies r WHERE ${areas.sql}`,
    areasParams: areas.params,
    group: 'v.regency_code',
    scope: 'TRUE',
    scopeParams: [],
    villageColumns: { regency: 'v.regency_code', district: 'v.district_code' },
  };
}

// The drilled regency is an explicit choice, so the regency filter does not apply inside it; the district filter
// does (it narrows the districts shown).
function regencyLevel(regencyCode: string, filters: Filters): Level {
  const areas = predicate(filters, { district: 'v.district_code' });
  return {
    areas:
      'SELECT v.district_code AS code, min(v.district_name) AS name FROM villages v ' +
      `WHERE v.regency_code = ? AND ${areas.sql} GROUP BY v.district_code`,
    areasParams: [regencyCode, ...areas.params],
    group: 'v.district_code',
    scope: 'v.regency_code = ?',
    scopeParams: [regencyCode],
    villageColumns: { district: 'v.district_code' },
  };
}

function sitesSql(level: Level, filters: Filters): QueryRequest {
  const inner = predicate(filters, {
    ...level.villageColumns,
    year: 'year(s.installed_on)',
    programme: 's.programme',
    technology: 's.technology',
    status: 's.status',
  });
  const sql = `
WITH areas AS (${level.areas}),
measured AS (
  SELECT ${level.group} AS code, CAST(count(*) AS DOUBLE) AS value
  FROM sites s JOIN villages v ON v.village_code = s.village_code
  WHERE s.installed_on IS NOT NULL AND ${level.scope} AND ${inner.sql}
  GROUP BY ${level.group}
)
SELECT a.code, a.name, coalesce(m.value, 0) AS value,
  CAST(NULL AS INTEGER) AS covered, CAST(NULL AS INTEGER) AS villages, CAST(NULL AS INTEGER) AS coverage_year
FROM areas a LEFT JOIN measured m ON m.code = a.code
ORDER BY a.code`;
  return {
    sql,
    params: [...level.areasParams, ...level.scopeParams, ...inner.params],
    tables: ['sites', 'villages', 'regencies'],
  };
}

/** The latest coverage year within the year filter (NULL when there is none). */
function latestYear(filters: Filters) {
  const years = predicate(filters, { year: 'c.year' });
  return { sql: `SELECT max(c.year) AS year FROM village_coverage c WHERE ${years.sql}`, params: years.params };
}

function blankspotSql(level: Level, filters: Filters): QueryRequest {
  const latest = latestYear(filters);
  const inner = predicate(filters, level.villageColumns);
  const sql = `
WITH areas AS (${level.areas}),
latest AS (${latest.sql}),
measured AS (
  SELECT ${level.group} AS code, CAST(count(*) FILTER (WHERE c.is_blankspot) AS DOUBLE) AS value
  FROM village_coverage c
    JOIN latest l ON c.year = l.year
    JOIN villages v ON v.village_code = c.village_code
  WHERE ${level.scope} AND ${inner.sql}
  GROUP BY ${level.group}
)
SELECT a.code, a.name,
  CASE WHEN l.year IS NULL THEN NULL ELSE coalesce(m.value, 0) END AS value,
  CAST(NULL AS INTEGER) AS covered, CAST(NULL AS INTEGER) AS villages, CAST(l.year AS INTEGER) AS coverage_year
FROM areas a CROSS JOIN latest l LEFT JOIN measured m ON m.code = a.code
ORDER BY a.code`;
  return {
    sql,
    params: [...level.areasParams, ...latest.params, ...level.scopeParams, ...inner.params],
    tables: ['village_coverage', 'villages', 'regencies'],
  };
}

function shareSql(level: Level, filters: Filters): QueryRequest {
  const latest = latestYear(filters);
  const inner = predicate(filters, level.villageColumns);
  // Every village is in the denominator; a village without a coverage row in that year counts as not covered.
  const sql = `
WITH areas AS (${level.areas}),
latest AS (${latest.sql}),
measured AS (
  SELECT ${level.group} AS code,
    CAST(count(*) AS INTEGER) AS villages,
    CAST(count(c.village_code) FILTER (WHERE NOT c.is_blankspot) AS INTEGER) AS covered
  FROM villages v
    LEFT JOIN village_coverage c ON c.village_code = v.village_code AND c.year = (SELECT year FROM latest)
  WHERE ${level.scope} AND ${inner.sql}
  GROUP BY ${level.group}
)
SELECT a.code, a.name,
  CASE WHEN l.year IS NULL OR coalesce(m.villages, 0) = 0 THEN NULL
       ELSE CAST(m.covered AS DOUBLE) / m.villages END AS value,
  coalesce(m.covered, 0) AS covered, coalesce(m.villages, 0) AS villages, CAST(l.year AS INTEGER) AS coverage_year
FROM areas a CROSS JOIN latest l LEFT JOIN measured m ON m.code = a.code
ORDER BY a.code`;
  return {
    sql,
    params: [...level.areasParams, ...latest.params, ...level.scopeParams, ...inner.params],
    tables: ['village_coverage', 'villages', 'regencies'],
  };
}

const BUILDERS: Record<Metric, (level: Level, filters: Filters) => QueryRequest> = {
  sites: sitesSql,
  blankspot: blankspotSql,
  share: shareSql,
};

/** Province level: one row per regency. */
export function regencyLevelQuery(metric: Metric, filters: Filters): QueryRequest {
  return BUILDERS[metric](provinceLevel(filters), filters);
}

/** Regency level: one row per district of `regencyCode` (bound as a parameter, never spliced into the SQL). */
export function districtLevelQuery(metric: Metric, regencyCode: string, filters: Filters): QueryRequest {
  return BUILDERS[metric](regencyLevel(regencyCode, filters), filters);
}

/** The query builder for a metric and scope (null = the whole province). */
export function mapQuery(metric: Metric, regencyCode: string | null): (filters: Filters) => QueryRequest {
  return regencyCode === null
    ? (filters) => regencyLevelQuery(metric, filters)
    : (filters) => districtLevelQuery(metric, regencyCode, filters);
}
