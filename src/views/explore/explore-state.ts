// Pure state logic of the analyst workspace: selecting a value (cross-filter clicks), the chips of the active
// filters, the drill-down position, and the explore URL (filters + data version + drill + the map's and the
// trends' measures) built from and read into typed state, with which change is a history entry of its own. Every value read from a URL is checked against the values that exist in the data; what does not
// exist is dropped and reported, never passed on.
import { DISTRICT_CODE, REGENCY_CODE, VILLAGE_CODE } from '../../data/contract.ts';
import { type Dimension, type Filters, NO_FILTERS, normaliseFilters } from '../../filters/filters.ts';
import { type Dropped, type KnownValues, parseUrlState, serialiseUrlState } from '../../filters/url-state.ts';
import { isTrendMeasure, type TrendMeasure } from '../../panels/connectivity-trends/requests.ts';
import type { SelectMode } from '../../panels/define-panel.ts';
import { isMapMeasure, MAP_MEASURES, type MapMeasure } from '../../panels/regency-map/requests.ts';

type ListDimension = Exclude<Dimension, 'year'>;
type ListKey = 'regencies' | 'districts' | 'programmes' | 'technologies' | 'statuses';

export const LIST_KEYS: Record<ListDimension, ListKey> = {
  regency: 'regencies',
  district: 'districts',
  programme: 'programmes',
  technology: 'technologies',
  status: 'statuses',
};

/** Order of the dimensions in the filter bar and the chips. */
export const DIMENSIONS: readonly Dimension[] = ['year', 'regency', 'district', 'programme', 'technology', 'status'];

/** Adds the value when absent, removes it when present. A year toggles the range "just that year" on and off. */
export function toggleValue(filters: Filters, dimension: Dimension, value: string): Filters {
  if (dimension === 'year') {
    const year = Number(value);
    if (!/^\d{4}$/.test(value) || !Number.isInteger(year)) return filters;
    const only = filters.yearFrom === year && filters.yearTo === year;
    return normaliseFilters({ ...filters, yearFrom: only ? null : year, yearTo: only ? null : year });
  }
  const key = LIST_KEYS[dimension];
  const list = filters[key];
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return normaliseFilters({ ...filters, [key]: next });
}

/**
 * How a click on a chart mark changes the selection. `replace` (a plain click): the value alone, or nothing when it
 * was already selected (a second click takes it off). `add` (shift-, ctrl- or cmd-click): the value joins the other
 * selected values of its dimension, or leaves them. A year: `replace` toggles "just that year"; `add` widens the
 * year range to take the year in (or, for a year at an end of the range, narrows it by that year).
 */
export function selectValue(filters: Filters, dimension: Dimension, value: string, mode: SelectMode): Filters {
  if (dimension === 'year') {
    if (mode === 'replace' || filters.yearFrom === null || filters.yearTo === null) {
      return toggleValue(filters, dimension, value);
    }
    const year = Number(value);
    if (!/^\d{4}$/.test(value)) return filters;
    const { yearFrom: from, yearTo: to } = filters;
    if (from === to && year === from) return setYears(filters, null, null);
    if (year === from) return setYears(filters, from + 1, to);
    if (year === to) return setYears(filters, from, to - 1);
    return setYears(filters, Math.min(from, year), Math.max(to, year));
  }
  if (mode === 'add') return toggleValue(filters, dimension, value);
  const list = filters[LIST_KEYS[dimension]];
  return setValues(filters, dimension, list.includes(value) ? list.filter((v) => v !== value) : [value]);
}

/** Replaces the values of one list dimension. */
export function setValues(filters: Filters, dimension: ListDimension, values: readonly string[]): Filters {
  return normaliseFilters({ ...filters, [LIST_KEYS[dimension]]: values });
}

export function setYears(filters: Filters, yearFrom: number | null, yearTo: number | null): Filters {
  return normaliseFilters({ ...filters, yearFrom, yearTo });
}

export interface Chip {
  dimension: Dimension;
  /** The raw value ('15.02', 'active', or '2023-2024' for the year range). */
  value: string;
  /** What the user reads (a name, a translated status, '2023–2024'). */
  text: string;
}

/** One chip per active value, in filter-bar order; `label` turns a raw value into what the user reads. */
export function chipsFromFilters(filters: Filters, label: (dimension: Dimension, value: string) => string): Chip[] {
  const f = normaliseFilters(filters);
  const chips: Chip[] = [];
  if (f.yearFrom !== null || f.yearTo !== null) {
    const from = f.yearFrom ?? f.yearTo;
    const to = f.yearTo ?? f.yearFrom;
    const value = from === to ? String(from) : `${from}-${to}`;
    chips.push({ dimension: 'year', value, text: from === to ? String(from) : `${from}–${to}` });
  }
  for (const dimension of DIMENSIONS) {
    if (dimension === 'year') continue;
    for (const value of f[LIST_KEYS[dimension]]) chips.push({ dimension, value, text: label(dimension, value) });
  }
  return chips;
}

/** Removing a chip: the year chip clears the range, a list chip removes its value. */
export function removeChip(filters: Filters, chip: Chip): Filters {
  if (chip.dimension === 'year') return setYears(filters, null, null);
  const key = LIST_KEYS[chip.dimension];
  return normaliseFilters({ ...filters, [key]: filters[key].filter((v) => v !== chip.value) });
}

export function hasFilters(filters: Filters): boolean {
  return chipsFromFilters(filters, (_d, v) => v).length > 0;
}

// ── Drill-down: province (null) → regency '15.02' → district '15.02.01' → village '15.02.01.2001' ──────────────

export type DrillLevel = 'province' | 'regency' | 'district' | 'village';

export function drillLevel(code: string | null): DrillLevel {
  if (code === null) return 'province';
  if (VILLAGE_CODE.test(code)) return 'village';
  if (DISTRICT_CODE.test(code)) return 'district';
  return 'regency';
}

/** The codes from the regency down to `code`: '15.02.01.2001' → ['15.02', '15.02.01', '15.02.01.2001']. */
export function drillPath(code: string | null): string[] {
  if (code === null) return [];
  const parts = code.split('.');
  const out: string[] = [];
  for (let i = 2; i <= parts.length; i += 1) out.push(parts.slice(0, i).join('.'));
  return out;
}

export function drillParent(code: string | null): string | null {
  const path = drillPath(code);
  return path.length >= 2 ? (path[path.length - 2] ?? null) : null;
}

/**
 * Reads `drill=` from a URL. Regencies and districts must exist in the data; a village must look like a village
 * code of a known district (whether the village itself exists is checked when its rows are read).
 */
export function parseDrill(raw: string | null, known: KnownValues): { drill: string | null; dropped: Dropped[] } {
  if (raw === null || raw.trim() === '') return { drill: null, dropped: [] };
  const value = raw.trim();
  const isCode = REGENCY_CODE.test(value) || DISTRICT_CODE.test(value) || VILLAGE_CODE.test(value);
  if (!isCode) return { drill: null, dropped: [{ param: 'drill', value: raw, reason: 'malformed' }] };
  const [regency, district] = drillPath(value);
  const regencyKnown = regency !== undefined && known.regencies.includes(regency);
  const districtKnown = district === undefined || known.districts.includes(district);
  if (!regencyKnown || !districtKnown) return { drill: null, dropped: [{ param: 'drill', value, reason: 'unknown' }] };
  return { drill: value, dropped: [] };
}

/**
 * The drill position the place filters allow: a drilled regency (or district) that the regency (or district)
 * filter excludes falls back to the deepest ancestor still inside the filters, at worst the province.
 */
export function effectiveDrill(drill: string | null, filters: Filters): string | null {
  const [regency, district] = drillPath(drill);
  if (regency === undefined) return null;
  if (filters.regencies.length > 0 && !filters.regencies.includes(regency)) return null;
  if (district !== undefined && filters.districts.length > 0 && !filters.districts.includes(district)) {
    return regency;
  }
  return drill;
}

// ── The explore URL ───────────────────────────────────────────────────────────────────────────────────────────

/**
 * Query parameters this view's state owns; every other parameter is kept as it is (lang, which the app reads; the
 * tables' sort, q and cf; the console's sql; …).
 */
export const MANAGED_PARAMS = [
  'year',
  'regency',
  'district',
  'programme',
  'tech',
  'status',
  'v',
  'drill',
  'map',
  'trend',
] as const;

/** Panel settings that travel in the link: `map=` the map's measure, `trend=` the trends' measure. */
export interface Measures {
  map: MapMeasure;
  trend: TrendMeasure;
}

export const DEFAULT_MEASURES: Measures = { map: MAP_MEASURES[0], trend: 'uptime' };

/**
 * The query string for the explore route: other parameters kept, then filters, data version, drill and the
 * measures (a default measure is left out: a link without `map=` shows the default).
 */
export function exploreSearch(
  current: URLSearchParams,
  filters: Filters,
  version: string | undefined,
  drill: string | null,
  measures: Measures = DEFAULT_MEASURES,
): string {
  const out = new URLSearchParams();
  for (const [k, v] of current) {
    if (!(MANAGED_PARAMS as readonly string[]).includes(k)) out.append(k, v);
  }
  for (const [k, v] of new URLSearchParams(serialiseUrlState(filters, version))) out.set(k, v);
  if (drill !== null) out.set('drill', drill);
  if (measures.map !== DEFAULT_MEASURES.map) out.set('map', measures.map);
  if (measures.trend !== DEFAULT_MEASURES.trend) out.set('trend', measures.trend);
  return out.toString();
}

/** The managed part of a query string, in a fixed order: equal keys, equal view state (other keys ignored). */
export function managedKey(params: URLSearchParams): string {
  return MANAGED_PARAMS.map((k) => `${k}=${params.getAll(k).join('\u0000')}`).join('&');
}

/** What decides whether a change is a history entry: the filters and the drill-down position. */
export interface HistoryView {
  filters: Filters;
  drill: string | null;
  measures: Measures;
}

/**
 * A change of the filters or of the drill-down position is a new history entry (Back undoes it, Forward redoes
 * it); a change of anything else the URL holds (the measures) rewrites the current entry; no change writes nothing.
 */
export function historyMode(prev: HistoryView, next: HistoryView): 'push' | 'replace' | null {
  if (filtersKey(prev.filters) !== filtersKey(next.filters) || prev.drill !== next.drill) return 'push';
  if (prev.measures.map !== next.measures.map || prev.measures.trend !== next.measures.trend) return 'replace';
  return null;
}

export interface ExploreUrlState {
  filters: Filters;
  drill: string | null;
  measures: Measures;
  /** Values left out, for the visible note. */
  dropped: Dropped[];
  /** The data version the link was made with when it differs from the current one (null when equal or absent). */
  staleVersion: string | null;
}

export function parseExploreParams(
  params: URLSearchParams,
  known: KnownValues,
  currentVersion: string,
): ExploreUrlState {
  const parsed = parseUrlState(params, known);
  const dropped = [...parsed.dropped];
  const rawVersion = params.get('v');
  if (rawVersion !== null && rawVersion !== '' && parsed.version === null) {
    dropped.push({ param: 'v', value: rawVersion, reason: 'malformed' });
  }
  const drill = parseDrill(params.get('drill'), known);
  dropped.push(...drill.dropped);
  const measures = { ...DEFAULT_MEASURES };
  const map = params.get('map');
  if (map !== null && map !== '') {
    if (isMapMeasure(map)) measures.map = map;
    else dropped.push({ param: 'map', value: map, reason: 'unknown' });
  }
  const trend = params.get('trend');
  if (trend !== null && trend !== '') {
    if (isTrendMeasure(trend)) measures.trend = trend;
    else dropped.push({ param: 'trend', value: trend, reason: 'unknown' });
  }
  return {
    filters: parsed.filters,
    drill: drill.drill,
    measures,
    dropped,
    staleVersion: parsed.version !== null && parsed.version !== currentVersion ? parsed.version : null,
  };
}

export const EMPTY_STATE: ExploreUrlState = {
  filters: NO_FILTERS,
  drill: null,
  measures: DEFAULT_MEASURES,
  dropped: [],
  staleVersion: null,
};

/** A stable key of the filters (normalised), e.g. to tell which filters a table's rows belong to. */
export function filtersKey(filters: Filters): string {
  return JSON.stringify(normaliseFilters(filters));
}
