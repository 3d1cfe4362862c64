// The notes a panel shows when an active filter does not apply to some of its figures (src/indicators/describe.ts
// ignoredNote). One note when every figure ignores the same filters; otherwise one per group of figures, named.
import type { Filters } from '../filters/filters.ts';
import type { Lang } from '../i18n/format.ts';
import { INDICATORS } from '../indicators/catalog.ts';
import { ignoredNote } from '../indicators/describe.ts';
import type { IndicatorId } from '../indicators/types.ts';

export function ignoredNotes(ids: readonly IndicatorId[], filters: Filters, lang: Lang): string[] {
  const unique = [...new Set(ids)];
  const groups = new Map<string, IndicatorId[]>();
  for (const id of unique) {
    const note = ignoredNote(id, filters, lang);
    if (note !== null) groups.set(note, [...(groups.get(note) ?? []), id]);
  }
  const only = [...groups.entries()][0];
  if (groups.size === 1 && only && only[1].length === unique.length) return [only[0]];
  return [...groups.entries()].map(
    ([note, members]) => `${members.map((id) => INDICATORS[id].short[lang]).join(', ')}: ${note}`,
  );
}
