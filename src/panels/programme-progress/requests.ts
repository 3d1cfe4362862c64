// The panel's indicator requests: programme sites installed per plan year and programme, per plan year in all, the
// plan per year, progress per year, and since the plan began (the leadership panel's cumulative pair, the same
// request objects, so both show one figure). The definition and the component use these same requests.
import type { Manifest } from '../../data/manifest.ts';
import { type Filters, normaliseFilters } from '../../filters/filters.ts';
import type { IndicatorRequest } from '../../indicators/types.ts';
import { type LeadershipDates, leadershipDates, planSinceStart } from '../periods.ts';

export const PANEL_ID = 'programme-progress';

export const PROGRAMME_PROGRESS_INDICATORS = ['plan_installations', 'planned_installations', 'plan_progress'] as const;

export interface ProgrammeRequests {
  byProgramme: IndicatorRequest;
  byYear: IndicatorRequest;
  planned: IndicatorRequest;
  progress: IndicatorRequest;
  /** Since the plan began (absent without the manifest's dates or without a targets dataset). */
  cumulative?: IndicatorRequest;
  plannedCumulative?: IndicatorRequest;
}

export function programmeRequestsBy(filters: Filters, dates?: LeadershipDates): ProgrammeRequests {
  const f = normaliseFilters(filters);
  const out: ProgrammeRequests = {
    byProgramme: { indicator: 'plan_installations', filters: f, by: ['year', 'programme'] },
    byYear: { indicator: 'plan_installations', filters: f, by: ['year'] },
    planned: { indicator: 'planned_installations', filters: f, by: ['year'] },
    progress: { indicator: 'plan_progress', filters: f, by: ['year'] },
  };
  const since = planSinceStart(f, dates);
  return since ? { ...out, cumulative: since.installed, plannedCumulative: since.planned } : out;
}

export function programmeRequests(
  filters: Filters,
  manifest?: Pick<Manifest, 'as_of' | 'datasets'>,
): IndicatorRequest[] {
  const r = programmeRequestsBy(filters, manifest ? leadershipDates(manifest) : undefined);
  return [
    r.byProgramme,
    r.byYear,
    r.planned,
    r.progress,
    ...(r.cumulative && r.plannedCumulative ? [r.cumulative, r.plannedCumulative] : []),
  ];
}
