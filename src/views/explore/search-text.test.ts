import { foldText, matchesWords, queryWords } from './search-text.ts';

describe('text search', () => {
  it('ignores case and diacritics', () => {
    expect(foldText('Renah KÉMUMU')).toBe('renah kemumu');
    expect(matchesWords(foldText('Renah Kemumu · Jangkat'), queryWords('kémumu'))).toBe(true);
    expect(matchesWords(foldText('Ñusa'), queryWords('nusa'))).toBe(true);
  });

  it('needs every word, in any order; an empty query matches everything', () => {
    const row = foldText('15.02.01.2001 Renah Kemumu Jangkat Merangin');
    expect(matchesWords(row, queryWords('merangin renah'))).toBe(true);
    expect(matchesWords(row, queryWords('merangin kerinci'))).toBe(false);
    expect(queryWords('   ')).toEqual([]);
    expect(matchesWords(row, [])).toBe(true);
  });
});
