import { useSyncExternalStore } from 'react';
import { engineStatus, firstPaintMismatches } from '../data/duckdb-browser.ts';
import type { EngineStatus } from '../data/engine-types.ts';
import { useLang } from '../i18n/use-lang.ts';

function statusText(s: EngineStatus, t: ReturnType<typeof useLang>['t']): string {
  switch (s.state) {
    case 'idle':
      return t('status.idle');
    case 'loading':
      if (s.phase === 'manifest') return t('status.manifest');
      if (s.phase === 'engine') return t('status.engine');
      return t('status.data', { done: s.done, total: s.total });
    case 'ready':
      return t('status.ready');
    case 'failed':
      return t('status.failed', { message: s.message });
  }
}

/** The engine's progress in words ("Memuat data 3/6…"), and any file that failed to load. */
export function StatusBanner() {
  const { t } = useLang();
  const status = useSyncExternalStore(engineStatus.subscribe, engineStatus.get);
  const failures = status.state === 'ready' ? status.failures : [];
  // The first paint's snapshot answers that the engine did not confirm (src/data/duckdb-browser.ts): never silent.
  const mismatches = useSyncExternalStore(firstPaintMismatches.subscribe, firstPaintMismatches.get);
  return (
    <div className="status-banner" data-state={status.state}>
      <p role="status" aria-live="polite">
        {statusText(status, t)}
      </p>
      {status.state === 'loading' && <progress max={status.total} value={status.done} />}
      {mismatches.length > 0 && (
        <p className="status-mismatch" role="alert">
          {t('status.snapshotMismatch', { count: mismatches.length })}
        </p>
      )}
      {failures.length > 0 && (
        <ul className="status-failures" role="alert">
          {failures.map((f) => (
            <li key={f.dataset}>{t('errors.dataset', { file: f.file, message: f.message })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
