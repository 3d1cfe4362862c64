// Data contract v2: the one description of every dataset, shared by the browser (loading, validation, catalog),
// the sample generator, the manifest builder and the CLI validator. Codes are strings everywhere.
// See docs/data-contract.md for the prose version.

export const CONTRACT_VERSION = '2';

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

export const DATASET_IDS = [
  'regencies',
  'villages',
  'programmes',
  'technologies',
  'sites',
  'village_coverage',
  'site_daily',
  'targets',
  'published_figures',
] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

/**
 * The vocabularies of contract v2: reference datasets whose key column lists every value another dataset's column
 * may take (sites.programme → programmes.programme, sites.technology → technologies.technology). A value missing
 * from its vocabulary refuses that row only, with a message saying how to add it (docs/data-contract.md).
 */
export const VOCABULARY_IDS = ['programmes', 'technologies'] as const;
export type VocabularyId = (typeof VOCABULARY_IDS)[number];
export function isVocabularyId(value: string): value is VocabularyId {
  return (VOCABULARY_IDS as readonly string[]).includes(value);
}

export const REGENCY_CODE = /^15\.\d{2}$/;
export const DISTRICT_CODE = /^15\.\d{2}\.\d{2}$/;
export const VILLAGE_CODE = /^15\.\d{2}\.\d{2}\.\d{4}$/;

export const REGENCY_TYPES = ['Kabupaten', 'Kota'] as const;
export const VILLAGE_KINDS = ['desa', 'kelurahan'] as const;
/**
 * What a programme does, which decides the indicators its sites count toward (docs/indicators.md):
 *   village_access     an Internet Desa point (Wi-Fi over VSAT): serves a village, does not end its blankspot;
 *   cellular_coverage  a GSM repeater or BTS 4G tower: brings cellular signal to the area it covers;
 *   operator           an operator's own site (fibre/radio), outside the government programmes.
 */
export const PROGRAMME_KINDS = ['village_access', 'cellular_coverage', 'operator'] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];
/** Code name of a programme or technology in the vocabularies (letters, digits, spaces, - / . and parentheses). */
export const VOCABULARY_NAME = /^[A-Za-z0-9][A-Za-z0-9 ./()-]{0,59}$/;
/** An indicator id of the catalog (src/indicators/types.ts INDICATOR_IDS), e.g. blankspot_villages. */
export const INDICATOR_ID = /^[a-z][a-z0-9_]{1,59}$/;
/** A period as a public body reported it: a year, a month, or a range of them (2021, 2022-07, 2022..2024). */
export const REPORTED_PERIOD = /^\d{4}(-\d{2})?(\.\.\d{4}(-\d{2})?)?$/;
/** A date as precisely as it is known: 2023-12-27, 2023-12 or 2023. */
export const REPORTED_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
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
  programmes: {
    id: 'programmes',
    key: ['programme'],
    columns: [
      {
        name: 'programme',
        sql: 'VARCHAR',
        pattern: VOCABULARY_NAME,
        meaning: t('Nama program seperti tertulis di sites.programme', 'Programme name as written in sites.programme'),
      },
      {
        name: 'kind',
        sql: 'VARCHAR',
        values: PROGRAMME_KINDS,
        meaning: t(
          'Jenis: village_access (titik Internet Desa), cellular_coverage (repeater/BTS), operator',
          'Kind: village_access (Internet Desa point), cellular_coverage (repeater/BTS), operator',
        ),
      },
      {
        name: 'in_plan',
        sql: 'BOOLEAN',
        meaning: t(
          'Titiknya dihitung terhadap targets.planned_installations',
          'Its sites count against targets.planned_installations',
        ),
      },
      { name: 'owner', sql: 'VARCHAR', meaning: t('Pemilik/penyelenggara program', 'Programme owner') },
      {
        name: 'label_en',
        sql: 'VARCHAR',
        meaning: t('Nama program dalam bahasa Inggris', 'Programme name in English'),
      },
    ],
    meta: {
      title: t('Kosakata program', 'Programme vocabulary'),
      description: t(
        'Setiap program yang boleh muncul di sites.programme, dengan jenisnya dan apakah masuk rencana pemasangan.',
        'Every programme sites.programme may name, with its kind and whether it counts against the installation plan.',
      ),
      unit: t('program', 'programmes'),
      frequency: 'tidak tetap',
      stale_after_days: 3650,
    },
  },
  technologies: {
    id: 'technologies',
    key: ['technology'],
    columns: [
      {
        name: 'technology',
        sql: 'VARCHAR',
        pattern: VOCABULARY_NAME,
        meaning: t('Nama teknologi seperti tertulis di sites.technology', 'Technology as written in sites.technology'),
      },
      {
        name: 'cellular',
        sql: 'BOOLEAN',
        meaning: t('Membawa sinyal seluler (mengakhiri blankspot)', 'Brings cellular signal (ends a blankspot)'),
      },
      { name: 'label_en', sql: 'VARCHAR', meaning: t('Nama dalam bahasa Inggris', 'Name in English') },
    ],
    meta: {
      title: t('Kosakata teknologi', 'Technology vocabulary'),
      description: t(
        'Setiap teknologi yang boleh muncul di sites.technology.',
        'Every technology sites.technology may name.',
      ),
      unit: t('teknologi', 'technologies'),
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
      {
        name: 'programme',
        sql: 'VARCHAR',
        references: { dataset: 'programmes', column: 'programme' },
        meaning: t('Program pembangunan (dari kosakata programmes)', 'Programme (from the programmes vocabulary)'),
      },
      {
        name: 'technology',
        sql: 'VARCHAR',
        references: { dataset: 'technologies', column: 'technology' },
        meaning: t('Teknologi (dari kosakata technologies)', 'Technology (from the technologies vocabulary)'),
      },
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
  published_figures: {
    id: 'published_figures',
    key: ['indicator', 'period', 'producer', 'published'],
    columns: [
      {
        name: 'indicator',
        sql: 'VARCHAR',
        pattern: INDICATOR_ID,
        meaning: t('Id indikator di katalog (docs/indicators.md)', 'Indicator id in the catalog (docs/indicators.md)'),
      },
      {
        name: 'period',
        sql: 'VARCHAR',
        pattern: REPORTED_PERIOD,
        meaning: t(
          'Periode seperti dilaporkan: 2021, 2022-07, 2022..2024',
          'Period as reported: 2021, 2022-07, 2022..2024',
        ),
      },
      { name: 'value', sql: 'DOUBLE', meaning: t('Nilai yang dipublikasikan', 'Published value') },
      { name: 'unit', sql: 'VARCHAR', meaning: t('Satuan seperti dilaporkan', 'Unit as reported') },
      {
        name: 'subject',
        sql: 'VARCHAR',
        meaning: t('Yang dilaporkan, dengan kata sumbernya', "What was reported, in the source's words"),
      },
      { name: 'producer', sql: 'VARCHAR', meaning: t('Instansi yang menyampaikan', 'Public body that reported it') },
      {
        name: 'published',
        sql: 'VARCHAR',
        pattern: REPORTED_DATE,
        meaning: t(
          'Tanggal terbit setepat yang diketahui: YYYY-MM-DD, YYYY-MM atau YYYY',
          'Publication date as precisely as known: YYYY-MM-DD, YYYY-MM or YYYY',
        ),
      },
      { name: 'source_title', sql: 'VARCHAR', meaning: t('Judul/nama sumber', 'Source title') },
      { name: 'source', sql: 'VARCHAR', nullable: true, meaning: t('Alamat sumber', 'Source address') },
    ],
    meta: {
      title: t('Angka yang dipublikasikan instansi', 'Figures published by public bodies'),
      description: t(
        'Angka resmi dari pemberitaan Dinas Kominfo dan rilis BPS, untuk dibandingkan dengan angka dasbor.',
        "Figures from Dinas Kominfo's news reports and BPS releases, shown beside the dashboard's own.",
      ),
      unit: t('angka', 'figures'),
      frequency: 'tidak tetap',
      stale_after_days: 3650,
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
