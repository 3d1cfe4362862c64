// The check of a dataset's published file as the browser loaded it (src/data/published-validation.ts): "Valid" or
// "N galat" with the first issues (plain text: React escapes it), the sha256 comparison, and any load failure the
// engine recorded for the dataset.
import type { DatasetFailure } from '../../data/engine-types.ts';
import type { ManifestFile } from '../../data/manifest.ts';
import { firstIssues, type PublishedValidation, shaMismatchText } from '../../data/published-validation.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';

const SHOWN_ISSUES = 3;

export type BadgeState = 'checking' | 'valid' | 'invalid';

export function badgeState(v: PublishedValidation | undefined, failure: DatasetFailure | undefined): BadgeState {
  if (failure) return 'invalid';
  if (!v) return 'checking';
  return v.status === 'valid' || v.status === 'unchecked' ? 'valid' : 'invalid';
}

export function ValidationBadge({
  validation,
  failure,
}: {
  validation: PublishedValidation | undefined;
  failure: DatasetFailure | undefined;
}) {
  const { t, lang } = useLang();
  const state = badgeState(validation, failure);
  let text: string;
  if (state === 'checking') text = '…';
  else if (state === 'valid') text = t('catalog.validation.valid');
  else {
    const n = Math.max(validation?.errorCount ?? 0, 1);
    text = t('catalog.validation.errors', { count: n, n: formatNumber(n, lang, 0) });
  }
  return (
    <span className="catalog-badge" data-state={state}>
      {text}
    </span>
  );
}

export function ValidationStatus({
  file,
  validation,
  failure,
  pendingError,
}: {
  file: ManifestFile;
  validation: PublishedValidation | undefined;
  failure: DatasetFailure | undefined;
  pendingError: Error | null;
}) {
  const { t, lang } = useLang();
  const n = (x: number) => formatNumber(x, lang, 0);
  const s = validation?.summary;
  const issues = validation ? firstIssues(validation, SHOWN_ISSUES) : [];
  const sha = validation ? shaMismatchText(validation, lang) : null;
  const listed = issues.filter((i) => i.severity === 'error').length + (sha ? 1 : 0);
  const more = validation ? validation.errorCount - listed : 0;
  return (
    <div className="catalog-validation" data-validation={validation?.status ?? 'checking'}>
      {!validation && !pendingError && (
        <p role="status" className="catalog-muted">
          {t('catalog.validation.checking', { file: file.path })}
        </p>
      )}
      {pendingError && (
        <p className="catalog-problem">{t('catalog.validation.unchecked', { message: pendingError.message })}</p>
      )}
      {validation?.status === 'unreadable' && (
        <p className="catalog-problem">{t('catalog.validation.unreadable', { message: validation.failure ?? '' })}</p>
      )}
      {validation?.status === 'unchecked' && (
        <p className="catalog-muted">{t('catalog.validation.unchecked', { message: validation.failure ?? '' })}</p>
      )}
      {s && (
        <>
          <p>
            {validation.status === 'valid'
              ? t('catalog.validation.validDetail', { file: file.path, rows: n(s.rowCount) })
              : t('catalog.validation.invalidDetail', {
                  file: file.path,
                  valid: n(s.validRowCount),
                  rows: n(s.rowCount),
                })}{' '}
            {s.warningCount > 0 && t('catalog.validation.warnings', { count: s.warningCount, n: n(s.warningCount) })}{' '}
            {s.referencesChecked.length > 0
              ? t('catalog.validation.references', { lists: s.referencesChecked.join(', ') })
              : t('catalog.validation.noReferences')}
          </p>
          {(sha || issues.length > 0) && (
            <>
              <p className="catalog-issues-heading">{t('catalog.validation.issues')}</p>
              <ul className="catalog-issues">
                {sha && <li data-severity="error">{sha}</li>}
                {issues.map((i, k) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: issues are a fixed list in file order
                  <li key={k} data-severity={i.severity} data-code={i.code}>
                    {i.message[lang]}
                    {i.hint && <span className="catalog-hint"> {i.hint[lang]}</span>}
                  </li>
                ))}
              </ul>
              {more > 0 && <p className="catalog-muted">{t('catalog.validation.more', { n: n(more) })}</p>}
            </>
          )}
          <p className="catalog-muted">
            {s.shaMatches === true
              ? t('catalog.validation.shaOk')
              : s.shaMatches === null
                ? t('catalog.validation.shaUnknown')
                : null}
          </p>
        </>
      )}
      {failure && (
        <p className="catalog-problem" role="alert">
          {t('catalog.validation.engineFailed', { message: failure.message })}
        </p>
      )}
    </div>
  );
}
