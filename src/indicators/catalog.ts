// The indicator catalog: every number the product shows, by id. Screens ask for figures through `request()`; the
// query builders in defs/ are the only SQL over the contract tables outside src/data.
import type { QueryRequest } from '../data/engine-types.ts';
import {
  blankspotShare,
  blankspotTarget,
  blankspotVillages,
  villages4g,
  villages4gShare,
  villagesServed,
} from './defs/coverage.ts';
import { sitesDown } from './defs/operations.ts';
import {
  installations,
  planInstallations,
  plannedInstallations,
  planProgress,
  repeaterProgress,
  repeatersActive,
  repeatersPlanned,
  sitesInService,
  sitesPer100Villages,
  villagesTotal,
} from './defs/sites.ts';
import { dailyUsers, dataVolume, downlink, uptime } from './defs/telemetry.ts';
import { resolveWith } from './resolve.ts';
import type { IndicatorDef, IndicatorId, IndicatorRequest, ResolvedRequest } from './types.ts';

export const INDICATORS: Record<IndicatorId, IndicatorDef> = {
  installations,
  plan_installations: planInstallations,
  planned_installations: plannedInstallations,
  plan_progress: planProgress,
  sites_in_service: sitesInService,
  villages_total: villagesTotal,
  blankspot_villages: blankspotVillages,
  blankspot_share: blankspotShare,
  blankspot_target: blankspotTarget,
  villages_4g: villages4g,
  villages_4g_share: villages4gShare,
  villages_served: villagesServed,
  sites_per_100_villages: sitesPer100Villages,
  repeaters_planned: repeatersPlanned,
  repeaters_active: repeatersActive,
  repeater_progress: repeaterProgress,
  uptime,
  downlink,
  data_volume: dataVolume,
  daily_users: dailyUsers,
  sites_down: sitesDown,
};

export function indicator(id: IndicatorId): IndicatorDef {
  return INDICATORS[id];
}

/** The canonical form of a request (only honoured filters; breakdowns in order). */
export function resolve(req: IndicatorRequest): ResolvedRequest {
  return resolveWith(INDICATORS[req.indicator], req);
}

/** The SQL of a request (resolving is idempotent: a resolved request gives the same SQL). */
export function indicatorQuery(req: IndicatorRequest): QueryRequest {
  const resolved = resolve(req);
  return INDICATORS[resolved.indicator].query(resolved);
}
