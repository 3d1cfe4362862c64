// Kiosk behaviour of the wall: the cursor hides after a few seconds still, the screen stays awake, and the layout
// shifts a few pixels every hour against burn-in.
import { useEffect, useState } from 'react';
import { keepScreenAwake } from '../../platform/wake-lock.ts';

export function useHiddenCursor(idleMs = 3000): boolean {
  const [hidden, setHidden] = useState(false);
  useEffect(() => {
    let timer = window.setTimeout(() => setHidden(true), idleMs);
    const onMove = () => {
      setHidden(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setHidden(true), idleMs);
    };
    window.addEventListener('mousemove', onMove);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('mousemove', onMove);
    };
  }, [idleMs]);
  return hidden;
}

export function useWakeLock(): void {
  useEffect(() => keepScreenAwake(), []);
}

const SHIFTS: [number, number][] = [
  [0, 0],
  [4, 0],
  [4, 4],
  [0, 4],
];

/** Pixel offset for the current hour (cycles through four positions). */
export function burnInShift(nowMs: number): [number, number] {
  return SHIFTS[Math.floor(nowMs / 3_600_000) % SHIFTS.length] ?? [0, 0];
}

/** The current time, refreshed every `everyMs`. */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(id);
  }, [everyMs]);
  return now;
}

/** Largest chart text scale (an 8K screen); beyond it the wall keeps the 8K sizes. */
export const MAX_WALL_SCALE = 8;

/**
 * Chart text scale from the viewport, in step with the wall's CSS (wall.css: html font-size = 12 px × this scale,
 * i.e. min(1.25vw, 2.2222vh)): 2 at 1920×1080 (the 12 px desk axis labels and legends → 24 px, the wall's smallest
 * text), 4 at 3840×2160 (→ 48 px). The smaller of width and height decides, so a letterboxed or portrait screen
 * never gets text too big for its panels; never below the desk (1).
 */
export function viewportScale(width: number, height: number): number {
  return Math.min(MAX_WALL_SCALE, Math.max(1, Math.min(width / 960, height / 540)));
}

export function useViewportScale(): number {
  const [scale, setScale] = useState(() => viewportScale(window.innerWidth, window.innerHeight));
  useEffect(() => {
    const onResize = () => setScale(viewportScale(window.innerWidth, window.innerHeight));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return scale;
}
