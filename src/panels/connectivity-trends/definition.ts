// The connectivity-trends panel as one registry object (src/panels/define-panel.ts).
import { definePanel } from '../define-panel.ts';
import { ConnectivityTrendsPanel } from './panel.tsx';

export const connectivityTrendsPanel = definePanel({
  id: 'connectivity-trends',
  indicators: [],
  requests: () => [],
  Component: ConnectivityTrendsPanel,
});
