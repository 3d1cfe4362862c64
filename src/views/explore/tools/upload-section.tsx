// Bring your own file: CSV or Parquet by file input or drag and drop. Parsing, validation and conversion run in a
// Web Worker (src/data/workers/upload.worker.ts) with a progress bar and a cancel button; the page never waits on
// them. A contract dataset is validated (row report with line numbers; valid rows kept, invalid rows listed and
// downloadable); anything else becomes a free table after the analyst confirms the inferred column types. Tables
// are `upload_<name>`, labelled "data unggahan" here and in the console, and can be removed.
import { type DragEvent, useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { CONTRACT } from '../../../data/contract.ts';
import type { UnjoinedReport } from '../../../data/upload-joins.ts';
import {
  beginUpload,
  dropUpload,
  officialReferences,
  type UploadedTable,
  uploadedTables,
  uploadTableName,
} from '../../../data/user-tables.ts';
import type { Issue } from '../../../data/validate/types.ts';
import { FREE_TYPE_SQL, FREE_TYPES, type FreeType } from '../../../data/workers/infer-types.ts';
import type { PlannedColumn, UploadPlan } from '../../../data/workers/table-plan.ts';
import { UploadCancelled, UploadSession } from '../../../data/workers/upload-client.ts';
import type { ContractSummary, FreeSummary, Inspection, Phase } from '../../../data/workers/upload-protocol.ts';
import { formatDate, formatNumber, formatPercent, formatTime } from '../../../i18n/format.ts';
import { useLang } from '../../../i18n/use-lang.ts';
import { downloadBlob, sizeParts } from './download.ts';

type WorkPhase = Phase | 'inspecting' | 'inserting';

type State =
  | { step: 'idle' }
  | { step: 'working'; name: string; bytes: number; phase: WorkPhase; done: number; total: number }
  | {
      step: 'confirm';
      name: string;
      table: string;
      inspection: Extract<Inspection, { kind: 'free' }>;
      types: FreeType[];
    }
  | {
      step: 'contract-done';
      name: string;
      table: string | null;
      summary: ContractSummary;
      datasetFrom: string;
      unjoined: UnjoinedReport[];
    }
  | { step: 'free-done'; name: string; table: string; summary: FreeSummary; unjoined: UnjoinedReport[] }
  | { step: 'rejected'; name: string; issues: Issue[] }
  | { step: 'cancelled'; name: string }
  | { step: 'failed'; name: string; message: string };

const MAX_ISSUE_ROWS = 200;

export function UploadSection() {
  const { t, lang } = useLang();
  const inputId = useId();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const session = useRef<UploadSession | null>(null);
  const tables = useSyncExternalStore(uploadedTables.subscribe, uploadedTables.get);

  useEffect(() => () => session.current?.cancel(), []);

  const onProgress = (file: File) => (phase: WorkPhase, done: number, total: number) =>
    setState({ step: 'working', name: file.name, bytes: file.size, phase, done, total });

  const fail = (name: string, err: unknown) => {
    if (err instanceof UploadCancelled) setState({ step: 'cancelled', name });
    else setState({ step: 'failed', name, message: err instanceof Error ? err.message : String(err) });
  };

  const runContract = async (s: UploadSession, insp: Extract<Inspection, { kind: 'contract' }>) => {
    const name = s.file.name;
    const progress = onProgress(s.file);
    progress('reading', 0, s.file.size);
    const refs = await officialReferences();
    const table = uploadTableName(name);
    const columns: PlannedColumn[] = CONTRACT[insp.dataset].columns.map((c) => ({
      label: c.name,
      name: c.name,
      sql: c.sql,
    }));
    const plan: UploadPlan = { table, fileName: name, columns, source: 'contract', dataset: insp.dataset };
    const writer = beginUpload(plan);
    try {
      const summary = await s.validate(insp.dataset, refs, { onProgress: progress, onBatch: writer.add });
      const { report } = summary;
      let created: string | null = null;
      let unjoined: UnjoinedReport[] = [];
      if (report.validRowCount > 0) {
        progress('inserting', 1, 1);
        const labelled = columns.map((c) => ({
          ...c,
          label: report.header[report.columnIndex[c.name] ?? -1] ?? c.label,
        }));
        unjoined = (await writer.finish({ rejectedRows: report.invalidRowCount, columns: labelled })).unjoined;
        created = table;
      } else await writer.abort();
      setState({ step: 'contract-done', name, table: created, summary, datasetFrom: insp.datasetFrom, unjoined });
    } catch (err) {
      await writer.abort().catch(() => undefined);
      throw err;
    }
  };

  const start = async (file: File) => {
    session.current?.cancel();
    setNotice(null);
    const s = new UploadSession(file);
    session.current = s;
    const name = file.name;
    try {
      onProgress(file)('inspecting', 0, 1);
      const insp = await s.inspect({ onProgress: onProgress(file) });
      if (insp.kind === 'rejected') {
        setState({ step: 'rejected', name, issues: insp.issues });
        s.close();
      } else if (insp.kind === 'contract') {
        await runContract(s, insp);
        s.close();
      } else {
        const types =
          insp.format === 'csv' ? insp.sniff.columns.map((c) => c.type) : insp.columns.map(() => 'text' as FreeType);
        setState({ step: 'confirm', name, table: uploadTableName(name), inspection: insp, types });
      }
    } catch (err) {
      s.close();
      fail(name, err);
    }
  };

  const loadFree = async (st: Extract<State, { step: 'confirm' }>) => {
    const s = session.current;
    if (!s) return;
    const { inspection, name } = st;
    const table = uploadTableName(name);
    const columns: PlannedColumn[] =
      inspection.format === 'csv'
        ? inspection.sniff.columns.map((c, i) => ({
            label: c.label,
            name: c.name,
            sql: FREE_TYPE_SQL[st.types[i] ?? 'text'],
          }))
        : inspection.columns;
    const writer = beginUpload({ table, fileName: name, columns, source: 'free', dataset: null });
    try {
      const progress = onProgress(s.file);
      progress('parsing', 0, s.file.size);
      const summary = await s.loadFree(st.types, { onProgress: progress, onBatch: writer.add });
      progress('inserting', 1, 1);
      const done = await writer.finish();
      setState({ step: 'free-done', name, table, summary, unjoined: done.unjoined });
    } catch (err) {
      await writer.abort().catch(() => undefined);
      fail(name, err);
    } finally {
      s.close();
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const file = e.dataTransfer.files[0];
    if (file) void start(file);
  };

  const remove = async (table: string) => {
    await dropUpload(table);
    setNotice(t('explore.tools.upload.removed', { table }));
  };

  const num = (n: number) => formatNumber(n, lang, 0);
  const size = (bytes: number) => {
    const { value, unit } = sizeParts(bytes);
    return `${formatNumber(value, lang, 1)} ${unit}`;
  };

  return (
    <section className="tools-block" aria-labelledby="tools-upload-title">
      <h3 id="tools-upload-title">{t('explore.tools.upload.title')}</h3>
      <p className="panel-subtitle">{t('explore.tools.upload.privacy')}</p>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the drop zone only adds drag and drop; the file input inside is the keyboard way */}
      <div
        className={`tools-drop${dragging ? ' is-dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="upload-drop"
      >
        <label htmlFor={inputId} className="tools-upload-label">
          {t('explore.tools.upload.label')}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.parquet,.txt,.tsv,text/csv,application/vnd.apache.parquet"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void start(file);
          }}
        />
        <p className="panel-note">{t('explore.tools.upload.drop')}</p>
      </div>

      <div aria-live="polite">
        {state.step === 'working' && (
          <div className="tools-progress">
            <p>
              {t('explore.tools.upload.file', { name: state.name, size: size(state.bytes) })} —{' '}
              {t('explore.tools.upload.progress', {
                phase: t(`explore.tools.upload.phase.${state.phase}`),
                percent:
                  state.phase === 'validating' || state.phase === 'inserting' || state.phase === 'inspecting'
                    ? '…'
                    : formatPercent(state.total > 0 ? state.done / state.total : 0, lang, 0),
              })}
            </p>
            {state.phase === 'validating' || state.phase === 'inserting' || state.phase === 'inspecting' ? (
              <progress aria-label={t('explore.tools.upload.progressLabel')} />
            ) : (
              <progress
                aria-label={t('explore.tools.upload.progressLabel')}
                value={state.done}
                max={Math.max(state.total, 1)}
              />
            )}
            <button type="button" onClick={() => session.current?.cancel()}>
              {t('explore.tools.upload.cancel')}
            </button>
          </div>
        )}
        {state.step === 'cancelled' && <p role="status">{t('explore.tools.upload.cancelled', { name: state.name })}</p>}
        {state.step === 'failed' && (
          <p className="panel-error" role="alert" data-upload-file={state.name} data-upload-verdict="failed">
            {t('explore.tools.upload.failed', { name: state.name, message: state.message })}
          </p>
        )}
        {state.step === 'rejected' && (
          <div className="panel-error" role="alert" data-upload-file={state.name} data-upload-verdict="rejected">
            <p>{t('explore.tools.upload.rejected', { name: state.name })}</p>
            <IssueList issues={state.issues} />
          </div>
        )}
        {state.step === 'confirm' && (
          <ConfirmTypes
            state={state}
            onChange={(types) => setState({ ...state, types })}
            onLoad={() => void loadFree(state)}
            onCancel={() => {
              session.current?.cancel();
              setState({ step: 'cancelled', name: state.name });
            }}
          />
        )}
        {state.step === 'contract-done' && <ContractResult state={state} />}
        {state.step === 'free-done' && <FreeResult state={state} />}
      </div>

      <h4>{t('explore.tools.upload.tables')}</h4>
      {notice && <p role="status">{notice}</p>}
      {tables.length === 0 ? (
        <p className="panel-note">{t('explore.tools.upload.noTables')}</p>
      ) : (
        <ul className="tools-upload-tables" aria-label={t('explore.tools.upload.tables')}>
          {tables.map((u) => (
            <UploadedRow key={u.table} u={u} onRemove={() => void remove(u.table)} num={num} />
          ))}
        </ul>
      )}
    </section>
  );
}

function UploadedRow({ u, onRemove, num }: { u: UploadedTable; onRemove: () => void; num: (n: number) => string }) {
  const { t, lang } = useLang();
  const at = new Date(u.loadedAt);
  return (
    <li data-upload-table={u.table}>
      <code>{u.table}</code> <span className="badge-upload">{t('explore.tools.upload.badge')}</span>{' '}
      {t('explore.tools.upload.tableInfo', {
        file: u.fileName,
        rows: num(u.rowCount),
        time: `${formatDate(u.loadedAt.slice(0, 10), lang)} ${formatTime(at, lang)}`,
      })}
      {u.rejectedRows > 0 && <> · {t('explore.tools.upload.rejectedRows', { count: u.rejectedRows })}</>}
      {u.unjoined
        .filter((j) => j.rows > 0)
        .map((j) => (
          <span key={j.column} data-unjoined-short={j.column}>
            {' '}
            ·{' '}
            {t('explore.tools.upload.unjoined.short', { rows: num(j.rows), column: j.column, reference: j.reference })}
          </span>
        ))}
      <br />
      <small>
        {t('explore.tools.upload.columns', {
          list: u.columns.map((c) => (c.label === c.name ? c.name : `${c.label} → ${c.name}`)).join(', '),
        })}
      </small>{' '}
      <button type="button" onClick={onRemove}>
        {t('explore.tools.upload.remove', { table: u.table })}
      </button>
    </li>
  );
}

function IssueList({ issues }: { issues: readonly Issue[] }) {
  const { lang } = useLang();
  return (
    <ul>
      {issues.map((i, k) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: issues have no id; the list never reorders
        <li key={k}>
          {i.message[lang]}
          {i.hint && <span className="panel-note"> {i.hint[lang]}</span>}
        </li>
      ))}
    </ul>
  );
}

function ConfirmTypes({
  state,
  onChange,
  onLoad,
  onCancel,
}: {
  state: Extract<State, { step: 'confirm' }>;
  onChange: (types: FreeType[]) => void;
  onLoad: () => void;
  onCancel: () => void;
}) {
  const { t, lang } = useLang();
  const { inspection } = state;
  if (inspection.format === 'parquet') {
    return (
      <div className="tools-confirm" data-upload-file={state.name} data-upload-verdict="free">
        <p>{t('explore.tools.upload.parquetFree', { rows: formatNumber(inspection.rows, lang, 0) })}</p>
        <div className="table-wrap">
          <table className="data-table">
            <caption>{t('explore.tools.upload.typesCaption', { table: state.table })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('explore.tools.upload.typeCol.label')}</th>
                <th scope="col">{t('explore.tools.upload.typeCol.name')}</th>
                <th scope="col">{t('explore.tools.upload.typeCol.type')}</th>
              </tr>
            </thead>
            <tbody>
              {inspection.columns.map((c) => (
                <tr key={c.name}>
                  <th scope="row">{c.label}</th>
                  <td>
                    <code>{c.name}</code>
                  </td>
                  <td>{c.sql}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <button type="button" onClick={onLoad}>
          {t('explore.tools.upload.load', { table: state.table })}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          {t('explore.tools.upload.cancel')}
        </button>
      </div>
    );
  }
  const { sniff } = inspection;
  return (
    <div className="tools-confirm" data-upload-file={state.name} data-upload-verdict="free">
      <p>{t('explore.tools.upload.free')}</p>
      <p className="panel-note">
        {t('explore.tools.upload.freeDetected', {
          delimiter: sniff.delimiter === '\t' ? 'tab' : sniff.delimiter,
          decimal: t(sniff.decimal === ',' ? 'explore.tools.upload.decimalComma' : 'explore.tools.upload.decimalPoint'),
          dates: sniff.dateFormat ? t('explore.tools.upload.dates', { format: sniff.dateFormat }) : '',
          bom: sniff.bom ? t('explore.tools.upload.bom') : '',
          rows: formatNumber(sniff.sampleRows, lang, 0),
        })}
      </p>
      <div className="table-wrap">
        <table className="data-table">
          <caption>{t('explore.tools.upload.typesCaption', { table: state.table })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('explore.tools.upload.typeCol.label')}</th>
              <th scope="col">{t('explore.tools.upload.typeCol.name')}</th>
              <th scope="col">{t('explore.tools.upload.typeCol.type')}</th>
              <th scope="col">{t('explore.tools.upload.typeCol.reason')}</th>
              <th scope="col">{t('explore.tools.upload.typeCol.examples')}</th>
            </tr>
          </thead>
          <tbody>
            {sniff.columns.map((c, i) => (
              <tr key={c.name}>
                <th scope="row">{c.label}</th>
                <td>
                  <code>{c.name}</code>
                </td>
                <td>
                  <select
                    aria-label={t('explore.tools.upload.typeOf', { column: c.label })}
                    value={state.types[i]}
                    onChange={(e) => {
                      const next = [...state.types];
                      next[i] = e.target.value as FreeType;
                      onChange(next);
                    }}
                  >
                    {FREE_TYPES.map((ft) => (
                      <option key={ft} value={ft}>
                        {t(`explore.tools.upload.types.${ft}`)}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{t(`explore.tools.upload.reason.${c.reason}`)}</td>
                <td>{c.examples.join(' · ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" onClick={onLoad}>
        {t('explore.tools.upload.load', { table: state.table })}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t('explore.tools.upload.cancel')}
      </button>
    </div>
  );
}

function ContractResult({ state }: { state: Extract<State, { step: 'contract-done' }> }) {
  const { t, lang } = useLang();
  const { report, invalidCsv, detected } = state.summary;
  const num = (n: number) => formatNumber(n, lang, 0);
  const fileIssues = report.issues.filter(
    (i) => i.line === undefined || !report.invalidRows.some((r) => r.line === i.line),
  );
  const rowIssues = report.invalidRows.flatMap((r) => r.issues.map((i) => ({ line: r.line, issue: i })));
  const shownRows = rowIssues.slice(0, MAX_ISSUE_ROWS);
  return (
    <div
      className="tools-result"
      data-upload-result="contract"
      data-upload-file={state.name}
      data-upload-verdict={state.table ? 'loaded' : 'none-valid'}
    >
      <p>
        {t('explore.tools.upload.contract', {
          dataset: report.dataset,
          from: t(`explore.tools.upload.from.${state.datasetFrom}`),
        })}
      </p>
      <p className="panel-note">{t('explore.tools.upload.detected', { text: detected[lang] })}</p>
      <p role="status">
        {state.table ? (
          <>
            {t('explore.tools.upload.validSummary', {
              valid: num(report.validRowCount),
              total: num(report.rowCount),
              table: state.table,
              invalid: num(report.invalidRowCount),
            })}{' '}
            <span className="badge-upload">{t('explore.tools.upload.badge')}</span>
          </>
        ) : (
          t('explore.tools.upload.noneValid', { total: num(report.rowCount) })
        )}
      </p>
      {fileIssues.length > 0 && (
        <>
          <h4>{t('explore.tools.upload.fileIssues')}</h4>
          <IssueList issues={fileIssues} />
        </>
      )}
      {rowIssues.length > 0 && (
        <>
          <div className="table-wrap">
            <table className="data-table tools-issues">
              <caption>{t('explore.tools.upload.rowIssues')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('explore.tools.upload.col.line')}</th>
                  <th scope="col">{t('explore.tools.upload.col.column')}</th>
                  <th scope="col">{t('explore.tools.upload.col.problem')}</th>
                  <th scope="col">{t('explore.tools.upload.col.fix')}</th>
                </tr>
              </thead>
              <tbody>
                {shownRows.map(({ line, issue }, k) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a line can have several issues of one column
                  <tr key={`${line}-${k}`} data-line={line}>
                    <th scope="row">{num(line)}</th>
                    <td>{issue.column ?? ''}</td>
                    <td>{issue.message[lang]}</td>
                    <td>{issue.hint?.[lang] ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {(report.invalidRowCount > report.invalidRows.length || rowIssues.length > shownRows.length) && (
            <p className="panel-note">
              {t('explore.tools.upload.moreInvalid', {
                shown: num(Math.min(report.invalidRows.length, shownRows.length)),
                total: num(report.invalidRowCount),
              })}
            </p>
          )}
          {invalidCsv && (
            <button
              type="button"
              onClick={() =>
                downloadBlob(invalidCsv[lang], `${state.name.replace(/\.[^.]+$/, '')}-baris-tidak-valid.csv`)
              }
            >
              {t('explore.tools.upload.downloadInvalid')}
            </button>
          )}
        </>
      )}
      <UnjoinedList reports={state.unjoined} />
    </div>
  );
}

/** The codes of the new table that join to nothing in villages / regencies (src/data/upload-joins.ts). */
function UnjoinedList({ reports }: { reports: readonly UnjoinedReport[] }) {
  const { t, lang } = useLang();
  if (reports.length === 0) return null;
  const num = (n: number) => formatNumber(n, lang, 0);
  return (
    <div className="tools-unjoined" data-upload-unjoined="">
      <h4>{t('explore.tools.upload.unjoined.title')}</h4>
      {reports.map((r) =>
        r.rows === 0 ? (
          <p key={r.column} data-unjoined={r.column} data-unjoined-rows="0">
            {t('explore.tools.upload.unjoined.allJoin', { column: r.column, reference: r.reference })}
          </p>
        ) : (
          <div key={r.column} data-unjoined={r.column} data-unjoined-rows={r.rows}>
            <p className="panel-notice">
              {t('explore.tools.upload.unjoined.summary', {
                rows: num(r.rows),
                column: r.column,
                reference: r.reference,
                distinct: num(r.distinct),
              })}
            </p>
            <div className="table-wrap">
              <table className="data-table">
                <caption>
                  {t('explore.tools.upload.unjoined.caption', {
                    column: r.column,
                    reference: r.reference,
                    shown: num(r.top.length),
                  })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('explore.tools.upload.unjoined.code')}</th>
                    <th scope="col">{t('explore.tools.upload.unjoined.rows')}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.top.map((c) => (
                    <tr key={c.code} data-code={c.code}>
                      <td>
                        <code>{c.code}</code>
                      </td>
                      <td>{num(c.rows)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        ),
      )}
    </div>
  );
}

function FreeResult({ state }: { state: Extract<State, { step: 'free-done' }> }) {
  const { t, lang } = useLang();
  const { summary } = state;
  return (
    <div className="tools-result" data-upload-result="free">
      <p role="status">
        {t('explore.tools.upload.loaded', { rows: formatNumber(summary.rows, lang, 0), table: state.table })}{' '}
        <span className="badge-upload">{t('explore.tools.upload.badge')}</span>
      </p>
      {summary.badCells.map((b) => (
        <p key={b.column} className="panel-notice">
          {t('explore.tools.upload.badCells', {
            column: b.column,
            count: b.count,
            type: t(`explore.tools.upload.types.${b.type}`).toLowerCase(),
            rows: b.rows.map((r) => formatNumber(r, lang, 0)).join(', '),
          })}
        </p>
      ))}
      {summary.raggedRows > 0 && (
        <p className="panel-notice">{t('explore.tools.upload.ragged', { count: summary.raggedRows })}</p>
      )}
      {summary.notUtf8 && <p className="panel-notice">{t('explore.tools.upload.notUtf8')}</p>}
      <UnjoinedList reports={state.unjoined} />
    </div>
  );
}
