// A key-figure card: label, big value, what the value is (context), how it changed and what it is compared with.
// Presentational only: every string arrives formatted. The direction of a change is written out in the change
// text and shown by an arrow; colour (good/bad) only repeats it. Colours are theme CSS variables.
import { Children, type CSSProperties, type ReactNode, useId } from 'react';

export type KpiTrend = 'up' | 'down' | 'flat';
export type KpiSentiment = 'good' | 'bad' | 'neutral';

export interface KpiCardProps {
  label: string;
  value: string;
  /** What the value counts and when, e.g. "desa tanpa sinyal seluler, akhir 2026". */
  context?: string;
  /** The change, direction in words, e.g. "turun 17 (6,0%)"; "–" when there is nothing to compare. */
  change?: string;
  trend?: KpiTrend;
  sentiment?: KpiSentiment;
  /** What the value is compared with, e.g. "dibanding 2021: 285" or "dari 10 direncanakan". */
  basis: string;
  /** An extra line, e.g. a total. */
  note?: string;
}

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
  label: { fontSize: '0.95rem', fontWeight: 600, margin: 0 },
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
} satisfies Record<string, CSSProperties>;

export function KpiCard({ label, value, context, change, trend, sentiment = 'neutral', basis, note }: KpiCardProps) {
  const headingId = useId();
  return (
    <article className="kpi-card" aria-labelledby={headingId} data-trend={trend} style={styles.card}>
      <h3 id={headingId} className="kpi-label" style={styles.label}>
        {label}
      </h3>
      <p className="kpi-value" style={styles.value}>
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
