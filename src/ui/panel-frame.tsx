// The accessible frame every panel shares: a <section> named by its heading, subtitle (unit, as-of), the chart,
// a source note and the "Lihat tabel" toggle; its own loading and error states with a retry. The body sits in its
// own error boundary: a chart or table that throws while drawing shows "Panel ini gagal dimuat" and a retry here,
// and the rest of the page carries on. In presentation mode (src/ui/presentation.ts: the wall, the briefing) the frame
// renders none of its controls: no switches, no "Definisi", no retry, no PNG or table button.
import { type ReactNode, useId, useRef, useState } from 'react';
import { DataTable } from './data-table.tsx';
import { ErrorBoundary, PanelCrash } from './error-boundary.tsx';
import { usePresentation } from './presentation.ts';
import type { TableModel } from './table-model.ts';
import { TOKENS } from './theme.ts';
import { useThemeName } from './theme-context.ts';

export interface PanelLabels {
  showTable: string;
  hideTable: string;
  loading: string;
  retry: string;
  empty: string;
  /** "Unduh PNG": when given, a button saves the chart with its title, subtitle (as-of) and source. */
  downloadPng?: string;
}

interface PanelFrameProps {
  panelId: string;
  title: string;
  subtitle: string;
  source: string;
  labels: PanelLabels;
  state: 'loading' | 'error' | 'ready' | 'empty';
  error?: string;
  onRetry?: () => void;
  table?: TableModel;
  /** Controls (metric switch, drill-down) shown in every state, so an error or empty view can be left. */
  controls?: ReactNode;
  /** A note under the heading, e.g. that older figures are shown while new data loads. */
  notice?: string;
  /** Beside the title: the "Definisi" affordance of the panel's indicator (src/ui/definition.tsx). */
  titleAside?: ReactNode;
  /** Notes shown under the subtitle in every state, e.g. that an active filter does not apply to the figures. */
  notes?: readonly string[];
  children?: ReactNode;
}

export function PanelFrame(props: PanelFrameProps) {
  const { panelId, title, subtitle, source, labels, state, error, onRetry, notice, children } = props;
  const { notes } = props;
  const present = usePresentation();
  const titleAside = present ? null : props.titleAside;
  const controls = present ? null : props.controls;
  const table = present ? undefined : props.table;
  const headingId = useId();
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  const sectionRef = useRef<HTMLElement>(null);
  const theme = useThemeName();
  const savePng = () => {
    const chart = sectionRef.current?.querySelector('.chart');
    if (!chart) return;
    const c = TOKENS[theme];
    // The PNG composer loads on first use: it is not part of the first paint.
    void import('./chart-export.ts').then(({ saveChartPng }) =>
      saveChartPng(
        chart,
        { title, lines: [subtitle, source] },
        { background: c.surface, text: c.text, muted: c.muted },
        `${panelId}.png`,
      ),
    );
  };
  return (
    <section ref={sectionRef} className="panel" aria-labelledby={headingId} data-panel={panelId} data-state={state}>
      <header className="panel-head">
        {titleAside ? (
          <div className="panel-title">
            <h2 id={headingId}>{title}</h2>
            {titleAside}
          </div>
        ) : (
          <h2 id={headingId}>{title}</h2>
        )}
        <p className="panel-subtitle">{subtitle}</p>
        {notes?.map((n) => (
          <p key={n} className="panel-ignored">
            {n}
          </p>
        ))}
      </header>
      {notice && (
        <p className="panel-notice" role="status">
          {notice}
        </p>
      )}
      {controls && <div className="panel-controls">{controls}</div>}
      <div className="panel-body">
        {state === 'loading' && (
          <p className="panel-note" role="status">
            {labels.loading}
          </p>
        )}
        {state === 'error' && (
          <div className="panel-error" role="alert">
            <p>{error}</p>
            {onRetry && !present && (
              <button type="button" onClick={onRetry}>
                {labels.retry}
              </button>
            )}
          </div>
        )}
        {state === 'empty' && <p className="panel-note">{labels.empty}</p>}
        {state === 'ready' && (
          <ErrorBoundary
            fallback={(crash, reset) => (
              <PanelCrash
                error={crash}
                onRetry={() => {
                  reset();
                  onRetry?.();
                }}
              />
            )}
          >
            {children}
          </ErrorBoundary>
        )}
      </div>
      <footer className="panel-foot">
        <p className="panel-source">{source}</p>
        {labels.downloadPng && state === 'ready' && !present && (
          <button type="button" className="png-download" onClick={savePng}>
            {labels.downloadPng}
          </button>
        )}
        {table && state === 'ready' && (
          <button
            type="button"
            className="table-toggle"
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => setShowTable((s) => !s)}
          >
            {showTable ? labels.hideTable : labels.showTable}
          </button>
        )}
      </footer>
      {/* Presenting, the table is not offered but kept for screen readers (the chart's text alternative), out of
          sight: nothing to click, and every figure keeps its data-* attributes (docs/indicators.md). */}
      {present && props.table && state === 'ready' && (
        <div className="visually-hidden" data-presentation-table="">
          <ErrorBoundary fallback={() => null}>
            <DataTable model={props.table} caption={title} />
          </ErrorBoundary>
        </div>
      )}
      {table && showTable && state === 'ready' && (
        <div id={tableId}>
          <ErrorBoundary fallback={(crash, reset) => <PanelCrash error={crash} onRetry={reset} />}>
            <DataTable model={table} caption={title} />
          </ErrorBoundary>
        </div>
      )}
    </section>
  );
}
