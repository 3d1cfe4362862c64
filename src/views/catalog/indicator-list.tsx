// The indicators section of #/data: every indicator of the catalog (src/indicators/catalog.ts) with its MS-Ind
// metadata in the current language, the screens that show it (the panel registry's `indicators` lists, plus the
// explore and briefing screens of catalog-model.ts), and the figures public bodies published for it
// (published_figures) beside the dashboard's own figure for the same period, with the difference, the producer, the
// date and the source title. The dashboard figures carry their data-* attributes; published values are shown as
// reported (no data-indicator: they are not the dashboard's figures).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import { useFigures } from '../../coordinator/use-figures.ts';
import { listingQueryOptions } from '../../coordinator/use-listing.ts';
import { CONTRACT } from '../../data/contract.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { INDICATORS } from '../../indicators/catalog.ts';
import {
  BASELINE,
  FILTER_NAME,
  formatWithUnit,
  KIND,
  PERIOD_RULE,
  periodLabel,
  UNIT,
} from '../../indicators/describe.ts';
import { figureAttrs } from '../../indicators/figure.ts';
import {
  type Comparison,
  compare,
  comparisonRequest,
  comparisonRequests,
  PUBLISHED_FIGURES,
  type PublishedFigure,
  publishedFiguresQuery,
  toPublishedFigures,
} from '../../indicators/listings/published-figures.ts';
import type { Figure } from '../../indicators/results.ts';
import { INDICATOR_TEXTS } from '../../indicators/texts.ts';
import { INDICATOR_IDS, type IndicatorId } from '../../indicators/types.ts';
import {
  type IndicatorScreen,
  indicatorScreens,
  panelMessagesKey,
  reportedDate,
  signedValue,
} from './catalog-model.ts';

const published = () => publishedFiguresQuery();

/** The published figures and their comparisons with the dashboard (empty while loading or without the dataset). */
function usePublished() {
  const { engine, manifest } = useData();
  const available = manifest.datasets.some((d) => d.id === 'published_figures');
  const listing = useQuery({
    ...listingQueryOptions(PUBLISHED_FIGURES, null, published, engine, manifest.version),
    placeholderData: keepPreviousData,
    enabled: available,
  });
  const rows = useMemo(() => (listing.data ? toPublishedFigures(listing.data) : []), [listing.data]);
  const requests = useMemo(() => comparisonRequests(rows), [rows]);
  const figures = useFigures(requests);
  const byRequest = new Map<string, Figure[] | undefined>(
    requests.map((r, i) => [JSON.stringify(r), figures.sets[i]?.figures]),
  );
  const comparisons = rows.map((row) => {
    const req = comparisonRequest(row);
    const figs = req ? byRequest.get(JSON.stringify(req)) : undefined;
    return { comparison: compare(row, figs), loaded: req === null || figs !== undefined };
  });
  return {
    available,
    state: !available ? 'missing' : listing.isError ? 'error' : listing.data ? 'ready' : 'loading',
    error: listing.error ?? figures.error,
    comparisons,
  } as const;
}

type Published = ReturnType<typeof usePublished>;

export function IndicatorList() {
  const { t } = useLang();
  const headingId = useId();
  const pub = usePublished();
  const unlinked = pub.comparisons.filter((c) => c.comparison.indicator === null);
  return (
    <section className="catalog-indicators" id="indikator" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('catalog.indicators.heading')}</h2>
      <p className="catalog-intro">{t('catalog.indicators.intro')}</p>
      <p className="catalog-summary">
        {t('catalog.indicators.count', { n: INDICATOR_IDS.length })} · {t('catalog.indicators.published.note')}
      </p>
      {pub.state === 'missing' && <p className="catalog-hint">{t('catalog.indicators.published.missing')}</p>}
      {pub.state === 'error' && (
        <p className="catalog-problem" role="alert">
          {t('catalog.indicators.published.failed', { message: pub.error?.message ?? '' })}
        </p>
      )}
      <ul className="indicator-grid" aria-label={t('catalog.indicators.list')}>
        {INDICATOR_IDS.map((id) => (
          <li key={id}>
            <IndicatorEntry id={id} pub={pub} />
          </li>
        ))}
      </ul>
      {unlinked.length > 0 && (
        <div className="indicator-unlinked">
          <h3>{t('catalog.indicators.published.unlinked')}</h3>
          <PublishedTable id={null} rows={unlinked} caption={t('catalog.indicators.published.unlinked')} />
        </div>
      )}
    </section>
  );
}

function screenText(s: IndicatorScreen, t: ReturnType<typeof useLang>['t']): string {
  switch (s.kind) {
    case 'panel':
      return t('catalog.indicators.screen.panel', { title: t(`${panelMessagesKey(s.panel)}.title`) });
    case 'explore':
      return t(`catalog.indicators.screen.explore.${s.part}`);
    case 'briefing':
      return t(`catalog.indicators.screen.briefing.${s.part}`);
  }
}

function IndicatorEntry({ id, pub }: { id: IndicatorId; pub: Published }) {
  const { t, lang } = useLang();
  const headingId = useId();
  const def = INDICATORS[id];
  const texts = INDICATOR_TEXTS[id];
  const l = (b: { id: string; en: string }) => b[lang];
  const screens = indicatorScreens(id);
  const rows = pub.comparisons.filter((c) => c.comparison.indicator === id);
  const meta: [string, string, React.ReactNode][] = [
    ['id', t('catalog.indicators.field.id'), <code key="id">{def.id}</code>],
    ['short', t('catalog.indicators.field.short'), l(def.short)],
    ['concept', t('catalog.indicators.field.concept'), l(texts.concept)],
    ['definition', t('catalog.indicators.field.definition'), l(texts.definition)],
    ['formula', t('catalog.indicators.field.formula'), l(texts.formula)],
    ['unit', t('catalog.indicators.field.unit'), l(UNIT[def.unit])],
    ['kind', t('catalog.indicators.field.kind'), l(KIND[def.kind])],
    [
      'filters',
      t('catalog.indicators.field.filters'),
      def.filters.length ? def.filters.map((d) => l(FILTER_NAME[d])).join(', ') : t('catalog.indicators.noFilters'),
    ],
    [
      'breakdowns',
      t('catalog.indicators.field.breakdowns'),
      def.breakdowns.length
        ? def.breakdowns.map((b) => t(`catalog.indicators.breakdown.${b}`)).join(', ')
        : t('catalog.indicators.none'),
    ],
    ['period', t('catalog.indicators.field.period'), l(PERIOD_RULE[def.period])],
    ['baseline', t('catalog.indicators.field.baseline'), l(BASELINE[def.baseline])],
    ['counts', t('catalog.indicators.field.counts'), texts.counts ? l(texts.counts) : t('catalog.indicators.none')],
    ['producer', t('catalog.indicators.field.producer'), def.producer],
    [
      'sources',
      t('catalog.indicators.field.sources'),
      def.sources.map((s) => `${CONTRACT[s].meta.title[lang]} (${s})`).join(', '),
    ],
  ];
  return (
    <section className="indicator-entry" aria-labelledby={headingId} data-indicator-entry={id}>
      <h3 id={headingId}>{l(def.name)}</h3>
      <dl className="indicator-meta">
        {meta.map(([key, label, value]) => (
          <div key={key} data-field={key}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div data-field="screens">
          <dt>{t('catalog.indicators.field.screens')}</dt>
          <dd>
            {screens.length === 0 ? (
              t('catalog.indicators.screen.none')
            ) : (
              <ul className="indicator-screens">
                {screens.map((s) => {
                  const text = screenText(s, t);
                  return <li key={text}>{text}</li>;
                })}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      <h4>{t('catalog.indicators.published.heading')}</h4>
      {pub.state === 'loading' ? (
        <p className="catalog-muted" role="status">
          {t('catalog.indicators.published.loading')}
        </p>
      ) : rows.length === 0 ? (
        <p className="catalog-muted">{t('catalog.indicators.published.none')}</p>
      ) : (
        <PublishedTable
          id={id}
          rows={rows}
          caption={t('catalog.indicators.published.caption', { name: l(def.short) })}
        />
      )}
    </section>
  );
}

function PublishedTable({
  id,
  rows,
  caption,
}: {
  id: IndicatorId | null;
  rows: { comparison: Comparison; loaded: boolean }[];
  caption: string;
}) {
  const { t, lang } = useLang();
  const source = (r: PublishedFigure) =>
    [r.producer, reportedDate(r.published, lang), r.sourceTitle, r.source].filter(Boolean).join(' · ');
  return (
    <div className="table-wrap">
      <table className="data-table indicator-published" data-published-for={id ?? ''}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('catalog.indicators.published.period')}</th>
            <th scope="col" className="num">
              {t('catalog.indicators.published.value')}
            </th>
            <th scope="col">{t('catalog.indicators.published.subject')}</th>
            <th scope="col">{t('catalog.indicators.published.source')}</th>
            {id && (
              <>
                <th scope="col" className="num">
                  {t('catalog.indicators.published.dashboard')}
                </th>
                <th scope="col" className="num">
                  {t('catalog.indicators.published.difference')}
                </th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ comparison: c, loaded }) => {
            const r = c.row;
            const fig = c.figure;
            return (
              <tr key={`${r.indicator}|${r.period}|${r.producer}|${r.published}`} data-period={r.period}>
                <th scope="row">{reportedDate(r.period, lang)}</th>
                <td className="num" data-published-value={r.value ?? ''}>
                  {formatNumber(r.value, lang, 2)} {r.unit}
                </td>
                <td>{r.subject}</td>
                <td className="indicator-source">{source(r)}</td>
                {id && (
                  <>
                    {fig ? (
                      <td className="num" {...figureAttrs(fig)} data-same-period={c.samePeriod}>
                        <span className="indicator-value">{formatWithUnit(id, fig.value, lang)}</span>
                        {!c.samePeriod && (
                          <span className="indicator-other-period">
                            {' '}
                            ({t('catalog.indicators.published.otherPeriod', { period: periodLabel(fig.period, lang) })})
                          </span>
                        )}
                      </td>
                    ) : (
                      <td className="num catalog-muted">
                        {loaded ? t('catalog.indicators.published.noComparable') : '…'}
                      </td>
                    )}
                    <td className="num" data-difference={c.difference ?? ''}>
                      {c.difference === null ? '–' : signedValue(id, c.difference, lang)}
                    </td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
