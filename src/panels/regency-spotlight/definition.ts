// The regency-spotlight panel as one registry object (src/panels/define-panel.ts): small multiples of every regency.
import { REGENCIES_LISTING, regenciesListing } from '../../indicators/listings/regencies.ts';
import { definePanel, panelListing } from '../define-panel.ts';
import { RegencySpotlightPanel } from './panel.tsx';
import { spotlightRequests } from './requests.ts';

export const regencySpotlightPanel = definePanel({
  id: 'regency-spotlight',
  indicators: ['blankspot_villages'],
  requests: spotlightRequests,
  listings: () => [panelListing(REGENCIES_LISTING, null, () => regenciesListing())],
  Component: RegencySpotlightPanel,
});
