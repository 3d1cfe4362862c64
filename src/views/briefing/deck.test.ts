import { describe, expect, it } from 'vitest';
import { appendixStart, applyMove, briefingHash, buildDeck, moveForKey, parseSlide } from './deck.ts';

describe('the deck and its URL', () => {
  it('opens on the summary, ranks the regencies on one page, then the appendix: one spotlight per regency', () => {
    const deck = buildDeck([
      { code: '15.02', name: 'Merangin' },
      { code: '15.01', name: 'Kerinci' },
    ]);
    expect(deck.map((s) => s.id)).toEqual([
      'summary',
      'status',
      'targets',
      'blankspot',
      'map',
      'regencies',
      'repeaters',
      'trends',
      'isolated',
      'regency-15.01',
      'regency-15.02',
    ]);
    expect(appendixStart(deck)).toBe(9);
    expect(appendixStart(buildDeck([]))).toBe(9);
  });

  it('reads slide=n (1-based) and falls back to the first slide with a note', () => {
    expect(parseSlide(null, 9)).toEqual({ index: 0, note: null });
    expect(parseSlide('3', 9)).toEqual({ index: 2, note: null });
    expect(parseSlide('9', 9)).toEqual({ index: 8, note: null });
    expect(parseSlide('10', 9)).toEqual({ index: 0, note: { kind: 'outOfRange', requested: '10', total: 9 } });
    expect(parseSlide('0', 9)).toEqual({ index: 0, note: { kind: 'outOfRange', requested: '0', total: 9 } });
    expect(parseSlide('-2', 9)).toEqual({ index: 0, note: { kind: 'invalid', requested: '-2', total: 9 } });
    expect(parseSlide('2.5', 9)).toEqual({ index: 0, note: { kind: 'invalid', requested: '2.5', total: 9 } });
    expect(parseSlide('<b>', 9).note?.kind).toBe('invalid');
  });

  it('writes the slide and the data version, keeping other parameters', () => {
    expect(briefingHash(new URLSearchParams('lang=en&slide=1'), 4, 'abc12345')).toBe(
      '#/briefing?lang=en&slide=5&v=abc12345',
    );
    expect(briefingHash(new URLSearchParams(''), 0, 'abc12345')).toBe('#/briefing?slide=1&v=abc12345');
  });

  it('maps the presenter keys and stays inside the deck', () => {
    expect(['ArrowRight', 'PageDown', 'ArrowLeft', 'PageUp', 'Home', 'End', 'x'].map(moveForKey)).toEqual([
      'next',
      'next',
      'prev',
      'prev',
      'first',
      'last',
      null,
    ]);
    expect(applyMove(0, 'prev', 5)).toBe(0);
    expect(applyMove(4, 'next', 5)).toBe(4);
    expect(applyMove(2, 'next', 5)).toBe(3);
    expect(applyMove(2, 'last', 5)).toBe(4);
    expect(applyMove(2, 'first', 5)).toBe(0);
  });
});
