// Pure: the KPI model (model.ts) → the cards in words and the table that lists exactly the figures on them. Every
// figure travels as a TableCell (text + data-* attributes): the card's value, and the figures inside its lines
// (the compared value, the target, the share), which are phrases of text and figures. Each card says its period
// ("2026 s.d. 27 Nov"), the words of its baseline rule next to the change, and which active filters do not apply.
import type { TFunction } from 'i18next';
import type { Filters } from '../filters/filters.ts';
import { formatNumber, formatPercent, type Lang } from '../i18n/format.ts';
import { INDICATORS } from '../indicators/catalog.ts';
import { BASELINE, formatValue, formatWithUnit, periodLabel } from '../indicators/describe.ts';
import { figureAttrs } from '../indicators/figure.ts';
import type { Figure } from '../indicators/results.ts';
import type { IndicatorId } from '../indicators/types.ts';
import type { TableCell, TableModel } from '../ui/table-model.ts';
import type { KpiCardFigures, KpiId, KpiModel } from './card-model.ts';
import { ignoredNotes } from './ignored-notes.ts';
import { UPTIME_WINDOW_DAYS } from './periods.ts';

/** Running text with figures in it: strings and figure cells, in order. */
export type Phrase = readonly (string | TableCell)[];

export interface KpiChange {
  /** The change with its direction in words: "turun 8 (2,9%)", "naik 0,4 poin persen", "tetap". */
  text: string;
  trend: 'up' | 'down' | 'flat';
  /** From the indicator's polarity: colour only repeats the words. */
  sentiment: 'good' | 'bad' | 'neutral';
}

export interface KpiCardView {
  id: KpiId;
  indicator: IndicatorId;
  label: string;
  /** The period of the value in words ("2026 s.d. 27 Nov", "29 Okt 2026–27 Nov 2026"); null without a figure. */
  period: string | null;
  /** The value, with its figure's data-* attributes ("–" and no attributes without a figure). */
  value: TableCell;
  context: Phrase | null;
  change: KpiChange | null;
  /** What the value is compared with: the baseline rule's words, the baseline's period and value. */
  basis: Phrase;
  note: Phrase | null;
  /** Active filters that do not apply to the card's figures, in words. */
  ignored: string[];
}

export interface KpiContext {
  lang: Lang;
  t: TFunction;
  filters: Filters;
}

const DASH = '–';
const MARK = '\uE000';

/** The value as on a card: "268", "1.011", "97,8%". */
function valueText(f: Figure, lang: Lang): string {
  return INDICATORS[f.indicator].unit === 'percent'
    ? formatWithUnit(f.indicator, f.value, lang)
    : formatValue(f.indicator, f.value, lang);
}

/** A figure with its data-* attributes. */
export function figureCell(f: Figure, lang: Lang): TableCell {
  return { text: valueText(f, lang), attrs: figureAttrs(f) };
}

/** A translated phrase with a figure where the message has {{value}}. */
function phrase(t: TFunction, key: string, values: Record<string, unknown>, cell: TableCell): Phrase {
  const [before = '', after = ''] = t(key, { ...values, value: MARK }).split(MARK);
  return [before, cell, after].filter((p) => p !== '');
}

/** Plain text of a phrase (for tests, aria and the PNG export). */
export const phraseText = (p: Phrase): string => p.map((x) => (typeof x === 'string' ? x : x.text)).join('');

function change(c: KpiCardFigures, ctx: KpiContext): KpiChange | null {
  if (c.delta === null || !c.baseline || c.baseline.value === null) return null;
  const def = INDICATORS[c.indicator];
  const { t, lang } = ctx;
  const trend = c.delta > 0 ? 'up' : c.delta < 0 ? 'down' : 'flat';
  const sign = Math.sign(c.delta) * def.polarity;
  const sentiment = sign > 0 ? 'good' : sign < 0 ? 'bad' : 'neutral';
  if (c.delta === 0) return { text: t('kpis.same'), trend, sentiment };
  const magnitude =
    def.unit === 'percent'
      ? t('kpis.points', { value: formatNumber(Math.abs(c.delta), lang, def.digits) })
      : formatNumber(Math.abs(c.delta), lang, def.digits);
  const moved = t(c.delta > 0 ? 'kpis.up' : 'kpis.down', { value: magnitude });
  const text =
    def.unit !== 'percent' && c.baseline.value > 0
      ? t('kpis.withPercent', { change: moved, percent: formatPercent(Math.abs(c.delta) / c.baseline.value, lang) })
      : moved;
  return { text, trend, sentiment };
}

function basis(c: KpiCardFigures, ctx: KpiContext): Phrase {
  const { t, lang } = ctx;
  if (c.rule === 'none') return [BASELINE.none[lang]];
  const isPlan = c.id === 'plan' || c.id === 'planCumulative';
  if (!c.baseline) return [isPlan ? t(`kpis.${c.id}.noPlan`) : t('kpis.noBasis')];
  const cell = figureCell(c.baseline, lang);
  const period = periodLabel(c.baseline.period, lang);
  if (isPlan) return phrase(t, 'kpis.plan.basis', { period }, cell);
  if (c.id === 'uptimeNow') return phrase(t, 'kpis.uptimeNow.basis', { days: UPTIME_WINDOW_DAYS, period }, cell);
  if (c.id === 'repeaters') return phrase(t, 'kpis.repeaters.basis', {}, cell);
  return phrase(t, 'kpis.basis', { words: BASELINE[c.rule][lang], period }, cell);
}

function context(c: KpiCardFigures, ctx: KpiContext): Phrase | null {
  const { t, lang } = ctx;
  switch (c.id) {
    case 'villages4g':
      return c.extra ? phrase(t, 'kpis.villages4g.context', {}, figureCell(c.extra, lang)) : null;
    case 'uptime':
      return [t('kpis.uptime.context', { days: UPTIME_WINDOW_DAYS })];
    case 'planCumulative':
      return c.figure ? [t('kpis.planCumulative.context', { from: c.figure.period.slice(0, 4) })] : null;
    default:
      return [t(`kpis.${c.id}.context`)];
  }
}

function note(c: KpiCardFigures, ctx: KpiContext): Phrase | null {
  if (c.id !== 'blankspot' || !c.extra) return null;
  const { t, lang } = ctx;
  return phrase(
    t,
    'kpis.blankspot.target',
    { period: periodLabel(c.extra.period, ctx.lang) },
    figureCell(c.extra, lang),
  );
}

export function toCards(model: KpiModel, ctx: KpiContext): KpiCardView[] {
  const { t, lang } = ctx;
  return model.cards.map((c) => ({
    id: c.id,
    indicator: c.indicator,
    label: t(`kpis.${c.id}.label`),
    period: c.figure ? periodLabel(c.figure.period, lang) : null,
    value: c.figure ? figureCell(c.figure, lang) : { text: DASH },
    context: context(c, ctx),
    change: change(c, ctx),
    basis: basis(c, ctx),
    note: note(c, ctx),
    ignored: ignoredNotes(c.indicators, ctx.filters, lang),
  }));
}

/** The words and period of a comparison, for the table ("dibanding periode lengkap sebelumnya (2025)"). */
function basisWords(c: KpiCardFigures, lang: Lang): string {
  if (c.rule === 'none' || !c.baseline) return BASELINE[c.rule][lang];
  return `${BASELINE[c.rule][lang]} (${periodLabel(c.baseline.period, lang)})`;
}

/** One row per card, and one for each extra figure (target, share): exactly the figures on the cards. */
export function toTable(model: KpiModel, cards: readonly KpiCardView[], ctx: KpiContext): TableModel {
  const { t, lang } = ctx;
  const rows: TableModel['rows'] = [];
  model.cards.forEach((c, i) => {
    const view = cards[i];
    if (!view) return;
    rows.push({
      key: c.id,
      cells: [
        view.label,
        view.period ?? DASH,
        view.value,
        view.change?.text ?? DASH,
        c.baseline ? figureCell(c.baseline, lang) : DASH,
        basisWords(c, lang),
      ],
    });
    if (c.extra) {
      const name = c.id === 'blankspot' ? t('kpis.blankspot.targetRow') : t('kpis.villages4g.shareRow');
      rows.push({
        key: `${c.id}-${c.extra.indicator}`,
        cells: [name, periodLabel(c.extra.period, lang), figureCell(c.extra, lang), DASH, DASH, DASH],
      });
    }
  });
  return {
    columns: [
      { key: 'name', label: t('kpis.table.name') },
      { key: 'period', label: t('kpis.table.period') },
      { key: 'value', label: t('kpis.table.value'), numeric: true },
      { key: 'change', label: t('kpis.table.change') },
      { key: 'comparison', label: t('kpis.table.comparison'), numeric: true },
      { key: 'basis', label: t('kpis.table.basis') },
    ],
    rows,
  };
}
