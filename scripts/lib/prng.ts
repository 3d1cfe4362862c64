// Seeded pseudo-random numbers for the sample data: mulberry32 (32-bit state, good enough for synthetic data and
// identical on every platform because it only uses 32-bit integer arithmetic).

export type Rng = () => number;

/** mulberry32: returns a function giving floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** murmur3 fmix32 finaliser; mirrored in SQL by `fmix32` in telemetry-sql.ts. */
export function fmix32(input: number): number {
  let h = input >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** Integer in [min, max] (both inclusive). */
export function randInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** Fisher–Yates shuffle of a copy. */
export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

/** n distinct items, in a random order (throws when there are fewer than n). */
export function sample<T>(rng: Rng, items: readonly T[], n: number): T[] {
  if (n > items.length) throw new Error(`sample: asked for ${n} of ${items.length} items`);
  return shuffled(rng, items).slice(0, n);
}

/** One value by weight: pick(rng, [[2, 0.25], [4, 0.5], [6, 0.25]]). */
export function weighted<T>(rng: Rng, options: readonly (readonly [T, number])[]): T {
  const total = options.reduce((s, [, w]) => s + w, 0);
  let r = rng() * total;
  for (const [value, w] of options) {
    r -= w;
    if (r < 0) return value;
  }
  const last = options[options.length - 1];
  if (!last) throw new Error('weighted: no options');
  return last[0];
}
