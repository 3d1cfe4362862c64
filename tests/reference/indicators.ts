// Reference figures, written from the definitions in docs/indicators.md directly over the published datasets as
// plain DuckDB tables (regencies, villages, programmes, technologies, sites, village_coverage, site_daily, targets).
// Nothing here calls the app's query builders or reads its rollups: each indicator is one function
// (period code, scope code) → SQL returning one row with one column `value` (NULL when the figure has no value).
//
// The period code and scope code are the ones a screen writes in data-period and data-scope
// (docs/indicators.md, "Period codes" and "Scope codes"). A scope naming a filter the definition does not take, or a
// period code of the wrong form for the indicator, throws: such a figure does not say what it is.
//
// Literals are inlined (this is test code over local files); every string passes through `lit`.

export const REFERENCE_IDS = [
  'installations',
  'plan_installations',
  'planned_installations',
  'plan_progress',
  'sites_in_service',
  'villages_total',
  'blankspot_villages',
  'blankspot_share',
  'blankspot_target',
  'villages_4g',
  'villages_4g_share',
  'villages_served',
  'sites_per_100_villages',
  'repeaters_planned',
  'repeaters_active',
  'repeater_progress',
  'uptime',
  'downlink',
  'data_volume',
  'daily_users',
  'sites_down',
] as const;
export type ReferenceId = (typeof REFERENCE_IDS)[number];

type Dim = 'regency' | 'district' | 'programme' | 'technology' | 'status';
export type Scope = Partial<Record<Dim, string[]>>;

/** Context a reference may check a period code against: the as-of date of each dataset (manifest). */
export interface ReferenceContext {
  asOf: Partial<Record<string, string>>;
}

const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const YEAR = /^\d{4}$/;

/** "regency=15.01|15.02;programme=X" → { regency: ['15.01', '15.02'], programme: ['X'] }. */
export function parseScope(code: string): Scope {
  const out: Scope = {};
  if (code === '') return out;
  for (const part of code.split(';')) {
    const eq = part.indexOf('=');
    const dim = part.slice(0, eq) as Dim;
    if (!['regency', 'district', 'programme', 'technology', 'status'].includes(dim) || eq < 0)
      throw new Error(`scope "${code}": unknown part "${part}"`);
    out[dim] = part.slice(eq + 1).split('|');
  }
  return out;
}

interface Span {
  from: string | null;
  to: string;
}

/** A period code as a closed date range ("2025", "2022..2024", "2026-01-01..2026-11-27", "..2026-11-27", a day). */
export function parsePeriod(code: string): Span {
  if (YEAR.test(code)) return { from: `${code}-01-01`, to: `${code}-12-31` };
  if (DAY.test(code)) return { from: code, to: code };
  const [a = '', b = ''] = code.split('..');
  if (a === '' && DAY.test(b)) return { from: null, to: b };
  if (YEAR.test(a) && YEAR.test(b)) return { from: `${a}-01-01`, to: `${b}-12-31` };
  if (DAY.test(a) && DAY.test(b) && a <= b) return { from: a, to: b };
  throw new Error(`period "${code}" is not a period code`);
}

function allowOnly(id: string, scope: Scope, dims: readonly Dim[]) {
  for (const d of Object.keys(scope) as Dim[])
    if (!dims.includes(d)) throw new Error(`${id}: the definition takes no ${d} filter, yet the scope names one`);
}

const inList = (column: string, values: readonly string[] | undefined) =>
  values?.length ? `${column} IN (${values.map(lit).join(', ')})` : 'TRUE';

/** Site filters over `sites s JOIN villages v`. */
function siteWhere(scope: Scope): string {
  return [
    inList('v.regency_code', scope.regency),
    inList('v.district_code', scope.district),
    inList('s.programme', scope.programme),
    inList('s.technology', scope.technology),
    inList('s.status', scope.status),
  ].join(' AND ');
}

/** Area filters over `villages v`. */
const villageWhere = (scope: Scope) =>
  `${inList('v.regency_code', scope.regency)} AND ${inList('v.district_code', scope.district)}`;

/** The date bounds of a flow over `column`. */
function between(column: string, span: Span): string {
  return span.from === null
    ? `${column} <= DATE ${lit(span.to)}`
    : `${column} BETWEEN DATE ${lit(span.from)} AND DATE ${lit(span.to)}`;
}

/** The years a plan-year period covers ("2024", "2024..2026"). */
function planYears(id: string, code: string): [number, number] {
  if (YEAR.test(code)) return [Number(code), Number(code)];
  const m = /^(\d{4})\.\.(\d{4})$/.exec(code);
  if (!m) throw new Error(`${id}: a plan period is a year or a span of years, not "${code}"`);
  return [Number(m[1]), Number(m[2])];
}

/**
 * The survey year of a year-end stock: "2025" (a complete year) or "2026-01-01..<as-of>" (the latest year, while
 * incomplete). With a context, the code must agree with village_coverage's as-of date.
 */
function surveyYear(id: string, code: string, ctx?: ReferenceContext): number {
  const asOf = ctx?.asOf.village_coverage;
  if (YEAR.test(code)) {
    if (asOf && asOf < `${code}-12-31`)
      throw new Error(`${id}: period "${code}" claims a whole year, but the survey is as of ${asOf}`);
    return Number(code);
  }
  const m = /^(\d{4})-01-01\.\.(\d{4}-\d{2}-\d{2})$/.exec(code);
  if (m && m[2]?.slice(0, 4) === m[1] && !m[2]?.endsWith('-12-31')) {
    if (asOf && asOf !== m[2]) throw new Error(`${id}: period "${code}" should end at the survey's as-of ${asOf}`);
    return Number(m[1]);
  }
  throw new Error(`${id}: a year-end stock's period is a year or "YYYY-01-01..as-of", not "${code}"`);
}

/** An as-of stock's period is the as-of date of its source. */
function asOfStock(id: string, code: string, source: string, ctx?: ReferenceContext) {
  if (!DAY.test(code)) throw new Error(`${id}: an as-of stock's period is a date, not "${code}"`);
  const asOf = ctx?.asOf[source];
  if (asOf && asOf !== code) throw new Error(`${id}: period "${code}" is not ${source}'s as-of date ${asOf}`);
}

const SITES = 'sites s JOIN villages v ON v.village_code = s.village_code';
const IN_PLAN = 's.programme IN (SELECT p.programme FROM programmes p WHERE p.in_plan)';
const IN_SERVICE = "s.installed_on IS NOT NULL AND s.status IN ('active', 'offline')";
const REPEATER = "s.technology = 'GSM repeater'";
const pct = (num: string, den: string) => `CASE WHEN (${den}) > 0 THEN 100.0 * (${num}) / (${den}) END`;

/** A target column for years y0..y1 and an area, per year: NULL in a year where a selected regency has no value. */
function targetPerYear(column: string, years: [number, number], regencies: string[] | undefined): string {
  const y = `t.year BETWEEN ${years[0]} AND ${years[1]}`;
  if (!regencies?.length)
    return `SELECT t.year, CAST(t.${column} AS DOUBLE) AS v FROM targets t WHERE t.regency_code IS NULL AND ${y}`;
  return `SELECT t.year, CASE WHEN count(t.${column}) = ${regencies.length} THEN CAST(sum(t.${column}) AS DOUBLE) END AS v
    FROM targets t WHERE ${inList('t.regency_code', regencies)} AND ${y} GROUP BY t.year`;
}

/** Σ over the years that have a row; NULL when any year's value is missing or there is no year at all. */
const sumYears = (perYear: string) =>
  `SELECT CASE WHEN count(*) > 0 AND count(*) = count(v) THEN sum(v) END AS value FROM (${perYear})`;

function coverage(id: string, condition: string, share: boolean) {
  return (period: string, scope: string, ctx?: ReferenceContext) => {
    const s = parseScope(scope);
    allowOnly(id, s, ['regency', 'district']);
    const y = surveyYear(id, period, ctx);
    const n = `count(*) FILTER (WHERE ${condition})`;
    return `SELECT CAST(${share ? pct(n, 'count(*)') : n} AS DOUBLE) AS value
      FROM village_coverage c JOIN villages v ON v.village_code = c.village_code
      WHERE c.year = ${y} AND ${villageWhere(s)}`;
  };
}

type TelemetryId = 'uptime' | 'downlink' | 'data_volume' | 'daily_users';

/** Telemetry measures over the site-days `d` of a period of `days` calendar days (a number or an SQL expression). */
const TELEMETRY: Record<TelemetryId, (days: number | string) => string> = {
  uptime: () => 'sum(d.uptime_pct) / count(*)',
  downlink: () => 'sum(d.down_mbps) / count(*)',
  data_volume: () => 'sum(d.data_gb)',
  // Mean daily users: user-days divided by the calendar days of the period (not a sum of users).
  daily_users: (days) => `sum(d.users) / ${days}`,
};
const SITE_DAYS =
  'site_daily d JOIN sites s ON s.site_id = d.site_id JOIN villages v ON v.village_code = s.village_code';

/** A telemetry period: its dates and its number of calendar days. */
function telemetrySpan(id: string, period: string): { from: string; to: string; days: number } {
  const span = parsePeriod(period);
  if (span.from === null) throw new Error(`${id}: a telemetry period has a start, not "${period}"`);
  return {
    from: span.from,
    to: span.to,
    days: Math.round((Date.parse(span.to) - Date.parse(span.from)) / 86_400_000) + 1,
  };
}

function telemetry(id: TelemetryId) {
  return (period: string, scope: string) => {
    const span = telemetrySpan(id, period);
    return `SELECT CAST(${TELEMETRY[id](span.days)} AS DOUBLE) AS value
      FROM ${SITE_DAYS}
      WHERE ${between('d.date', span)} AND ${siteWhere(parseScope(scope))}`;
  };
}

/**
 * One telemetry indicator for many periods of one scope in one statement (a chart's table holds hundreds of weeks):
 * rows (k, value), k the index in `periods`. The same measure and filters as referenceSql, the period's bounds taken
 * from a VALUES list by a correlated subquery; null for an indicator that is not telemetry.
 */
export function telemetryReferencesSql(indicator: string, periods: readonly string[], scope: string): string | null {
  if (!Object.hasOwn(TELEMETRY, indicator)) return null;
  const id = indicator as TelemetryId;
  const rows = periods.map((p, k) => {
    const span = telemetrySpan(id, p);
    return `(${k}, DATE ${lit(span.from)}, DATE ${lit(span.to)}, ${span.days})`;
  });
  return `SELECT p.k, (SELECT CAST(${TELEMETRY[id]('p.days')} AS DOUBLE) FROM ${SITE_DAYS}
      WHERE d.date BETWEEN p.date_from AND p.date_to AND ${siteWhere(parseScope(scope))}) AS value
    FROM (VALUES ${rows.join(', ')}) p(k, date_from, date_to, days) ORDER BY p.k`;
}

type Reference = (period: string, scope: string, ctx?: ReferenceContext) => string;

export const REFERENCE: Record<ReferenceId, Reference> = {
  // Sites whose installation date falls in the period, every programme.
  installations: (period, scope) => {
    const s = parseScope(scope);
    return `SELECT CAST(count(*) AS DOUBLE) AS value FROM ${SITES}
      WHERE s.installed_on IS NOT NULL AND ${between('s.installed_on', parsePeriod(period))} AND ${siteWhere(s)}`;
  },
  // The same, only programmes with programmes.in_plan.
  plan_installations: (period, scope) => {
    const s = parseScope(scope);
    // A programme scope comes only from the programme breakdown (the definition takes no programme filter).
    allowOnly('plan_installations', s, ['regency', 'programme']);
    return `SELECT CAST(count(*) AS DOUBLE) AS value FROM ${SITES}
      WHERE s.installed_on IS NOT NULL AND ${IN_PLAN} AND ${between('s.installed_on', parsePeriod(period))}
        AND ${siteWhere(s)}`;
  },
  // targets.planned_installations: the province rows, or the selected regencies' rows, summed over the plan years.
  planned_installations: (period, scope) => {
    const s = parseScope(scope);
    allowOnly('planned_installations', s, ['regency']);
    return sumYears(targetPerYear('planned_installations', planYears('planned_installations', period), s.regency));
  },
  // Per plan year: plan sites installed that year in the area against that year's plan; summed over the years.
  plan_progress: (period, scope) => {
    const s = parseScope(scope);
    allowOnly('plan_progress', s, ['regency']);
    const years = planYears('plan_progress', period);
    return `WITH plan AS (${targetPerYear('planned_installations', years, s.regency)}),
      inst AS (SELECT year(s.installed_on) AS year, count(*) AS n FROM ${SITES}
        WHERE s.installed_on IS NOT NULL AND ${IN_PLAN} AND ${siteWhere(s)} GROUP BY 1)
      SELECT CASE WHEN count(*) > 0 AND count(*) = count(plan.v) AND sum(plan.v) > 0
        THEN 100.0 * sum(coalesce(inst.n, 0)) / sum(plan.v) END AS value
      FROM plan LEFT JOIN inst ON inst.year = plan.year`;
  },
  // Installed sites with status active or offline, at the as-of date.
  sites_in_service: (period, scope, ctx) => {
    asOfStock('sites_in_service', period, 'sites', ctx);
    return `SELECT CAST(count(*) AS DOUBLE) AS value FROM ${SITES} WHERE ${IN_SERVICE} AND ${siteWhere(parseScope(scope))}`;
  },
  villages_total: (period, scope, ctx) => {
    asOfStock('villages_total', period, 'villages', ctx);
    const s = parseScope(scope);
    allowOnly('villages_total', s, ['regency', 'district']);
    return `SELECT CAST(count(*) AS DOUBLE) AS value FROM villages v WHERE ${villageWhere(s)}`;
  },
  // 100 × sites in service (with the site filters) / villages of the area.
  sites_per_100_villages: (period, scope, ctx) => {
    asOfStock('sites_per_100_villages', period, 'sites', ctx);
    const s = parseScope(scope);
    return `SELECT ${pct(
      `SELECT count(*) FROM ${SITES} WHERE ${IN_SERVICE} AND ${siteWhere(s)}`,
      `SELECT count(*) FROM villages v WHERE ${villageWhere(s)}`,
    )} AS value`;
  },
  blankspot_villages: coverage('blankspot_villages', 'c.is_blankspot', false),
  blankspot_share: coverage('blankspot_share', 'c.is_blankspot', true),
  villages_4g: coverage('villages_4g', "c.best_signal = '4G'", false),
  villages_4g_share: coverage('villages_4g_share', "c.best_signal = '4G'", true),
  // Blankspot villages of survey year Y with a village_access site installed by the end of Y, active or offline.
  villages_served: (period, scope, ctx) => {
    const s = parseScope(scope);
    const y = surveyYear('villages_served', period, ctx);
    const siteFilters = [
      inList('s.programme', s.programme),
      inList('s.technology', s.technology),
      inList('s.status', s.status),
    ].join(' AND ');
    return `SELECT CAST(count(*) AS DOUBLE) AS value
      FROM village_coverage c JOIN villages v ON v.village_code = c.village_code
      WHERE c.year = ${y} AND c.is_blankspot AND ${villageWhere(s)} AND EXISTS (
        SELECT 1 FROM sites s JOIN programmes p ON p.programme = s.programme
        WHERE s.village_code = c.village_code AND p.kind = 'village_access' AND s.installed_on IS NOT NULL
          AND year(s.installed_on) <= ${y} AND s.status IN ('active', 'offline') AND ${siteFilters})`;
  },
  // targets.blankspot_target of one year: the province row, or the sum of the selected regencies' (all present).
  blankspot_target: (period, scope) => {
    const s = parseScope(scope);
    allowOnly('blankspot_target', s, ['regency']);
    const [y0, y1] = planYears('blankspot_target', period);
    if (y0 !== y1) throw new Error(`blankspot_target: a target is for one year, not "${period}"`);
    return sumYears(targetPerYear('blankspot_target', [y0, y1], s.regency));
  },
  // GSM repeater units: every repeater site (any status); active ones; active / planned.
  repeaters_planned: (period, scope, ctx) => {
    asOfStock('repeaters_planned', period, 'sites', ctx);
    const s = parseScope(scope);
    allowOnly('repeaters_planned', s, ['regency', 'district', 'programme', 'status']);
    return `SELECT CAST(count(*) AS DOUBLE) AS value FROM ${SITES} WHERE ${REPEATER} AND ${siteWhere(s)}`;
  },
  repeaters_active: (period, scope, ctx) => {
    asOfStock('repeaters_active', period, 'sites', ctx);
    const s = parseScope(scope);
    allowOnly('repeaters_active', s, ['regency', 'district', 'programme']);
    return `SELECT CAST(count(*) AS DOUBLE) AS value FROM ${SITES}
      WHERE ${REPEATER} AND s.status = 'active' AND ${siteWhere(s)}`;
  },
  repeater_progress: (period, scope, ctx) => {
    asOfStock('repeater_progress', period, 'sites', ctx);
    const s = parseScope(scope);
    allowOnly('repeater_progress', s, ['regency', 'district', 'programme']);
    return `SELECT ${pct(
      `SELECT count(*) FROM ${SITES} WHERE ${REPEATER} AND s.status = 'active' AND ${siteWhere(s)}`,
      `SELECT count(*) FROM ${SITES} WHERE ${REPEATER} AND ${siteWhere(s)}`,
    )} AS value`;
  },
  // Telemetry over the site-days of the period whose site is in `sites` and its village in `villages`.
  uptime: telemetry('uptime'),
  downlink: telemetry('downlink'),
  data_volume: telemetry('data_volume'),
  daily_users: telemetry('daily_users'),
  // Sites in service with status offline, or whose last day in site_daily is more than 7 days before the as-of date
  // (site_daily's last day); a site with no day in site_daily is down only when offline.
  sites_down: (period, scope, ctx) => {
    asOfStock('sites_down', period, 'site_daily', ctx);
    return `WITH last AS (SELECT d.site_id, max(d.date) AS day FROM site_daily d GROUP BY d.site_id)
      SELECT CAST(count(*) AS DOUBLE) AS value FROM ${SITES} LEFT JOIN last l ON l.site_id = s.site_id
      WHERE ${IN_SERVICE} AND (s.status = 'offline' OR l.day < DATE ${lit(period)} - 7) AND ${siteWhere(parseScope(scope))}`;
  },
};

/** The reference SQL of one figure. */
export function referenceSql(indicator: string, period: string, scope: string, ctx?: ReferenceContext): string {
  const f = (REFERENCE as Record<string, Reference>)[indicator];
  if (!f) throw new Error(`no reference for indicator "${indicator}"`);
  return f(period, scope, ctx);
}
