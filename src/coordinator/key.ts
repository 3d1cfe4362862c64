// Every cache key of a figure is built here, from (indicator, honoured filters, breakdowns, range, data version):
// the same question on two screens is one query and one cache entry.
import type { ResolvedRequest } from '../indicators/types.ts';

export function figureKey(req: ResolvedRequest, version: string) {
  return ['figure', req.indicator, req.filters, req.by, req.range, version] as const;
}

/**
 * A row listing's key (src/indicators/listings/: rows that are not indicators, e.g. the repeater units): its name,
 * the arguments its pure builder was called with (normalised filters first) and the data version.
 */
export function listingKey(name: string, args: unknown, version: string) {
  return ['listing', name, args, version] as const;
}

/** The headline history (public/data/history.jsonl) as loaded with a data version. */
export function historyKey(version: string) {
  return ['history', version] as const;
}

/**
 * The first part of every cache key whose last part is a data version: the figures and listings above, the history,
 * and the views' own (src/panels/use-panel-query.ts 'panel', the known filter values 'known-values'). The wall drops
 * entries of superseded versions by these (src/views/wall/use-prefetch.ts).
 */
export const VERSIONED_KEY_HEADS: ReadonlySet<string> = new Set([
  'figure',
  'listing',
  'history',
  'panel',
  'known-values',
]);
