// The regency-map panel as one registry object (src/panels/define-panel.ts).
import { definePanel } from '../define-panel.ts';
import { RegencyMapPanel } from './panel.tsx';

export const regencyMapPanel = definePanel({
  id: 'regency-map',
  indicators: [],
  requests: () => [],
  Component: RegencyMapPanel,
});
