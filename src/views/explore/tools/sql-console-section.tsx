// The read-only SQL console: a gate in which DuckDB decides what a statement is and an engine lockdown
// (src/data/sql-console.ts, sql-console-gate.ts), a row limit (default 1,000), cancel, a results table, a quick
// chart of the first two columns, downloads with provenance, a local history, and the query in the page link
// (sql-console-link.ts): a shared link loads the query and runs it, through the same gate.
import { useCallback, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
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
import { EXAMPLE_PER_REGENCY, EXAMPLE_PIVOT, uploadExample } from '../../../data/sql-console-examples.ts';
import type { EngineError } from '../../../data/sql-console-gate.ts';
import { addToHistory, type HistoryEntry } from '../../../data/sql-console-history.ts';
import { uploadedTables } from '../../../data/user-tables.ts';
import type { Lang } from '../../../i18n/format.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { registerMessages } from '../../../i18n/i18n.ts';
import { useLang } from '../../../i18n/use-lang.ts';
import { sqlConsole } from '../../../i18n/views/sql-console.ts';
import { Chart } from '../../../ui/chart.tsx';
import { DataTable } from '../../../ui/data-table.tsx';
import type { TableModel } from '../../../ui/table-model.ts';
import { useThemeName } from '../../../ui/theme-context.ts';
import { canChart, quickChartOption } from './quick-chart.ts';
import { SqlConsoleDownloads } from './sql-console-downloads.tsx';
import { SqlConsoleHistory } from './sql-console-history-list.tsx';
import {
  type ConsoleLinkRead,
  hashParams,
  MAX_LINK_SQL,
  type QuickChartKind,
  readConsoleLink,
  replaceHashParams,
  writeConsoleLink,
} from './sql-console-link.ts';

registerMessages('sqlConsole', sqlConsole);

const TIMEOUT_MS = 60_000;

type Translate = ReturnType<typeof useLang>['t'];

/** The message of a refusal, an engine error or a cancellation (Indonesian first, via src/i18n). */
function outcomeMessage(outcome: ConsoleOutcome, t: Translate): string {
  if (outcome.kind === 'refused') return t(`sqlConsole.refused.${outcome.reason}`, outcome.params);
  if (outcome.kind === 'cancelled') {
    return outcome.timedOut ? t('sqlConsole.timedOut', { s: outcome.seconds }) : t('sqlConsole.cancelled');
  }
  if (outcome.kind !== 'error') return '';
  const { type, message } = outcome.error;
  if (type === 'Permission' || /disabled by configuration|configuration has been locked/i.test(message)) {
    return t('sqlConsole.error.lockdown', { message });
  }
  if (/read-only mode/i.test(message)) return t('sqlConsole.error.readOnly', { message });
  if (type === 'Parser') return t('sqlConsole.error.syntax', { message });
  return t('sqlConsole.error.engine', { message });
}

/** DuckDB's position, marked under the analyst's own line (LINE n: … / ^). */
function ErrorMark({ error, t }: { error: EngineError | undefined; t: Translate }) {
  const p = error?.position;
  if (!p) return null;
  const lead = `${p.line} | `;
  const caret = `${' '.repeat(lead.length + p.column - 1)}^`;
  return (
    <div className="tools-console-errorpos" data-error-line={p.line} data-error-column={p.column}>
      <p>{t('sqlConsole.error.at', { line: p.line, column: p.column })}</p>
      <pre>{`${lead}${p.lineText}\n${caret}`}</pre>
    </div>
  );
}

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
  // A shared link (read once, at mount) fills the editor, the chart and the limit, and runs when the engine is ready.
  const [fromLink] = useState<ConsoleLinkRead>(() => readConsoleLink(hashParams(), manifest.version));
  const linked = fromLink.kind === 'query' ? fromLink.state : null;
  const [sql, setSql] = useState(linked?.sql ?? EXAMPLE_PER_REGENCY);
  const [limit, setLimit] = useState(String(linked?.limit ?? DEFAULT_ROW_LIMIT));
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<ConsoleOutcome | null>(null);
  const [chart, setChart] = useState<QuickChartKind>(linked?.chart ?? 'none');
  const [history, setHistory] = useState<HistoryEntry[] | null>([]);
  const [linkNote, setLinkNote] = useState<string | null>(null);
  const [copyNote, setCopyNote] = useState<string | null>(null);
  const autoRun = useRef(linked !== null);

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

  /** Writes the console's state into the page link (other parameters kept). */
  const writeLink = useCallback(
    (text: string, kind: QuickChartKind, rowLimit: number) => {
      const { params, tooLong } = writeConsoleLink(
        hashParams(),
        { sql: text, chart: kind, limit: rowLimit },
        manifest.version,
        DEFAULT_ROW_LIMIT,
      );
      replaceHashParams(params);
      setLinkNote(tooLong ? t('sqlConsole.link.tooLong', { length: text.length, max: MAX_LINK_SQL }) : null);
    },
    [manifest.version, t],
  );

  const run = async (text = sql) => {
    setRunning(true);
    setCopyNote(null);
    const rowLimit = clampLimit(limit);
    let result: ConsoleOutcome;
    try {
      result = await runConsoleQuery(text, {
        limit: rowLimit,
        timeoutMs: TIMEOUT_MS,
        uploads: uploads.map((u) => u.table),
      });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      result = { kind: 'error', error: { type: 'Error', message, position: null } };
    } finally {
      setRunning(false);
    }
    setOutcome(result);
    writeLink(text, chart, rowLimit);
    if (text.trim() !== '') {
      addToHistory({
        sql: text,
        at: new Date().toISOString(),
        rows: result.kind === 'rows' ? result.rows.length : null,
      }).then(setHistory, () => setHistory(null));
    }
  };

  // A query from a link runs once, as soon as the console is ready.
  useEffect(() => {
    if (engine.state === 'ready' && autoRun.current) {
      autoRun.current = false;
      void run();
    }
  });

  const chooseChart = (kind: QuickChartKind) => {
    setChart(kind);
    if (outcome) writeLink(sql, kind, clampLimit(limit));
  };

  const copyLink = async () => {
    writeLink(sql, chart, clampLimit(limit));
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopyNote(t('sqlConsole.link.copied'));
    } catch {
      setCopyNote(t('sqlConsole.link.copyFailed'));
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
    [t('sqlConsole.example.pivot'), EXAMPLE_PIVOT],
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
      {fromLink.kind === 'query' && (
        <p className="panel-notice" data-console-from-link="">
          {t('sqlConsole.link.fromLink')}
          {fromLink.staleVersion !== null &&
            ` ${t('sqlConsole.link.stale', { link: fromLink.staleVersion, current: manifest.version })}`}
        </p>
      )}
      {fromLink.kind === 'too-long' && (
        <p className="panel-notice">
          {t('sqlConsole.link.ignoredTooLong', { length: fromLink.length, max: MAX_LINK_SQL })}
        </p>
      )}
      <SqlConsoleHistory entries={history} onLoaded={setHistory} onUse={setSql} />
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
        <button type="button" onClick={() => void copyLink()}>
          {t('sqlConsole.link.copy')}
        </button>
        <span className="panel-note">{t('explore.tools.console.timeout', { s: TIMEOUT_MS / 1000 })}</span>
      </div>
      {(linkNote || copyNote) && (
        <p className="panel-note" role="status" data-console-link-note="">
          {linkNote ?? copyNote}
        </p>
      )}
      <div className="tools-console-out" aria-live="polite">
        {outcome?.kind === 'refused' && (
          <p className="panel-error" role="alert" data-console-refused={outcome.reason}>
            {t('explore.tools.console.refused')}: {outcomeMessage(outcome, t)}
          </p>
        )}
        {(outcome?.kind === 'error' || outcome?.kind === 'cancelled') && (
          <p
            className="panel-error"
            role="alert"
            data-console-error={outcome.kind === 'error' ? outcome.error.type : 'cancelled'}
          >
            {outcomeMessage(outcome, t)}
          </p>
        )}
        {(outcome?.kind === 'error' || outcome?.kind === 'refused') && <ErrorMark error={outcome.error} t={t} />}
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
                      <input
                        type="radio"
                        name={`${sqlId}-chart`}
                        checked={chart === k}
                        onChange={() => chooseChart(k)}
                      />{' '}
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
                <SqlConsoleDownloads
                  result={{
                    statement: rowsOutcome.statement,
                    tables: rowsOutcome.tables,
                    uploadTables: rowsOutcome.uploadTables,
                    rowCount: rowsOutcome.rows.length,
                    limit: rowsOutcome.limit,
                    truncated: rowsOutcome.truncated,
                    columns: rowsOutcome.columns,
                    rows: rowsOutcome.rows,
                  }}
                />
              </>
            )}
          </>
        )}
      </div>
    </section>
  );
}
