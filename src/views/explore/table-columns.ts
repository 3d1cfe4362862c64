// The columns of the workspace's villages and sites tables (rows of src/indicators/listings/villages-table.ts and
// sites-table.ts): header, raw value (sort), displayed text (search, labels), code, filter kind, pinning and how a
// download writes them. One definition for the table on screen and its download (export-section.tsx).
import type { TFunction } from 'i18next';
import type { Row } from '../../data/rows.ts';
import { formatDate, formatNumber, type Lang } from '../../i18n/format.ts';
import type { ViewColumn } from './table-view.ts';
import { kindLabel, signalLabel, statusLabel, technologyLabel, yesNo } from './value-labels.ts';

const str = (v: Row[string] | undefined): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: Row[string] | undefined): number | null =>
  v === null || v === undefined || v === '' || !Number.isFinite(Number(v)) ? null : Number(v);
const bool = (v: Row[string] | undefined): boolean | null => (typeof v === 'boolean' ? v : null);

export function villageColumns(t: TFunction, lang: Lang): ViewColumn<Row>[] {
  return [
    {
      id: 'code',
      header: t('explore.core.villages.code'),
      value: (r) => str(r.village_code),
      pinned: true,
      filter: 'text',
      export: { name: 'village_code', type: 'VARCHAR' },
    },
    {
      id: 'name',
      header: t('explore.core.villages.name'),
      value: (r) => str(r.village_name),
      pinned: true,
      filter: 'text',
      export: { name: 'village_name', type: 'VARCHAR' },
    },
    {
      id: 'district',
      header: t('explore.core.villages.district'),
      value: (r) => str(r.district_name),
      code: (r) => str(r.district_code),
      filter: 'text',
      export: { name: 'district_code', type: 'VARCHAR' },
    },
    {
      id: 'regency',
      header: t('explore.core.villages.regency'),
      value: (r) => str(r.regency_name),
      code: (r) => str(r.regency_code),
      filter: 'select',
      export: { name: 'regency_code', type: 'VARCHAR' },
    },
    {
      id: 'kind',
      header: t('explore.core.villages.kind'),
      value: (r) => str(r.kind),
      format: (r) => kindLabel(t, str(r.kind)),
      filter: 'select',
      export: { name: 'kind', type: 'VARCHAR' },
    },
    {
      id: 'isolated',
      header: t('explore.core.villages.isolated'),
      value: (r) => bool(r.isolated),
      format: (r) => yesNo(t, bool(r.isolated)),
      filter: 'select',
      export: { name: 'isolated', type: 'BOOLEAN' },
    },
    {
      id: 'signal',
      header: t('explore.core.villages.signal'),
      value: (r) => str(r.best_signal),
      format: (r) => signalLabel(t, str(r.best_signal)),
      filter: 'select',
      export: { name: 'best_signal', type: 'VARCHAR' },
    },
    {
      id: 'blankspot',
      header: t('explore.core.villages.blankspot'),
      value: (r) => bool(r.is_blankspot),
      format: (r) => yesNo(t, bool(r.is_blankspot)),
      filter: 'select',
      export: { name: 'is_blankspot', type: 'BOOLEAN' },
    },
    {
      id: 'sites',
      header: t('explore.core.villages.sites'),
      value: (r) => num(r.sites),
      format: (r) => formatNumber(num(r.sites), lang, 0),
      numeric: true,
      searchable: false,
      filter: 'number',
      export: { name: 'sites', type: 'INTEGER', digits: 0 },
    },
    {
      id: 'sitesInService',
      header: t('explore.core.villages.sitesInService'),
      value: (r) => num(r.sites_in_service),
      format: (r) => formatNumber(num(r.sites_in_service), lang, 0),
      numeric: true,
      searchable: false,
      filter: 'number',
      export: { name: 'sites_in_service', type: 'INTEGER', digits: 0 },
    },
  ];
}

export function siteColumns(t: TFunction, lang: Lang): ViewColumn<Row>[] {
  return [
    {
      id: 'site',
      header: t('explore.core.sites.id'),
      value: (r) => str(r.site_id),
      pinned: true,
      filter: 'text',
      export: { name: 'site_id', type: 'VARCHAR' },
    },
    {
      id: 'village',
      header: t('explore.core.sites.village'),
      value: (r) => str(r.village_name),
      code: (r) => str(r.village_code),
      filter: 'text',
      export: { name: 'village_code', type: 'VARCHAR' },
    },
    {
      id: 'district',
      header: t('explore.core.sites.district'),
      value: (r) => str(r.district_name),
      code: (r) => str(r.district_code),
      filter: 'text',
      export: { name: 'district_code', type: 'VARCHAR' },
    },
    {
      id: 'regency',
      header: t('explore.core.sites.regency'),
      value: (r) => str(r.regency_name),
      code: (r) => str(r.regency_code),
      filter: 'select',
      export: { name: 'regency_code', type: 'VARCHAR' },
    },
    {
      id: 'programme',
      header: t('explore.core.sites.programme'),
      value: (r) => str(r.programme),
      filter: 'select',
      export: { name: 'programme', type: 'VARCHAR' },
    },
    {
      id: 'technology',
      header: t('explore.core.sites.technology'),
      value: (r) => str(r.technology),
      format: (r) => technologyLabel(t, str(r.technology) ?? '–'),
      filter: 'select',
      export: { name: 'technology', type: 'VARCHAR' },
    },
    {
      id: 'status',
      header: t('explore.core.sites.status'),
      value: (r) => str(r.status),
      format: (r) => statusLabel(t, str(r.status) ?? '–'),
      filter: 'select',
      export: { name: 'status', type: 'VARCHAR' },
    },
    {
      id: 'budgetYear',
      header: t('explore.core.sites.budgetYear'),
      value: (r) => num(r.budget_year),
      format: (r) => str(r.budget_year) ?? '–',
      numeric: true,
      filter: 'number',
      export: { name: 'budget_year', type: 'INTEGER', digits: 0 },
    },
    {
      id: 'installedOn',
      header: t('explore.core.sites.installedOn'),
      value: (r) => str(r.installed_on),
      format: (r) => formatDate(str(r.installed_on), lang),
      filter: 'text',
      export: { name: 'installed_on', type: 'DATE', date: true },
    },
    {
      id: 'bandwidth',
      header: t('explore.core.sites.bandwidth'),
      value: (r) => num(r.bandwidth_mbps),
      format: (r) => formatNumber(num(r.bandwidth_mbps), lang, 1),
      numeric: true,
      searchable: false,
      filter: 'number',
      export: { name: 'bandwidth_mbps', type: 'DOUBLE', digits: 1 },
    },
    {
      id: 'uptime30',
      header: t('explore.core.sites.uptime30'),
      value: (r) => num(r.uptime_30d),
      format: (r) => formatNumber(num(r.uptime_30d), lang, 1),
      numeric: true,
      searchable: false,
      filter: 'number',
      export: { name: 'uptime_30d', type: 'DOUBLE', digits: 1 },
    },
  ];
}

export const VILLAGE_COLUMN_IDS = [
  'code',
  'name',
  'district',
  'regency',
  'kind',
  'isolated',
  'signal',
  'blankspot',
  'sites',
  'sitesInService',
] as const;
export const SITE_COLUMN_IDS = [
  'site',
  'village',
  'district',
  'regency',
  'programme',
  'technology',
  'status',
  'budgetYear',
  'installedOn',
  'bandwidth',
  'uptime30',
] as const;
