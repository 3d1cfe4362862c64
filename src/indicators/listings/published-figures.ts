// Figures published by public bodies (published_figures: Dinas Kominfo news reports, BPS releases) and, for each,
// the dashboard's own figure for the same indicator and period, with the difference. A listing, not an indicator:
// the published values are shown as reported, never recomputed. They are province figures, so no filter applies.
//
// Comparing: a published row names a catalog indicator and a period as reported ("2021", "2022-07", "2022..2024").
// The dashboard figure is the one with the SAME period code (a calendar year, or a span of whole years for a flow);
// only then is a difference given. Otherwise the nearest figure is shown beside it with its own period and no
// difference (a stock: the state at the end of the same year, or at the data date), and a flow has none.
import type { QueryRequest } from '../../data/engine-types.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import { INDICATORS } from '../catalog.ts';
import { type IndicatorId, type IndicatorRequest, isIndicatorId } from '../types.ts';

export const PUBLISHED_FIGURES = 'published-figures';

export interface PublishedFigure {
  indicator: string;
  period: string;
  value: number | null;
  unit: string;
  subject: string;
  producer: string;
  published: string;
  sourceTitle: string;
  source: string | null;
}

/** Every published figure, newest publication first (then by indicator and period). */
export function publishedFiguresQuery(_filters: Filters = NO_FILTERS): QueryRequest {
  return {
    sql: `SELECT p.indicator, p.period, CAST(p.value AS DOUBLE) AS value, p.unit, p.subject, p.producer, p.published,
  p.source_title, p.source
FROM published_figures p
ORDER BY p.published DESC, p.indicator, p.period, p.producer`,
    params: [],
    tables: ['published_figures'],
  };
}

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));

export function toPublishedFigures(rows: readonly Record<string, unknown>[]): PublishedFigure[] {
  return rows.map((r) => ({
    indicator: str(r.indicator),
    period: str(r.period),
    value: r.value === null || r.value === undefined ? null : Number(r.value),
    unit: str(r.unit),
    subject: str(r.subject),
    producer: str(r.producer),
    published: str(r.published),
    sourceTitle: str(r.source_title),
    source: r.source === null || r.source === undefined || r.source === '' ? null : String(r.source),
  }));
}

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-\d{2}$/;
const YEARS = /^(\d{4})\.\.(\d{4})$/;

/**
 * The indicator request that holds the dashboard's figure for a published row (null when the row names no catalog
 * indicator). Rows of one indicator share the by-year request, so a slide asks once per indicator.
 */
export function comparisonRequest(row: Pick<PublishedFigure, 'indicator' | 'period'>): IndicatorRequest | null {
  if (!isIndicatorId(row.indicator)) return null;
  const def = INDICATORS[row.indicator];
  const span = YEARS.exec(row.period);
  if (span && def.kind === 'flow')
    return { indicator: def.id, filters: NO_FILTERS, range: { from: `${span[1]}-01-01`, to: `${span[2]}-12-31` } };
  if (def.breakdowns.includes('year')) return { indicator: def.id, filters: NO_FILTERS, by: ['year'] };
  return { indicator: def.id, filters: NO_FILTERS };
}

/** The requests of a list of published rows, without repeats (same JSON = same request). */
export function comparisonRequests(rows: readonly Pick<PublishedFigure, 'indicator' | 'period'>[]): IndicatorRequest[] {
  const seen = new Map<string, IndicatorRequest>();
  for (const r of rows) {
    const req = comparisonRequest(r);
    if (req) seen.set(JSON.stringify(req), req);
  }
  return [...seen.values()];
}

/** A figure as the comparison needs it (src/indicators/results.ts Figure fits). */
export interface ComparableFigure {
  indicator: IndicatorId;
  period: string;
  scope: string;
  value: number | null;
}

export interface Comparison {
  row: PublishedFigure;
  /** The catalog indicator the row names; null when it is not in the catalog. */
  indicator: IndicatorId | null;
  /** The dashboard's figure shown beside it (same period, or the nearest for a stock); null when none. */
  figure: ComparableFigure | null;
  /** The dashboard figure is for the same period as the published one. */
  samePeriod: boolean;
  /** dashboard − published, only for the same period and when both are known. */
  difference: number | null;
}

/** The year a published period ends in ("2022-07" → 2022, "2022..2024" → 2024). */
function endYear(period: string): number | null {
  const m = YEAR.exec(period) ?? MONTH.exec(period);
  if (m) return Number(m[1]);
  const s = YEARS.exec(period);
  return s ? Number(s[2]) : null;
}

/**
 * Pairs a published row with the dashboard's figures of its comparison request (undefined while they load; the
 * comparison then has no figure yet). Province figures only: rows with a scope are never picked.
 */
export function compare(row: PublishedFigure, figures: readonly ComparableFigure[] | undefined): Comparison {
  const indicator = isIndicatorId(row.indicator) ? row.indicator : null;
  const none = { row, indicator, figure: null, samePeriod: false, difference: null };
  if (!indicator || !figures) return none;
  const province = figures.filter((f) => f.indicator === indicator && f.scope === '');
  const same = province.find((f) => f.period === row.period);
  if (same) {
    const difference = same.value !== null && row.value !== null ? same.value - row.value : null;
    return { row, indicator, figure: same, samePeriod: true, difference };
  }
  if (INDICATORS[indicator].kind === 'flow') return none;
  // A stock or a rate: the state at the end of the same year, else the figure at the data date.
  const year = endYear(row.period);
  const sameYear = year === null ? undefined : province.find((f) => f.period.slice(0, 4) === String(year));
  const nearest = sameYear ?? (province.length === 1 ? province[0] : undefined);
  return nearest ? { row, indicator, figure: nearest, samePeriod: false, difference: null } : none;
}
