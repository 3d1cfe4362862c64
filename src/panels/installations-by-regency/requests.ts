// The panel's indicator requests: installations per regency and year, and per regency over the whole selection
// (the totals). The definition and the component use these same requests.
import type { Filters } from '../../filters/filters.ts';
import type { IndicatorRequest } from '../../indicators/types.ts';

export const PANEL_ID = 'installations-by-regency';

export function installationsRequests(filters: Filters): IndicatorRequest[] {
  return [
    { indicator: 'installations', filters, by: ['regency', 'year'] },
    { indicator: 'installations', filters, by: ['regency'] },
  ];
}
