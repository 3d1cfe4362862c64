// The sites-down panel ("Titik mati") as one registry object (src/panels/define-panel.ts): the count of sites down
// (sites_down) and the list of them, longest silent first. Its list is a row listing, not an indicator.
import { definePanel } from '../define-panel.ts';
import { SitesDownPanel } from './panel.tsx';
import { sitesDownListings, sitesDownRequests } from './requests.ts';

export const sitesDownPanel = definePanel({
  id: 'sites-down',
  indicators: ['sites_down'],
  requests: sitesDownRequests,
  listings: (filters) => sitesDownListings(filters),
  Component: SitesDownPanel,
});
