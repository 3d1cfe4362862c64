// The regency-map panel as one registry object (src/panels/define-panel.ts).
import { REGENCIES_LISTING, regenciesListing } from '../../indicators/listings/regencies.ts';
import { definePanel, panelListing } from '../define-panel.ts';
import { geoQuery, mapSupportQuery, REGENCIES_FILE, RegencyMapPanel } from './panel.tsx';
import { MAP_COUNTS, MAP_MEASURES, mapRequests } from './requests.ts';

export const regencyMapPanel = definePanel({
  id: 'regency-map',
  indicators: [...MAP_MEASURES, ...MAP_COUNTS],
  requests: (filters) => mapRequests(filters, MAP_MEASURES[0], null),
  listings: () => [panelListing(REGENCIES_LISTING, null, () => regenciesListing())],
  assets: () => [geoQuery(REGENCIES_FILE), mapSupportQuery],
  Component: RegencyMapPanel,
});
