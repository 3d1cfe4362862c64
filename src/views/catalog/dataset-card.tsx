// One dataset of the manifest: metadata (Satu Data), the check of its file as loaded, downloads, column dictionary.
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { CONTRACT } from '../../data/contract.ts';
import type { DatasetFailure } from '../../data/engine-types.ts';
import { type Manifest, type ManifestDataset, preferredFile } from '../../data/manifest.ts';
import { publishedValidationQuery } from '../../data/published-validation.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { fileSize, frequencyKey } from './catalog-model.ts';
import { ColumnDictionary } from './column-dictionary.tsx';
import { ValidationBadge, ValidationStatus } from './validation-status.tsx';

export function DatasetCard({
  manifest,
  dataset: d,
  failure,
}: {
  manifest: Manifest;
  dataset: ManifestDataset;
  failure: DatasetFailure | undefined;
}) {
  const { t, lang } = useLang();
  const headingId = useId();
  const checkId = useId();
  const filesId = useId();
  const loaded = preferredFile(d);
  const check = useQuery(publishedValidationQuery(manifest, d.id));
  const title = d.title[lang];
  const meta: [string, string][] = [
    [t('catalog.meta.id'), d.id],
    [t('catalog.meta.producer'), d.producer],
    [t('catalog.meta.walidata'), d.walidata],
    [
      t('catalog.meta.period'),
      t('catalog.meta.periodRange', { start: formatDate(d.period.start, lang), end: formatDate(d.period.end, lang) }),
    ],
    [t('catalog.meta.unit'), d.unit[lang]],
    [t('catalog.meta.frequency'), t(`catalog.frequency.${frequencyKey(d.frequency)}`)],
    [t('catalog.meta.asOf'), formatDate(d.as_of, lang)],
    [t('catalog.meta.rows'), formatNumber(d.row_count, lang, 0)],
    [t('catalog.meta.staleAfter'), t('catalog.meta.days', { n: formatNumber(d.stale_after_days, lang, 0) })],
    [t('catalog.meta.license'), d.license],
    [t('catalog.meta.attribution'), d.attribution],
    [t('catalog.meta.contract'), `v${d.contract_version}`],
  ];
  return (
    <article
      className="catalog-card"
      aria-labelledby={headingId}
      data-dataset={d.id}
      data-validation={check.data?.status ?? (check.isError ? 'unchecked' : 'checking')}
      data-check-ms={check.data?.ms}
    >
      <header className="catalog-card-head">
        <h2 id={headingId}>{title}</h2>
        <ValidationBadge validation={check.data} failure={failure} />
      </header>
      <p>{d.description[lang]}</p>
      <dl className="catalog-meta">
        {meta.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>

      <section aria-labelledby={checkId}>
        <h3 id={checkId}>{t('catalog.validation.heading')}</h3>
        <ValidationStatus file={loaded} validation={check.data} failure={failure} pendingError={check.error} />
      </section>

      <section aria-labelledby={filesId}>
        <h3 id={filesId}>{t('catalog.files.heading')}</h3>
        <ul className="catalog-files">
          {d.files.map((f) => {
            const size = fileSize(f.bytes, lang);
            const format = f.format.toUpperCase();
            return (
              <li key={f.path} data-file={f.path}>
                <a href={`data/${f.path}?v=${f.sha256.slice(0, 16)}`} download={f.path} type={mimeOf(f.format)}>
                  {t('catalog.files.download', { format })}
                </a>{' '}
                <span>
                  <code>{f.path}</code> ·{' '}
                  {t('catalog.files.size', {
                    size: `${size.value} ${t(`catalog.units.${size.unit}`)}`,
                    bytes: size.exact,
                  })}
                  {f.path === loaded.path && <> · {t('catalog.files.loaded')}</>}
                </span>
                <br />
                <span className="catalog-sha">
                  {t('catalog.files.sha256')} <code>{f.sha256}</code>
                </span>
              </li>
            );
          })}
        </ul>
      </section>

      <ColumnDictionary spec={CONTRACT[d.id]} title={title} />
    </article>
  );
}

function mimeOf(format: 'csv' | 'parquet'): string {
  return format === 'csv' ? 'text/csv' : 'application/vnd.apache.parquet';
}
