// The blankspot-reduction panel as one registry object (src/panels/define-panel.ts).
import { definePanel } from '../define-panel.ts';
import { BlankspotReductionPanel } from './panel.tsx';

export const blankspotReductionPanel = definePanel({
  id: 'blankspot-reduction',
  indicators: [],
  requests: () => [],
  Component: BlankspotReductionPanel,
});
