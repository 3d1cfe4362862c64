// Where an export comes from: the published files (with their sha256 from the manifest) that fed it, the data
// as-of, the filters, the app build and when it was made (WIB). Written as a `<name>.provenance.json` sidecar next
// to a CSV (spreadsheets choke on comment lines, so the CSV itself stays clean) and into a Parquet file's key-value
// metadata (key `jdac.provenance`). Pure: the caller passes the clock and the build id.
import { type DatasetId, SOURCE } from '../contract.ts';
import { loadedParts, type Manifest } from '../manifest.ts';
import type { ExportColumn } from './csv.ts';

/** The filter state of an export (structurally src/filters/filters.ts's Filters, which src/data may not import). */
export interface SliceFilters {
  yearFrom: number | null;
  yearTo: number | null;
  regencies: readonly string[];
  districts: readonly string[];
  programmes: readonly string[];
  technologies: readonly string[];
  statuses: readonly string[];
}

export const PROVENANCE_VERSION = 1;
/** The Parquet key-value metadata key holding the provenance JSON. */
export const PARQUET_PROVENANCE_KEY = 'jdac.provenance';

export interface ProvenanceSource {
  dataset: DatasetId;
  title: string;
  /** The file the dashboard loaded (path relative to data/), with its format, size and sha256 from the manifest. */
  file: string;
  format: 'csv' | 'parquet';
  bytes: number;
  sha256: string;
  as_of: string;
  producer: string;
  license: string;
  attribution: string;
}

export interface Provenance {
  provenance_version: number;
  title: string;
  /** The exported file (name, format; CSV variant; sha256 of its bytes when known). */
  file: { name: string; format: 'csv' | 'parquet'; variant?: string; sha256?: string; bytes?: number };
  /** Instant the export was made, ISO 8601 in WIB (UTC+07:00), e.g. 2026-11-27T08:02:03+07:00. */
  made_at: string;
  time_zone: 'Asia/Jakarta (WIB, UTC+07:00)';
  app_build: string;
  /** Data version (a hash over every published file) and the as-of date of the data the export read. */
  data_version: string;
  data_as_of: string;
  filters: SliceFilters;
  row_count: number;
  columns: readonly ExportColumn[];
  sources: ProvenanceSource[];
  publisher: { producer: string; walidata: string };
  /** Uploaded tables never feed an export of the official slice; said explicitly. */
  includes_uploaded_data: false;
}

/** An instant as ISO 8601 in WIB: 2026-11-27T08:02:03+07:00 (WIB has no daylight saving). */
export function wibTimestamp(instant: Date): string {
  const shifted = new Date(instant.getTime() + 7 * 3_600_000);
  return `${shifted.toISOString().slice(0, 19)}+07:00`;
}

/** 2026-11-27 08:02 (WIB) → "20261127-0802" for file names. */
export function wibStamp(instant: Date): string {
  const s = wibTimestamp(instant);
  return `${s.slice(0, 10).replaceAll('-', '')}-${s.slice(11, 16).replace(':', '')}`;
}

function normalised(f: SliceFilters): SliceFilters {
  const list = (xs: readonly string[]) => [...new Set(xs)].sort();
  let { yearFrom, yearTo } = f;
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
  return {
    yearFrom,
    yearTo,
    regencies: list(f.regencies),
    districts: list(f.districts),
    programmes: list(f.programmes),
    technologies: list(f.technologies),
    statuses: list(f.statuses),
  };
}

export interface ProvenanceInput {
  title: string;
  manifest: Manifest;
  datasets: readonly DatasetId[];
  filters: SliceFilters;
  columns: readonly ExportColumn[];
  rowCount: number;
  file: Provenance['file'];
  buildId: string;
  now: Date;
}

export function buildProvenance(input: ProvenanceInput): Provenance {
  const { manifest } = input;
  // One source per file the dashboard loaded: a dataset published in parts names every part.
  const sources: ProvenanceSource[] = input.datasets.flatMap((id) => {
    const d = manifest.datasets.find((x) => x.id === id);
    if (!d) throw new Error(`Dataset "${id}" tidak ada di manifest.json`);
    return loadedParts(d).map((f) => ({
      dataset: id,
      title: d.title.id,
      file: f.path,
      format: f.format,
      bytes: f.bytes,
      sha256: f.sha256,
      as_of: d.as_of,
      producer: d.producer,
      license: d.license,
      attribution: d.attribution,
    }));
  });
  const asOf = sources.map((s) => s.as_of).sort()[0] ?? manifest.as_of;
  return {
    provenance_version: PROVENANCE_VERSION,
    title: input.title,
    file: input.file,
    made_at: wibTimestamp(input.now),
    time_zone: 'Asia/Jakarta (WIB, UTC+07:00)',
    app_build: input.buildId,
    data_version: manifest.version,
    data_as_of: asOf,
    filters: normalised(input.filters),
    row_count: input.rowCount,
    columns: input.columns,
    sources,
    publisher: { producer: SOURCE.producer, walidata: SOURCE.walidata },
    includes_uploaded_data: false,
  };
}

/** The sidecar's text (pretty, stable key order, trailing newline). */
export function provenanceJson(p: Provenance): string {
  return `${JSON.stringify(p, null, 2)}\n`;
}

/** Lowercase hex sha256 of bytes (Web Crypto: browsers, workers and Node ≥ 20). */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
