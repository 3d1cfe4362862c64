// The periods the key-figure cards (kpis, leadership) and the programme panel share, from the manifest's as-of
// dates, never from the clock: the installation year so far and the same span a year earlier, the 30-day uptime
// window and the one before, the last telemetry day, and the plan's first year (the start of the targets dataset).
import type { Manifest } from '../data/manifest.ts';
import { type Filters, normaliseFilters } from '../filters/filters.ts';
import { INDICATORS } from '../indicators/catalog.ts';
import { previousWindow, sameSpanLastYear, windowEnding, yearOf, yearSpan } from '../indicators/period.ts';
import { asOfFor } from '../indicators/results.ts';
import type { DateRange, IndicatorRequest } from '../indicators/types.ts';

/** The headline telemetry window, in days. */
export const UPTIME_WINDOW_DAYS = 30;

/** The as-of dates that end the cards' periods. */
export interface KpiDates {
  /** sites' as-of: ends the installations' year so far. */
  sites: string;
  /** site_daily's as-of: ends the uptime window. */
  telemetry: string;
}

export function kpiDates(manifest: Pick<Manifest, 'as_of' | 'datasets'>): KpiDates {
  return { sites: asOfFor(INDICATORS.installations, manifest), telemetry: asOfFor(INDICATORS.uptime, manifest) };
}

/** The year the installation cards are about: the year filter's last year, at most the as-of year. */
export function focusYear(filters: Filters, asOf: string): number {
  const { yearTo } = normaliseFilters(filters);
  return yearTo !== null ? Math.min(yearTo, yearOf(asOf)) : yearOf(asOf);
}

/** The year so far (the whole year once complete) and the same span a year earlier. */
export function installationSpans(filters: Filters, asOf: string): { current: DateRange; baseline: DateRange } {
  const current = yearSpan(focusYear(filters, asOf), asOf);
  return { current, baseline: sameSpanLastYear(current) };
}

/** The 30 days up to the last telemetry day (of the year filter's last year, when that ends earlier) and before. */
export function uptimeWindows(filters: Filters, asOf: string): { current: DateRange; baseline: DateRange } {
  const { yearTo } = normaliseFilters(filters);
  const end = yearTo !== null && `${yearTo}-12-31` < asOf ? `${yearTo}-12-31` : asOf;
  const current = windowEnding(end, UPTIME_WINDOW_DAYS);
  return { current, baseline: previousWindow(current) };
}

/** The as-of dates of the cards and the plan's first year. */
export interface LeadershipDates extends KpiDates {
  /** The first year of the plan: the start of the `targets` dataset's period; null without targets. */
  planStart: number | null;
}

export function leadershipDates(manifest: Pick<Manifest, 'as_of' | 'datasets'>): LeadershipDates {
  const targets = manifest.datasets.find((d) => d.id === 'targets');
  const start = targets?.period?.start;
  return { ...kpiDates(manifest), planStart: start ? Number(start.slice(0, 4)) : null };
}

/**
 * The last telemetry day, and the norm it is compared with: the 30 days up to that day, the very window of the
 * overview's uptime card (src/panels/kpis/requests.ts uptimeWindows), so "uptime 30 hari" is one figure everywhere.
 */
export function uptimeNowWindows(asOf: string): { current: DateRange; baseline: DateRange } {
  return { current: { from: asOf, to: asOf }, baseline: windowEnding(asOf, UPTIME_WINDOW_DAYS) };
}

/**
 * Programme sites since the plan began against the plan of those years (the leadership card and the programme
 * panel's sentence: the same two requests). Null without the dates or without a targets dataset.
 */
export function planSinceStart(
  filters: Filters,
  dates?: LeadershipDates,
): { installed: IndicatorRequest; planned: IndicatorRequest } | null {
  if (!dates || dates.planStart === null) return null;
  const f = normaliseFilters(filters);
  const noYear: Filters = { ...f, yearFrom: null, yearTo: null };
  const range = { from: `${dates.planStart}-01-01`, to: installationSpans(f, dates.sites).current.to };
  if (range.from > range.to) return null;
  return {
    installed: { indicator: 'plan_installations', filters: noYear, range },
    planned: { indicator: 'planned_installations', filters: noYear, range },
  };
}
