// A panel is one object: its id, the indicators it shows, the indicator requests of its default view (what the
// first-view snapshot, prefetching, the catalog and the tests iterate), and the component that draws it from
// those figures (through src/coordinator/use-figures.ts). Views compose panels by id (src/panels/registry.ts) and
// draw them through one host (src/panels/panel-host.tsx); they hold no SQL and no chart options.
import type { ComponentType } from 'react';
import type { Manifest } from '../data/manifest.ts';
import type { Filters } from '../filters/filters.ts';
import type { IndicatorId, IndicatorRequest } from '../indicators/types.ts';

export const PANEL_IDS = [
  'kpis',
  'blankspot-reduction',
  'installations-by-regency',
  'regency-map',
  'connectivity-trends',
  'repeater-plan',
] as const;
export type PanelId = (typeof PANEL_IDS)[number];

export type SelectDimension = 'regency' | 'district' | 'programme' | 'technology' | 'status' | 'year';

export interface PanelProps {
  filters: Filters;
  /** Cross-filter: a click on a mark selects its value (explore); absent on the wall and in the briefing. */
  onSelect?: (dimension: SelectDimension, value: string) => void;
}

/**
 * What a panel's default requests may depend on besides the filters: the manifest, whose as-of dates end the
 * periods of some requests (the KPI cards' "year so far", "same span last year" and 30-day windows). Callers that
 * have the manifest pass it; a panel whose requests need it returns, without it, only the requests that do not.
 */
export interface PanelRequestContext {
  manifest: Pick<Manifest, 'as_of' | 'datasets'>;
}

export interface PanelDef {
  id: PanelId;
  /** Every indicator the panel can show (also in its other modes: map measures, trend measures). */
  indicators: readonly IndicatorId[];
  /** The requests of the panel's default view for these filters (and the manifest's as-of dates, when given). */
  requests: (filters: Filters, ctx: PanelRequestContext) => IndicatorRequest[];
  Component: ComponentType<PanelProps>;
}

export function definePanel(def: PanelDef): PanelDef {
  return def;
}
