// Test helpers for the narrative tests: sentences as text in both languages, and the numbers of a sentence with
// their data-* attributes (without the "data-" prefix).
import { i18n } from '../../i18n/i18n.ts';
import { type Sentence, sentenceParts, sentenceText } from './sentence.ts';

export const texts = (sentences: readonly Sentence[]) => ({
  id: sentences.map((s) => sentenceText(s, i18n.getFixedT('id'), 'id')),
  en: sentences.map((s) => sentenceText(s, i18n.getFixedT('en'), 'en')),
});

const NUMBERS = new Set(['figure', 'delta', 'count']);

/** The numbers of a sentence (Indonesian): text and attributes. */
export function rendered(sentence: Sentence | undefined): { text: string; attrs: Record<string, string> }[] {
  if (!sentence) return [];
  return sentenceParts(sentence, i18n.getFixedT('id'), 'id')
    .filter((p) => p.kind && NUMBERS.has(p.kind))
    .map((p) => ({
      text: p.text,
      attrs: Object.fromEntries(Object.entries(p.attrs ?? {}).map(([k, v]) => [k.replace(/^data-/, ''), v])),
    }));
}
