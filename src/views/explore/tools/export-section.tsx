// Export of the current slice (the filtered sites and villages rows) as CSV (two variants) or Parquet, each with
// its provenance (sidecar JSON; for Parquet also inside the file). The rows are exactly those the workspace's tables
// show: the same listing builders (src/indicators/listings/sites-table.ts, villages-table.ts), then the table's view
// state from the URL (search, column filters, sort, column choice: table-state.ts) applied by the same TanStack
// Table definition as on screen, run headless (table-view.ts), with the same columns (table-columns.ts). Cells as on screen (labels,
// numbers rounded as displayed) or as codes. Where a column is counted by an indicator's definition (a village's
// blankspot flag, its sites in service) the provenance names the indicator id. Writers: src/data/export/.
import { useId, useMemo, useState } from 'react';
import { useData } from '../../../coordinator/data-context.tsx';
import { isDatasetId } from '../../../data/contract.ts';
import type { QueryRequest } from '../../../data/engine-types.ts';
import { type CsvVariant, csvBytes, toCsv } from '../../../data/export/csv.ts';
import {
  buildProvenance,
  PARQUET_PROVENANCE_KEY,
  type Provenance,
  provenanceJson,
  sha256Hex,
  wibStamp,
} from '../../../data/export/provenance.ts';
import type { Row } from '../../../data/rows.ts';
import { type Filters, normaliseFilters } from '../../../filters/filters.ts';
import { formatDate, formatNumber } from '../../../i18n/format.ts';
import { useLang } from '../../../i18n/use-lang.ts';
import { INDICATORS } from '../../../indicators/catalog.ts';
import { type ListingColumn, SITES_TABLE, sitesTableQuery } from '../../../indicators/listings/sites-table.ts';
import { VILLAGES_TABLE, villagesTableQuery } from '../../../indicators/listings/villages-table.ts';
import type { IndicatorId } from '../../../indicators/types.ts';
import { SITE_COLUMN_IDS, siteColumns, VILLAGE_COLUMN_IDS, villageColumns } from '../table-columns.ts';
import { type TableViewState, useTableState } from '../table-state.ts';
import { type CellMode, type ExportSpec, exportTable, type ViewColumn } from '../table-view.ts';
import { downloadBlob, downloadText } from './download.ts';

type Format = 'csv' | 'csvId' | 'parquet';
type SliceId = 'sites' | 'villages';

const SLICE_FILE: Record<SliceId, string> = { sites: 'titik', villages: 'desa' };

/** Each slice is a listing of the workspace (the rows its table shows). */
const SLICES: Record<
  SliceId,
  { listing: string; build: (f: Filters) => QueryRequest & { columns: readonly ListingColumn[] } }
> = {
  sites: { listing: SITES_TABLE, build: sitesTableQuery },
  villages: { listing: VILLAGES_TABLE, build: villagesTableQuery },
};

/** A column counted by an indicator's definition, as the provenance names it. */
export interface ProvenanceIndicator {
  column: string;
  indicator: IndicatorId;
  name: string;
}

/** What of the table view the download follows (the rows and columns on screen). */
export interface ProvenanceView {
  /** Cells as on screen (`label`) or as codes (`code`). */
  cells: CellMode;
  search: string;
  sort: { column: string; direction: 'asc' | 'desc' } | null;
  column_filters: Record<string, string>;
  hidden_columns: string[];
  /** Rows of the listing before search and column filters. */
  rows_before_view: number;
}

/** The provenance of a slice: the listing it comes from and the indicators its columns are counted by. */
export type SliceProvenance = Provenance & {
  listing: string;
  indicators: ProvenanceIndicator[];
  table_view?: ProvenanceView;
};

/** The indicators of the exported columns, named as in the file (`specs` and `names` in file order). */
export function exportedIndicators(
  listing: readonly ListingColumn[],
  specs: readonly ExportSpec[],
  names: readonly string[],
): ProvenanceIndicator[] {
  return specs.flatMap((spec, i) => {
    const c = listing.find((l) => l.name === spec.name);
    return c?.indicator
      ? [{ column: names[i] ?? spec.name, indicator: c.indicator, name: INDICATORS[c.indicator].name.id }]
      : [];
  });
}

export function sliceIndicators(columns: readonly ListingColumn[]): ProvenanceIndicator[] {
  return columns.flatMap((c) =>
    c.indicator ? [{ column: c.name, indicator: c.indicator, name: INDICATORS[c.indicator].name.id }] : [],
  );
}

/** "Tahun: 2023–2024 · Kabupaten/kota: 15.02, 15.03" (labels from the explore view's own strings). */
export function filterSummary(filters: Filters, label: (dim: string) => string): string {
  const f = normaliseFilters(filters);
  const parts: string[] = [];
  if (f.yearFrom !== null || f.yearTo !== null) {
    const years = f.yearFrom === f.yearTo ? `${f.yearFrom}` : `${f.yearFrom ?? '…'}–${f.yearTo ?? '…'}`;
    parts.push(`${label('year')}: ${years}`);
  }
  const lists: [string, readonly string[]][] = [
    ['regency', f.regencies],
    ['district', f.districts],
    ['programme', f.programmes],
    ['technology', f.technologies],
    ['status', f.statuses],
  ];
  for (const [k, v] of lists) if (v.length) parts.push(`${label(k)}: ${v.join(', ')}`);
  return parts.join(' · ');
}

interface Done {
  file: string;
  rows: number;
  asOf: string;
  provenance: SliceProvenance;
  format: Format;
}

export function ExportSection({ filters }: { filters: Filters }) {
  const { t, lang } = useLang();
  const { engine, manifest } = useData();
  const modeName = useId();
  const [mode, setMode] = useState<CellMode>('label');
  const [villagesView] = useTableState('villages', VILLAGE_COLUMN_IDS);
  const [sitesView] = useTableState('sites', SITE_COLUMN_IDS);
  const views: Record<SliceId, { state: TableViewState; columns: ViewColumn<Row>[] }> = useMemo(
    () => ({
      villages: { state: villagesView, columns: villageColumns(t, lang) },
      sites: { state: sitesView, columns: siteColumns(t, lang) },
    }),
    [villagesView, sitesView, t, lang],
  );
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (slice: SliceId, format: Format) => {
    const now = new Date();
    const base = `jdac-${SLICE_FILE[slice]}-${wibStamp(now)}`;
    const file = format === 'parquet' ? `${base}.parquet` : format === 'csvId' ? `${base}-excel-id.csv` : `${base}.csv`;
    setBusy(file);
    setError(null);
    setDone(null);
    try {
      const { build, listing } = SLICES[slice];
      const query = build(filters);
      const listingRows = await engine.run(query);
      const view = views[slice];
      const table = exportTable(listingRows, view.columns, view.state, mode);
      const { rows, columns } = table;
      const tableView: ProvenanceView = {
        cells: mode,
        search: view.state.q,
        sort: view.state.sort
          ? { column: view.state.sort.column, direction: view.state.sort.desc ? 'desc' : 'asc' }
          : null,
        column_filters: view.state.cf,
        hidden_columns: view.state.hidden,
        rows_before_view: listingRows.length,
      };
      const provenanceFor = (f: Provenance['file']): SliceProvenance => ({
        ...buildProvenance({
          title: `${t(`explore.tools.export.slice.${slice}`)} (JDAC)`,
          manifest,
          datasets: query.tables.filter(isDatasetId),
          filters,
          columns,
          rowCount: rows.length,
          file: f,
          buildId: import.meta.env.VITE_BUILD_ID ?? 'dev',
          now,
        }),
        listing,
        indicators: exportedIndicators(
          query.columns,
          table.specs,
          columns.map((c) => c.name),
        ),
        table_view: tableView,
      });
      let provenance: SliceProvenance;
      if (format === 'parquet') {
        const { toParquet } = await import('../../../data/export/parquet.ts');
        const inFile = provenanceFor({ name: file, format: 'parquet' });
        const bytes = await toParquet(columns, rows, {
          metadata: { [PARQUET_PROVENANCE_KEY]: JSON.stringify(inFile) },
        });
        provenance = provenanceFor({
          name: file,
          format: 'parquet',
          sha256: await sha256Hex(bytes),
          bytes: bytes.length,
        });
        downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.apache.parquet' }), file);
      } else {
        const variant: CsvVariant = format === 'csvId' ? 'id' : 'standard';
        const bytes = csvBytes(toCsv(columns, rows, variant));
        provenance = provenanceFor({
          name: file,
          format: 'csv',
          variant: variant === 'id' ? 'semicolon;decimal-comma;utf-8-bom' : 'comma;decimal-point;utf-8-bom',
          sha256: await sha256Hex(bytes),
          bytes: bytes.length,
        });
        downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'text/csv;charset=utf-8' }), file);
      }
      setDone({ file, rows: rows.length, asOf: provenance.data_as_of, provenance, format });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  };

  const summary = filterSummary(filters, (dim) => t(`explore.core.dim.${dim}`));
  const formats: Format[] = ['csv', 'csvId', 'parquet'];
  return (
    <section className="tools-block" aria-labelledby="tools-export-title">
      <h3 id="tools-export-title">{t('explore.tools.export.title')}</h3>
      <p className="panel-subtitle">{t('explore.tools.export.intro')}</p>
      <p className="tools-filters">
        {t('explore.tools.export.filters', { summary: summary || t('explore.tools.export.noFilters') })}
      </p>
      <p className="panel-note">{t('explore.tools.export.asOnScreen')}</p>
      <fieldset className="tools-export-mode">
        <legend>{t('explore.tools.export.cells')}</legend>
        {(['label', 'code'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name={modeName} value={m} checked={mode === m} onChange={() => setMode(m)} />{' '}
            {t(`explore.tools.export.cellMode.${m}`)}
          </label>
        ))}
      </fieldset>
      <div className="tools-export-grid">
        {(['sites', 'villages'] as const).map((slice) => (
          <fieldset key={slice} className="tools-export-row">
            <legend>{t(`explore.tools.export.slice.${slice}`)}</legend>
            {formats.map((format) => (
              <button
                key={format}
                type="button"
                disabled={busy !== null}
                onClick={() => void run(slice, format)}
                aria-label={t('explore.tools.export.button', {
                  slice: t(`explore.tools.export.slice.${slice}`),
                  format: t(`explore.tools.export.format.${format}`),
                })}
              >
                {t(`explore.tools.export.format.${format}`)}
              </button>
            ))}
          </fieldset>
        ))}
      </div>
      <p className="panel-note">{t('explore.tools.export.csvNote')}</p>
      <div role="status" aria-live="polite">
        {busy && <p>{t('explore.tools.export.working', { file: busy })}</p>}
        {done && (
          <div className="tools-done">
            <p>
              {t('explore.tools.export.done', {
                file: done.file,
                rows: formatNumber(done.rows, lang, 0),
                date: formatDate(done.asOf, lang),
              })}
            </p>
            {done.format === 'parquet' && <p className="panel-note">{t('explore.tools.export.parquetNote')}</p>}
            <button
              type="button"
              onClick={() =>
                downloadText(
                  provenanceJson(done.provenance),
                  done.file.replace(/\.(csv|parquet)$/, '.provenance.json'),
                  'application/json',
                )
              }
            >
              {t('explore.tools.export.provenance', {
                file: done.file.replace(/\.(csv|parquet)$/, '.provenance.json'),
              })}
            </button>
          </div>
        )}
      </div>
      {error && (
        <p className="panel-error" role="alert">
          {t('explore.tools.export.failed', { message: error })}
        </p>
      )}
    </section>
  );
}
