// The wall's "since the last publication" changes: for each headline figure on the page shown (a figure of its
// panels that the headline history records for the data version shown), the difference from the previous
// publication, read from public/data/history.jsonl. Pure: the comparison is the briefing's
// (src/narrative/what-changed.ts, `whatChanged` without a pinned version); this only keeps what the wall may claim:
//   - nothing without a previous publication (no history for the version shown, or the first one): no fake zero;
//   - only figures on screen: same indicator, period and scope as a figure the page's panels show;
//   - only a like-for-like comparison: a headline whose definition changed (the same key with another indicator, or
//     another scope — compareEntries then sees a figure gone and a new one) or whose flow moved to another year
//     (a new period) is not compared; a figure missing then or now neither.
import type { FigureRef } from '../../indicators/figure.ts';
import type { HistoryEntry } from '../../indicators/history.ts';
import type { HeadlineKey } from '../../indicators/history-headlines.ts';
import { type FigureChange, whatChanged } from '../../narrative/what-changed.ts';

export interface WallDelta {
  key: HeadlineKey;
  /** The figure as the data shown hold it (the history's line for the version shown). */
  current: FigureRef;
  /** The same headline as recorded by the previous publication. */
  recorded: FigureRef;
  /** now − then at the indicator's digits (0: unchanged). */
  difference: number;
}

export interface WallDeltas {
  /** The previous publication compared with. */
  baseline: { version: string; asOf: string };
  /** The previous publication is newer than the data shown: the data were rolled back. */
  rollback: boolean;
  deltas: WallDelta[];
}

const figureKey = (f: Pick<FigureRef, 'indicator' | 'period' | 'scope'>) => `${f.indicator}|${f.period}|${f.scope}`;

function comparable(c: FigureChange): c is FigureChange & { then: FigureRef; now: FigureRef; difference: number } {
  if (!c.then || !c.now || c.difference === null) return false;
  if (c.then.indicator !== c.now.indicator || c.then.scope !== c.now.scope) return false;
  return c.status === 'up' || c.status === 'down' || c.status === 'same';
}

/**
 * The changes since the previous publication of the headline figures among `onScreen`; null when there is nothing
 * to compare with (the version shown is not recorded, or no other publication is).
 */
export function wallHistoryDeltas(
  history: readonly HistoryEntry[],
  version: string,
  onScreen: readonly Pick<FigureRef, 'indicator' | 'period' | 'scope'>[],
): WallDeltas | null {
  const w = whatChanged(history, version);
  if (w.kind !== 'compared') return null;
  const shown = new Set(onScreen.map(figureKey));
  const seen = new Set<string>();
  const deltas: WallDelta[] = [];
  for (const c of w.changes) {
    if (!comparable(c)) continue;
    const k = figureKey(c.now);
    if (!shown.has(k) || seen.has(k)) continue;
    seen.add(k);
    deltas.push({ key: c.key, current: c.now, recorded: c.then, difference: c.difference });
  }
  return {
    baseline: { version: w.baseline.version, asOf: w.baseline.as_of },
    rollback: w.rollback,
    deltas,
  };
}
