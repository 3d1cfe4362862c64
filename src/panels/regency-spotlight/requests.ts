// The panel's indicator request: villages without cellular signal per regency and survey year. The definition and
// the component use this same request.
import type { Filters } from '../../filters/filters.ts';
import type { IndicatorRequest } from '../../indicators/types.ts';

export const PANEL_ID = 'regency-spotlight';

export function spotlightRequests(filters: Filters): IndicatorRequest[] {
  return [{ indicator: 'blankspot_villages', filters, by: ['regency', 'year'] }];
}
