// A key-figure card of the status slide: the indicator's short name with its "Definisi", the value as a
// <FigureText> (indicator, period, scope, raw value), and lines (period, change, baseline, target) rendered from
// sentences so every number in them carries its attributes too. Same classes as src/ui/kpi-card.tsx, so the PNG
// export reads it the same way. Colour only repeats what the words say.
import { useId } from 'react';
import { useLang } from '../../i18n/use-lang.ts';
import { definitionText } from '../../indicators/describe.ts';
import { figureAttrs } from '../../indicators/figure.ts';
import { Definition } from '../../ui/definition.tsx';
import { FigureText } from '../../ui/figure-text.tsx';
import { figureText, sentenceParts } from './sentence.ts';
import { Parts } from './slide-shell.tsx';
import type { FigureCardModel } from './status-model.ts';

const ARROWS = { up: '▲', down: '▼', flat: '▶' } as const;

export function FigureCard({ card }: { card: FigureCardModel }) {
  const { t, lang } = useLang();
  const headingId = useId();
  const line = (s: FigureCardModel['basis']) => <Parts parts={sentenceParts(s, t, lang)} />;
  return (
    <article className="kpi-card figure-card" aria-labelledby={headingId} data-card={card.id}>
      <div className="figure-card-head">
        <h3 id={headingId} className="kpi-label">
          {card.label}
        </h3>
        <Definition text={definitionText(card.indicator, lang)} />
      </div>
      <p className="kpi-value">
        {card.value ? (
          <FigureText attrs={figureAttrs(card.value)}>{figureText(card.value, lang, true)}</FigureText>
        ) : (
          '–'
        )}
      </p>
      {card.context && <p className="kpi-context">{line(card.context)}</p>}
      {card.change && (
        <p className="kpi-change" data-sentiment={card.change.sentiment}>
          {card.change.trend && <span aria-hidden="true">{`${ARROWS[card.change.trend]} `}</span>}
          {line(card.change.sentence)}
        </p>
      )}
      <p className="kpi-basis">{line(card.basis)}</p>
      {card.note && <p className="kpi-note">{line(card.note)}</p>}
    </article>
  );
}

export function FigureCardRow({ label, cards }: { label: string; cards: readonly FigureCardModel[] }) {
  return (
    <ul className="kpi-row figure-cards" aria-label={label}>
      {cards.map((c) => (
        <li key={c.id}>
          <FigureCard card={c} />
        </li>
      ))}
    </ul>
  );
}
