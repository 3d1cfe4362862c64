// Failure isolation: an error anywhere is shown where it happened, never a white page.
//   ErrorBoundary        — generic; `fallback(error, reset)`; `resetKey` clears the error when it changes.
//   PanelBoundary        — one panel: "Panel ini gagal dimuat." + the error + retry; siblings keep working.
//   withPanelBoundary    — wraps a panel component (for registries that compose panels by name).
//   GlobalErrorReporter  — errors outside React (window `error`, `unhandledrejection`) as a visible, dismissible list.
// Every message is rendered as React text: an error carrying data text (`<img onerror>`) stays text.
import { Component, type ComponentType, type ErrorInfo, type ReactNode, useEffect, useState } from 'react';
import { useLang } from '../i18n/use-lang.ts';

interface Props {
  fallback: (error: Error, reset: () => void) => ReactNode;
  children: ReactNode;
  /** When this value changes, a shown error is cleared and the children are rendered again (e.g. new data). */
  resetKey?: unknown;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

/** Shows an error in place of a white page; `reset` renders the children again. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (props.resetKey !== state.resetKey) return { resetKey: props.resetKey, error: null };
    return null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    if (this.state.error) return this.props.fallback(this.state.error, () => this.setState({ error: null }));
    return this.props.children;
  }
}

/** The body of a failed panel: what failed, the error as text, and a retry. */
export function PanelCrash({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useLang();
  return (
    <div className="panel-error" role="alert" data-panel-crash="">
      <p>{t('errors.panel')}</p>
      <p className="panel-error-detail">{error.message}</p>
      <button type="button" onClick={onRetry}>
        {t('errors.retry')}
      </button>
    </div>
  );
}

/** Isolates one panel: a throwing panel (query → model → option → chart) shows its error, the others carry on. */
export function PanelBoundary({ panelId, children }: { panelId: string; children: ReactNode }) {
  return (
    <ErrorBoundary
      fallback={(error, reset) => (
        <section className="panel" data-panel={panelId} data-state="crashed">
          <PanelCrash error={error} onRetry={reset} />
        </section>
      )}
    >
      {children}
    </ErrorBoundary>
  );
}

/** `Panel` wrapped in its own PanelBoundary (same props). */
export function withPanelBoundary<P extends object>(Panel: ComponentType<P>, panelId: string): ComponentType<P> {
  function Bounded(props: P) {
    return (
      <PanelBoundary panelId={panelId}>
        <Panel {...props} />
      </PanelBoundary>
    );
  }
  Bounded.displayName = `Bounded(${Panel.displayName ?? Panel.name ?? panelId})`;
  return Bounded;
}

/** Noise that is not an application error (layout-loop notices, opaque cross-origin script errors). */
export function isIgnorableError(message: string): boolean {
  return /^ResizeObserver loop|^Script error\.?$/.test(message);
}

function messageOf(reason: unknown): string {
  if (reason instanceof Error) return reason.message || reason.name;
  if (typeof reason === 'string') return reason;
  try {
    return JSON.stringify(reason) ?? String(reason);
  } catch {
    return String(reason);
  }
}

const MAX_SHOWN = 3;

/**
 * Errors React never sees (event handlers, timers, rejected promises nobody awaited): listed at the bottom of the
 * page as text, newest first, at most three, each dismissible. Mount once, in the app shell.
 */
export function GlobalErrorReporter({ labels }: { labels: { unexpected: string; dismiss: string } }) {
  const [errors, setErrors] = useState<{ id: number; message: string }[]>([]);
  useEffect(() => {
    let next = 1;
    const report = (message: string) => {
      if (!message || isIgnorableError(message)) return;
      setErrors((list) =>
        list.some((e) => e.message === message) ? list : [{ id: next++, message }, ...list].slice(0, MAX_SHOWN),
      );
    };
    const onError = (e: ErrorEvent) => report(e.error ? messageOf(e.error) : e.message);
    const onRejection = (e: PromiseRejectionEvent) => report(messageOf(e.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    return () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    };
  }, []);
  if (errors.length === 0) return null;
  return (
    <ul className="global-errors" role="alert" aria-label={labels.unexpected}>
      {errors.map((e) => (
        <li key={e.id}>
          <span>
            {labels.unexpected} {e.message}
          </span>
          <button type="button" onClick={() => setErrors((list) => list.filter((x) => x.id !== e.id))}>
            {labels.dismiss}
          </button>
        </li>
      ))}
    </ul>
  );
}
