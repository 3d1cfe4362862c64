// The repeater-plan panel as one registry object (src/panels/define-panel.ts). Its list of units is a row listing
// (src/indicators/listings/repeater-units.ts), not an indicator.
import { definePanel } from '../define-panel.ts';
import { RepeaterPlanPanel } from './panel.tsx';
import { repeaterRequests } from './requests.ts';

export const repeaterPlanPanel = definePanel({
  id: 'repeater-plan',
  indicators: ['repeaters_planned', 'repeaters_active', 'repeater_progress'],
  requests: repeaterRequests,
  Component: RepeaterPlanPanel,
});
