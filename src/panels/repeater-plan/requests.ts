// The panel's indicator requests (headline, the chart per regency and status, the totals per regency) and its row
// listing of units. The definition and the component use these same requests.
import type { Filters } from '../../filters/filters.ts';
import type { IndicatorRequest } from '../../indicators/types.ts';

export const PANEL_ID = 'repeater-plan';

export function repeaterRequests(filters: Filters): IndicatorRequest[] {
  return [
    { indicator: 'repeaters_planned', filters },
    { indicator: 'repeaters_active', filters },
    { indicator: 'repeater_progress', filters },
    { indicator: 'repeaters_planned', filters, by: ['regency', 'status'] },
    { indicator: 'repeaters_planned', filters, by: ['regency'] },
  ];
}
