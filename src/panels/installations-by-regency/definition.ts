// The installations-by-regency panel as one registry object (src/panels/define-panel.ts).
import { REGENCIES_LISTING, regenciesListing } from '../../indicators/listings/regencies.ts';
import { definePanel, panelListing } from '../define-panel.ts';
import { InstallationsByRegencyPanel } from './panel.tsx';
import { installationsRequests } from './requests.ts';

export const installationsByRegencyPanel = definePanel({
  id: 'installations-by-regency',
  indicators: ['installations'],
  requests: installationsRequests,
  listings: () => [panelListing(REGENCIES_LISTING, null, () => regenciesListing())],
  Component: InstallationsByRegencyPanel,
});
