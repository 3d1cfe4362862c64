// The leadership cards' indicator requests: what the room and the briefing follow. Programme sites against the plan
// for the year so far and since the plan began (the first year of `targets`, from the manifest), GSM repeaters
// active against the plan, blankspot villages against the target, blankspot villages served, and site uptime on the
// last telemetry day against the 30 days up to it. Every figure comes from the catalog; periods come from the
// manifest's as-of dates, never from the clock.
import { type Filters, normaliseFilters } from '../../filters/filters.ts';
import type { IndicatorId, IndicatorRequest } from '../../indicators/types.ts';
import { installationSpans, type LeadershipDates, planSinceStart, uptimeNowWindows } from '../periods.ts';

export const PANEL_ID = 'leadership';

export const LEADERSHIP_INDICATORS = [
  'plan_installations',
  'planned_installations',
  'repeaters_active',
  'repeaters_planned',
  'blankspot_villages',
  'blankspot_target',
  'villages_served',
  'uptime',
] as const satisfies readonly IndicatorId[];

export type LeadershipSlot =
  | 'planInstallations'
  | 'plannedInstallations'
  | 'planCumulative'
  | 'plannedCumulative'
  | 'repeatersActive'
  | 'repeatersPlanned'
  | 'blankspot'
  | 'blankspotTarget'
  | 'villagesServed'
  | 'uptimeNow'
  | 'uptimeNorm';

/**
 * The requests by role. Ranged requests carry their period in the range (the year filter is left out of them);
 * without the as-of dates only the others are made.
 */
export function leadershipRequestSlots(
  filters: Filters,
  dates?: LeadershipDates,
): [LeadershipSlot, IndicatorRequest][] {
  const f = normaliseFilters(filters);
  const noYear: Filters = { ...f, yearFrom: null, yearTo: null };
  const slots: [LeadershipSlot, IndicatorRequest][] = [];
  if (dates) {
    const year = installationSpans(f, dates.sites).current;
    slots.push(['planInstallations', { indicator: 'plan_installations', filters: noYear, range: year }]);
  }
  slots.push(['plannedInstallations', { indicator: 'planned_installations', filters: f, by: ['year'] }]);
  const since = planSinceStart(f, dates);
  if (since) slots.push(['planCumulative', since.installed], ['plannedCumulative', since.planned]);
  slots.push(
    ['repeatersActive', { indicator: 'repeaters_active', filters: f }],
    ['repeatersPlanned', { indicator: 'repeaters_planned', filters: f }],
    ['blankspot', { indicator: 'blankspot_villages', filters: f, by: ['year'] }],
    ['blankspotTarget', { indicator: 'blankspot_target', filters: f, by: ['year'] }],
    ['villagesServed', { indicator: 'villages_served', filters: f, by: ['year'] }],
  );
  if (dates) {
    const up = uptimeNowWindows(dates.telemetry);
    slots.push(
      ['uptimeNow', { indicator: 'uptime', filters: noYear, range: up.current }],
      ['uptimeNorm', { indicator: 'uptime', filters: noYear, range: up.baseline }],
    );
  }
  return slots;
}

export function leadershipRequests(filters: Filters, dates?: LeadershipDates): IndicatorRequest[] {
  return leadershipRequestSlots(filters, dates).map(([, r]) => r);
}
