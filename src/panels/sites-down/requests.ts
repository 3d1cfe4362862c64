// The sites-down panel's indicator request (the headline count, sites_down) and its row listing (each site down,
// src/indicators/listings/sites-down.ts). The definition, the component and the wall's prefetch use these same
// requests, so they share one cache entry each.
import type { Filters } from '../../filters/filters.ts';
import { SILENT_DAYS } from '../../indicators/defs/operations.ts';
import { SITES_DOWN_FILTERS, SITES_DOWN_LISTING, sitesDownListing } from '../../indicators/listings/sites-down.ts';
import { honoured } from '../../indicators/resolve.ts';
import type { IndicatorRequest } from '../../indicators/types.ts';
import { type PanelListing, panelListing } from '../define-panel.ts';

export const PANEL_ID = 'sites-down';

export function sitesDownRequests(filters: Filters): IndicatorRequest[] {
  return [{ indicator: 'sites_down', filters }];
}

/** The listing's arguments: only the filters it honours (an ignored filter never reruns it) and the threshold. */
export interface SitesDownArgs {
  filters: Filters;
  silentDays: number;
}

export function sitesDownArgs(filters: Filters, silentDays = SILENT_DAYS): SitesDownArgs {
  return { filters: honoured(filters, SITES_DOWN_FILTERS), silentDays };
}

export const buildSitesDown = (a: SitesDownArgs) => sitesDownListing(a.filters, { silentDays: a.silentDays });

export function sitesDownListings(filters: Filters, silentDays = SILENT_DAYS): PanelListing[] {
  return [panelListing(SITES_DOWN_LISTING, sitesDownArgs(filters, silentDays), buildSitesDown)];
}
