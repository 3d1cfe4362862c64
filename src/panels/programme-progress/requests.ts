// The panel's indicator requests: programme sites installed per plan year and programme, per plan year in all, the
// plan per year, progress per year, and since the plan began (the leadership panel's cumulative pair, the same
// request objects, so both show one figure). The definition and the component use these same requests.
import type { Manifest } from '../../data/manifest.ts';
import { type Filters, normaliseFilters } from '../../filters/filters.ts';
import type { IndicatorRequest } from '../../indicators/types.ts';
import { leadershipDates, planSinceStart } from '../periods.ts';

export const PANEL_ID = 'programme-progress';

export const PROGRAMME_PROGRESS_INDICATORS = ['plan_installations', 'planned_installations', 'plan_progress'] as const;

/**
 * In order: installed per year and programme, per year, the plan per year, progress per year; then, when the
 * manifest has a targets dataset, installed and planned since the plan began. The component reads the answers in
 * this order.
 */
export function programmeRequests(
  filters: Filters,
  manifest?: Pick<Manifest, 'as_of' | 'datasets'>,
): IndicatorRequest[] {
  const f = normaliseFilters(filters);
  const since = planSinceStart(f, manifest ? leadershipDates(manifest) : undefined);
  return [
    { indicator: 'plan_installations', filters: f, by: ['year', 'programme'] },
    { indicator: 'plan_installations', filters: f, by: ['year'] },
    { indicator: 'planned_installations', filters: f, by: ['year'] },
    { indicator: 'plan_progress', filters: f, by: ['year'] },
    ...(since ? [since.installed, since.planned] : []),
  ];
}
