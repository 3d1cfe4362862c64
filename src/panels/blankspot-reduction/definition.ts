// The blankspot-reduction panel as one registry object (src/panels/define-panel.ts).
import { definePanel } from '../define-panel.ts';
import { BlankspotReductionPanel } from './panel.tsx';
import { BLANKSPOT_INDICATORS, blankspotRequests } from './requests.ts';

export const blankspotReductionPanel = definePanel({
  id: 'blankspot-reduction',
  indicators: BLANKSPOT_INDICATORS,
  requests: (filters) => blankspotRequests(filters),
  Component: BlankspotReductionPanel,
});
