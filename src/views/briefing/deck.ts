// The deck: which slides, in which order, and the URL state of a briefing (#/briefing?slide=3&v=<data version>).
// Pure functions: the view reads and writes the URL through them.

export const FIXED_SLIDES = [
  'summary',
  'status',
  'targets',
  'blankspot',
  'map',
  'regencies',
  'repeaters',
  'trends',
  'isolated',
] as const;
export type FixedSlideId = (typeof FIXED_SLIDES)[number];

export type SlideSpec =
  | { kind: FixedSlideId; id: FixedSlideId }
  | { kind: 'regency'; id: `regency-${string}`; code: string; name: string };

/**
 * Fixed slides first (the regencies on one ranked page), then the appendix: one spotlight per regency (by code),
 * which the presenter can skip — the first appendix slide is `appendixStart`.
 */
export function buildDeck(regencies: readonly { code: string; name: string }[]): SlideSpec[] {
  const fixed: SlideSpec[] = FIXED_SLIDES.map((kind) => ({ kind, id: kind }));
  const spotlights: SlideSpec[] = [...regencies]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((r) => ({ kind: 'regency', id: `regency-${r.code}`, code: r.code, name: r.name }));
  return [...fixed, ...spotlights];
}

/** The index of the first appendix slide (the deck's length when there is none). */
export function appendixStart(deck: readonly SlideSpec[]): number {
  const i = deck.findIndex((s) => s.kind === 'regency');
  return i < 0 ? deck.length : i;
}

export type SlideNote =
  | { kind: 'outOfRange'; requested: string; total: number }
  | { kind: 'invalid'; requested: string; total: number };

/** `slide` is 1-based. Missing → the first slide; anything else not in 1…total → the first slide with a note. */
export function parseSlide(raw: string | null, total: number): { index: number; note: SlideNote | null } {
  if (raw === null || raw === '') return { index: 0, note: null };
  if (!/^\d{1,6}$/.test(raw.trim())) return { index: 0, note: { kind: 'invalid', requested: raw, total } };
  const n = Number(raw.trim());
  if (n < 1 || n > total) return { index: 0, note: { kind: 'outOfRange', requested: raw.trim(), total } };
  return { index: n - 1, note: null };
}

/** The hash of a briefing at a slide (1-based in the URL) for a data version, keeping other parameters (lang). */
export function briefingHash(params: URLSearchParams, index: number, version: string): string {
  const next = new URLSearchParams(params);
  next.set('slide', String(index + 1));
  next.set('v', version);
  return `#/briefing?${next.toString()}`;
}

export type Move = 'next' | 'prev' | 'first' | 'last';

/** The presenter keys: arrows and PageUp/PageDown (clickers), Home, End. */
export function moveForKey(key: string): Move | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

export function applyMove(index: number, move: Move, total: number): number {
  if (total <= 0) return 0;
  switch (move) {
    case 'next':
      return Math.min(total - 1, index + 1);
    case 'prev':
      return Math.max(0, index - 1);
    case 'first':
      return 0;
    case 'last':
      return total - 1;
  }
}
