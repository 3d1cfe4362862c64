// Printing the whole deck, one slide per A4 landscape page. Every slide (not only the current one) is kept in a print
// stack whose slides have the printed page's size, so each chart is drawn at print size; the deck fills the stack
// slide by slide as their figures load (briefing-view.tsx), before anyone prints.
//  - "Unduh PDF": put every slide in the stack now, wait until every slide has its narrative and every chart has
//    finished drawing, then window.print() (the browser's "Save as PDF").
//  - Ctrl+P / the browser's menu: the stack is already drawn; on `beforeprint` (and matchMedia('print')) slides not
//    in it yet are added at once (they print as "loading") and every chart is redrawn synchronously at its size.
// The stack stays after printing (its charts are drawn for the next print).
import { type RefObject, useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { redrawChartsIn } from '../../ui/slide-export.ts';

export type PrintState = 'off' | 'preparing' | 'printing';

/** Slides of the print stack that are ready: narrative loaded, no panel loading, every chart finished. */
export function readySlides(root: ParentNode): number {
  let ready = 0;
  for (const slide of root.querySelectorAll<HTMLElement>('.slide')) {
    if (slide.dataset.narrativeState === 'loading') continue;
    if (slide.querySelector('[data-state="loading"]')) continue;
    const charts = [...slide.querySelectorAll<HTMLElement>('.chart')];
    if (charts.some((c) => c.dataset.chartState !== 'finished')) continue;
    ready += 1;
  }
  return ready;
}

/** Longest wait for the stack before printing what is there. */
const PREPARE_LIMIT_MS = 30_000;

export function usePrint(stack: RefObject<HTMLElement | null>, total: number) {
  const [state, setState] = useState<PrintState>('off');
  const [ready, setReady] = useState(0);

  useEffect(() => {
    const before = () => {
      flushSync(() => setState((s) => (s === 'off' ? 'printing' : s)));
      if (stack.current) redrawChartsIn(stack.current);
    };
    const after = () => setState('off');
    const media = window.matchMedia('print');
    const onMedia = (e: MediaQueryListEvent) => {
      if (e.matches) before();
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    media.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      media.removeEventListener('change', onMedia);
    };
  }, [stack]);

  // While preparing: count ready slides as the stack draws; print when all are ready (or after the limit).
  useEffect(() => {
    if (state !== 'preparing') return;
    const root = stack.current;
    if (!root) return;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      observer.disconnect();
      window.clearTimeout(limit);
      setState('printing');
      redrawChartsIn(root);
      window.print();
    };
    const check = () => {
      const n = readySlides(root);
      setReady(n);
      if (n >= total) finish();
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { subtree: true, childList: true, attributes: true });
    const limit = window.setTimeout(finish, PREPARE_LIMIT_MS);
    check();
    return () => {
      done = true;
      observer.disconnect();
      window.clearTimeout(limit);
    };
  }, [state, stack, total]);

  const print = useCallback(() => {
    setReady(0);
    setState('preparing');
  }, []);

  return { state, ready, print, active: state !== 'off' };
}
