// The panel's indicator requests: per survey year, villages without cellular signal, the blankspot villages served
// by an Internet Desa point, and the blankspot target. The definition and the component use these same requests.
import type { Filters } from '../../filters/filters.ts';
import type { IndicatorRequest } from '../../indicators/types.ts';

export const PANEL_ID = 'blankspot-reduction';

/** Every indicator the panel shows, in the order of its requests. */
export const BLANKSPOT_INDICATORS = ['blankspot_villages', 'villages_served', 'blankspot_target'] as const;

export function blankspotRequests(filters: Filters): IndicatorRequest[] {
  return BLANKSPOT_INDICATORS.map((indicator) => ({ indicator, filters, by: ['year'] }));
}
