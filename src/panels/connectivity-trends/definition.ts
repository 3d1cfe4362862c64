// The connectivity-trends panel as one registry object (src/panels/define-panel.ts).
import { definePanel } from '../define-panel.ts';
import { ConnectivityTrendsPanel } from './panel.tsx';
import { TREND_MEASURES, trendRequests } from './requests.ts';

export const connectivityTrendsPanel = definePanel({
  id: 'connectivity-trends',
  indicators: TREND_MEASURES,
  requests: (filters) => trendRequests(filters),
  Component: ConnectivityTrendsPanel,
});
