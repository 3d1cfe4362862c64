// The installations-by-regency panel as one registry object (src/panels/define-panel.ts).
import { definePanel } from '../define-panel.ts';
import { InstallationsByRegencyPanel } from './panel.tsx';

export const installationsByRegencyPanel = definePanel({
  id: 'installations-by-regency',
  indicators: [],
  requests: () => [],
  Component: InstallationsByRegencyPanel,
});
