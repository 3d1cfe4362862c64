// The queries the first views issue with no filters (overview and wall). Their results are computed at publish
// time by the same SQL in DuckDB-WASM (npm run data:manifest → public/data/snapshot.json) so a cold start paints
// figures before DuckDB has started. Any query not listed simply runs in DuckDB.
import type { QueryRequest } from '../data/engine-types.ts';
import { NO_FILTERS } from '../filters/filters.ts';
import { knownValuesQuery } from '../filters/known-values.ts';
import { blankspotQuery } from '../panels/blankspot-reduction/query.ts';
import { trendsQuery } from '../panels/connectivity-trends/query.ts';
import { installationsQuery } from '../panels/installations-by-regency/query.ts';
import {
  coverageQuery,
  installationsQuery as kpiInstallationsQuery,
  repeatersQuery,
  uptimeQuery,
} from '../panels/kpis/query.ts';
import { METRICS, regencyLevelQuery } from '../panels/regency-map/query.ts';
import { repeaterPlanQuery } from '../panels/repeater-plan/query.ts';

export function firstViewQueries(): QueryRequest[] {
  const f = NO_FILTERS;
  return [
    coverageQuery(f),
    kpiInstallationsQuery(f),
    uptimeQuery(f),
    repeatersQuery(f),
    blankspotQuery(f),
    ...METRICS.map((m) => regencyLevelQuery(m, f)),
    installationsQuery(f),
    trendsQuery(f),
    repeaterPlanQuery(f),
    knownValuesQuery(),
  ];
}
