// The queries the first views issue with no filters (overview and wall): every panel's default requests from the
// registry, through the indicator catalog, and the filter bar's known values. Their results are computed at publish
// time by the same SQL in DuckDB-WASM (npm run data:manifest → public/data/snapshot.json) so a cold start paints
// figures before DuckDB has started. Any query not listed simply runs in DuckDB.
import type { QueryRequest } from '../data/engine-types.ts';
import type { Manifest } from '../data/manifest.ts';
import { NO_FILTERS } from '../filters/filters.ts';
import { knownValuesQuery } from '../filters/known-values.ts';
import { indicatorQuery } from '../indicators/catalog.ts';
import { PANEL_IDS } from '../panels/define-panel.ts';
import { PANELS } from '../panels/registry.ts';

export function firstViewQueries(manifest: Manifest): QueryRequest[] {
  const requests = PANEL_IDS.flatMap((id) => PANELS[id].requests(NO_FILTERS, { manifest }));
  const unique = new Map<string, QueryRequest>();
  for (const r of requests) {
    const q = indicatorQuery(r);
    unique.set(`${q.sql}\u0000${JSON.stringify(q.params)}`, q);
  }
  return [...unique.values(), knownValuesQuery()];
}
