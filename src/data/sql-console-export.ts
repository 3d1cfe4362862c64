// The console result as a download: the export writers of src/data/export (CSV with BOM, `;` variant and formula
// neutralising; Parquet with the provenance in its metadata) fed with the result's columns, and a provenance that
// adds the SQL text, the row limit and whether uploaded tables were read to the usual one (data version, the
// published files with their sha256, time in WIB, app build). Pure: the caller passes the clock and the build id.
import { isDatasetId } from './contract.ts';
import type { ExportColumn, ExportType } from './export/csv.ts';
import { buildProvenance, type Provenance } from './export/provenance.ts';
import type { Manifest } from './manifest.ts';

/** Arrow type text of a console column (Utf8, Int32, Float64, Date32<DAY>, Bool, …) → the export's column type. */
export function exportType(arrowType: string): ExportType {
  if (/^(Int8|Int16|Int32|Uint8|Uint16)\b/.test(arrowType)) return 'INTEGER';
  if (/^(Int64|Uint32|Uint64)\b/.test(arrowType)) return 'BIGINT';
  if (/^(Float|Decimal)/.test(arrowType)) return 'DOUBLE';
  if (/^Date/.test(arrowType)) return 'DATE';
  if (/^Bool/.test(arrowType)) return 'BOOLEAN';
  return 'VARCHAR';
}

export function exportColumns(columns: readonly { name: string; type: string }[]): ExportColumn[] {
  return columns.map((c) => ({ name: c.name, type: exportType(c.type) }));
}

export interface ConsoleResultInfo {
  /** The statement that ran. */
  statement: string;
  /** Tables it read (from DuckDB's bound plan). */
  tables: readonly string[];
  uploadTables: readonly string[];
  rowCount: number;
  limit: number;
  truncated: boolean;
}

export type ConsoleProvenance = Omit<Provenance, 'includes_uploaded_data'> & {
  includes_uploaded_data: boolean;
  uploaded_tables: string[];
  query: { sql: string; tables: string[]; row_limit: number; truncated: boolean };
};

const NO_FILTERS = {
  yearFrom: null,
  yearTo: null,
  regencies: [],
  districts: [],
  programmes: [],
  technologies: [],
  statuses: [],
};

export function consoleProvenance(input: {
  title: string;
  manifest: Manifest;
  result: ConsoleResultInfo;
  columns: readonly ExportColumn[];
  file: Provenance['file'];
  buildId: string;
  now: Date;
}): ConsoleProvenance {
  const { result } = input;
  const base = buildProvenance({
    title: input.title,
    manifest: input.manifest,
    datasets: result.tables.filter(isDatasetId),
    // The console's SQL is not filtered by the workspace's filter bar: its own WHERE says what it selects.
    filters: NO_FILTERS,
    columns: input.columns,
    rowCount: result.rowCount,
    file: input.file,
    buildId: input.buildId,
    now: input.now,
  });
  return {
    ...base,
    includes_uploaded_data: result.uploadTables.length > 0,
    uploaded_tables: [...result.uploadTables],
    query: {
      sql: result.statement,
      tables: [...result.tables],
      row_limit: result.limit,
      truncated: result.truncated,
    },
  };
}
