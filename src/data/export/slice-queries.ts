// The "current slice" of the explore view as exportable rows: the sites and the villages that the filters select.
// Pure builders (filters → SQL with `?` placeholders + bound values + the typed column list the writers need);
// column expressions are written here, filter values only arrive as bound parameters (src/filters/filters.ts).
//
// What the filters mean here — the same as the explore view's tables (src/views/explore/tables-query.ts), so an
// export holds the rows the analyst sees (docs/exports.md):
// - sites: year = year of installation, or the budget year for a site not installed yet (a "2024" slice holds the
//   sites installed in 2024 and those planned for 2024); regency and district through the site's village;
//   programme, technology and status on the site. Mean uptime over the 30 days up to the last telemetry day.
// - villages: regency and district on the village. Year picks the coverage survey: the latest survey year within
//   the range (one year for all villages). Programme, technology, status and year count the village's matching
//   sites; when programme, technology or status is filtered, only villages with at least one matching site stay.
import type { DatasetId } from '../contract.ts';
import type { QueryRequest } from '../engine-types.ts';
import type { Cell } from '../rows.ts';
import type { ExportColumn } from './csv.ts';

/** The filter state (structurally the same as src/filters/filters.ts, which src/data may not import). */
export interface SliceFilters {
  yearFrom: number | null;
  yearTo: number | null;
  regencies: readonly string[];
  districts: readonly string[];
  programmes: readonly string[];
  technologies: readonly string[];
  statuses: readonly string[];
}

export interface SliceQuery extends QueryRequest {
  columns: readonly ExportColumn[];
}

export type SliceId = 'sites' | 'villages';

interface Fragment {
  sql: string;
  params: Cell[];
}

const uniq = (xs: readonly string[]) => [...new Set(xs)].sort();

/** `column IN (?, ?)` parts and year bounds, AND-ed; `TRUE` when nothing applies. */
function where(
  f: SliceFilters,
  cols: {
    year?: string;
    regency?: string;
    district?: string;
    programme?: string;
    technology?: string;
    status?: string;
  },
): Fragment {
  const parts: string[] = [];
  const params: Cell[] = [];
  let from = f.yearFrom;
  let to = f.yearTo;
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  if (cols.year && from !== null) {
    parts.push(`${cols.year} >= ?`);
    params.push(from);
  }
  if (cols.year && to !== null) {
    parts.push(`${cols.year} <= ?`);
    params.push(to);
  }
  const lists: [string | undefined, readonly string[]][] = [
    [cols.regency, f.regencies],
    [cols.district, f.districts],
    [cols.programme, f.programmes],
    [cols.technology, f.technologies],
    [cols.status, f.statuses],
  ];
  for (const [column, raw] of lists) {
    const values = uniq(raw);
    if (!column || values.length === 0) continue;
    parts.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  }
  return { sql: parts.length ? parts.join(' AND ') : 'TRUE', params };
}

export const SITES_SLICE_COLUMNS: readonly ExportColumn[] = [
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

/** Days counted back from the last telemetry day for the mean uptime (that day included). */
export const RECENT_DAYS = 30;

export function sitesSliceQuery(filters: SliceFilters): SliceQuery {
  const p = where(filters, {
    year: 'coalesce(year(s.installed_on), s.budget_year)',
    regency: 'v.regency_code',
    district: 'v.district_code',
    programme: 's.programme',
    technology: 's.technology',
    status: 's.status',
  });
  const sql = `
WITH last_day AS (SELECT max(date) AS d FROM site_daily),
recent AS (
  SELECT d.site_id, avg(d.uptime_pct) AS uptime_30d, CAST(count(*) AS INTEGER) AS days_30d
  FROM site_daily d CROSS JOIN last_day l
  WHERE d.date > l.d - INTERVAL ${RECENT_DAYS} DAY AND d.date <= l.d
  GROUP BY d.site_id
)
SELECT s.site_id, s.village_code, v.name AS village_name, v.district_code, v.district_name,
  v.regency_code, r.name AS regency_name, s.programme, s.technology, s.status,
  s.budget_year, s.installed_on, s.bandwidth_mbps, u.uptime_30d, coalesce(u.days_30d, 0) AS days_30d
FROM sites s
LEFT JOIN villages v ON v.village_code = s.village_code
LEFT JOIN regencies r ON r.regency_code = v.regency_code
LEFT JOIN recent u ON u.site_id = s.site_id
WHERE ${p.sql}
ORDER BY s.site_id`;
  return {
    sql,
    params: p.params,
    tables: ['sites', 'villages', 'regencies', 'site_daily'],
    columns: SITES_SLICE_COLUMNS,
  };
}

export const VILLAGES_SLICE_COLUMNS: readonly ExportColumn[] = [
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
  { name: 'is_blankspot', type: 'BOOLEAN' },
  { name: 'sites', type: 'INTEGER' },
  { name: 'active_sites', type: 'INTEGER' },
];

export function villagesSliceQuery(filters: SliceFilters): SliceQuery {
  const cov = where(filters, { year: 'c.year' });
  const st = where(filters, {
    year: 'coalesce(year(s.installed_on), s.budget_year)',
    programme: 's.programme',
    technology: 's.technology',
    status: 's.status',
  });
  const outer = where(filters, { regency: 'v.regency_code', district: 'v.district_code' });
  const siteFiltered = filters.programmes.length + filters.technologies.length + filters.statuses.length > 0;
  const sql = `
WITH latest AS (
  SELECT CAST(max(c.year) AS INTEGER) AS year FROM village_coverage c WHERE ${cov.sql}
), st AS (
  SELECT s.village_code, CAST(count(*) AS INTEGER) AS sites,
    CAST(count(*) FILTER (WHERE s.status = 'active') AS INTEGER) AS active_sites
  FROM sites s
  WHERE ${st.sql}
  GROUP BY s.village_code
)
SELECT v.village_code, v.name AS village_name, v.kind, v.isolated, v.district_code, v.district_name,
  v.regency_code, r.name AS regency_name, l.year AS coverage_year, c.best_signal, c.is_blankspot,
  coalesce(st.sites, 0) AS sites, coalesce(st.active_sites, 0) AS active_sites
FROM villages v
LEFT JOIN regencies r ON r.regency_code = v.regency_code
CROSS JOIN latest l
LEFT JOIN village_coverage c ON c.village_code = v.village_code AND c.year = l.year
LEFT JOIN st ON st.village_code = v.village_code
WHERE ${outer.sql}${siteFiltered ? ' AND st.sites > 0' : ''}
ORDER BY v.village_code`;
  return {
    sql,
    params: [...cov.params, ...st.params, ...outer.params],
    tables: ['villages', 'regencies', 'village_coverage', 'sites'],
    columns: VILLAGES_SLICE_COLUMNS,
  };
}

export const SLICES: Record<SliceId, { build: (f: SliceFilters) => SliceQuery; datasets: readonly DatasetId[] }> = {
  sites: { build: sitesSliceQuery, datasets: ['sites', 'villages', 'regencies', 'site_daily'] },
  villages: { build: villagesSliceQuery, datasets: ['villages', 'regencies', 'village_coverage', 'sites'] },
};
