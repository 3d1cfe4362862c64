// The console's local history: the last MAX_HISTORY queries run in this browser, newest first, kept in IndexedDB
// (idb-keyval, a store of its own) and nowhere else. Re-running a query moves it to the top instead of repeating
// it. Clearable from the console.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';

export const MAX_HISTORY = 50;

export interface HistoryEntry {
  sql: string;
  /** When it ran (ISO 8601, UTC). */
  at: string;
  /** Rows shown, or null when it was refused or failed. */
  rows: number | null;
}

const KEY = 'entries';
let store: UseStore | null = null;
const db = () => {
  store ??= createStore('jdac-sql-console', 'history');
  return store;
};

/** Adds an entry on top, dropping an older entry with the same SQL and anything past `max`. Pure. */
export function pushEntry(list: readonly HistoryEntry[], entry: HistoryEntry, max = MAX_HISTORY): HistoryEntry[] {
  return [entry, ...list.filter((e) => e.sql !== entry.sql)].slice(0, max);
}

function valid(x: unknown): x is HistoryEntry {
  const e = x as HistoryEntry;
  return typeof e?.sql === 'string' && typeof e.at === 'string' && (e.rows === null || typeof e.rows === 'number');
}

export async function loadHistory(): Promise<HistoryEntry[]> {
  const raw = await get<unknown>(KEY, db());
  return Array.isArray(raw) ? raw.filter(valid).slice(0, MAX_HISTORY) : [];
}

export async function addToHistory(entry: HistoryEntry): Promise<HistoryEntry[]> {
  const next = pushEntry(await loadHistory(), entry);
  await set(KEY, next, db());
  return next;
}

export async function clearHistory(): Promise<void> {
  await del(KEY, db());
}
