// Shared by the panels that draw one row per regency and one column per year (installations-by-regency,
// regency-spotlight): the year columns their figures span, and the regencies to list.
import type { Figure } from '../indicators/results.ts';

/** The years the figures span, ascending, each with its period code. */
export function yearColumns(figures: readonly Figure[]): { year: number; period: string }[] {
  const years = new Map<number, string>();
  for (const f of figures) years.set(Number(f.row.year), f.period);
  return [...years.entries()].sort(([a], [b]) => a - b).map(([year, period]) => ({ year, period }));
}

/** Every known regency and any regency with figures that the list lacks, within the regency filter (empty: all). */
export function regencyCodes(
  known: readonly { code: string }[],
  figures: readonly Figure[],
  allowed: readonly string[],
): string[] {
  const codes = new Set([...known.map((r) => r.code), ...figures.map((f) => String(f.row.regency))]);
  return [...codes].filter((code) => allowed.length === 0 || allowed.includes(code));
}
