// "Definisi": a small disclosure beside a KPI or a panel title that shows an indicator's definition in place.
// A native <details>/<summary>: reachable by keyboard (Enter/Space) and announced by screen readers as a button
// that expands; no script needed. Text only (React escapes it).

export interface DefinitionText {
  /** The affordance's label, e.g. "Definisi". */
  label: string;
  /** Indicator name. */
  name: string;
  definition: string;
  /** Lines such as the formula, the unit, the period rule, the filters it honours. */
  lines: readonly string[];
  /** Set when an active filter does not apply to this figure (said in words). */
  ignored?: string;
}

export function Definition({ text }: { text: DefinitionText }) {
  return (
    <details className="definition">
      <summary aria-label={`${text.label}: ${text.name}`}>{text.label}</summary>
      <div className="definition-body" role="note">
        <p className="definition-name">{text.name}</p>
        <p>{text.definition}</p>
        <ul>
          {text.lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
        {text.ignored && <p className="definition-ignored">{text.ignored}</p>}
      </div>
    </details>
  );
}
