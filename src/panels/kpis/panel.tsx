import type { ReactNode } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import { useFigures } from '../../coordinator/use-figures.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { INDICATORS } from '../../indicators/catalog.ts';
import { definitionText } from '../../indicators/describe.ts';
import { asOfFor } from '../../indicators/results.ts';
import { Definition } from '../../ui/definition.tsx';
import { FigureText } from '../../ui/figure-text.tsx';
import { KpiCard, KpiCardRow } from '../../ui/kpi-card.tsx';
import { PanelFrame } from '../../ui/panel-frame.tsx';
import type { PanelProps } from '../define-panel.ts';
import { datasetSource, panelLabels } from '../panel-text.ts';
import { type KpiSets, kpiModel } from './model.ts';
import { KPI_INDICATORS, kpiDates, kpiRequestSlots, PANEL_ID } from './requests.ts';
import { type Phrase, toCards, toTable } from './to-cards.ts';

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

const SOURCES = [...new Set(KPI_INDICATORS.flatMap((id) => INDICATORS[id].sources))];

/** `onSelect` is accepted (every panel takes it) and not used: the KPI cards have nothing to click. */
export function KpisPanel({ filters }: PanelProps) {
  const { t, lang } = useLang();
  const { manifest } = useData();
  const slots = kpiRequestSlots(filters, kpiDates(manifest));
  const figures = useFigures(slots.map(([, r]) => r));

  // Cheap and pure: recomputed on each render from the figures on screen (the previous ones while the next load).
  let model = null;
  if (figures.sets.every((s) => s.figures)) {
    const sets: KpiSets = {};
    slots.forEach(([slot], i) => {
      sets[slot] = figures.sets[i]?.figures;
    });
    model = kpiModel(sets);
  }
  const ctx = { lang, t, filters };
  const cards = model ? toCards(model, ctx) : null;
  const view = model && cards ? { cards, table: toTable(model, cards, ctx) } : null;

  const state = figures.state === 'error' ? 'error' : !model ? 'loading' : model.empty ? 'empty' : 'ready';
  const asOf = KPI_INDICATORS.map((id) => asOfFor(INDICATORS[id], manifest)).sort();
  return (
    <PanelFrame
      panelId={PANEL_ID}
      title={t('kpis.title')}
      subtitle={t('kpis.subtitle', { date: formatDate(asOf[asOf.length - 1] ?? manifest.as_of, lang) })}
      source={t('panel.source', { source: datasetSource(manifest, SOURCES) })}
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
