// Honest freshness for unattended screens: how old is the data itself (its as_of against its expected update
// frequency), and how long since the last successful check of the manifest.
import type { Manifest } from '../../data/manifest.ts';

/** Today's calendar date in WIB as 'YYYY-MM-DD'. */
export function todayWib(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(now);
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

/** True once the last successful manifest fetch is older than two polling intervals. */
export function isFetchStale(lastSuccessMs: number, nowMs: number, pollSeconds: number): boolean {
  return lastSuccessMs > 0 && nowMs - lastSuccessMs > 2 * pollSeconds * 1000;
}

export interface AgeWarning {
  id: string;
  title: { id: string; en: string };
  asOf: string;
  days: number;
  limitDays: number;
}

/** Datasets whose own as_of is older than their expected update frequency allows. */
export function overdueDatasets(manifest: Manifest, today: string): AgeWarning[] {
  return manifest.datasets
    .map((d) => ({
      id: d.id,
      title: d.title,
      asOf: d.as_of,
      days: daysBetween(d.as_of, today),
      limitDays: d.stale_after_days,
    }))
    .filter((w) => w.days > w.limitDays);
}
