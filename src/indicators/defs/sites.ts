// Indicators counted over sites: installations (all programmes and those in the plan), the plan itself and progress
// against it, sites in service, sites per 100 villages, and the GSM repeater plan.
import type { QueryRequest } from '../../data/engine-types.ts';
import { resolveWith } from '../resolve.ts';
import { and, dateRange, groupBy, orderBy, SITE_SCOPE, SITES_FROM, VILLAGE_SCOPE, where } from '../scopes.ts';
import type { IndicatorDef, ResolvedRequest } from '../types.ts';
import { IN_PLAN, IN_SERVICE, INSTALL_YEAR, INSTALLED, PRODUCER, REPEATER, t } from './common.ts';
import { ratio, summedRatio } from './ratio.ts';
import { targetColumn } from './targets.ts';

const SITE_COLUMNS = { ...SITE_SCOPE, year: INSTALL_YEAR };

/** Sites matching `condition` (and the request), counted per breakdown. */
function countSites(req: ResolvedRequest, condition: string, yearColumn: string | null): QueryRequest {
  const w = where(req, SITE_SCOPE, yearColumn ?? undefined);
  const r = yearColumn ? dateRange('s.installed_on', req.range) : { sql: 'TRUE', params: [] };
  const g = groupBy(req.by, SITE_COLUMNS);
  const p = and(w, r);
  return {
    sql: `SELECT ${g.select}CAST(count(*) AS INTEGER) AS value FROM ${SITES_FROM} WHERE ${condition} AND ${p.sql} ${g.group} ${orderBy(req.by)}`,
    params: p.params,
    tables: ['sites', 'villages', 'programmes'],
  };
}

const SITE_SOURCES = ['sites', 'villages', 'programmes'] as const;

export const installations: IndicatorDef = {
  id: 'installations',
  name: t('Titik terpasang (semua program)', 'Sites installed (all programmes)'),
  short: t('Titik terpasang', 'Sites installed'),
  unit: 'sites',
  kind: 'flow',
  digits: 0,
  polarity: 1,
  filters: ['year', 'regency', 'district', 'programme', 'technology', 'status'],
  breakdowns: ['year', 'regency', 'district', 'programme', 'technology', 'status'],
  period: 'year-flow',
  baseline: 'same-span',
  producer: PRODUCER,
  sources: SITE_SOURCES,
  asOfSource: 'sites',
  query: (req) => countSites(req, INSTALLED, INSTALL_YEAR),
};

export const planInstallations: IndicatorDef = {
  ...installations,
  id: 'plan_installations',
  name: t('Titik program terpasang', 'Programme sites installed'),
  short: t('Titik program', 'Programme sites'),
  filters: ['year', 'regency'],
  // Per programme too (which programme of the plan installed what); the plan itself is not split by programme.
  breakdowns: ['year', 'regency', 'programme'],
  baseline: 'plan',
  query: (req) => countSites(req, `${INSTALLED} AND ${IN_PLAN}`, INSTALL_YEAR),
};

export const plannedInstallations: IndicatorDef = {
  id: 'planned_installations',
  name: t('Rencana titik terpasang', 'Installations planned'),
  short: t('Rencana', 'Plan'),
  unit: 'sites',
  kind: 'flow',
  digits: 0,
  polarity: 0,
  filters: ['year', 'regency'],
  breakdowns: ['year', 'regency'],
  period: 'plan-year',
  baseline: 'none',
  producer: PRODUCER,
  sources: ['targets'],
  asOfSource: 'targets',
  query: (req) => targetColumn(req, 'planned_installations'),
};

export const planProgress: IndicatorDef = {
  ...plannedInstallations,
  id: 'plan_progress',
  name: t('Capaian rencana pemasangan', 'Progress against the installation plan'),
  short: t('Capaian rencana', 'Plan progress'),
  unit: 'percent',
  kind: 'rate',
  digits: 0,
  polarity: 1,
  baseline: 'plan',
  sources: ['sites', 'villages', 'programmes', 'targets'],
  // Per plan year first, then summed: installations in a year without a plan for the area do not count.
  query: (req) => {
    const perYear = { ...req, by: req.by.includes('year') ? req.by : (['year', ...req.by] as const) };
    return summedRatio(
      planInstallations.query(resolveWith(planInstallations, perYear)),
      plannedInstallations.query(resolveWith(plannedInstallations, perYear)),
      100,
      resolveWith(plannedInstallations, perYear).by,
      req.by,
    );
  },
};

export const sitesInService: IndicatorDef = {
  id: 'sites_in_service',
  name: t('Titik dalam layanan', 'Sites in service'),
  short: t('Titik dalam layanan', 'Sites in service'),
  unit: 'sites',
  kind: 'stock',
  digits: 0,
  polarity: 1,
  filters: ['regency', 'district', 'programme', 'technology', 'status'],
  breakdowns: ['regency', 'district', 'programme', 'technology', 'status'],
  period: 'as-of',
  baseline: 'none',
  producer: PRODUCER,
  sources: SITE_SOURCES,
  asOfSource: 'sites',
  query: (req) => countSites(req, IN_SERVICE, null),
};

export const villagesTotal: IndicatorDef = {
  id: 'villages_total',
  name: t('Jumlah desa/kelurahan', 'Villages'),
  short: t('Desa', 'Villages'),
  unit: 'villages',
  kind: 'stock',
  digits: 0,
  polarity: 0,
  filters: ['regency', 'district'],
  breakdowns: ['regency', 'district'],
  period: 'as-of',
  baseline: 'none',
  producer: PRODUCER,
  sources: ['villages'],
  asOfSource: 'villages',
  query: (req) => {
    const w = where(req, VILLAGE_SCOPE);
    const g = groupBy(req.by, VILLAGE_SCOPE);
    return {
      sql: `SELECT ${g.select}CAST(count(*) AS INTEGER) AS value FROM villages v WHERE ${w.sql} ${g.group} ${orderBy(req.by)}`,
      params: w.params,
      tables: ['villages'],
    };
  },
};

export const sitesPer100Villages: IndicatorDef = {
  ...sitesInService,
  id: 'sites_per_100_villages',
  name: t('Titik dalam layanan per 100 desa', 'Sites in service per 100 villages'),
  short: t('Titik per 100 desa', 'Sites per 100 villages'),
  unit: 'per100',
  kind: 'rate',
  digits: 1,
  breakdowns: ['regency', 'district'],
  sources: ['sites', 'villages', 'programmes'],
  query: (req) =>
    ratio(
      req,
      sitesInService.query(resolveWith(sitesInService, req)),
      villagesTotal.query(resolveWith(villagesTotal, req)),
    ),
};

const REPEATER_BASE = {
  unit: 'units',
  kind: 'stock',
  digits: 0,
  filters: ['regency', 'district', 'programme'],
  breakdowns: ['regency', 'district', 'status'],
  period: 'as-of',
  producer: PRODUCER,
  sources: ['sites', 'villages'],
  asOfSource: 'sites',
} as const;

export const repeatersPlanned: IndicatorDef = {
  ...REPEATER_BASE,
  id: 'repeaters_planned',
  name: t('Unit repeater GSM dalam rencana', 'GSM repeater units in the plan'),
  short: t('Repeater direncanakan', 'Repeaters planned'),
  polarity: 0,
  baseline: 'none',
  query: (req) => countSites(req, REPEATER, null),
};

export const repeatersActive: IndicatorDef = {
  ...REPEATER_BASE,
  id: 'repeaters_active',
  name: t('Unit repeater GSM aktif', 'GSM repeater units active'),
  short: t('Repeater aktif', 'Repeaters active'),
  polarity: 1,
  baseline: 'plan',
  breakdowns: ['regency', 'district'],
  query: (req) => countSites(req, `${REPEATER} AND s.status = 'active'`, null),
};

export const repeaterProgress: IndicatorDef = {
  ...REPEATER_BASE,
  id: 'repeater_progress',
  name: t('Capaian repeater GSM', 'GSM repeater progress'),
  short: t('Capaian repeater', 'Repeater progress'),
  unit: 'percent',
  kind: 'rate',
  polarity: 1,
  baseline: 'plan',
  breakdowns: ['regency', 'district'],
  query: (req) =>
    ratio(
      req,
      repeatersActive.query(resolveWith(repeatersActive, req)),
      repeatersPlanned.query(resolveWith(repeatersPlanned, req)),
    ),
};
