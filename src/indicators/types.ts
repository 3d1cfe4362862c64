// The shape of an indicator: one number the product shows, defined once, with the metadata of BPS's indicator
// standard (MS-Ind: konsep, definisi, rumus, satuan, ukuran, disagregasi, periode, produsen, sumber).
// Every screen asks for a figure by indicator id; nothing else writes SQL over the contract tables (src/data aside).
import type { DatasetId, Text } from '../data/contract.ts';
import type { QueryRequest } from '../data/engine-types.ts';
import type { Filters } from '../filters/filters.ts';

export type IndicatorKind = 'stock' | 'flow' | 'rate' | 'mean';

/** A filter dimension an indicator may honour. */
export type FilterDim = 'year' | 'regency' | 'district' | 'programme' | 'technology' | 'status';
export const FILTER_DIMS: readonly FilterDim[] = ['year', 'regency', 'district', 'programme', 'technology', 'status'];

/** A breakdown (disagregasi): a column the rows of a request are grouped by. */
export type Breakdown = 'year' | 'regency' | 'district' | 'programme' | 'technology' | 'status' | 'week' | 'day';

/**
 * How the indicator's period is read:
 *   year-end    a stock at the end of a calendar year (the latest year, while incomplete, "s.d." its as-of date);
 *   year-flow   events during a calendar year (the latest, incomplete year runs to its as-of date);
 *   window      a date range of telemetry (the headline: the 30 days up to the as-of date);
 *   as-of       a stock at the as-of date of its source (no history in the data);
 *   plan-year   a plan for a calendar year.
 */
export type PeriodRule = 'year-end' | 'year-flow' | 'window' | 'as-of' | 'plan-year';

/**
 * What a change is measured against, written next to every delta:
 *   previous-complete   the previous complete period (for an incomplete year: the last complete year);
 *   same-span           the same span one year earlier (1 Jan–27 Nov 2025 for 1 Jan–27 Nov 2026);
 *   previous-window     the window of the same length just before;
 *   plan                the plan or target for the same period;
 *   none                no comparison is shown.
 */
export type BaselineRule = 'previous-complete' | 'same-span' | 'previous-window' | 'plan' | 'none';

export type UnitId = 'villages' | 'sites' | 'units' | 'percent' | 'mbps' | 'gb' | 'users' | 'per100';

/** A closed date range 'YYYY-MM-DD'..'YYYY-MM-DD' on the indicator's time axis. */
export interface DateRange {
  from: string;
  to: string;
}

/** What a screen asks for. Filters the indicator does not honour are dropped (and said so on screen). */
export interface IndicatorRequest {
  indicator: IndicatorId;
  filters: Filters;
  by?: readonly Breakdown[];
  /** Restricts the time axis (with the year filter, when honoured). Omitted: the whole data. */
  range?: DateRange | null;
}

/** A request after normalisation: only honoured filters, breakdowns sorted; equal requests are equal JSON. */
export interface ResolvedRequest {
  indicator: IndicatorId;
  filters: Filters;
  by: readonly Breakdown[];
  range: DateRange | null;
}

/** The definition; its long texts (concept, definition, formula, counts) are in texts.ts. */
export interface IndicatorDef {
  id: IndicatorId;
  name: Text;
  short: Text;
  unit: UnitId;
  kind: IndicatorKind;
  /** Digits shown (the raw value travels unrounded in data-value). */
  digits: number;
  /** Higher is better (+1), lower is better (−1), or neither (0): colours a change, never replaces its words. */
  polarity: 1 | -1 | 0;
  filters: readonly FilterDim[];
  breakdowns: readonly Breakdown[];
  period: PeriodRule;
  baseline: BaselineRule;
  producer: string;
  sources: readonly DatasetId[];
  /** The dataset whose as-of date ends the indicator's latest period. */
  asOfSource: DatasetId;
  /**
   * Rows: one per combination of `by` that has data, with a column per breakdown (named as the breakdown) and
   * `value`; rates also return `numerator` and `denominator`; year-end stocks always return `year` (the survey year
   * the figure is for); telemetry returns `period_from` and `period_to` (the days the figure covers).
   * Filter values only arrive as bound parameters.
   */
  query: (req: ResolvedRequest) => QueryRequest;
}

export const INDICATOR_IDS = [
  'installations',
  'plan_installations',
  'planned_installations',
  'plan_progress',
  'sites_in_service',
  'villages_total',
  'blankspot_villages',
  'blankspot_share',
  'blankspot_target',
  'villages_4g',
  'villages_4g_share',
  'villages_served',
  'sites_per_100_villages',
  'repeaters_planned',
  'repeaters_active',
  'repeater_progress',
  'uptime',
  'downlink',
  'data_volume',
  'daily_users',
  'sites_down',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

export function isIndicatorId(value: string): value is IndicatorId {
  return (INDICATOR_IDS as readonly string[]).includes(value);
}
