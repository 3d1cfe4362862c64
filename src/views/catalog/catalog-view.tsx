// #/data — the data catalog (Satu Data, open information): one card per dataset of the manifest with its metadata,
// the validation status of its file as the browser loaded it, downloads of the files as published and the column
// dictionary from the data contract; then every indicator with its MS-Ind metadata, the screens that show it and
// the figures public bodies published for it (indicator-list.tsx).
import { useQueries } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import { CONTRACT_VERSION } from '../../data/contract.ts';
import { engineStatus } from '../../data/duckdb-browser.ts';
import { publishedValidationQuery } from '../../data/published-validation.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { registerMessages } from '../../i18n/i18n.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { catalog } from '../../i18n/views/catalog.ts';
import { INDICATOR_IDS } from '../../indicators/types.ts';
import { DatasetCard } from './dataset-card.tsx';
import { IndicatorList } from './indicator-list.tsx';
import './catalog.css';

registerMessages('catalog', catalog);

export function CatalogView() {
  const { t, lang } = useLang();
  const { manifest } = useData();
  const status = useSyncExternalStore(engineStatus.subscribe, engineStatus.get);
  const failures = status.state === 'ready' ? status.failures : [];
  // The same queries as the cards (shared by key): only to count the results for the summary line.
  const checks = useQueries({ queries: manifest.datasets.map((d) => publishedValidationQuery(manifest, d.id)) });
  const failed = new Set(failures.map((f) => f.dataset));
  let valid = 0;
  let invalid = 0;
  let pending = 0;
  checks.forEach((c, i) => {
    const id = manifest.datasets[i]?.id;
    if (id && failed.has(id)) invalid++;
    else if (!c.data && !c.error) pending++;
    else if (c.data?.status === 'invalid' || c.data?.status === 'unreadable') invalid++;
    else valid++;
  });
  const n = (x: number) => formatNumber(x, lang, 0);
  return (
    <div className="view view-catalog">
      <h1>{t('catalog.title')}</h1>
      <p className="catalog-intro">{t('catalog.intro')}</p>
      <p className="catalog-summary">
        {t('catalog.summary', {
          count: manifest.datasets.length,
          date: formatDate(manifest.as_of, lang),
          version: manifest.version,
          contract: CONTRACT_VERSION,
        })}{' '}
        ·{' '}
        <a href={`data/manifest.json?v=${manifest.version}`} download="manifest.json">
          {t('catalog.manifestLink')}
        </a>
      </p>
      <p className="catalog-summary" role="status" data-pending={pending}>
        {t('catalog.checkSummary', { valid: n(valid), invalid: n(invalid), pending: n(pending) })}
      </p>
      <nav className="catalog-jump" aria-label={t('catalog.indicators.jump')}>
        <button type="button" className="link-button" onClick={jumpTo('dataset')}>
          {t('catalog.indicators.jumpDatasets')} ({n(manifest.datasets.length)})
        </button>
        <button type="button" className="link-button" onClick={jumpTo('indikator')}>
          {t('catalog.indicators.jump')} ({n(INDICATOR_IDS.length)})
        </button>
      </nav>
      <ul className="catalog-grid" id="dataset" aria-label={t('catalog.datasetCount')}>
        {manifest.datasets.map((d) => (
          <li key={d.id}>
            <DatasetCard manifest={manifest} dataset={d} failure={failures.find((f) => f.dataset === d.id)} />
          </li>
        ))}
      </ul>
      <IndicatorList />
    </div>
  );
}

/** In-page jumps without touching the hash (the hash is the route). */
const jumpTo = (id: string) => () => document.getElementById(id)?.scrollIntoView({ block: 'start' });
