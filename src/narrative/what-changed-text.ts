// The "what changed" sentences (src/narrative/what-changed.ts) in words: text runs and numbers, each number with the
// data-* attributes that say what it is (as the briefing's sentences do: src/views/briefing/sentence.ts), so a view
// can mark every figure and a test can check it. Templates come from src/i18n/narrative/what-changed.ts.
import type { TFunction } from 'i18next';
import { formatDate, formatNumber, type Lang } from '../i18n/format.ts';
import { registerMessages } from '../i18n/i18n.ts';
import { whatChanged as messages } from '../i18n/narrative/what-changed.ts';
import { formatValue, formatWithUnit, periodLabel } from '../indicators/describe.ts';
import { type FigureRef, figureAttrs } from '../indicators/figure.ts';
import type { Sentence, Slot, VersionDelta } from './what-changed.ts';

registerMessages('whatChanged', messages);

export interface Part {
  text: string;
  /** The slot kind, for styling (figures are bold). Absent on plain text. */
  kind?: Slot['kind'];
  attrs?: Readonly<Record<string, string>>;
}

export function versionDeltaAttrs(d: VersionDelta): Record<string, string> {
  return {
    'data-delta-of': d.of,
    'data-period': d.period,
    'data-scope': d.scope,
    'data-baseline-indicator': d.of,
    'data-baseline-period': d.baselinePeriod,
    'data-baseline-version': d.baselineVersion,
    'data-value': String(d.value),
  };
}

/**
 * A value recorded in another publication (the baseline's): what it was, in which version — not data-indicator,
 * which marks a figure of the data shown (one value per indicator, period and scope on every screen).
 */
export function recordedAttrs(ref: FigureRef, version: string): Record<string, string> {
  return {
    'data-recorded-of': ref.indicator,
    'data-period': ref.period,
    'data-scope': ref.scope,
    'data-value': ref.value === null ? '' : String(ref.value),
    'data-version': version,
  };
}

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARK = /\uE000(\d+)\uE001/;

function slotParts(slot: Slot, t: TFunction, lang: Lang): Part[] {
  switch (slot.kind) {
    case 'figure':
      return [
        {
          text: formatWithUnit(slot.ref.indicator, slot.ref.value, lang),
          kind: 'figure',
          attrs: slot.version === undefined ? figureAttrs(slot.ref) : recordedAttrs(slot.ref, slot.version),
        },
      ];
    case 'delta':
      return [
        {
          text: formatValue(slot.delta.of, Math.abs(slot.delta.value), lang),
          kind: 'delta',
          attrs: versionDeltaAttrs(slot.delta),
        },
      ];
    case 'count':
      return [{ text: formatNumber(slot.value, lang, 0), kind: 'count', attrs: { 'data-value': String(slot.value) } }];
    case 'period':
      return [{ text: periodLabel(slot.code, lang), kind: 'period', attrs: { 'data-period': slot.code } }];
    case 'date':
      return [{ text: formatDate(slot.value, lang), kind: 'date', attrs: { 'data-date': slot.value } }];
    case 'version':
      return [{ text: slot.value, kind: 'version', attrs: { 'data-version': slot.value } }];
    case 'label':
      return [{ text: t(`whatChanged.label.${slot.key}`, { programme: slot.programme ?? '' }), kind: 'label' }];
    case 'phrase':
      return phraseParts(slot.phrase, t, lang);
  }
}

function phraseParts(sentence: Sentence, t: TFunction, lang: Lang): Part[] {
  const names = Object.keys(sentence.values);
  const marks = Object.fromEntries(names.map((name, i) => [name, `${OPEN}${i}${CLOSE}`]));
  const template = t(`whatChanged.${sentence.key}`, marks);
  const out: Part[] = [];
  template.split(MARK).forEach((piece, i) => {
    if (i % 2 === 0) {
      if (piece) out.push({ text: piece });
      return;
    }
    const slot = sentence.values[names[Number(piece)] ?? ''];
    if (slot) out.push(...slotParts(slot, t, lang));
  });
  return out;
}

/** The sentence as runs in `lang`, its first letter capitalised (labels and openings are written in lower case). */
export function whatChangedParts(sentence: Sentence, t: TFunction, lang: Lang): Part[] {
  const parts = phraseParts(sentence, t, lang);
  const first = parts.findIndex((p) => p.text !== '');
  const p = parts[first];
  if (p) parts[first] = { ...p, text: p.text.charAt(0).toLocaleUpperCase(lang) + p.text.slice(1) };
  return parts;
}

export function whatChangedText(sentence: Sentence, t: TFunction, lang: Lang): string {
  return whatChangedParts(sentence, t, lang)
    .map((p) => p.text)
    .join('');
}
