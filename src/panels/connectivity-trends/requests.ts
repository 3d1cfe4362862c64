// The panel's indicator request: one telemetry measure per period and group. The grain follows the data, as the
// trends always have: per day when the telemetry in the year filter spans at most DAY_GRAIN_MAX_DAYS days (both
// ends included; the daily rollup keeps every such range), otherwise per ISO week from Monday. The range comes
// from the manifest (site_daily's first and last day), so the grain is known before any query runs.
// The definition's default view is uptime per week and programme: without the manifest it cannot know the range,
// and the published data (2023–2026) never span 120 days or less, with or without a year filter; the component
// asks for the day grain only for short data.
import type { Manifest } from '../../data/manifest.ts';
import { DAY_GRAIN_MAX_DAYS } from '../../data/rollups.ts';
import type { Filters } from '../../filters/filters.ts';
import { daysBetween, intersect } from '../../indicators/period.ts';
import type { DateRange, IndicatorRequest } from '../../indicators/types.ts';

export const PANEL_ID = 'connectivity-trends';

export const TREND_MEASURES = ['uptime', 'downlink', 'data_volume', 'daily_users'] as const;
export type TrendMeasure = (typeof TREND_MEASURES)[number];
export const isTrendMeasure = (value: string): value is TrendMeasure =>
  (TREND_MEASURES as readonly string[]).includes(value);
export const GROUP_BYS = ['programme', 'technology'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];
export type Grain = 'day' | 'week';

export interface TrendView {
  measure: TrendMeasure;
  groupBy: GroupBy;
}

export const DEFAULT_VIEW: TrendView = { measure: 'uptime', groupBy: 'programme' };

export function trendRequests(
  filters: Filters,
  view: TrendView = DEFAULT_VIEW,
  grain: Grain = 'week',
): IndicatorRequest[] {
  return [{ indicator: view.measure, filters, by: [grain, view.groupBy] }];
}

/** The days of telemetry the panel draws: site_daily's first to last day, inside the year filter; null if none. */
export function telemetrySpan(manifest: Pick<Manifest, 'datasets'>, filters: Filters): DateRange | null {
  const period = manifest.datasets.find((d) => d.id === 'site_daily')?.period;
  if (!period) return null;
  const years: DateRange = {
    from: filters.yearFrom !== null ? `${filters.yearFrom}-01-01` : '0000-01-01',
    to: filters.yearTo !== null ? `${filters.yearTo}-12-31` : '9999-12-31',
  };
  return intersect({ from: period.start, to: period.end }, years);
}

export function grainFor(span: DateRange | null): Grain {
  return span !== null && daysBetween(span.from, span.to) <= DAY_GRAIN_MAX_DAYS ? 'day' : 'week';
}
