// A panel is one object: its id, the indicators it shows, the indicator requests of its default view (what the
// first-view snapshot, prefetching, the catalog and the tests iterate), and the component that draws it from
// those figures (through src/coordinator/use-figures.ts). Views compose panels by id (src/panels/registry.ts) and
// draw them through one host (src/panels/panel-host.tsx); they hold no SQL and no chart options.
import type { ComponentType } from 'react';
import type { QueryRequest } from '../data/engine-types.ts';
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
  'regency-spotlight',
  'sites-down',
  'leadership',
  'programme-progress',
] as const;
export type PanelId = (typeof PANEL_IDS)[number];

export type SelectDimension = 'regency' | 'district' | 'programme' | 'technology' | 'status' | 'year';

/** A plain click selects the value alone (or takes it off); shift-, ctrl- or cmd-click adds it to the others. */
export type SelectMode = 'replace' | 'add';

export interface PanelProps {
  filters: Filters;
  /**
   * Cross-filter: a click on a mark selects its value (explore); absent on the wall and in the briefing. A panel
   * with `onSelect` asks for its own dimension without its selection and dims the marks not selected.
   */
  onSelect?: (dimension: SelectDimension, value: string, mode?: SelectMode) => void;
  /** The measure a panel with a measure switch shows, kept by the view (explore: in the link). Absent: its own. */
  measure?: string;
  onMeasure?: (measure: string) => void;
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
  /**
   * The row listings of the panel's default view (src/coordinator/use-listing.ts), with the very name, arguments and
   * builder the panel passes to useListing, so a prefetch (the wall's pages before they are shown) fills the same
   * cache entries.
   */
  listings?: (filters: Filters) => PanelListing[];
  /**
   * What else the panel loads before it can draw (its react-query entries: boundary files, a lazily loaded chart
   * module), so a prefetch can load them ahead too.
   */
  assets?: () => readonly PanelAsset[];
  Component: ComponentType<PanelProps>;
}

/** A react-query options object (queryOptions({ queryKey, queryFn, … })) of something a panel loads. */
export interface PanelAsset {
  readonly queryKey: readonly unknown[];
}

/** A row listing as a panel asks for it: useListing(name, args, build). */
export interface PanelListing {
  name: string;
  args: unknown;
  build: (args: unknown) => QueryRequest;
}

export function panelListing<A>(name: string, args: A, build: (args: A) => QueryRequest): PanelListing {
  return { name, args, build: build as (args: unknown) => QueryRequest };
}

export function definePanel(def: PanelDef): PanelDef {
  return def;
}
