// Indicators read from the yearly coverage survey (village_coverage): villages without cellular signal, villages
// with 4G, their shares, the blankspot target, and blankspot villages served by an Internet Desa point.
// A survey year is a stock at the end of that year; the latest year, while incomplete, is the state "s.d." the
// as-of date of village_coverage. Without a year breakdown a figure is for the latest survey year within the year
// filter, and every row says which year in its `year` column.
import type { QueryRequest } from '../../data/engine-types.ts';
import { and, groupBy, orderBy, SITE_SCOPE, VILLAGE_SCOPE, where, yearRange } from '../scopes.ts';
import type { IndicatorDef, ResolvedRequest } from '../types.ts';
import { PRODUCER, t, VILLAGE_ACCESS } from './common.ts';
import { ratio } from './ratio.ts';
import { targetColumn } from './targets.ts';

const COVERAGE_COLUMNS = { ...VILLAGE_SCOPE, year: 'c.year' };

/**
 * Villages of the coverage survey matching `condition`, per breakdown; always with the survey year. The condition
 * may carry its own parameters; it filters the count, not the rows, so every group of surveyed villages has a row
 * (0 when none matches).
 */
function coverageCount(
  req: ResolvedRequest,
  condition: string | { sql: string; params: QueryRequest['params'] },
): QueryRequest {
  const cond = typeof condition === 'string' ? { sql: condition, params: [] } : condition;
  const years = and(where(req, {}, 'c.year'), yearRange('c.year', req.range));
  const place = where(req, VILLAGE_SCOPE);
  const by = req.by.includes('year') ? req.by : (['year', ...req.by] as const);
  const g = groupBy(by, COVERAGE_COLUMNS);
  // The latest survey year in range when the rows are not per year (from the whole survey, not the selection).
  const latest = req.by.includes('year')
    ? 'TRUE'
    : `c.year = (SELECT max(c.year) FROM village_coverage c WHERE ${years.sql})`;
  const sql = `
SELECT ${g.select}CAST(count(*) FILTER (WHERE ${cond.sql}) AS INTEGER) AS value
FROM village_coverage c JOIN villages v ON v.village_code = c.village_code
WHERE ${years.sql} AND ${latest} AND ${place.sql}
${g.group} ${orderBy(by)}`;
  return {
    sql,
    params: [...cond.params, ...years.params, ...(req.by.includes('year') ? [] : years.params), ...place.params],
    tables: ['village_coverage', 'villages'],
  };
}

const COVERAGE_BASE = {
  kind: 'stock',
  digits: 0,
  filters: ['year', 'regency', 'district'],
  breakdowns: ['year', 'regency', 'district'],
  period: 'year-end',
  producer: PRODUCER,
  sources: ['village_coverage', 'villages'],
  asOfSource: 'village_coverage',
} as const;

export const blankspotVillages: IndicatorDef = {
  ...COVERAGE_BASE,
  id: 'blankspot_villages',
  name: t('Desa tanpa sinyal seluler (blankspot)', 'Villages without cellular signal (blankspot)'),
  short: t('Desa blankspot', 'Blankspot villages'),
  unit: 'villages',
  polarity: -1,
  baseline: 'previous-complete',
  query: (req) => coverageCount(req, 'c.is_blankspot'),
};

export const villages4g: IndicatorDef = {
  ...COVERAGE_BASE,
  id: 'villages_4g',
  name: t('Desa dengan sinyal 4G', 'Villages with 4G signal'),
  short: t('Desa 4G', 'Villages with 4G'),
  unit: 'villages',
  polarity: 1,
  baseline: 'previous-complete',
  query: (req) => coverageCount(req, "c.best_signal = '4G'"),
};

/** A coverage count as a percentage of the villages surveyed that year (rows always carry the survey year). */
function shareOfSurveyed(req: ResolvedRequest, count: IndicatorDef): QueryRequest {
  const by = req.by.includes('year') ? req.by : ['year' as const, ...req.by];
  return ratio(req, count.query(req), coverageCount(req, 'TRUE'), 100, by);
}

export const blankspotShare: IndicatorDef = {
  ...blankspotVillages,
  id: 'blankspot_share',
  name: t('Persentase desa tanpa sinyal seluler', 'Share of villages without cellular signal'),
  short: t('% desa blankspot', '% blankspot villages'),
  unit: 'percent',
  kind: 'rate',
  digits: 1,
  query: (req) => shareOfSurveyed(req, blankspotVillages),
};

export const villages4gShare: IndicatorDef = {
  ...villages4g,
  id: 'villages_4g_share',
  name: t('Persentase desa dengan sinyal 4G', 'Share of villages with 4G signal'),
  short: t('% desa 4G', '% villages with 4G'),
  unit: 'percent',
  kind: 'rate',
  digits: 1,
  query: (req) => shareOfSurveyed(req, villages4g),
};

export const villagesServed: IndicatorDef = {
  ...COVERAGE_BASE,
  id: 'villages_served',
  name: t('Desa blankspot terlayani Internet Desa', 'Blankspot villages served by Internet Desa'),
  short: t('Desa blankspot terlayani', 'Blankspot villages served'),
  unit: 'villages',
  polarity: 1,
  baseline: 'previous-complete',
  filters: ['year', 'regency', 'district', 'programme', 'technology', 'status'],
  sources: ['village_coverage', 'villages', 'sites', 'programmes'],
  query: (req) => {
    const site = where(req, {
      programme: SITE_SCOPE.programme,
      technology: SITE_SCOPE.technology,
      status: SITE_SCOPE.status,
    });
    const q = coverageCount(req, {
      sql: `c.is_blankspot AND EXISTS (
  SELECT 1 FROM sites s
  WHERE s.village_code = c.village_code AND ${VILLAGE_ACCESS}
    AND s.installed_on IS NOT NULL AND year(s.installed_on) <= c.year AND s.status IN ('active', 'offline')
    AND ${site.sql})`,
      params: site.params,
    });
    // The subquery reads sites and programmes: the engine must load them too.
    return { ...q, tables: [...q.tables, 'sites', 'programmes'] };
  },
};

export const blankspotTarget: IndicatorDef = {
  ...COVERAGE_BASE,
  id: 'blankspot_target',
  name: t('Target desa blankspot', 'Blankspot village target'),
  short: t('Target blankspot', 'Blankspot target'),
  unit: 'villages',
  filters: ['year', 'regency'],
  breakdowns: ['year', 'regency'],
  period: 'plan-year',
  polarity: 0,
  baseline: 'none',
  sources: ['targets'],
  asOfSource: 'targets',
  query: (req) => targetColumn(req, 'blankspot_target'),
};
