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
  concept: t(
    'Pemasangan titik layanan konektivitas di desa: Internet Desa, repeater GSM, BTS 4G dan titik operator.',
    'Installation of connectivity sites in villages: Internet Desa, GSM repeaters, 4G towers and operator sites.',
  ),
  definition: t(
    'Banyaknya titik yang tanggal terpasangnya jatuh dalam periode, dari semua program. Titik yang kemudian offline atau dibongkar tetap dihitung pada periode pemasangannya.',
    'Number of sites whose installation date falls in the period, of every programme. A site that later went offline or was decommissioned still counts in the period it was installed.',
  ),
  formula: t('count(sites) dengan installed_on dalam periode', 'count(sites) with installed_on in the period'),
  unit: 'sites',
  kind: 'flow',
  digits: 0,
  polarity: 1,
  filters: ['year', 'regency', 'district', 'programme', 'technology', 'status'],
  breakdowns: ['year', 'regency', 'district', 'programme', 'technology', 'status'],
  period: 'year-flow',
  baseline: 'same-span',
  counts: t('Semua jenis program.', 'Every programme kind.'),
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
  concept: t(
    'Pemasangan titik oleh program yang direncanakan pemerintah (rencana di targets.planned_installations).',
    'Installations by the programmes the government plans (the plan in targets.planned_installations).',
  ),
  definition: t(
    'Banyaknya titik dari program yang masuk rencana (programmes.in_plan) yang tanggal terpasangnya jatuh dalam periode.',
    'Number of sites of programmes in the plan (programmes.in_plan) whose installation date falls in the period.',
  ),
  formula: t(
    'count(sites) dengan installed_on dalam periode dan programmes.in_plan',
    'count(sites) with installed_on in the period and programmes.in_plan',
  ),
  filters: ['year', 'regency'],
  breakdowns: ['year', 'regency'],
  baseline: 'plan',
  counts: t(
    'Program dengan in_plan = true pada kosakata programmes (contoh: Internet Desa BAKTI dan Dumisake, repeater GSM Dumisake).',
    'Programmes with in_plan = true in the programmes vocabulary (e.g. BAKTI and Dumisake Internet Desa, Dumisake GSM repeaters).',
  ),
  query: (req) => countSites(req, `${INSTALLED} AND ${IN_PLAN}`, INSTALL_YEAR),
};

export const plannedInstallations: IndicatorDef = {
  id: 'planned_installations',
  name: t('Rencana titik terpasang', 'Installations planned'),
  short: t('Rencana', 'Plan'),
  concept: t('Rencana pemasangan titik program per tahun.', 'The yearly plan of programme installations.'),
  definition: t(
    'targets.planned_installations: baris provinsi (regency_code kosong) untuk provinsi; baris kabupaten/kota untuk wilayahnya. Rencana provinsi dapat memuat titik yang belum dialokasikan ke kabupaten/kota (mis. repeater GSM 2024), sehingga jumlah rencana kabupaten/kota bisa lebih kecil.',
    'targets.planned_installations: the province row (empty regency_code) for the province; regency rows for their areas. The province plan may hold sites not yet allocated to a regency (e.g. the 2024 GSM repeaters), so the regency plans can add up to less.',
  ),
  formula: t('targets.planned_installations', 'targets.planned_installations'),
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
  concept: t(
    'Seberapa jauh rencana pemasangan titik program telah terwujud.',
    'How far the plan of programme installations has been realised.',
  ),
  definition: t(
    'Titik program terpasang dibagi rencana titik terpasang pada periode dan wilayah yang sama, dalam persen. Dihitung per tahun rencana: titik yang terpasang pada tahun tanpa rencana untuk wilayah itu tidak dihitung.',
    'Programme sites installed divided by the installations planned for the same period and area, in percent. Counted per plan year: sites installed in a year without a plan for the area do not count.',
  ),
  formula: t('100 × plan_installations / planned_installations', '100 × plan_installations / planned_installations'),
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
  concept: t('Titik yang terpasang dan belum dibongkar.', 'Sites installed and not taken down.'),
  definition: t(
    'Banyaknya titik terpasang berstatus active atau offline pada tanggal data. Titik planned dan decommissioned tidak dihitung.',
    'Number of installed sites with status active or offline at the data date. Planned and decommissioned sites are not counted.',
  ),
  formula: t(
    'count(sites) dengan installed_on terisi dan status ∈ {active, offline}',
    'count(sites) with installed_on set and status ∈ {active, offline}',
  ),
  unit: 'sites',
  kind: 'stock',
  digits: 0,
  polarity: 1,
  filters: ['regency', 'district', 'programme', 'technology', 'status'],
  breakdowns: ['regency', 'district', 'programme', 'technology', 'status'],
  period: 'as-of',
  baseline: 'none',
  counts: t('Semua jenis program.', 'Every programme kind.'),
  producer: PRODUCER,
  sources: SITE_SOURCES,
  asOfSource: 'sites',
  query: (req) => countSites(req, IN_SERVICE, null),
};

export const villagesTotal: IndicatorDef = {
  id: 'villages_total',
  name: t('Jumlah desa/kelurahan', 'Villages'),
  short: t('Desa', 'Villages'),
  concept: t('Desa dan kelurahan di wilayah.', 'Villages (desa and kelurahan) of the area.'),
  definition: t('Banyaknya desa/kelurahan dalam daftar villages.', 'Number of villages in the villages list.'),
  formula: t('count(villages)', 'count(villages)'),
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
  concept: t(
    'Kepadatan titik layanan dibanding banyaknya desa, agar wilayah besar dan kecil dapat dibandingkan.',
    'Density of sites against the number of villages, so large and small areas compare.',
  ),
  definition: t(
    'Titik dalam layanan dibagi jumlah desa/kelurahan wilayah, dikali 100.',
    'Sites in service divided by the villages of the area, times 100.',
  ),
  formula: t('100 × sites_in_service / villages_total', '100 × sites_in_service / villages_total'),
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
  concept: t(
    'Unit repeater GSM yang direncanakan untuk membawa sinyal ke desa blankspot.',
    'GSM repeater units planned to bring signal to blankspot villages.',
  ),
  definition: t(
    'Banyaknya titik berteknologi GSM repeater di daftar sites, apa pun statusnya (planned, active, offline, decommissioned).',
    'Number of sites with technology GSM repeater in the sites list, whatever their status.',
  ),
  formula: t("count(sites) dengan technology = 'GSM repeater'", "count(sites) with technology = 'GSM repeater'"),
  polarity: 0,
  baseline: 'none',
  query: (req) => countSites(req, REPEATER, null),
};

export const repeatersActive: IndicatorDef = {
  ...REPEATER_BASE,
  id: 'repeaters_active',
  name: t('Unit repeater GSM aktif', 'GSM repeater units active'),
  short: t('Repeater aktif', 'Repeaters active'),
  concept: t('Unit repeater GSM yang sedang melayani.', 'GSM repeater units in service and up.'),
  definition: t(
    'Banyaknya titik berteknologi GSM repeater berstatus active pada tanggal data.',
    'Number of GSM repeater sites with status active at the data date.',
  ),
  formula: t(
    "count(sites) dengan technology = 'GSM repeater' dan status = 'active'",
    "count(sites) with technology = 'GSM repeater' and status = 'active'",
  ),
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
  concept: t('Bagian rencana repeater GSM yang sudah aktif.', 'Share of the GSM repeater plan that is active.'),
  definition: t(
    'Unit repeater GSM aktif dibagi unit dalam rencana, dalam persen.',
    'GSM repeater units active divided by the units in the plan, in percent.',
  ),
  formula: t('100 × repeaters_active / repeaters_planned', '100 × repeaters_active / repeaters_planned'),
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
