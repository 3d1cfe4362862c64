// Pure: the status slide's figure cards (the overview's KPI indicators and periods) and its table of published
// figures beside the dashboard's own. Every line of a card is a sentence (src/views/briefing/sentence.ts), so each
// number in it carries its data-* attributes; every table cell with a number carries them too.

import { formatDate, formatNumber, type Lang } from '../../i18n/format.ts';
import { INDICATORS } from '../../indicators/catalog.ts';
import { formatWithUnit, periodLabel } from '../../indicators/describe.ts';
import { type FigureRef, figureAttrs } from '../../indicators/figure.ts';
import type { Comparison } from '../../indicators/listings/published-figures.ts';
import { yearCode } from '../../indicators/period.ts';
import type { IndicatorId } from '../../indicators/types.ts';
import { varianceOf } from '../../panels/installations-by-regency/targets-option.ts';
import type { TableCell, TableModel } from '../../ui/table-model.ts';
import { atYear, direction, hasValue, latest, previousComplete, yearOf } from './figures.ts';
import { delta, fig, type PlanFigures, period, say, term } from './narrative-programme.ts';
import type { Sentence } from './sentence.ts';

export type CardTrend = 'up' | 'down' | 'flat';
export type CardSentiment = 'good' | 'bad' | 'neutral';

export interface FigureCardModel {
  id: string;
  indicator: IndicatorId;
  label: string;
  value: FigureRef | null;
  context?: Sentence;
  change?: { sentence: Sentence; trend?: CardTrend; sentiment: CardSentiment };
  basis: Sentence;
  note?: Sentence;
}

export interface StatusCardFigures {
  blankspot: readonly FigureRef[];
  target: readonly FigureRef[];
  plan: PlanFigures;
  uptime: FigureRef | null;
  uptimePrevious: FigureRef | null;
  repeatersActive: FigureRef | null;
  repeatersPlanned: FigureRef | null;
  repeaterProgress: FigureRef | null;
  sitesAsOf: string;
}

const TREND = { down: 'down', up: 'up', same: 'flat' } as const;

/** Good or bad by the indicator's polarity (the words say the direction; colour only repeats it). */
function sentiment(id: IndicatorId, dir: 'down' | 'up' | 'same'): CardSentiment {
  const p = INDICATORS[id].polarity;
  if (dir === 'same' || p === 0) return 'neutral';
  return (dir === 'up') === p > 0 ? 'good' : 'bad';
}

/** A card's change and basis against the previous figure of the indicator's baseline rule. */
function changeAgainst(
  current: FigureRef & { value: number },
  previous: (FigureRef & { value: number }) | null,
  points: boolean,
): Pick<FigureCardModel, 'change' | 'basis'> {
  if (!previous) return { basis: say('card.noBaseline') };
  const d = delta(current, previous);
  const dir = direction(d.value, INDICATORS[current.indicator].digits);
  return {
    change: {
      sentence: say(
        `card.${points ? 'changePoints' : 'change'}.${dir}`,
        dir === 'same' ? {} : { delta: { kind: 'delta', delta: d } },
      ),
      trend: TREND[dir],
      sentiment: sentiment(current.indicator, dir),
    },
    basis: say('card.basis', {
      baseline: { kind: 'baseline', rule: INDICATORS[current.indicator].baseline },
      previousPeriod: period(previous.period),
      previous: fig(previous),
    }),
  };
}

const short = (id: IndicatorId, lang: Lang) => INDICATORS[id].short[lang];

export function statusCards(f: StatusCardFigures, lang: Lang): FigureCardModel[] {
  const cards: FigureCardModel[] = [];

  const blank = latest(f.blankspot);
  if (blank) {
    const goal = atYear(f.target, yearOf(blank));
    const gap = hasValue(goal) ? delta(blank, goal) : null;
    cards.push({
      id: 'blankspot',
      indicator: 'blankspot_villages',
      label: short('blankspot_villages', lang),
      value: blank,
      context: say('card.period', { period: period(blank.period) }),
      ...changeAgainst(blank, previousComplete(f.blankspot, blank), false),
      note:
        hasValue(goal) && gap
          ? gap.value > 0
            ? say('card.targetAbove', {
                targetPeriod: period(goal.period),
                target: fig(goal),
                gap: { kind: 'delta', delta: gap },
              })
            : say('card.targetWithin', { targetPeriod: period(goal.period), target: fig(goal) })
          : undefined,
    });
  }

  const dataYear = Number(f.sitesAsOf.slice(0, 4));
  const planned = latest(f.plan.planned, dataYear);
  if (planned) {
    const y = yearOf(planned);
    const progress = atYear(f.plan.progress, y);
    const installed = atYear(f.plan.installed, y);
    const when = period(installed?.period ?? yearCode(y, f.sitesAsOf));
    const variance = hasValue(progress) ? varianceOf(progress.value) : 'none';
    cards.push({
      id: 'plan',
      indicator: 'plan_progress',
      label: short('plan_progress', lang),
      value: progress,
      context: hasValue(installed)
        ? say('card.plan', { installed: fig(installed), planned: fig(planned), period: when })
        : say('card.planNone', { planned: fig(planned), period: when }),
      change: {
        sentence: say('card.class', { class: term(`variance.${variance}`) }),
        sentiment: variance === 'met' ? 'good' : variance === 'far' ? 'bad' : 'neutral',
      },
      basis: say('card.baseline', { baseline: { kind: 'baseline', rule: INDICATORS.plan_progress.baseline } }),
    });
  }

  if (hasValue(f.uptime)) {
    cards.push({
      id: 'uptime',
      indicator: 'uptime',
      label: short('uptime', lang),
      value: f.uptime,
      context: say('card.period', { period: period(f.uptime.period) }),
      ...changeAgainst(f.uptime, hasValue(f.uptimePrevious) ? f.uptimePrevious : null, true),
    });
  }

  if (hasValue(f.repeatersActive)) {
    cards.push({
      id: 'repeaters',
      indicator: 'repeaters_active',
      label: short('repeaters_active', lang),
      value: f.repeatersActive,
      context:
        hasValue(f.repeatersPlanned) && hasValue(f.repeaterProgress)
          ? say('card.repeaters', { planned: fig(f.repeatersPlanned), progress: fig(f.repeaterProgress) })
          : undefined,
      basis: say('card.asOf', { period: period(f.repeatersActive.period) }),
    });
  }
  return cards;
}

// ── Published figures beside the dashboard's ─────────────────────────────────────────────────────────────────────

export interface PublishedTableLabels {
  subject: string;
  period: string;
  publishedValue: string;
  producer: string;
  indicator: string;
  dashboardValue: string;
  difference: string;
  otherPeriod: string;
  noFigure: string;
  notInCatalog: string;
}

/** "2022-07" → "Jul 2022"; "2023-12-27" → "27 Des 2023"; "2021", "2022..2024" as periods. */
export function reportedDate(value: string, lang: Lang): string {
  if (/^\d{4}-\d{2}$/.test(value)) return formatDate(`${value}-01`, lang).replace(/^\d{1,2}\s/, '');
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, lang);
  return periodLabel(value, lang);
}

const decimals = (v: number) => (Number.isInteger(v) ? 0 : Math.min(2, String(v).split('.')[1]?.length ?? 0));

/** A signed difference with the indicator's digits ("+3", "−9", "0"). */
function signed(id: IndicatorId, value: number, lang: Lang): string {
  const n = formatNumber(Math.abs(value), lang, INDICATORS[id].digits);
  const zero = Math.round(Math.abs(value) * 10 ** INDICATORS[id].digits) === 0;
  return zero ? n : `${value > 0 ? '+' : '−'}${n}`;
}

export function publishedTable(rows: readonly Comparison[], labels: PublishedTableLabels, lang: Lang): TableModel {
  return {
    columns: [
      { key: 'subject', label: labels.subject },
      { key: 'period', label: labels.period },
      { key: 'published', label: labels.publishedValue, numeric: true },
      { key: 'producer', label: labels.producer },
      { key: 'indicator', label: labels.indicator },
      { key: 'dashboard', label: labels.dashboardValue, numeric: true },
      { key: 'difference', label: labels.difference, numeric: true },
    ],
    rows: rows.map((c, i) => {
      const r = c.row;
      const published: TableCell = {
        text: r.value === null ? '–' : `${formatNumber(r.value, lang, decimals(r.value))} ${r.unit}`.trim(),
        attrs: {
          'data-published-indicator': r.indicator,
          'data-period': r.period,
          'data-producer': r.producer,
          'data-value': r.value === null ? '' : String(r.value),
        },
      };
      const f = c.figure;
      const dashboard: string | TableCell = f
        ? {
            text: c.samePeriod
              ? formatWithUnit(f.indicator, f.value, lang)
              : `${formatWithUnit(f.indicator, f.value, lang)} (${periodLabel(f.period, lang)})`,
            attrs: figureAttrs(f),
          }
        : c.indicator
          ? labels.noFigure
          : '–';
      const difference: string | TableCell =
        f && c.samePeriod && c.difference !== null
          ? {
              text: signed(f.indicator, c.difference, lang),
              attrs: {
                'data-delta-of': f.indicator,
                'data-period': f.period,
                'data-scope': f.scope,
                'data-baseline-source': 'published',
                'data-baseline-period': r.period,
                'data-value': String(c.difference),
              },
            }
          : f
            ? labels.otherPeriod
            : '–';
      return {
        key: `${r.indicator}|${r.period}|${r.producer}|${r.published}|${i}`,
        cells: [
          r.subject,
          reportedDate(r.period, lang),
          published,
          `${r.producer} · ${reportedDate(r.published, lang)}`,
          c.indicator ? INDICATORS[c.indicator].short[lang] : labels.notInCatalog,
          dashboard,
          difference,
        ],
      };
    }),
  };
}
