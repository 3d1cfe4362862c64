// A slide's figures by name, through the one coordinator hook (src/coordinator/use-figures.ts): same requests,
// same cache keys as the overview, the wall and the deck's prefetch.
import { useRef } from 'react';
import { type FiguresResult, useFigures } from '../../coordinator/use-figures.ts';
import type { Figure } from '../../indicators/results.ts';
import type { Requests } from './deck-requests.ts';

export type SlideFigures<R extends Requests> = { [K in keyof R]: Figure[] | undefined };

export function useSlideFigures<R extends Requests>(
  requests: R,
): FiguresResult & { figures: SlideFigures<R>; complete: boolean } {
  const keys = Object.keys(requests) as (keyof R & string)[];
  const result = useFigures(keys.map((k) => requests[k] as R[keyof R]));
  // The same figures keep the same object: a slide's narrative and chart options (memoised on it) are not rebuilt
  // when the deck re-renders for something else — a rebuilt option is a redraw of every chart on the slide.
  const list = result.sets.map((s) => s.figures);
  const last = useRef<{ list: (Figure[] | undefined)[]; figures: SlideFigures<R> } | null>(null);
  const prev = last.current;
  if (!prev || prev.list.length !== list.length || list.some((f, i) => f !== prev.list[i])) {
    last.current = {
      list,
      figures: Object.fromEntries(keys.map((k, i) => [k, list[i]])) as SlideFigures<R>,
    };
  }
  const figures = (last.current as { figures: SlideFigures<R> }).figures;
  return { ...result, figures, complete: result.sets.every((s) => s.figures !== undefined) };
}

/** The one figure of a request without breakdowns (null when it returned no row). */
export const single = (figures: Figure[] | undefined): Figure | null => figures?.[0] ?? null;
