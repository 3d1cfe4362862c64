// Client-side text search over loaded rows: case-insensitive and diacritics-insensitive ("renah kémumu" finds
// "Renah Kemumu"); every word of the query must occur somewhere in the row.

/** Lower case without combining marks (é → e, Ñ → n), for comparison only. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('id-ID');
}

/** The words of a query, folded; an empty query has no words (everything matches). */
export function queryWords(query: string): string[] {
  return foldText(query)
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/** True when every word occurs in the (already folded) haystack. */
export function matchesWords(foldedHaystack: string, words: readonly string[]): boolean {
  return words.every((w) => foldedHaystack.includes(w));
}
