// The read-only SQL console: a statement gate and an engine lockdown (src/data/sql-console.ts), a row limit
// (default 1,000), cancel, a results table and a quick chart of the first two columns. The SQL text is typed here
// or picked from the examples; it is never read from the URL.
import { useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { useData } from '../../../coordinator/data-context.tsx';
import type { Row } from '../../../data/rows.ts';
import {
  type ConsoleOutcome,
  cancelConsoleQuery,
  clampLimit,
  DEFAULT_ROW_LIMIT,
  MAX_ROW_LIMIT,
  openConsole,
  runConsoleQuery,
} from '../../../data/sql-console.ts';
import { EXAMPLE_PER_REGENCY, uploadExample } from '../../../data/sql-console-examples.ts';
import { uploadedTables } from '../../../data/user-tables.ts';
import type { Lang } from '../../../i18n/format.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { useLang } from '../../../i18n/use-lang.ts';
import { Chart } from '../../../ui/chart.tsx';
import { DataTable } from '../../../ui/data-table.tsx';
import type { TableModel } from '../../../ui/table-model.ts';
import { useThemeName } from '../../../ui/theme-context.ts';
import { canChart, quickChartOption } from './quick-chart.ts';

const TIMEOUT_MS = 60_000;

const numberFormats = new Map<Lang, Intl.NumberFormat>();
/** Console cells show data as data: numbers without grouping (years, ids read right), the language's decimal sign. */
function cellText(v: Row[string], lang: Lang): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') {
    let f = numberFormats.get(lang);
    if (!f) {
      f = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', { useGrouping: false, maximumFractionDigits: 6 });
      numberFormats.set(lang, f);
    }
    return f.format(v);
  }
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return v;
}

export function SqlConsoleSection() {
  const { t, lang } = useLang();
  const theme = useThemeName();
  const { manifest } = useData();
  const sqlId = useId();
  const limitId = useId();
  const uploads = useSyncExternalStore(uploadedTables.subscribe, uploadedTables.get);
  const [engine, setEngine] = useState<{ state: 'preparing' | 'ready' } | { state: 'failed'; message: string }>({
    state: 'preparing',
  });
  const [sql, setSql] = useState(EXAMPLE_PER_REGENCY);
  const [limit, setLimit] = useState(String(DEFAULT_ROW_LIMIT));
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<ConsoleOutcome | null>(null);
  const [chart, setChart] = useState<'none' | 'bar' | 'line'>('none');

  useEffect(() => {
    let live = true;
    openConsole().then(
      () => live && setEngine({ state: 'ready' }),
      (err: unknown) =>
        live && setEngine({ state: 'failed', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, []);

  const run = async () => {
    setRunning(true);
    try {
      setOutcome(
        await runConsoleQuery(sql, {
          limit: clampLimit(limit),
          timeoutMs: TIMEOUT_MS,
          uploads: uploads.map((u) => u.table),
        }),
      );
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      setOutcome({ kind: 'error', message: { id: message, en: message }, detail: message });
    } finally {
      setRunning(false);
    }
  };

  const rowsOutcome = outcome?.kind === 'rows' ? outcome : null;
  const table: TableModel | null = useMemo(() => {
    if (!rowsOutcome) return null;
    return {
      columns: rowsOutcome.columns.map((c) => ({ key: c.name, label: c.name, numeric: c.numeric })),
      rows: rowsOutcome.rows.map((r, i) => ({
        key: String(i),
        cells: rowsOutcome.columns.map((c) => cellText(r[c.name] ?? null, lang)),
      })),
    };
  }, [rowsOutcome, lang]);
  const option = useMemo(() => {
    if (!rowsOutcome || chart === 'none') return null;
    const [x, y] = rowsOutcome.columns;
    return quickChartOption(rowsOutcome.rows, rowsOutcome.columns, chart, {
      ariaLabel: t('explore.tools.console.chartAria', {
        kind: t(chart === 'bar' ? 'explore.tools.console.chartBar' : 'explore.tools.console.chartLine'),
        x: x?.name ?? '',
        y: y?.name ?? '',
      }),
      formatValue: (n) => formatNumber(n, lang, 3),
    });
  }, [rowsOutcome, chart, lang, t]);

  const examples: [string, string][] = [
    [t('explore.tools.console.example.perRegency'), EXAMPLE_PER_REGENCY],
    [t('explore.tools.console.example.describe'), 'DESCRIBE sites'],
    [t('explore.tools.console.example.tables'), 'SHOW TABLES'],
    ...uploads.map((u): [string, string] => [
      `${t('explore.tools.console.example.upload')}: ${u.table}`,
      uploadExample(u),
    ]),
  ];

  return (
    <section className="tools-block" aria-labelledby="tools-console-title" data-console-state={engine.state}>
      <h3 id="tools-console-title">{t('explore.tools.console.title')}</h3>
      <p className="panel-subtitle">{t('explore.tools.console.intro')}</p>
      <p role="status" className="panel-note">
        {engine.state === 'preparing' && t('explore.tools.console.preparing')}
        {engine.state === 'ready' && t('explore.tools.console.ready')}
      </p>
      {engine.state === 'failed' && (
        <p className="panel-error" role="alert">
          {t('explore.tools.console.openFailed', { message: engine.message })}
        </p>
      )}
      <div className="tools-console-tables">
        <strong>{t('explore.tools.console.tables')}:</strong>{' '}
        {manifest.datasets.map((d) => (
          <span key={d.id} className="tools-table-chip">
            <code>{d.id}</code> <small>({t('explore.tools.console.official')})</small>
          </span>
        ))}
        {uploads.map((u) => (
          <span key={u.table} className="tools-table-chip">
            <code>{u.table}</code> <span className="badge-upload">{t('explore.tools.upload.badge')}</span>
          </span>
        ))}
      </div>
      <div className="tools-console-examples">
        <span>{t('explore.tools.console.examples')}:</span>
        {examples.map(([label, text]) => (
          <button key={label} type="button" onClick={() => setSql(text)}>
            {label}
          </button>
        ))}
      </div>
      <label htmlFor={sqlId}>{t('explore.tools.console.label')}</label>
      <textarea
        id={sqlId}
        className="tools-sql"
        value={sql}
        onChange={(e) => setSql(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !running && engine.state === 'ready') void run();
        }}
        rows={7}
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
      />
      <div className="tools-console-bar">
        <label htmlFor={limitId}>{t('explore.tools.console.limit')}</label>
        <input
          id={limitId}
          type="number"
          min={1}
          max={MAX_ROW_LIMIT}
          step={1}
          value={limit}
          onChange={(e) => setLimit(e.target.value)}
        />
        <button type="button" onClick={() => void run()} disabled={running || engine.state !== 'ready'}>
          {running ? t('explore.tools.console.running') : t('explore.tools.console.run')}
        </button>
        <button type="button" onClick={() => void cancelConsoleQuery()} disabled={!running}>
          {t('explore.tools.console.cancel')}
        </button>
        <span className="panel-note">{t('explore.tools.console.timeout', { s: TIMEOUT_MS / 1000 })}</span>
      </div>
      <div className="tools-console-out" aria-live="polite">
        {outcome?.kind === 'refused' && (
          <p className="panel-error" role="alert" data-console-refused={outcome.reason}>
            {t('explore.tools.console.refused')}: {outcome.message[lang]}
          </p>
        )}
        {(outcome?.kind === 'error' || outcome?.kind === 'cancelled') && (
          <p className="panel-error" role="alert">
            {outcome.message[lang]}
          </p>
        )}
        {rowsOutcome && table && (
          <>
            <p role="status">
              {t('explore.tools.console.rows', {
                count: formatNumber(rowsOutcome.rows.length, lang, 0),
                ms: formatNumber(rowsOutcome.ms, lang, 0),
              })}
              {rowsOutcome.truncated &&
                ` · ${t('explore.tools.console.truncated', { limit: formatNumber(rowsOutcome.limit, lang, 0) })}`}
            </p>
            {rowsOutcome.uploadTables.length > 0 && (
              <p className="panel-notice">
                <span className="badge-upload">{t('explore.tools.upload.badge')}</span>{' '}
                {t('explore.tools.console.usesUploads', { tables: rowsOutcome.uploadTables.join(', ') })}
              </p>
            )}
            {rowsOutcome.rows.length === 0 ? (
              <p className="panel-note">{t('explore.tools.console.empty')}</p>
            ) : (
              <>
                <fieldset className="tools-chart-kind">
                  <legend>{t('explore.tools.console.chart')}</legend>
                  {(['none', 'bar', 'line'] as const).map((k) => (
                    <label key={k}>
                      <input type="radio" name={`${sqlId}-chart`} checked={chart === k} onChange={() => setChart(k)} />{' '}
                      {t(
                        k === 'none'
                          ? 'explore.tools.console.chartNone'
                          : k === 'bar'
                            ? 'explore.tools.console.chartBar'
                            : 'explore.tools.console.chartLine',
                      )}
                    </label>
                  ))}
                </fieldset>
                {chart !== 'none' && !canChart(rowsOutcome.columns) && (
                  <p className="panel-note">{t('explore.tools.console.chartNeeds')}</p>
                )}
                {option && (
                  <div className="tools-quick-chart">
                    <Chart option={option} theme={theme} height={320} />
                  </div>
                )}
                <div className="tools-console-result">
                  <DataTable model={table} caption={t('explore.tools.console.resultCaption')} />
                </div>
              </>
            )}
          </>
        )}
      </div>
    </section>
  );
}
