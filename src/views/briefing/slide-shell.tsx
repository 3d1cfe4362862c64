// The frame every slide shares: headline, the narrative (every number in it a <FigureText> that names its
// indicator, period, scope and raw value — or, for a difference or a count, what it is derived from), the body (a
// panel, figure cards, a table), and a footer with the data's as-of date, data version, source and slide number.
// "Lihat tabel angka" lists the numbers of the narrative below the 16:9 frame, each cell with the same attributes.
import type { TFunction } from 'i18next';
import { createContext, type ReactNode, useContext } from 'react';
import { createPortal } from 'react-dom';
import { useData } from '../../coordinator/data-context.tsx';
import type { DatasetId } from '../../data/contract.ts';
import { formatDate, type Lang } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { INDICATORS } from '../../indicators/catalog.ts';
import { periodLabel } from '../../indicators/describe.ts';
import { parseScopeCode } from '../../indicators/figure.ts';
import { isIndicatorId } from '../../indicators/types.ts';
import { datasetSource } from '../../panels/panel-text.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { FigureText } from '../../ui/figure-text.tsx';
import type { TableModel } from '../../ui/table-model.ts';
import { useBriefingData } from './briefing-data.ts';
import { type Part, type Sentence, sentenceParts } from './sentence.ts';

export interface SlideContextValue {
  index: number;
  total: number;
  mode: 'screen' | 'print';
  /** Where the slide's table of figures goes (screen mode, when open). */
  factsHost: HTMLElement | null;
}

export const SlideContext = createContext<SlideContextValue>({ index: 0, total: 1, mode: 'screen', factsHost: null });

/** Rendered text runs: numbers (figures, differences, counts) bold, each with its data-* attributes. */
export function Parts({ parts }: { parts: readonly Part[] }) {
  return (
    <>
      {parts.map((p, k) =>
        p.attrs ? (
          <FigureText
            // biome-ignore lint/suspicious/noArrayIndexKey: runs of one sentence, never reordered
            key={k}
            attrs={p.attrs}
            className={p.kind === 'figure' || p.kind === 'delta' || p.kind === 'count' ? 'fact' : undefined}
          >
            {p.text}
          </FigureText>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs of one sentence, never reordered
          <span key={k}>{p.text}</span>
        ),
      )}
    </>
  );
}

const NUMBER_KINDS = new Set(['figure', 'delta', 'count']);

/** The numbers of the rendered sentences once each (figures, differences, counts), as a table of the slide. */
export function factsTable(
  sentences: readonly Sentence[],
  t: TFunction,
  lang: Lang,
  names: Readonly<Record<string, string>>,
): TableModel {
  const seen = new Map<string, Part>();
  for (const s of sentences)
    for (const p of sentenceParts(s, t, lang))
      if (p.kind && NUMBER_KINDS.has(p.kind) && p.attrs) {
        const key = JSON.stringify(p.attrs);
        if (!seen.has(key)) seen.set(key, p);
      }
  const scopeText = (scope: string) => {
    const s = parseScopeCode(scope);
    const parts = [
      ...(s.regency ?? []).map((c) => names[c] ?? c),
      ...(s.district ?? []),
      ...(s.programme ?? []),
      ...(s.technology ?? []),
      ...(s.status ?? []).map((x) => t(`briefing.term.status.${x}`)),
    ];
    return parts.length ? parts.join(', ') : t('briefing.facts.province');
  };
  const nameOf = (a: Readonly<Record<string, string>>) => {
    const id = a['data-indicator'] ?? a['data-delta-of'];
    if (a['data-indicator'] && isIndicatorId(a['data-indicator'])) return INDICATORS[a['data-indicator']].name[lang];
    if (a['data-delta-of'] && isIndicatorId(a['data-delta-of'])) {
      const base = a['data-baseline-indicator'] ?? a['data-delta-of'];
      return t('briefing.facts.delta', {
        name: INDICATORS[a['data-delta-of']].short[lang],
        baseline: isIndicatorId(base) ? INDICATORS[base].short[lang] : base,
        baselinePeriod: periodLabel(a['data-baseline-period'] ?? '', lang),
      });
    }
    const of = (a['data-count-of'] ?? id ?? '').split(':')[0] ?? '';
    const label = (a['data-count-of'] ?? '').startsWith('listing:')
      ? (a['data-count-of'] ?? '').replaceAll(':', '-')
      : of;
    return t(`briefing.facts.counts.${label}`);
  };
  return {
    columns: [
      { key: 'name', label: t('briefing.facts.name') },
      { key: 'period', label: t('briefing.facts.period') },
      { key: 'scope', label: t('briefing.facts.scope') },
      { key: 'value', label: t('briefing.facts.value'), numeric: true },
    ],
    rows: [...seen.entries()].map(([key, p]) => {
      const a = p.attrs ?? {};
      return {
        key,
        cells: [
          nameOf(a),
          periodLabel(a['data-period'] ?? '', lang),
          scopeText(a['data-scope'] ?? ''),
          { text: p.kind === 'delta' && Number(a['data-value']) < 0 ? `−${p.text}` : p.text, attrs: a },
        ],
      };
    }),
  };
}

interface SlideShellProps {
  slideId: string;
  headline: string;
  /** null while the figures load. */
  sentences: readonly Sentence[] | null;
  datasets: readonly DatasetId[];
  /** The figures of the narrative failed to load. */
  failed?: boolean;
  onRetry?: () => void;
  children: ReactNode;
}

export function SlideShell({ slideId, headline, sentences, datasets, failed, onRetry, children }: SlideShellProps) {
  const { t, lang } = useLang();
  const { manifest } = useData();
  const { names } = useBriefingData();
  const ctx = useContext(SlideContext);
  const number = t('briefing.counter', { n: ctx.index + 1, total: ctx.total });
  return (
    <section
      className="slide"
      aria-roledescription="slide"
      aria-label={t('briefing.slideLabel', { n: ctx.index + 1, total: ctx.total, title: headline })}
      data-slide={slideId}
      data-narrative-state={failed ? 'error' : sentences ? 'ready' : 'loading'}
    >
      <header className="slide-head">
        <h2 className="slide-headline">{headline}</h2>
        <p className="slide-narrative" aria-live={ctx.mode === 'screen' ? 'polite' : undefined}>
          {failed ? (
            <span className="slide-error">
              {t('briefing.narrativeError')}{' '}
              {onRetry && ctx.mode === 'screen' && (
                <button type="button" onClick={onRetry}>
                  {t('briefing.retry')}
                </button>
              )}
            </span>
          ) : sentences === null ? (
            <span className="slide-loading">{t('briefing.loading')}</span>
          ) : (
            sentences.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a slide's sentences in order; keys may repeat
              <span key={i} className="sentence" data-say={s.key}>
                {i > 0 ? ' ' : ''}
                <Parts parts={sentenceParts(s, t, lang)} />
              </span>
            ))
          )}
        </p>
      </header>
      <div className="slide-body">{children}</div>
      <footer className="slide-foot">
        <span className="slide-asof">
          {t('briefing.footer.asOf', { date: formatDate(manifest.as_of, lang), version: manifest.version })}
        </span>
        <span className="slide-source">
          {t('briefing.footer.source', { source: datasetSource(manifest, datasets) })}
        </span>
        <span className="slide-number">{number}</span>
      </footer>
      {ctx.mode === 'screen' &&
        ctx.factsHost &&
        sentences &&
        createPortal(
          <div className="slide-facts" data-facts-for={slideId}>
            <DataTable
              model={factsTable(sentences, t, lang, names)}
              caption={t('briefing.facts.caption', { title: headline })}
            />
          </div>,
          ctx.factsHost,
        )}
    </section>
  );
}
