// Pure: the figures of the leadership requests (requests.ts) → six cards, in the order the room reads them:
// programme sites this year against the year's plan, programme sites since the plan began against the plan of
// those years, GSM repeaters active against the plan, blankspot villages against the target, blankspot villages
// served (both the latest survey year against the previous complete one), and uptime on the last day against the
// 30 days up to it. The card builders and their words are the kpis panel's (src/panels/card-model.ts, card-words.ts).
import type { Figure } from '../../indicators/results.ts';
import { card, cardsModel, forYear, type KpiModel, only, surveyCard } from '../card-model.ts';
import type { LeadershipSlot } from './requests.ts';

export type LeadershipSets = Partial<Record<LeadershipSlot, readonly Figure[]>>;

export function leadershipModel(sets: LeadershipSets): KpiModel {
  const plan = only(sets.planInstallations);
  const planYear = plan ? Number(plan.period.slice(0, 4)) : null;
  return cardsModel([
    card('plan', 'plan_installations', plan, forYear(sets.plannedInstallations, planYear), null, [
      'planned_installations',
    ]),
    card('planCumulative', 'plan_installations', only(sets.planCumulative), only(sets.plannedCumulative), null, [
      'planned_installations',
    ]),
    card('repeaters', 'repeaters_active', only(sets.repeatersActive), only(sets.repeatersPlanned), null, [
      'repeaters_planned',
    ]),
    surveyCard('blankspot', 'blankspot_villages', sets.blankspot, {
      indicator: 'blankspot_target',
      figures: sets.blankspotTarget,
    }),
    surveyCard('villagesServed', 'villages_served', sets.villagesServed),
    card('uptimeNow', 'uptime', only(sets.uptimeNow), only(sets.uptimeNorm)),
  ]);
}
