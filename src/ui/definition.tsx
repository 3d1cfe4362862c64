// "Definisi": a small disclosure beside a KPI or a panel title that shows an indicator's definition in place.
// A native <details>/<summary>: reachable by keyboard (Enter/Space) and announced by screen readers as a button
// that expands. The body (definition, formula, rules) loads on first opening. Text only (React escapes it).
import { type SyntheticEvent, useState } from 'react';
import { usePresentation } from './presentation.ts';

export interface DefinitionBody {
  definition: string;
  /** Lines such as the formula, the unit, the period rule, the filters it honours. */
  lines: readonly string[];
}

export interface DefinitionText {
  /** The affordance's label, e.g. "Definisi". */
  label: string;
  /** Indicator name. */
  name: string;
  /** The body, loaded when the disclosure first opens (the long texts are not part of the first paint). */
  load: () => Promise<DefinitionBody>;
  /** Set when an active filter does not apply to this figure (said in words). */
  ignored?: string;
}

export function Definition({ text }: { text: DefinitionText }) {
  // A disclosure is a control: none on a wall or a slide (src/ui/presentation.ts).
  const present = usePresentation();
  const [body, setBody] = useState<DefinitionBody | null>(null);
  const [failed, setFailed] = useState(false);
  const onToggle = (e: SyntheticEvent<HTMLDetailsElement>) => {
    if (!e.currentTarget.open || body) return;
    text.load().then(setBody, () => setFailed(true));
  };
  if (present) return null;
  return (
    <details className="definition" onToggle={onToggle}>
      <summary aria-label={`${text.label}: ${text.name}`}>{text.label}</summary>
      <div className="definition-body" role="note" aria-busy={!body && !failed}>
        <p className="definition-name">{text.name}</p>
        {body && (
          <>
            <p>{body.definition}</p>
            <ul>
              {body.lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </>
        )}
        {failed && <p>–</p>}
        {text.ignored && <p className="definition-ignored">{text.ignored}</p>}
      </div>
    </details>
  );
}
