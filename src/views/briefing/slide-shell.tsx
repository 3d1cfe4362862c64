// The frame every slide shares: headline, the narrative (each figure marked with the fact it states), the body
// (a panel or a KPI group), and a footer with the data's as-of date, data version, source and slide number.
// The slide's table of figures (every number of the narrative) is rendered into the deck's table area, below the
// 16:9 frame, when the presenter opens it.
import { createContext, type ReactNode, useContext } from 'react';
import { createPortal } from 'react-dom';
import { useData } from '../../coordinator/data-context.tsx';
import type { DatasetId } from '../../data/contract.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { datasetSource } from '../../panels/panel-text.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { factsTable, type Sentence, sentenceParts } from './narrative.ts';

export interface SlideContextValue {
  index: number;
  total: number;
  mode: 'screen' | 'print';
  /** Where the slide's table of figures goes (screen mode, when open). */
  factsHost: HTMLElement | null;
}

export const SlideContext = createContext<SlideContextValue>({ index: 0, total: 1, mode: 'screen', factsHost: null });

interface SlideShellProps {
  slideId: string;
  headline: string;
  /** null while the figures load. */
  sentences: readonly Sentence[] | null;
  datasets: readonly DatasetId[];
  /** The figures of the narrative failed to load (the panel shows its own error and retry). */
  failed?: boolean;
  children: ReactNode;
}

export function SlideShell({ slideId, headline, sentences, datasets, failed, children }: SlideShellProps) {
  const { t, lang } = useLang();
  const { manifest } = useData();
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
            <span className="slide-error">{t('briefing.narrativeError')}</span>
          ) : sentences === null ? (
            <span className="slide-loading">{t('briefing.loading')}</span>
          ) : (
            sentences.map((s, i) => (
              <span key={s.key} className="sentence" data-say={s.key}>
                {i > 0 ? ' ' : ''}
                {sentenceParts(s, t, lang).map((part, k) =>
                  typeof part === 'string' ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: text runs of one sentence, never reordered
                    <span key={k}>{part}</span>
                  ) : (
                    <strong
                      key={part.fact.id}
                      className="fact"
                      data-fact={part.fact.id}
                      data-kind={part.fact.value.kind}
                    >
                      {part.text}
                    </strong>
                  ),
                )}
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
              model={factsTable(sentences, t, lang, {
                name: t('briefing.facts.name'),
                value: t('briefing.facts.value'),
              })}
              caption={t('briefing.facts.caption', { title: headline })}
            />
          </div>,
          ctx.factsHost,
        )}
    </section>
  );
}
