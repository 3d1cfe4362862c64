// Data contract v1: the one description of every dataset, shared by the browser (loading, validation, catalog),
// the sample generator, the manifest builder and the CLI validator. Codes are strings everywhere.
// See docs/data-contract.md for the prose version.

export const CONTRACT_VERSION = '1';

export type SqlType = 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'DATE' | 'BOOLEAN';

export interface Text {
  id: string;
  en: string;
}

export interface ColumnSpec {
  name: string;
  sql: SqlType;
  nullable?: boolean;
  /** Allowed values for an enumerated VARCHAR column. */
  values?: readonly string[];
  /** Pattern a code column must match (codes keep their dots and leading zeros). */
  pattern?: RegExp;
  min?: number;
  max?: number;
  /** Refers to the key of another dataset (checked by the validator when that dataset is at hand). */
  references?: { dataset: DatasetId; column: string };
  meaning: Text;
}

export interface DatasetMeta {
  title: Text;
  description: Text;
  unit: Text;
  frequency: 'harian' | 'bulanan' | 'tahunan' | 'tidak tetap';
  /** Days after which data of this frequency counts as stale. */
  stale_after_days: number;
}

export interface DatasetSpec {
  id: DatasetId;
  /** Columns that identify a row; duplicates are errors. */
  key: readonly string[];
  columns: readonly ColumnSpec[];
  meta: DatasetMeta;
}

export const DATASET_IDS = ['regencies', 'villages', 'sites', 'village_coverage', 'site_daily', 'targets'] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

export const REGENCY_CODE = /^15\.\d{2}$/;
export const DISTRICT_CODE = /^15\.\d{2}\.\d{2}$/;
export const VILLAGE_CODE = /^15\.\d{2}\.\d{2}\.\d{4}$/;

export const REGENCY_TYPES = ['Kabupaten', 'Kota'] as const;
export const VILLAGE_KINDS = ['desa', 'kelurahan'] as const;
export const PROGRAMMES = [
  'Dumisake Internet Desa',
  'BAKTI Internet Desa',
  'Dumisake GSM Repeater',
  'BAKTI BTS 4G',
  'Operator',
] as const;
export const TECHNOLOGIES = ['VSAT', 'GSM repeater', 'BTS 4G', 'fibre/radio'] as const;
export const SITE_STATUSES = ['planned', 'active', 'offline', 'decommissioned'] as const;
export const SIGNALS = ['none', '2G', '3G', '4G'] as const;

const t = (id: string, en: string): Text => ({ id, en });

export const CONTRACT: Record<DatasetId, DatasetSpec> = {
  regencies: {
    id: 'regencies',
    key: ['regency_code'],
    columns: [
      {
        name: 'regency_code',
        sql: 'VARCHAR',
        pattern: REGENCY_CODE,
        meaning: t('Kode wilayah Kemendagri, mis. 15.01', 'Kemendagri area code, e.g. 15.01'),
      },
      {
        name: 'bps_code',
        sql: 'VARCHAR',
        pattern: /^15\d{2}$/,
        meaning: t('Kode BPS, mis. 1501', 'BPS code, e.g. 1501'),
      },
      { name: 'name', sql: 'VARCHAR', meaning: t('Nama kabupaten/kota', 'Regency or city name') },
      {
        name: 'type',
        sql: 'VARCHAR',
        values: REGENCY_TYPES,
        meaning: t('Kabupaten atau Kota', 'Regency (Kabupaten) or city (Kota)'),
      },
    ],
    meta: {
      title: t('Kabupaten/kota di Provinsi Jambi', 'Regencies and cities of Jambi Province'),
      description: t(
        'Daftar 11 kabupaten/kota dengan kode Kemendagri dan BPS.',
        'The 11 regencies and cities with Kemendagri and BPS codes.',
      ),
      unit: t('wilayah', 'areas'),
      frequency: 'tidak tetap',
      stale_after_days: 3650,
    },
  },
  villages: {
    id: 'villages',
    key: ['village_code'],
    columns: [
      {
        name: 'village_code',
        sql: 'VARCHAR',
        pattern: VILLAGE_CODE,
        meaning: t('Kode desa/kelurahan, mis. 15.02.01.2001', 'Village code, e.g. 15.02.01.2001'),
      },
      { name: 'district_code', sql: 'VARCHAR', pattern: DISTRICT_CODE, meaning: t('Kode kecamatan', 'District code') },
      { name: 'district_name', sql: 'VARCHAR', meaning: t('Nama kecamatan', 'District name') },
      {
        name: 'regency_code',
        sql: 'VARCHAR',
        pattern: REGENCY_CODE,
        references: { dataset: 'regencies', column: 'regency_code' },
        meaning: t('Kode kabupaten/kota', 'Regency code'),
      },
      { name: 'name', sql: 'VARCHAR', meaning: t('Nama desa/kelurahan', 'Village name') },
      {
        name: 'kind',
        sql: 'VARCHAR',
        values: VILLAGE_KINDS,
        meaning: t('desa atau kelurahan', 'desa (rural) or kelurahan (urban)'),
      },
      {
        name: 'isolated',
        sql: 'BOOLEAN',
        meaning: t('Desa terisolir menurut pemberitaan/laporan publik', 'Village reported as isolated'),
      },
    ],
    meta: {
      title: t('Desa dan kelurahan', 'Villages'),
      description: t(
        'Semua 1.585 desa/kelurahan di Provinsi Jambi (kode 15).',
        'All 1,585 villages of Jambi Province (code 15).',
      ),
      unit: t('desa', 'villages'),
      frequency: 'tidak tetap',
      stale_after_days: 3650,
    },
  },
  sites: {
    id: 'sites',
    key: ['site_id'],
    columns: [
      {
        name: 'site_id',
        sql: 'VARCHAR',
        pattern: /^[A-Z0-9-]{3,40}$/,
        meaning: t('Kode titik/lokasi', 'Site identifier'),
      },
      {
        name: 'village_code',
        sql: 'VARCHAR',
        pattern: VILLAGE_CODE,
        references: { dataset: 'villages', column: 'village_code' },
        meaning: t('Desa lokasi titik', 'Village of the site'),
      },
      { name: 'programme', sql: 'VARCHAR', values: PROGRAMMES, meaning: t('Program pembangunan', 'Programme') },
      { name: 'technology', sql: 'VARCHAR', values: TECHNOLOGIES, meaning: t('Teknologi', 'Technology') },
      {
        name: 'status',
        sql: 'VARCHAR',
        values: SITE_STATUSES,
        meaning: t('planned, active, offline atau decommissioned', 'planned, active, offline or decommissioned'),
      },
      { name: 'budget_year', sql: 'INTEGER', min: 2015, max: 2100, meaning: t('Tahun anggaran', 'Budget year') },
      {
        name: 'installed_on',
        sql: 'DATE',
        nullable: true,
        meaning: t('Tanggal terpasang (kosong bila belum)', 'Installation date (empty when not yet installed)'),
      },
      {
        name: 'bandwidth_mbps',
        sql: 'DOUBLE',
        nullable: true,
        min: 0,
        max: 10000,
        meaning: t('Kapasitas tautan (Mbps)', 'Link capacity (Mbps)'),
      },
    ],
    meta: {
      title: t('Titik layanan konektivitas', 'Connectivity sites'),
      description: t(
        'Satu baris per titik terpasang atau direncanakan: Internet Desa, repeater GSM, BTS 4G.',
        'One row per installed or planned site: village internet, GSM repeaters, 4G towers.',
      ),
      unit: t('titik', 'sites'),
      frequency: 'bulanan',
      stale_after_days: 45,
    },
  },
  village_coverage: {
    id: 'village_coverage',
    key: ['village_code', 'year'],
    columns: [
      {
        name: 'village_code',
        sql: 'VARCHAR',
        pattern: VILLAGE_CODE,
        references: { dataset: 'villages', column: 'village_code' },
        meaning: t('Kode desa', 'Village code'),
      },
      {
        name: 'year',
        sql: 'INTEGER',
        min: 2015,
        max: 2100,
        meaning: t('Tahun survei (kondisi akhir tahun)', 'Survey year (state at year end)'),
      },
      {
        name: 'best_signal',
        sql: 'VARCHAR',
        values: SIGNALS,
        meaning: t('Sinyal seluler terbaik: none, 2G, 3G, 4G', 'Best cellular signal: none, 2G, 3G, 4G'),
      },
      {
        name: 'is_blankspot',
        sql: 'BOOLEAN',
        meaning: t('Tanpa sinyal seluler (blankspot)', 'No cellular signal (blankspot)'),
      },
    ],
    meta: {
      title: t('Cakupan sinyal seluler per desa', 'Cellular coverage per village'),
      description: t(
        'Sinyal terbaik per desa per tahun dan status blankspot.',
        'Best signal per village per year and blankspot status.',
      ),
      unit: t('desa', 'villages'),
      frequency: 'tahunan',
      stale_after_days: 400,
    },
  },
  site_daily: {
    id: 'site_daily',
    key: ['site_id', 'date'],
    columns: [
      {
        name: 'site_id',
        sql: 'VARCHAR',
        pattern: /^[A-Z0-9-]{3,40}$/,
        references: { dataset: 'sites', column: 'site_id' },
        meaning: t('Kode titik', 'Site identifier'),
      },
      { name: 'date', sql: 'DATE', meaning: t('Tanggal (WIB)', 'Date (WIB)') },
      { name: 'uptime_pct', sql: 'DOUBLE', min: 0, max: 100, meaning: t('Ketersediaan layanan (%)', 'Uptime (%)') },
      {
        name: 'down_mbps',
        sql: 'DOUBLE',
        min: 0,
        max: 10000,
        meaning: t('Rata-rata kecepatan unduh (Mbps)', 'Mean downlink (Mbps)'),
      },
      { name: 'data_gb', sql: 'DOUBLE', min: 0, max: 100000, meaning: t('Volume data (GB)', 'Data volume (GB)') },
      { name: 'users', sql: 'INTEGER', min: 0, max: 1000000, meaning: t('Pengguna unik', 'Unique users') },
    ],
    meta: {
      title: t('Telemetri harian titik', 'Daily site telemetry'),
      description: t(
        'Ketersediaan, kecepatan, volume data dan pengguna per titik per hari.',
        'Uptime, speed, data volume and users per site per day.',
      ),
      unit: t('titik-hari', 'site-days'),
      frequency: 'harian',
      stale_after_days: 3,
    },
  },
  targets: {
    id: 'targets',
    key: ['year', 'regency_code'],
    columns: [
      { name: 'year', sql: 'INTEGER', min: 2015, max: 2100, meaning: t('Tahun', 'Year') },
      {
        name: 'regency_code',
        sql: 'VARCHAR',
        nullable: true,
        pattern: REGENCY_CODE,
        references: { dataset: 'regencies', column: 'regency_code' },
        meaning: t('Kabupaten/kota (kosong = provinsi)', 'Regency (empty = whole province)'),
      },
      {
        name: 'planned_installations',
        sql: 'INTEGER',
        min: 0,
        max: 100000,
        meaning: t('Rencana titik terpasang pada tahun itu', 'Installations planned for the year'),
      },
      {
        name: 'blankspot_target',
        sql: 'INTEGER',
        nullable: true,
        min: 0,
        max: 100000,
        meaning: t('Target sisa desa blankspot di akhir tahun', 'Target of blankspot villages left at year end'),
      },
    ],
    meta: {
      title: t('Target program', 'Programme targets'),
      description: t(
        'Rencana pemasangan dan target sisa desa blankspot per tahun (dan per kabupaten bila ada).',
        'Planned installations and blankspot targets per year (and per regency where set).',
      ),
      unit: t('titik / desa', 'sites / villages'),
      frequency: 'tahunan',
      stale_after_days: 400,
    },
  },
};

export const SOURCE = {
  producer: 'Dinas Komunikasi dan Informatika Provinsi Jambi',
  walidata: 'Jambi Data and Analytic Center (JDAC)',
  license: 'CC BY 4.0 (data sampel); daftar wilayah: idn-area-data (ODbL)',
  attribution:
    'Data sampel JDAC. Daftar wilayah: idn-area-data (ODbL). Batas wilayah: cahyadsn/wilayah_boundaries (MIT)',
} as const;

export function isDatasetId(value: string): value is DatasetId {
  return (DATASET_IDS as readonly string[]).includes(value);
}

/** DuckDB `read_csv(columns = {...})` argument for a dataset: explicit types, never sniffed. */
export function csvColumnTypes(id: DatasetId): Record<string, SqlType> {
  return Object.fromEntries(CONTRACT[id].columns.map((c) => [c.name, c.sql]));
}

/** `CREATE TABLE` statement for a dataset (identifiers come from the contract, never from input). */
export function createTableSql(id: DatasetId, table: string = id): string {
  const cols = CONTRACT[id].columns.map((c) => `"${c.name}" ${c.sql}`).join(', ');
  return `CREATE OR REPLACE TABLE "${table}" (${cols})`;
}
