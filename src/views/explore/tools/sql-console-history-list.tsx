// The console's local history (src/data/sql-console-history.ts): the last queries run in this browser, each one
// click away from the editor; clearable. Where IndexedDB is unavailable (private modes, tests) it says so.
import { useEffect, useState } from 'react';
import { clearHistory, type HistoryEntry, loadHistory, MAX_HISTORY } from '../../../data/sql-console-history.ts';
import { formatNumber } from '../../../i18n/format.ts';
import { useLang } from '../../../i18n/use-lang.ts';

export function SqlConsoleHistory({
  entries,
  onLoaded,
  onUse,
}: {
  entries: readonly HistoryEntry[] | null;
  onLoaded: (entries: HistoryEntry[] | null) => void;
  onUse: (sql: string) => void;
}) {
  const { t, lang } = useLang();
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    loadHistory().then(
      (list) => live && onLoaded(list),
      () => live && onLoaded(null),
    );
    return () => {
      live = false;
    };
  }, [onLoaded]);

  const clear = async () => {
    try {
      await clearHistory();
      onLoaded([]);
      setNote(t('sqlConsole.history.cleared'));
    } catch {
      setNote(t('sqlConsole.history.unavailable'));
    }
  };

  return (
    <details className="tools-console-history" data-console-history={entries?.length ?? 'unavailable'}>
      <summary>{t('sqlConsole.history.title', { count: entries?.length ?? 0 })}</summary>
      <p className="panel-note">
        {entries === null ? t('sqlConsole.history.unavailable') : t('sqlConsole.history.note', { max: MAX_HISTORY })}
      </p>
      {entries !== null && entries.length === 0 && <p className="panel-note">{t('sqlConsole.history.empty')}</p>}
      {entries !== null && entries.length > 0 && (
        <>
          <ol className="tools-history-list">
            {entries.map((e) => (
              <li key={`${e.at}-${e.sql}`}>
                <button type="button" onClick={() => onUse(e.sql)}>
                  {t('sqlConsole.history.use')}
                </button>{' '}
                <code>{e.sql.length > 160 ? `${e.sql.slice(0, 159)}…` : e.sql}</code>{' '}
                <small>
                  {new Date(e.at).toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID')} ·{' '}
                  {e.rows === null
                    ? t('sqlConsole.history.failed')
                    : t('sqlConsole.history.rows', { count: formatNumber(e.rows, lang, 0) })}
                </small>
              </li>
            ))}
          </ol>
          <button type="button" onClick={() => void clear()}>
            {t('sqlConsole.history.clear')}
          </button>
        </>
      )}
      {note && <p role="status">{note}</p>}
    </details>
  );
}
