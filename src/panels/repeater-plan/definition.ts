// The repeater-plan panel as one registry object (src/panels/define-panel.ts).
import { definePanel } from '../define-panel.ts';
import { RepeaterPlanPanel } from './panel.tsx';

export const repeaterPlanPanel = definePanel({
  id: 'repeater-plan',
  indicators: [],
  requests: () => [],
  Component: RepeaterPlanPanel,
});
