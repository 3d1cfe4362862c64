// Every element that shows an indicator's value says what it is: data-indicator (the id), data-period (its period
// code, src/indicators/period.ts), data-scope (the filters and breakdown coordinates it is computed for, in one
// canonical form; empty when none) and data-value (the raw, unrounded number). Tests and tools read these.
import type { Filters } from '../filters/filters.ts';
import type { FilterDim, IndicatorId } from './types.ts';

export interface FigureRef {
  indicator: IndicatorId;
  period: string;
  scope: string;
  value: number | null;
}

/** The dimensions that can appear in a scope, in their canonical order (the year lives in the period). */
const SCOPE_DIMS: readonly [Exclude<FilterDim, 'year'>, keyof Filters][] = [
  ['regency', 'regencies'],
  ['district', 'districts'],
  ['programme', 'programmes'],
  ['technology', 'technologies'],
  ['status', 'statuses'],
];

/**
 * "regency=15.02;programme=Dumisake Internet Desa": the honoured filters, narrowed by the breakdown coordinates of
 * the row (a row for regency 15.01 has scope regency=15.01 whatever the regency filter allowed).
 */
export function scopeCode(filters: Filters, coords: Partial<Record<FilterDim, string>> = {}): string {
  const parts: string[] = [];
  for (const [dim, key] of SCOPE_DIMS) {
    const coord = coords[dim];
    const values = coord !== undefined ? [coord] : [...new Set(filters[key] as readonly string[])].sort();
    if (values.length > 0) parts.push(`${dim}=${values.join('|')}`);
  }
  return parts.join(';');
}

/** Parses a scope code (tests, tools) into dimension → values. */
export function parseScopeCode(code: string): Partial<Record<Exclude<FilterDim, 'year'>, string[]>> {
  const out: Partial<Record<Exclude<FilterDim, 'year'>, string[]>> = {};
  if (!code) return out;
  for (const part of code.split(';')) {
    const [dim, values] = part.split('=') as [Exclude<FilterDim, 'year'>, string];
    out[dim] = values.split('|');
  }
  return out;
}

export type FigureAttrs = {
  'data-indicator': string;
  'data-period': string;
  'data-scope': string;
  'data-value': string;
};

export function figureAttrs(ref: FigureRef): FigureAttrs {
  return {
    'data-indicator': ref.indicator,
    'data-period': ref.period,
    'data-scope': ref.scope,
    'data-value': ref.value === null || !Number.isFinite(ref.value) ? '' : String(ref.value),
  };
}
