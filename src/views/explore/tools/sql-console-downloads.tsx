// Downloads of the console result: CSV (comma), CSV for Excel with Indonesian settings (`;`, decimal comma), and
// Parquet (provenance inside), each with a provenance sidecar naming the SQL, the data version, the published files
// and their hashes. Writers: src/data/export/ (shared with the slice export); provenance: sql-console-export.ts.
import { useState } from 'react';
import { useData } from '../../../coordinator/data-context.tsx';
import { type CsvVariant, csvBytes, toCsv } from '../../../data/export/csv.ts';
import { PARQUET_PROVENANCE_KEY, sha256Hex, wibStamp } from '../../../data/export/provenance.ts';
import type { Row } from '../../../data/rows.ts';
import {
  type ConsoleProvenance,
  type ConsoleResultInfo,
  consoleProvenance,
  exportColumns,
} from '../../../data/sql-console-export.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { useLang } from '../../../i18n/use-lang.ts';
import { downloadBlob, downloadText } from './download.ts';

type Format = 'csv' | 'csvId' | 'parquet';

export interface ConsoleResult extends ConsoleResultInfo {
  columns: readonly { name: string; type: string }[];
  rows: readonly Row[];
}

export function SqlConsoleDownloads({ result }: { result: ConsoleResult }) {
  const { t, lang } = useLang();
  const { manifest } = useData();
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<{ file: string; provenance: ConsoleProvenance } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (format: Format) => {
    const now = new Date();
    const base = `jdac-kueri-${wibStamp(now)}`;
    const file = format === 'parquet' ? `${base}.parquet` : format === 'csvId' ? `${base}-excel-id.csv` : `${base}.csv`;
    setBusy(file);
    setError(null);
    setDone(null);
    try {
      const columns = exportColumns(result.columns);
      const provenanceFor = (f: ConsoleProvenance['file']) =>
        consoleProvenance({
          title: t('sqlConsole.download.title_file'),
          manifest,
          result,
          columns,
          file: f,
          buildId: import.meta.env.VITE_BUILD_ID ?? 'dev',
          now,
        });
      let provenance: ConsoleProvenance;
      if (format === 'parquet') {
        const { toParquet } = await import('../../../data/export/parquet.ts');
        const bytes = await toParquet(columns, result.rows, {
          metadata: { [PARQUET_PROVENANCE_KEY]: JSON.stringify(provenanceFor({ name: file, format: 'parquet' })) },
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
        const bytes = csvBytes(toCsv(columns, result.rows, variant));
        provenance = provenanceFor({
          name: file,
          format: 'csv',
          variant: variant === 'id' ? 'semicolon;decimal-comma;utf-8-bom' : 'comma;decimal-point;utf-8-bom',
          sha256: await sha256Hex(bytes),
          bytes: bytes.length,
        });
        downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'text/csv;charset=utf-8' }), file);
      }
      setDone({ file, provenance });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  };

  const sidecar = done?.file.replace(/\.(csv|parquet)$/, '.provenance.json') ?? '';
  return (
    <fieldset className="tools-console-downloads" data-console-downloads="">
      <legend>{t('sqlConsole.download.title')}</legend>
      {(['csv', 'csvId', 'parquet'] as const).map((format) => (
        <button
          key={format}
          type="button"
          disabled={busy !== null}
          onClick={() => void run(format)}
          aria-label={t('sqlConsole.download.button', { format: t(`sqlConsole.download.${format}`) })}
        >
          {t(`sqlConsole.download.${format}`)}
        </button>
      ))}
      {result.truncated && (
        <p className="panel-note">
          {t('sqlConsole.download.truncated', { limit: formatNumber(result.limit, lang, 0) })}
        </p>
      )}
      <div role="status" aria-live="polite">
        {busy && <p>{t('sqlConsole.download.working', { file: busy })}</p>}
        {done && (
          <p>
            {t('sqlConsole.download.done', { file: done.file, rows: formatNumber(result.rowCount, lang, 0) })}{' '}
            <button
              type="button"
              onClick={() => downloadText(`${JSON.stringify(done.provenance, null, 2)}\n`, sidecar, 'application/json')}
            >
              {t('sqlConsole.download.provenance', { file: sidecar })}
            </button>
          </p>
        )}
      </div>
      {error && (
        <p className="panel-error" role="alert">
          {t('sqlConsole.download.failed', { message: error })}
        </p>
      )}
    </fieldset>
  );
}
