// Reading the rows of an indicator request: the value of each row with its period code and scope code, so every
// screen labels a figure the same way (src/indicators/figure.ts).
import type { Manifest } from '../data/manifest.ts';
import type { Row } from '../data/rows.ts';
import { INDICATORS } from './catalog.ts';
import { type FigureRef, scopeCode } from './figure.ts';
import { intersect, periodCode, yearCode, yearSpan } from './period.ts';
import type { FilterDim, IndicatorDef, ResolvedRequest } from './types.ts';

export interface Figure extends FigureRef {
  row: Row;
  numerator: number | null;
  denominator: number | null;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** The as-of date that ends an indicator's latest period (its source dataset's, else the manifest's). */
export function asOfFor(def: IndicatorDef, manifest: Pick<Manifest, 'as_of' | 'datasets'>): string {
  return manifest.datasets.find((d) => d.id === def.asOfSource)?.as_of ?? manifest.as_of;
}

/** The period code of one row of a request. */
export function rowPeriod(def: IndicatorDef, req: ResolvedRequest, row: Row, asOf: string): string {
  if (row.period_from !== undefined && row.period_to !== undefined && row.period_from !== null)
    return periodCode({ from: String(row.period_from), to: String(row.period_to) });
  if (row.year !== undefined && row.year !== null) {
    const year = Number(row.year);
    if (def.period === 'plan-year') return String(year);
    // A flow per year inside a range (e.g. the same span last year) covers only the part of the year in the range.
    const part = def.period === 'year-flow' && req.range ? intersect(yearSpan(year, asOf), req.range) : null;
    return part ? periodCode(part) : yearCode(year, asOf);
  }
  if (def.period === 'as-of') return asOf;
  // A flow or plan over several years: the year filter and the range, up to the as-of date.
  const { yearFrom, yearTo } = req.filters;
  let from: string | null = yearFrom !== null ? `${yearFrom}-01-01` : null;
  let to = yearTo !== null ? yearSpan(yearTo, asOf).to : def.period === 'plan-year' ? '9999-12-31' : asOf;
  if (req.range) {
    if (from === null || req.range.from > from) from = req.range.from;
    if (req.range.to < to) to = req.range.to;
  }
  return to === '9999-12-31' ? (from === null ? 'all' : `${from.slice(0, 4)}..`) : periodCode({ from, to });
}

const COORDS: readonly Exclude<FilterDim, 'year'>[] = ['regency', 'district', 'programme', 'technology', 'status'];

/** Every row of a request's result as a figure (value, period code, scope code). */
export function toFigures(req: ResolvedRequest, rows: readonly Row[], asOf: string): Figure[] {
  const def = INDICATORS[req.indicator];
  return rows.map((row) => {
    const coords: Partial<Record<FilterDim, string>> = {};
    for (const d of COORDS)
      if (req.by.includes(d) && row[d] !== null && row[d] !== undefined) coords[d] = String(row[d]);
    return {
      indicator: req.indicator,
      period: rowPeriod(def, req, row, asOf),
      scope: scopeCode(req.filters, coords),
      value: num(row.value),
      numerator: num(row.numerator),
      denominator: num(row.denominator),
      row,
    };
  });
}
