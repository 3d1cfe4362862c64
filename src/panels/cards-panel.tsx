// One row of KPI cards from a list of requests by role: the kpis panel (the overview's key figures) and the
// leadership panel (the wall's progress against plan and target) are both cardsPanel(...) with their own requests
// and their own choice of cards (src/panels/card-model.ts builds each card, card-words.ts writes its words).
import type { ReactNode } from 'react';
import { useData } from '../coordinator/data-context.tsx';
import { useFigures } from '../coordinator/use-figures.ts';
import type { Manifest } from '../data/manifest.ts';
import type { Filters } from '../filters/filters.ts';
import { formatDate } from '../i18n/format.ts';
import { useLang } from '../i18n/use-lang.ts';
import { INDICATORS } from '../indicators/catalog.ts';
import { definitionText } from '../indicators/describe.ts';
import type { Figure } from '../indicators/results.ts';
import { asOfFor } from '../indicators/results.ts';
import type { IndicatorId, IndicatorRequest } from '../indicators/types.ts';
import { Definition } from '../ui/definition.tsx';
import { FigureText } from '../ui/figure-text.tsx';
import { KpiCard, KpiCardRow } from '../ui/kpi-card.tsx';
import { PanelFrame } from '../ui/panel-frame.tsx';
import type { KpiModel } from './card-model.ts';
import { type Phrase, toCards, toTable } from './card-words.ts';
import type { PanelId, PanelProps } from './define-panel.ts';
import { datasetSource, panelLabels } from './panel-text.ts';

function PhraseText({ phrase }: { phrase: Phrase }): ReactNode {
  return phrase.map((p, i) =>
    typeof p === 'string' ? (
      p
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: a phrase is static text in a fixed order
      <FigureText key={i} attrs={p.attrs ?? {}}>
        {p.text}
      </FigureText>
    ),
  );
}

/** What a row of cards shows: its requests by role and the cards it builds from their figures. */
export interface CardsConfig<S extends string> {
  panelId: PanelId;
  /** i18n keys of the title and the subtitle (the subtitle takes {{date}}). */
  titleKey: string;
  subtitleKey: string;
  indicators: readonly IndicatorId[];
  /** The requests by role for these filters (the manifest's as-of dates end their periods). */
  slots: (filters: Filters, manifest: Manifest) => readonly (readonly [S, IndicatorRequest])[];
  build: (sets: Partial<Record<S, readonly Figure[]>>) => KpiModel;
}

/** A panel component of cards. `onSelect` is accepted (every panel takes it) and not used: cards have nothing to click. */
export function cardsPanel<S extends string>(config: CardsConfig<S>): (props: PanelProps) => ReactNode {
  return ({ filters }: PanelProps) => <CardsPanel config={config} filters={filters} />;
}

function CardsPanel<S extends string>({ config, filters }: { config: CardsConfig<S>; filters: Filters }) {
  const { panelId, titleKey, subtitleKey, indicators, build } = config;
  const { t, lang } = useLang();
  const { manifest } = useData();
  const slots = config.slots(filters, manifest);
  const figures = useFigures(slots.map(([, r]) => r));

  // Cheap and pure: recomputed on each render from the figures on screen (the previous ones while the next load).
  let model: KpiModel | null = null;
  if (figures.sets.every((s) => s.figures)) {
    const sets: Partial<Record<S, readonly Figure[]>> = {};
    slots.forEach(([slot], i) => {
      sets[slot] = figures.sets[i]?.figures;
    });
    model = build(sets);
  }
  const ctx = { lang, t, filters };
  const cards = model ? toCards(model, ctx) : null;
  const view = model && cards ? { cards, table: toTable(model, cards, ctx) } : null;

  const state = figures.state === 'error' ? 'error' : !model ? 'loading' : model.empty ? 'empty' : 'ready';
  const sources = [...new Set(indicators.flatMap((id) => INDICATORS[id].sources))];
  const asOf = indicators.map((id) => asOfFor(INDICATORS[id], manifest)).sort();
  return (
    <PanelFrame
      panelId={panelId}
      title={t(titleKey)}
      subtitle={t(subtitleKey, { date: formatDate(asOf[asOf.length - 1] ?? manifest.as_of, lang) })}
      source={t('panel.source', { source: datasetSource(manifest, sources) })}
      labels={panelLabels(t)}
      state={state}
      error={figures.error?.message}
      onRetry={figures.retry}
      table={view?.table}
      notice={figures.showingOlderData ? t('kpis.olderData') : undefined}
    >
      {view && (
        <KpiCardRow label={t('kpis.cards')}>
          {view.cards.map((c) => (
            <KpiCard
              key={c.id}
              label={c.label}
              period={c.period ?? undefined}
              value={c.value.text}
              valueAttrs={c.value.attrs}
              context={c.context ? <PhraseText phrase={c.context} /> : undefined}
              change={c.change?.text}
              trend={c.change?.trend}
              sentiment={c.change?.sentiment}
              basis={<PhraseText phrase={c.basis} />}
              note={c.note ? <PhraseText phrase={c.note} /> : undefined}
              ignored={c.ignored}
              definition={<Definition text={definitionText(c.indicator, lang, filters)} />}
            />
          ))}
        </KpiCardRow>
      )}
    </PanelFrame>
  );
}
