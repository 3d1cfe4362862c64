// Every cache key of a figure is built here, from (indicator, honoured filters, breakdowns, range, data version):
// the same question on two screens is one query and one cache entry.
import type { ResolvedRequest } from '../indicators/types.ts';

export function figureKey(req: ResolvedRequest, version: string) {
  return ['figure', req.indicator, req.filters, req.by, req.range, version] as const;
}
