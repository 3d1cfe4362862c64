// The regency-map panel as one registry object (src/panels/define-panel.ts).
import { definePanel } from '../define-panel.ts';
import { RegencyMapPanel } from './panel.tsx';
import { MAP_COUNTS, MAP_MEASURES, mapRequests } from './requests.ts';

export const regencyMapPanel = definePanel({
  id: 'regency-map',
  indicators: [...MAP_MEASURES, ...MAP_COUNTS],
  requests: (filters) => mapRequests(filters, MAP_MEASURES[0], null),
  Component: RegencyMapPanel,
});
