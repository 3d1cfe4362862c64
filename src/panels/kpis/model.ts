// The kpis panel's cards, in order, from the figures of its requests (requests.ts); the builders are shared with the
// leadership panel (src/panels/card-model.ts).
import type { Figure } from '../../indicators/results.ts';
import { card, cardsModel, forYear, type KpiModel, only, surveyCard } from '../card-model.ts';
import type { KpiSlot } from './requests.ts';

/** The figures of each request, by role (a role missing: its request was not made or has not answered). */
export type KpiSets = Partial<Record<KpiSlot, readonly Figure[]>>;

/** The cards, in order: blankspot, 4G, programme installations, installations, in service, uptime, repeaters. */
export function kpiModel(sets: KpiSets): KpiModel {
  const plan = only(sets.planInstallations);
  const planYear = plan ? Number(plan.period.slice(0, 4)) : null;
  const cards = [
    surveyCard('blankspot', 'blankspot_villages', sets.blankspot, {
      indicator: 'blankspot_target',
      figures: sets.blankspotTarget,
    }),
    surveyCard('villages4g', 'villages_4g', sets.villages4g, {
      indicator: 'villages_4g_share',
      figures: sets.villages4gShare,
    }),
    card('plan', 'plan_installations', plan, forYear(sets.plannedInstallations, planYear), null, [
      'planned_installations',
    ]),
    card('installations', 'installations', only(sets.installations), only(sets.installationsBaseline)),
    card('sitesInService', 'sites_in_service', only(sets.sitesInService), null),
    card('uptime', 'uptime', only(sets.uptime), only(sets.uptimeBaseline)),
    card('repeaters', 'repeaters_active', only(sets.repeatersActive), only(sets.repeatersPlanned), null, [
      'repeaters_planned',
    ]),
  ];
  return cardsModel(cards);
}
