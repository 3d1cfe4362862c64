// The map's indicator requests: the rate it colours (a share of villages or a density, never a raw count: large
// regencies would always look "best") and the counts shown beside it in the tooltip and the table, per regency of
// the province, or per district of one regency (the drill-down: the regency filter narrowed to that regency).
// The definition (default view: blankspot_share per regency) and the component use these same requests.
import type { Filters } from '../../filters/filters.ts';
import type { IndicatorRequest, ResolvedRequest } from '../../indicators/types.ts';

export const PANEL_ID = 'regency-map';

/** The rates the map can colour, the default first. */
export const MAP_MEASURES = ['blankspot_share', 'sites_per_100_villages'] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];

/** The counts shown with every measure (tooltip and table). */
export const MAP_COUNTS = ['blankspot_villages', 'villages_total', 'sites_in_service'] as const;
export type MapCount = (typeof MAP_COUNTS)[number];

export function isMapMeasure(value: string): value is MapMeasure {
  return (MAP_MEASURES as readonly string[]).includes(value);
}

/** The measure first, then the counts in MAP_COUNTS order. `regency` null: the whole province. */
export function mapRequests(filters: Filters, measure: MapMeasure, regency: string | null): IndicatorRequest[] {
  const level: Pick<IndicatorRequest, 'filters' | 'by'> =
    regency === null
      ? { filters, by: ['regency'] }
      : { filters: { ...filters, regencies: [regency] }, by: ['district'] };
  return [measure, ...MAP_COUNTS].map((indicator) => ({ indicator, ...level }));
}

/** The regency whose districts a request is for (null: the province's regencies). */
export function drilledRegency(request: ResolvedRequest): string | null {
  return request.by.includes('district') ? (request.filters.regencies[0] ?? null) : null;
}
