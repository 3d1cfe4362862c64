// Picking figures for a narrative: by year (the year a period code starts in), the latest, the previous complete
// period, by regency, the largest/smallest. Pure; figures are src/indicators/figure.ts refs.
import { isIncomplete } from '../../indicators/describe.ts';
import { type FigureRef, parseScopeCode } from '../../indicators/figure.ts';

/** The calendar year of a figure's period ("2026-01-01..2026-11-27" → 2026, "2025" → 2025). */
export const yearOf = (ref: FigureRef): number => Number(ref.period.slice(0, 4));

export const hasValue = (ref: FigureRef | null | undefined): ref is FigureRef & { value: number } =>
  ref !== null && ref !== undefined && ref.value !== null && Number.isFinite(ref.value);

export function atYear<T extends FigureRef>(refs: readonly T[], year: number): T | null {
  return refs.find((r) => yearOf(r) === year) ?? null;
}

/** The figure of the latest year with a value (up to `maxYear` when given). */
export function latest<T extends FigureRef>(refs: readonly T[], maxYear?: number): (T & { value: number }) | null {
  let best: (T & { value: number }) | null = null;
  for (const r of refs)
    if (hasValue(r) && (maxYear === undefined || yearOf(r) <= maxYear) && (!best || yearOf(r) > yearOf(best)))
      best = r as T & { value: number };
  return best;
}

/**
 * The baseline of the rule "previous complete period": the latest complete year before the current figure's year
 * (for an incomplete current year, the last complete year).
 */
export function previousComplete<T extends FigureRef>(
  refs: readonly T[],
  current: FigureRef,
): (T & { value: number }) | null {
  const year = yearOf(current);
  return latest(
    refs.filter((r) => yearOf(r) < year && !isIncomplete(r.period)),
    year - 1,
  );
}

/** The regency code of a figure's scope (a row of a regency breakdown, or a one-regency filter). */
export function regencyOf(ref: FigureRef): string | null {
  const r = parseScopeCode(ref.scope).regency;
  return r && r.length === 1 ? (r[0] ?? null) : null;
}

/** The value of a scope dimension ("programme", "status") of a figure's scope, when it names one. */
export function scopeValue(ref: FigureRef, dim: 'programme' | 'status' | 'regency'): string | null {
  const v = parseScopeCode(ref.scope)[dim];
  return v && v.length === 1 ? (v[0] ?? null) : null;
}

/** The items with the largest (or smallest) value; several when tied. Items without a value are skipped. */
export function extremes<T>(items: readonly T[], value: (item: T) => number | null, pick: 'max' | 'min'): T[] {
  const known = items.filter((i) => {
    const v = value(i);
    return v !== null && Number.isFinite(v);
  });
  if (!known.length) return [];
  const values = known.map((i) => value(i) as number);
  const best = pick === 'max' ? Math.max(...values) : Math.min(...values);
  return known.filter((i) => value(i) === best);
}

/** The direction of a difference as shown with `digits` decimals (a change that rounds to 0 is no change). */
export function direction(diff: number, digits: number): 'down' | 'up' | 'same' {
  const shown = Math.round(Math.abs(diff) * 10 ** digits);
  return shown === 0 ? 'same' : diff < 0 ? 'down' : 'up';
}
