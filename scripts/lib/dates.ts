// Calendar dates as ISO strings ('2024-03-05') and day numbers (days since 1970-01-01, UTC), no time zones.

const DAY_MS = 86_400_000;

export function toDays(iso: string): number {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(ms)) throw new Error(`not an ISO date: ${iso}`);
  return Math.round(ms / DAY_MS);
}

export function fromDays(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, n: number): string {
  return fromDays(toDays(iso) + n);
}

export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** Today's date in WIB (Asia/Jakarta, UTC+7, no daylight saving). */
export function todayWib(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}
