// A narrative sentence: an i18n key (under briefing.say) and its slots. A slot is a figure of the catalog (value,
// period code, scope), a difference or a count derived from figures, a period, a baseline rule, a name, a date or a
// word. The builders (narrative-*.ts) pick the key for the case (zero, one, many, missing, tied) and fill the slots
// from figures only — no number is typed there. `sentenceParts` turns a sentence into text segments and figure
// parts in the active language; each figure part carries the data-* attributes that name what it is
// (src/indicators/figure.ts), so tests and tools can check every number against an independent reference.
import type { TFunction } from 'i18next';
import { formatDate, formatNumber, type Lang } from '../../i18n/format.ts';
import { INDICATORS } from '../../indicators/catalog.ts';
import { BASELINE, formatValue, formatWithUnit, periodLabel } from '../../indicators/describe.ts';
import { type FigureRef, figureAttrs } from '../../indicators/figure.ts';
import type { BaselineRule, IndicatorId } from '../../indicators/types.ts';

/** A difference between two figures (current − baseline); the sentence's key says its direction in words. */
export interface Delta {
  /** The indicator of the current figure (its digits format the difference). */
  of: IndicatorId;
  period: string;
  scope: string;
  /** The figure it is measured against: the same indicator in another period, or a target/plan. */
  baselineIndicator: IndicatorId;
  baselinePeriod: string;
  /** current − baseline (signed, raw). */
  value: number;
}

/** A count of things that meet a condition among figures or listing rows (regencies meeting their plan…). */
export interface DerivedCount {
  /** What is counted, e.g. 'regencies-met:plan_progress' or 'listing:isolated-villages'. */
  of: string;
  period: string;
  scope: string;
  value: number;
}

export type Slot =
  /**
   * An indicator's value: formatted with the indicator's digits (and its unit when `unit` or a percentage).
   * `collective`: a whole group, in words where the language has them ("kedelapan", "both"), else "semua 12".
   */
  | { kind: 'figure'; ref: FigureRef; unit?: boolean; collective?: Collective }
  /** The size of a difference (always positive in the text). */
  | { kind: 'delta'; delta: Delta }
  | { kind: 'count'; count: DerivedCount; collective?: Collective }
  /** A period code in words ("2026 s.d. 27 Nov"). */
  | { kind: 'period'; code: string }
  /** The words of a baseline rule ("dibanding periode lengkap sebelumnya"). */
  | { kind: 'baseline'; rule: BaselineRule }
  /** Text from the data (a name). */
  | { kind: 'text'; value: string }
  /** Names joined with the language's "and". */
  | { kind: 'list'; value: readonly string[] }
  | { kind: 'date'; value: string }
  /** A word from the i18n files, by key under briefing.term. */
  | { kind: 'term'; key: string }
  /** Small phrases ("6 aktif"), each an i18n template of its own, joined with the language's "and". */
  | { kind: 'phrases'; value: readonly Phrase[] };

/** A whole group counted (the form of briefing.collective): at the start of a sentence or inside it. */
export type Collective = 'start' | 'inner';

/** "kedelapan" / "semua 12" / "both" / "all 12" — capitalised at the start of a sentence. */
export function collectiveText(value: number | null, how: Collective, t: TFunction, lang: Lang): string {
  const n = formatNumber(value, lang, 0);
  const other = t('briefing.collective.other', { n });
  const word =
    value !== null && Number.isInteger(value) ? t(`briefing.collective.${value}`, { defaultValue: other }) : other;
  return how === 'start' ? word.charAt(0).toLocaleUpperCase(lang) + word.slice(1) : word;
}

export interface Phrase {
  /** i18n key under briefing.say. */
  key: string;
  values: Readonly<Record<string, Slot>>;
}

export type Sentence = Phrase;

/** A run of the rendered sentence: plain text, or a slot's text with its data-* attributes. */
export interface Part {
  text: string;
  /** The slot kind, for styling (figures are bold). Absent on plain text. */
  kind?: Slot['kind'];
  attrs?: Readonly<Record<string, string>>;
}

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'id-ID');

export function joinList(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(locale(lang), { type: 'conjunction', style: 'long' }).format(items);
}

export function deltaAttrs(d: Delta): Record<string, string> {
  return {
    'data-delta-of': d.of,
    'data-period': d.period,
    'data-scope': d.scope,
    'data-baseline-indicator': d.baselineIndicator,
    'data-baseline-period': d.baselinePeriod,
    'data-value': String(d.value),
  };
}

export function countAttrs(c: DerivedCount): Record<string, string> {
  return { 'data-count-of': c.of, 'data-period': c.period, 'data-scope': c.scope, 'data-value': String(c.value) };
}

/** The text of a figure as sentences write it: the indicator's digits; its unit for percentages or when asked. */
export function figureText(ref: FigureRef, lang: Lang, unit = false): string {
  return unit || INDICATORS[ref.indicator].unit === 'percent'
    ? formatWithUnit(ref.indicator, ref.value, lang)
    : formatValue(ref.indicator, ref.value, lang);
}

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARK = /\uE000(\d+)\uE001/;

function slotParts(slot: Slot, t: TFunction, lang: Lang): Part[] {
  switch (slot.kind) {
    case 'figure':
      return [
        {
          text: slot.collective
            ? collectiveText(slot.ref.value, slot.collective, t, lang)
            : figureText(slot.ref, lang, slot.unit),
          kind: 'figure',
          attrs: figureAttrs(slot.ref),
        },
      ];
    case 'delta':
      return [
        {
          text: formatValue(slot.delta.of, Math.abs(slot.delta.value), lang),
          kind: 'delta',
          attrs: deltaAttrs(slot.delta),
        },
      ];
    case 'count':
      return [
        {
          text: slot.collective
            ? collectiveText(slot.count.value, slot.collective, t, lang)
            : formatNumber(slot.count.value, lang, 0),
          kind: 'count',
          attrs: countAttrs(slot.count),
        },
      ];
    case 'period':
      return [{ text: periodLabel(slot.code, lang), kind: 'period', attrs: { 'data-period': slot.code } }];
    case 'baseline':
      return [{ text: BASELINE[slot.rule][lang], kind: 'baseline', attrs: { 'data-baseline': slot.rule } }];
    case 'text':
      return [{ text: slot.value, kind: 'text' }];
    case 'list':
      return [{ text: joinList(slot.value, lang), kind: 'list' }];
    case 'date':
      return [{ text: formatDate(slot.value, lang), kind: 'date', attrs: { 'data-date': slot.value } }];
    case 'term':
      return [{ text: t(`briefing.term.${slot.key}`), kind: 'term' }];
    case 'phrases': {
      // "A, B, dan C": the list's own literals around each phrase's parts.
      const items = slot.value.map((p) => phraseParts(p, t, lang));
      const markers = items.map((_, i) => `${OPEN}${i}${CLOSE}`);
      const out: Part[] = [];
      for (const piece of new Intl.ListFormat(locale(lang), { type: 'conjunction', style: 'long' }).formatToParts(
        markers,
      )) {
        const m = MARK.exec(piece.value);
        if (piece.type === 'element' && m) out.push(...(items[Number(m[1])] ?? []));
        else out.push({ text: piece.value });
      }
      return out;
    }
  }
}

function phraseParts(phrase: Phrase, t: TFunction, lang: Lang): Part[] {
  const names = Object.keys(phrase.values);
  const marks = Object.fromEntries(names.map((name, i) => [name, `${OPEN}${i}${CLOSE}`]));
  const template = t(`briefing.say.${phrase.key}`, marks);
  const out: Part[] = [];
  template.split(MARK).forEach((piece, i) => {
    if (i % 2 === 0) {
      if (piece) out.push({ text: piece });
      return;
    }
    const slot = phrase.values[names[Number(piece)] ?? ''];
    if (slot) out.push(...slotParts(slot, t, lang));
  });
  return out;
}

/** The sentence as text runs and slot parts (so a view can mark each figure), in the active language. */
export function sentenceParts(sentence: Sentence, t: TFunction, lang: Lang): Part[] {
  return phraseParts(sentence, t, lang);
}

export function sentenceText(sentence: Sentence, t: TFunction, lang: Lang): string {
  return sentenceParts(sentence, t, lang)
    .map((p) => p.text)
    .join('');
}

/** Every figure, difference and count of the sentences once, in order of appearance (the slide's table). */
export function numbersOf(sentences: readonly Sentence[]): Slot[] {
  const seen = new Map<string, Slot>();
  const visit = (slot: Slot) => {
    if (slot.kind === 'phrases') {
      for (const p of slot.value) for (const s of Object.values(p.values)) visit(s);
      return;
    }
    const key =
      slot.kind === 'figure'
        ? `f|${slot.ref.indicator}|${slot.ref.period}|${slot.ref.scope}`
        : slot.kind === 'delta'
          ? `d|${JSON.stringify(slot.delta)}`
          : slot.kind === 'count'
            ? `c|${JSON.stringify(slot.count)}`
            : null;
    if (key && !seen.has(key)) seen.set(key, slot);
  };
  for (const s of sentences) for (const slot of Object.values(s.values)) visit(slot);
  return [...seen.values()];
}
