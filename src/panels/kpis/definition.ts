// The kpis panel as one registry object (src/panels/define-panel.ts).
import { definePanel } from '../define-panel.ts';
import { KpisPanel } from './panel.tsx';

export const kpisPanel = definePanel({
  id: 'kpis',
  indicators: [],
  requests: () => [],
  Component: KpisPanel,
});
