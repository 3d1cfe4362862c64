// The KPI cards' indicator requests. Periods are honest: the survey figures come per year (the latest survey year,
// "2026 s.d. 27 Nov" while incomplete, against the previous complete year); installations are the year so far
// against the same span a year earlier (never a partial year against a whole one); uptime is the 30 days up to
// site_daily's as-of against the 30 days before. The dates come from the manifest (src/panels/define-panel.ts
// PanelRequestContext); the definition and the component use these same requests.
import { type Filters, normaliseFilters } from '../../filters/filters.ts';
import type { IndicatorRequest } from '../../indicators/types.ts';
import { installationSpans, type KpiDates, uptimeWindows } from '../periods.ts';

export const PANEL_ID = 'kpis';

/** Every indicator the cards show. */
export const KPI_INDICATORS = [
  'blankspot_villages',
  'blankspot_target',
  'villages_4g',
  'villages_4g_share',
  'plan_installations',
  'planned_installations',
  'installations',
  'sites_in_service',
  'uptime',
  'repeaters_active',
  'repeaters_planned',
] as const;

/** One request per figure of the cards, by role. */
export type KpiSlot =
  | 'blankspot'
  | 'blankspotTarget'
  | 'villages4g'
  | 'villages4gShare'
  | 'planInstallations'
  | 'plannedInstallations'
  | 'installations'
  | 'installationsBaseline'
  | 'sitesInService'
  | 'uptime'
  | 'uptimeBaseline'
  | 'repeatersActive'
  | 'repeatersPlanned';

/**
 * The requests by role. A request with a range carries its period in the range, so the year filter (which chose
 * that period) is left out of it. Without the as-of dates, the ranged requests are left out.
 */
export function kpiRequestSlots(filters: Filters, dates?: KpiDates): [KpiSlot, IndicatorRequest][] {
  const f = normaliseFilters(filters);
  const noYear: Filters = { ...f, yearFrom: null, yearTo: null };
  const slots: [KpiSlot, IndicatorRequest][] = [
    ['blankspot', { indicator: 'blankspot_villages', filters: f, by: ['year'] }],
    ['blankspotTarget', { indicator: 'blankspot_target', filters: f, by: ['year'] }],
    ['villages4g', { indicator: 'villages_4g', filters: f, by: ['year'] }],
    ['villages4gShare', { indicator: 'villages_4g_share', filters: f, by: ['year'] }],
    ['plannedInstallations', { indicator: 'planned_installations', filters: f, by: ['year'] }],
  ];
  if (dates) {
    const inst = installationSpans(f, dates.sites);
    slots.push(
      ['planInstallations', { indicator: 'plan_installations', filters: noYear, range: inst.current }],
      ['installations', { indicator: 'installations', filters: noYear, range: inst.current }],
      ['installationsBaseline', { indicator: 'installations', filters: noYear, range: inst.baseline }],
    );
  }
  slots.push(['sitesInService', { indicator: 'sites_in_service', filters: f }]);
  if (dates) {
    const up = uptimeWindows(f, dates.telemetry);
    slots.push(
      ['uptime', { indicator: 'uptime', filters: noYear, range: up.current }],
      ['uptimeBaseline', { indicator: 'uptime', filters: noYear, range: up.baseline }],
    );
  }
  slots.push(
    ['repeatersActive', { indicator: 'repeaters_active', filters: f }],
    ['repeatersPlanned', { indicator: 'repeaters_planned', filters: f }],
  );
  return slots;
}

export function kpiRequests(filters: Filters, dates?: KpiDates): IndicatorRequest[] {
  return kpiRequestSlots(filters, dates).map(([, r]) => r);
}
