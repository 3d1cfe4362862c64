// Filter state ⇄ URL query (inside the hash route), validated against the values that exist in the data.
// Format (docs/filters.md): year=2023-2024 (or year=2024) · regency=15.02,15.03 · district=15.02.01 ·
// programme=Dumisake Internet Desa,… · tech=VSAT,… · status=active,… · v=<data version>
// Unknown or malformed values are dropped and reported, never passed on.
import { type Filters, NO_FILTERS, normaliseFilters } from './filters.ts';

export interface KnownValues {
  years: readonly number[];
  regencies: readonly string[];
  districts: readonly string[];
  programmes: readonly string[];
  technologies: readonly string[];
  statuses: readonly string[];
}

export interface Dropped {
  param: string;
  value: string;
  reason: 'unknown' | 'malformed';
}

export interface ParsedUrlState {
  filters: Filters;
  dropped: Dropped[];
  /** The data version the link was made with (null when absent or malformed). */
  version: string | null;
}

const LIST_PARAMS = [
  ['regency', 'regencies'],
  ['district', 'districts'],
  ['programme', 'programmes'],
  ['tech', 'technologies'],
  ['status', 'statuses'],
] as const;

const MAX_VALUES = 200;

function splitList(raw: string): string[] {
  return raw
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v.length > 0)
    .slice(0, MAX_VALUES);
}

export function parseUrlState(params: URLSearchParams, known: KnownValues): ParsedUrlState {
  const dropped: Dropped[] = [];
  const filters = { ...NO_FILTERS } as { -readonly [K in keyof Filters]: Filters[K] };

  const year = params.get('year');
  if (year !== null && year !== '') {
    const m = /^(\d{4})(?:-(\d{4}))?$/.exec(year.trim());
    if (!m) dropped.push({ param: 'year', value: year, reason: 'malformed' });
    else {
      const from = Number(m[1]);
      const to = Number(m[2] ?? m[1]);
      const min = Math.min(...known.years);
      const max = Math.max(...known.years);
      if (known.years.length === 0 || Math.max(from, to) < min || Math.min(from, to) > max) {
        dropped.push({ param: 'year', value: year, reason: 'unknown' });
      } else {
        filters.yearFrom = Math.max(Math.min(from, to), min);
        filters.yearTo = Math.min(Math.max(from, to), max);
      }
    }
  }

  for (const [param, key] of LIST_PARAMS) {
    const raw = params.get(param);
    if (raw === null) continue;
    const allowed = new Set(known[key]);
    const kept: string[] = [];
    for (const value of splitList(raw)) {
      if (allowed.has(value)) kept.push(value);
      else dropped.push({ param, value, reason: 'unknown' });
    }
    filters[key] = kept;
  }

  const v = params.get('v');
  const version = v !== null && /^[0-9a-f]{8,64}$/.test(v) ? v : null;
  return { filters: normaliseFilters(filters), dropped, version };
}

/** Serialises filters (and the data version) to a query string; empty filters are left out. */
export function serialiseUrlState(filters: Filters, version?: string): string {
  const f = normaliseFilters(filters);
  const params = new URLSearchParams();
  if (f.yearFrom !== null || f.yearTo !== null) {
    const from = f.yearFrom ?? f.yearTo;
    const to = f.yearTo ?? f.yearFrom;
    params.set('year', from === to ? String(from) : `${from}-${to}`);
  }
  for (const [param, key] of LIST_PARAMS) {
    if (f[key].length) params.set(param, f[key].join(','));
  }
  if (version) params.set('v', version);
  return params.toString();
}
