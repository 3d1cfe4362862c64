// Pure: figures → one entry per key-figure card: the figure shown, the figure it is compared with under its
// indicator's baseline rule, the change between them, and one more figure where the card shows one (the blankspot
// target of the same year, the share of villages with 4G). No language here: card-words.ts writes the words. The
// kpis and leadership panels choose their cards with these builders (kpis/model.ts, leadership/model.ts).
//
// Rules: survey figures (per year) show the latest survey year and compare with the previous COMPLETE year;
// installations are the year so far against the same span a year earlier (both requested with those ranges);
// uptime is the last 30 days against the 30 before; programme installations and active repeaters are set against
// their plan (no change is computed for a plan). Changes are differences of the values as shown (rounded to the
// indicator's digits), so the words match the numbers on screen.
import { INDICATORS } from '../indicators/catalog.ts';
import { isIncomplete } from '../indicators/describe.ts';
import type { Figure } from '../indicators/results.ts';
import type { BaselineRule, IndicatorId } from '../indicators/types.ts';

export type KpiId =
  | 'blankspot'
  | 'villages4g'
  | 'villagesServed'
  | 'plan'
  | 'planCumulative'
  | 'installations'
  | 'sitesInService'
  | 'uptime'
  | 'uptimeNow'
  | 'repeaters';

export interface KpiCardFigures {
  id: KpiId;
  /** The indicator of the card's value. */
  indicator: IndicatorId;
  /** Every indicator the card shows (for the notes on filters that do not apply). */
  indicators: readonly IndicatorId[];
  /** The value; null when the data have no figure. */
  figure: Figure | null;
  /** The indicator's baseline rule (catalog), written next to the comparison. */
  rule: BaselineRule;
  /** What the value is compared with under that rule (for 'plan': the plan); null when there is none. */
  baseline: Figure | null;
  /** figure − baseline at the digits shown; null without both, and for the rules 'plan' and 'none'. */
  delta: number | null;
  /** Another figure on the card: the blankspot target of the same year, the 4G share of the same year. */
  extra: Figure | null;
}

export interface KpiModel {
  cards: KpiCardFigures[];
  /** True when no card has a figure other than zero (the filters found nothing). */
  empty: boolean;
}

const yearOf = (f: Figure): number => Number(f.row.year ?? f.period.slice(0, 4));

/** The figure of the latest year. */
function latest(figures: readonly Figure[] = []): Figure | null {
  return figures.reduce<Figure | null>((best, f) => (best === null || yearOf(f) > yearOf(best) ? f : best), null);
}

/** The latest complete year before `year`. */
function previousComplete(figures: readonly Figure[] = [], year: number): Figure | null {
  return latest(figures.filter((f) => yearOf(f) < year && !isIncomplete(f.period)));
}

export const forYear = (figures: readonly Figure[] = [], year: number | null) =>
  year === null ? null : (figures.find((f) => yearOf(f) === year) ?? null);

export const only = (figures: readonly Figure[] = []): Figure | null => figures[0] ?? null;

function round(value: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(value * k) / k;
}

export function card(
  id: KpiId,
  indicator: IndicatorId,
  figure: Figure | null,
  baseline: Figure | null,
  extra: Figure | null = null,
  also: readonly IndicatorId[] = [],
): KpiCardFigures {
  const def = INDICATORS[indicator];
  const comparable = def.baseline !== 'plan' && def.baseline !== 'none';
  const a = figure?.value ?? null;
  const b = baseline?.value ?? null;
  const delta =
    comparable && a !== null && b !== null ? round(round(a, def.digits) - round(b, def.digits), def.digits) : null;
  return { id, indicator, indicators: [indicator, ...also], figure, rule: def.baseline, baseline, delta, extra };
}

/**
 * A survey card: the latest survey year, the previous complete year, and (when given) a figure of the same year
 * beside it.
 */
export function surveyCard(
  id: KpiId,
  indicator: IndicatorId,
  figures: readonly Figure[] | undefined,
  besides?: { indicator: IndicatorId; figures: readonly Figure[] | undefined },
): KpiCardFigures {
  const figure = latest(figures);
  const year = figure ? yearOf(figure) : null;
  const baseline = year === null ? null : previousComplete(figures, year);
  if (!besides) return card(id, indicator, figure, baseline);
  return card(id, indicator, figure, baseline, forYear(besides.figures, year), [besides.indicator]);
}

/** The model of a row of cards: empty when no card has a figure other than zero (the filters found nothing). */
export function cardsModel(cards: KpiCardFigures[]): KpiModel {
  const empty = cards.every((c) => [c.figure, c.baseline, c.extra].every((f) => !f?.value));
  return { cards, empty };
}
