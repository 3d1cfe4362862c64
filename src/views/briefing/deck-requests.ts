// The indicator requests of every slide, by name: the slides read them through useFigures and the deck prefetches
// all of them at once (so the browser's own print finds every figure ready). Pure. The periods are those of the
// overview: coverage and plans by year (the latest year "s.d." its as-of date), telemetry over the 30 days up to
// site_daily's as-of date against the 30 days before, repeaters and sites in service at the data date.
// A regency spotlight asks the same questions with the regency filter, so its figures are the regency's row of
// the province slides (same indicator, period and scope).
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import { resolve } from '../../indicators/catalog.ts';
import type { DateRange, IndicatorRequest } from '../../indicators/types.ts';
import { blankspotRequests as panelBlankspotRequests } from '../../panels/blankspot-reduction/requests.ts';
import { type KpiSlot, kpiRequestSlots } from '../../panels/kpis/requests.ts';
import { uptimeWindows } from '../../panels/periods.ts';
import type { SlideSpec } from './deck.ts';

export interface DeckContext {
  /** The last day of telemetry (site_daily's as-of date): the headline window ends there. */
  telemetryAsOf: string;
  /** The sites' as-of date: ends the installations' year so far. */
  sitesAsOf: string;
  /** Every regency code (the regency plans are added up over all of them). */
  regencies: readonly string[];
}

export type Requests = Record<string, IndicatorRequest>;

/** The 30 days up to the telemetry's as-of date, and the 30 days before (the overview KPI's windows). */
export function headlineWindows(ctx: Pick<DeckContext, 'telemetryAsOf'>): { current: DateRange; previous: DateRange } {
  const w = uptimeWindows(NO_FILTERS, ctx.telemetryAsOf);
  return { current: w.current, previous: w.baseline };
}

/** The overview KPI cards' own requests (src/panels/kpis/requests.ts), by role: the same queries and cache keys. */
function kpi(ctx: DeckContext): Partial<Record<KpiSlot, IndicatorRequest>> {
  return Object.fromEntries(
    kpiRequestSlots(NO_FILTERS, { sites: ctx.sitesAsOf, telemetry: ctx.telemetryAsOf }),
  ) as Partial<Record<KpiSlot, IndicatorRequest>>;
}

function must(req: IndicatorRequest | undefined, role: string): IndicatorRequest {
  if (!req) throw new Error(`the KPI requests have no ${role}`);
  return req;
}

const byYear = (indicator: IndicatorRequest['indicator'], filters: Filters = NO_FILTERS): IndicatorRequest => ({
  indicator,
  filters,
  by: ['year'],
});

/** The plan by year: programme sites installed, the plan, and progress (province, or the filters' regency). */
export function planRequests(filters: Filters = NO_FILTERS, by: IndicatorRequest['by'] = ['year']) {
  return {
    installed: { indicator: 'plan_installations', filters, by },
    planned: { indicator: 'planned_installations', filters, by },
    progress: { indicator: 'plan_progress', filters, by },
  } satisfies Requests;
}

/**
 * The overview KPIs' requests (blankspot villages and target by year; programme sites installed in the year so far
 * and the plan by year; uptime over 30 days and the 30 before; repeaters active and planned), plus plan progress by
 * year (as on the targets slide) and repeater progress.
 */
export function statusRequests(ctx: DeckContext) {
  const k = kpi(ctx);
  return {
    blankspot: must(k.blankspot, 'blankspot'),
    target: must(k.blankspotTarget, 'blankspotTarget'),
    installed: must(k.planInstallations, 'planInstallations'),
    planned: must(k.plannedInstallations, 'plannedInstallations'),
    progress: planRequests().progress,
    uptime: must(k.uptime, 'uptime'),
    uptimePrevious: must(k.uptimeBaseline, 'uptimeBaseline'),
    repeatersActive: must(k.repeatersActive, 'repeatersActive'),
    repeatersPlanned: must(k.repeatersPlanned, 'repeatersPlanned'),
    repeaterProgress: { indicator: 'repeater_progress', filters: NO_FILTERS },
  } satisfies Requests;
}

/**
 * The summary slide: the status slide's figures (blankspot villages and target by year, the plan by year, repeaters),
 * the sites down, and each regency's villages without signal against its blankspot target by year (the map slide's
 * count request: the same query and cache key).
 */
export function summaryRequests(ctx: DeckContext) {
  const s = statusRequests(ctx);
  return {
    blankspot: s.blankspot,
    target: s.target,
    installed: s.installed,
    planned: s.planned,
    progress: s.progress,
    repeatersActive: s.repeatersActive,
    repeatersPlanned: s.repeatersPlanned,
    repeaterProgress: s.repeaterProgress,
    sitesDown: { indicator: 'sites_down', filters: NO_FILTERS },
    regencyBlankspot: mapRequests().count,
    regencyTarget: { indicator: 'blankspot_target', filters: NO_FILTERS, by: ['year', 'regency'] },
  } satisfies Requests;
}

export function targetsRequests(ctx: DeckContext) {
  const province = planRequests();
  const regencies = planRequests(NO_FILTERS, ['year', 'regency']);
  return {
    installed: province.installed,
    planned: province.planned,
    progress: province.progress,
    regencyInstalled: regencies.installed,
    regencyPlanned: regencies.planned,
    regencyProgress: regencies.progress,
    regencyPlanSum: byYear('planned_installations', { ...NO_FILTERS, regencies: [...ctx.regencies] }),
  } satisfies Requests;
}

/** The blankspot-reduction panel's own requests (blankspot villages and those served, by year). */
export function blankspotRequests(filters: Filters = NO_FILTERS) {
  const [blankspot, served] = panelBlankspotRequests(filters);
  return { blankspot: must(blankspot, 'blankspot'), served: must(served, 'served') } satisfies Requests;
}

export function mapRequests() {
  return {
    share: { indicator: 'blankspot_share', filters: NO_FILTERS, by: ['regency'] },
    count: { indicator: 'blankspot_villages', filters: NO_FILTERS, by: ['regency'] },
    density: { indicator: 'sites_per_100_villages', filters: NO_FILTERS, by: ['regency'] },
  } satisfies Requests;
}

/** The ranked regencies page: the small multiples' own request, and each regency's blankspot target by year. */
export function regenciesRequests() {
  return {
    blankspot: { indicator: 'blankspot_villages', filters: NO_FILTERS, by: ['regency', 'year'] },
    target: { indicator: 'blankspot_target', filters: NO_FILTERS, by: ['year', 'regency'] },
  } satisfies Requests;
}

export function repeaterRequests() {
  return {
    planned: { indicator: 'repeaters_planned', filters: NO_FILTERS },
    byStatus: { indicator: 'repeaters_planned', filters: NO_FILTERS, by: ['status'] },
    active: { indicator: 'repeaters_active', filters: NO_FILTERS },
    progress: { indicator: 'repeater_progress', filters: NO_FILTERS },
    byRegency: { indicator: 'repeaters_planned', filters: NO_FILTERS, by: ['regency'] },
  } satisfies Requests;
}

export function trendsRequests(ctx: DeckContext) {
  const w = headlineWindows(ctx);
  return {
    uptime: { indicator: 'uptime', filters: NO_FILTERS, range: w.current },
    uptimePrevious: { indicator: 'uptime', filters: NO_FILTERS, range: w.previous },
    byProgramme: { indicator: 'uptime', filters: NO_FILTERS, by: ['programme'], range: w.current },
  } satisfies Requests;
}

export function regencyRequests(code: string) {
  const filters: Filters = { ...NO_FILTERS, regencies: [code] };
  const plan = planRequests(filters);
  return {
    blankspot: blankspotRequests(filters).blankspot,
    installed: plan.installed,
    planned: plan.planned,
    progress: plan.progress,
    inService: { indicator: 'sites_in_service', filters },
  } satisfies Requests;
}

/** The named requests of one slide (the isolated villages are a listing: none). */
export function slideRequests(spec: SlideSpec, ctx: DeckContext): Requests {
  switch (spec.kind) {
    case 'summary':
      return summaryRequests(ctx);
    case 'status':
      return statusRequests(ctx);
    case 'targets':
      return targetsRequests(ctx);
    case 'blankspot':
      return blankspotRequests();
    case 'map':
      return mapRequests();
    case 'regencies':
      return regenciesRequests();
    case 'repeaters':
      return repeaterRequests();
    case 'trends':
      return trendsRequests(ctx);
    case 'isolated':
      return {};
    case 'regency':
      return regencyRequests(spec.code);
  }
}

/** Every request of the deck once (equal once resolved: one query and one cache key anyway). */
export function deckRequests(deck: readonly SlideSpec[], ctx: DeckContext): IndicatorRequest[] {
  const seen = new Map<string, IndicatorRequest>();
  for (const spec of deck)
    for (const req of Object.values(slideRequests(spec, ctx))) seen.set(JSON.stringify(resolve(req)), req);
  return [...seen.values()];
}
