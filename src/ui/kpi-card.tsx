// A key-figure card: label with its period, big value, what the value is (context), how it changed and what it is
// compared with, a note, a line when an active filter does not apply, and the "Definisi" affordance.
// Presentational only: every string arrives formatted, figures inside lines arrive as nodes (with their data-*
// attributes). The direction of a change is written out in the change text and shown by an arrow; colour
// (good/bad) only repeats it. Colours are theme CSS variables.
import { Children, type CSSProperties, type ReactNode, useId } from 'react';

export type KpiTrend = 'up' | 'down' | 'flat';
export type KpiSentiment = 'good' | 'bad' | 'neutral';

export interface KpiCardProps {
  label: string;
  /** The period of the value, shown with the label and part of the card's name, e.g. "2026 s.d. 27 Nov". */
  period?: string;
  value: string;
  /** The value's data-* attributes (src/indicators/figure.ts figureAttrs), set on the value element. */
  valueAttrs?: Readonly<Record<string, string>>;
  /** What the value counts, e.g. "desa tanpa sinyal seluler". */
  context?: ReactNode;
  /** The change, direction in words, e.g. "turun 17 (6,0%)"; "–" when there is nothing to compare. */
  change?: string;
  trend?: KpiTrend;
  sentiment?: KpiSentiment;
  /** What the value is compared with, e.g. "dibanding periode lengkap sebelumnya (2025): 276". */
  basis: ReactNode;
  /** An extra line, e.g. the target. */
  note?: ReactNode;
  /** Said when an active filter does not apply to the card's figures. */
  ignored?: readonly string[];
  /** The "Definisi" affordance (src/ui/definition.tsx). */
  definition?: ReactNode;
}

const srOnly: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
};

const ARROWS: Record<KpiTrend, string> = { up: '▲', down: '▼', flat: '▶' };

const SENTIMENT_COLOUR: Record<KpiSentiment, string> = {
  good: 'var(--ok, currentColor)',
  bad: 'var(--danger, currentColor)',
  neutral: 'var(--muted, currentColor)',
};

const styles = {
  row: {
    display: 'grid',
    gap: '0.75rem',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 12rem), 1fr))',
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  item: { display: 'flex', minWidth: 0 },
  card: {
    border: '1px solid var(--border)',
    borderRadius: '8px',
    padding: '0.75rem 0.9rem',
    display: 'flex',
    flexDirection: 'column',
    gap: '0.2rem',
    minWidth: 0,
    flex: 1,
  },
  head: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: '0.25rem' },
  headLabel: { flex: '1 1 auto', minWidth: 0 },
  headAside: { flex: 'none' },
  label: { fontSize: '0.95rem', fontWeight: 600, margin: 0 },
  period: { display: 'block', fontSize: '0.8rem', fontWeight: 400, color: 'var(--muted)' },
  value: {
    fontSize: '2rem',
    fontWeight: 700,
    lineHeight: 1.1,
    margin: '0.1rem 0 0',
    fontVariantNumeric: 'tabular-nums',
  },
  context: { fontSize: '0.82rem', color: 'var(--muted)', margin: 0 },
  change: { fontSize: '0.9rem', fontWeight: 600, margin: '0.3rem 0 0' },
  basis: { fontSize: '0.82rem', color: 'var(--muted)', margin: 0 },
  note: { fontSize: '0.82rem', margin: '0.2rem 0 0' },
  ignored: { fontSize: '0.8rem', margin: '0.2rem 0 0', color: 'var(--warning)' },
} satisfies Record<string, CSSProperties>;

export function KpiCard(props: KpiCardProps) {
  const { label, period, value, valueAttrs, context, change, trend, sentiment = 'neutral', basis, note } = props;
  const { ignored, definition } = props;
  const headingId = useId();
  const heading = (
    <h3 id={headingId} className="kpi-label" style={styles.label}>
      {label}
      {period && (
        <>
          {/* A separator for screen readers: the visible period sits on its own line. */}
          <span style={srOnly}>,</span>
          <span className="kpi-period" style={styles.period}>
            {period}
          </span>
        </>
      )}
    </h3>
  );
  return (
    <article className="kpi-card" aria-labelledby={headingId} data-trend={trend} style={styles.card}>
      {definition ? (
        <div className="kpi-head" style={styles.head}>
          <div style={styles.headLabel}>{heading}</div>
          <div style={styles.headAside}>{definition}</div>
        </div>
      ) : (
        heading
      )}
      <p className="kpi-value" style={styles.value} {...valueAttrs}>
        {value}
      </p>
      {context && (
        <p className="kpi-context" style={styles.context}>
          {context}
        </p>
      )}
      {change && (
        <p
          className="kpi-change"
          data-sentiment={trend ? sentiment : undefined}
          style={{ ...styles.change, color: trend ? SENTIMENT_COLOUR[sentiment] : undefined }}
        >
          {trend && <span aria-hidden="true">{`${ARROWS[trend]} `}</span>}
          {change}
        </p>
      )}
      <p className="kpi-basis" style={styles.basis}>
        {basis}
      </p>
      {note && (
        <p className="kpi-note" style={styles.note}>
          {note}
        </p>
      )}
      {ignored?.map((n) => (
        <p key={n} className="kpi-ignored" style={styles.ignored}>
          {n}
        </p>
      ))}
    </article>
  );
}

/** A responsive row of cards (a named list) that wraps on narrow screens. */
export function KpiCardRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ul className="kpi-row" aria-label={label} style={styles.row}>
      {Children.map(children, (child) => (
        <li style={styles.item}>{child}</li>
      ))}
    </ul>
  );
}
