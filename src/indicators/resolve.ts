// A request in canonical form: only the filters the indicator honours, breakdowns it allows in a fixed order, the
// range as given. Equal questions become equal JSON, so they share one cache key and one query.
import { type Filters, NO_FILTERS, normaliseFilters } from '../filters/filters.ts';
import type { Breakdown, FilterDim, IndicatorDef, IndicatorRequest, ResolvedRequest } from './types.ts';

const ORDER: readonly Breakdown[] = ['year', 'week', 'day', 'regency', 'district', 'programme', 'technology', 'status'];

/** The filters of `filters` that an indicator honouring `dims` applies; the rest are dropped. */
export function honoured(filters: Filters, dims: readonly FilterDim[]): Filters {
  const f = normaliseFilters(filters);
  const has = (d: FilterDim) => dims.includes(d);
  return {
    yearFrom: has('year') ? f.yearFrom : null,
    yearTo: has('year') ? f.yearTo : null,
    regencies: has('regency') ? f.regencies : [],
    districts: has('district') ? f.districts : [],
    programmes: has('programme') ? f.programmes : [],
    technologies: has('technology') ? f.technologies : [],
    statuses: has('status') ? f.statuses : [],
  };
}

/** The filters that are set but that the indicator does not honour (the screen says so). */
export function ignoredFilters(filters: Filters, dims: readonly FilterDim[]): FilterDim[] {
  const f = normaliseFilters(filters);
  const set: Record<FilterDim, boolean> = {
    year: f.yearFrom !== null || f.yearTo !== null,
    regency: f.regencies.length > 0,
    district: f.districts.length > 0,
    programme: f.programmes.length > 0,
    technology: f.technologies.length > 0,
    status: f.statuses.length > 0,
  };
  return (Object.keys(set) as FilterDim[]).filter((d) => set[d] && !dims.includes(d));
}

export function resolveWith(def: IndicatorDef, req: Omit<IndicatorRequest, 'indicator'>): ResolvedRequest {
  const by = [...new Set(req.by ?? [])];
  for (const b of by)
    if (!def.breakdowns.includes(b)) throw new Error(`indicator ${def.id} cannot be broken down by ${b}`);
  by.sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  return {
    indicator: def.id,
    filters: honoured(req.filters ?? NO_FILTERS, def.filters),
    by,
    range: req.range ?? null,
  };
}
