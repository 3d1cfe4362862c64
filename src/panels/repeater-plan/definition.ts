// The repeater-plan panel as one registry object (src/panels/define-panel.ts). Its list of units is a row listing
// (src/indicators/listings/repeater-units.ts), not an indicator.
import {
  REPEATER_UNITS_FILTERS,
  REPEATER_UNITS_LISTING,
  repeaterUnitsListing,
} from '../../indicators/listings/repeater-units.ts';
import { honoured } from '../../indicators/resolve.ts';
import { definePanel, panelListing } from '../define-panel.ts';
import { RepeaterPlanPanel } from './panel.tsx';
import { repeaterRequests } from './requests.ts';

export const repeaterPlanPanel = definePanel({
  id: 'repeater-plan',
  indicators: ['repeaters_planned', 'repeaters_active', 'repeater_progress'],
  requests: repeaterRequests,
  listings: (filters) => [
    panelListing(REPEATER_UNITS_LISTING, honoured(filters, REPEATER_UNITS_FILTERS), repeaterUnitsListing),
  ],
  Component: RepeaterPlanPanel,
});
