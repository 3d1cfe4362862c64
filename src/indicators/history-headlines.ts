// The headline figures leadership follows, as catalog requests, recorded per published data version in
// public/data/history.jsonl (src/indicators/history.ts). Each is an ordinary indicator request, run by the publish
// step through `indicatorQuery` on the same engine as snapshot.json (scripts/lib/history.ts): no SQL of its own.
// The periods are those of the overview's cards: the latest survey year, the installation year so far, the 30 days
// up to the last telemetry day (src/panels/kpis/requests.ts asks the same questions).
import type { DataEngine } from '../data/engine-types.ts';
import type { Manifest } from '../data/manifest.ts';
import { NO_FILTERS } from '../filters/filters.ts';
import { INDICATORS, indicatorQuery, resolve } from './catalog.ts';
import type { FigureRef } from './figure.ts';
import { windowEnding, yearOf, yearSpan } from './period.ts';
import { asOfFor, toFigures } from './results.ts';
import type { IndicatorRequest } from './types.ts';

export const HEADLINE_KEYS = [
  'blankspot_villages',
  'blankspot_share',
  'blankspot_target',
  'villages_served',
  'installations_total',
  'installations_year',
  'installations_year_programme',
  'plan_installations_year',
  'planned_installations_year',
  'plan_progress_year',
  'repeaters_active',
  'repeaters_planned',
  'uptime_day',
  'uptime_30d',
  'sites_down',
] as const;
export type HeadlineKey = (typeof HEADLINE_KEYS)[number];

/** The days of the telemetry norm (the overview's uptime card and the briefing use the same window). */
export const NORM_DAYS = 30;

/** The request of every headline for a manifest (its as-of dates set the periods). */
export function headlineRequests(manifest: Pick<Manifest, 'as_of' | 'datasets'>): [HeadlineKey, IndicatorRequest][] {
  const surveyYear = yearOf(asOfFor(INDICATORS.blankspot_villages, manifest));
  const sitesAsOf = asOfFor(INDICATORS.installations, manifest);
  const year = yearSpan(yearOf(sitesAsOf), sitesAsOf);
  const planYear = { ...NO_FILTERS, yearFrom: yearOf(sitesAsOf), yearTo: yearOf(sitesAsOf) };
  const lastDay = asOfFor(INDICATORS.uptime, manifest);
  return [
    // Without a year breakdown a coverage figure is the latest survey year; its row says which.
    ['blankspot_villages', { indicator: 'blankspot_villages', filters: NO_FILTERS }],
    ['blankspot_share', { indicator: 'blankspot_share', filters: NO_FILTERS }],
    [
      'blankspot_target',
      { indicator: 'blankspot_target', filters: { ...NO_FILTERS, yearFrom: surveyYear, yearTo: surveyYear } },
    ],
    ['villages_served', { indicator: 'villages_served', filters: NO_FILTERS }],
    // Every installation in the data, up to the sites' as-of date.
    ['installations_total', { indicator: 'installations', filters: NO_FILTERS }],
    ['installations_year', { indicator: 'installations', filters: NO_FILTERS, range: year }],
    [
      'installations_year_programme',
      { indicator: 'installations', filters: NO_FILTERS, range: year, by: ['programme'] },
    ],
    ['plan_installations_year', { indicator: 'plan_installations', filters: NO_FILTERS, range: year }],
    ['planned_installations_year', { indicator: 'planned_installations', filters: planYear }],
    ['plan_progress_year', { indicator: 'plan_progress', filters: planYear }],
    ['repeaters_active', { indicator: 'repeaters_active', filters: NO_FILTERS }],
    ['repeaters_planned', { indicator: 'repeaters_planned', filters: NO_FILTERS }],
    ['uptime_day', { indicator: 'uptime', filters: NO_FILTERS, range: windowEnding(lastDay, 1) }],
    ['uptime_30d', { indicator: 'uptime', filters: NO_FILTERS, range: windowEnding(lastDay, NORM_DAYS) }],
    // Sites down as the wall and the briefing count them (offline, or silent longer than the indicator's threshold).
    ['sites_down', { indicator: 'sites_down', filters: NO_FILTERS }],
  ];
}

/** A headline's figure: the catalog figure (indicator, period code, scope code, raw value) under its headline key. */
export interface HeadlineFigure extends FigureRef {
  key: HeadlineKey;
}

/**
 * Every headline figure of a manifest, computed by `engine` from the catalog's own queries (one figure per result
 * row; a breakdown gives several). Rows are read by `toFigures`, as every screen reads them.
 */
export async function headlineFigures(
  engine: Pick<DataEngine, 'run'>,
  manifest: Pick<Manifest, 'as_of' | 'datasets'>,
): Promise<HeadlineFigure[]> {
  const out: HeadlineFigure[] = [];
  for (const [key, request] of headlineRequests(manifest)) {
    const resolved = resolve(request);
    const rows = await engine.run(indicatorQuery(resolved));
    const asOf = asOfFor(INDICATORS[resolved.indicator], manifest);
    for (const f of toFigures(resolved, rows, asOf))
      out.push({ key, indicator: f.indicator, period: f.period, scope: f.scope, value: f.value });
  }
  return out;
}
