// The view state of a workspace table (sort, search text, column filters, column choice) kept in the URL, so that a
// link reopens the table as it was. Pure parse/serialise over URLSearchParams plus one hook. Keys per table
// (prefix `v` villages, `s` sites; see docs/filters.md):
//
//   vsort=sites | vsort=-sites          sort by a column, ascending | descending (one column)
//   vq=renah kemumu                     the text search
//   vcf=blankspot:true&vcf=regency:15.02  one column filter per entry: `<column id>:<value>`
//   vhide=district,regency  vshow=…     columns hidden by the user | default-hidden columns chosen back
//
// The hook writes with history.replaceState (a sort or a keystroke is no history entry), keeps every other query
// key of the hash as it is (filters, version, drill, language, console…), and reads the URL again on hashchange,
// popstate and whenever a table wrote it, so the table and its download share one state.
import { useCallback, useMemo, useSyncExternalStore } from 'react';

export type TableId = 'villages' | 'sites';

export interface TableViewState {
  sort: { column: string; desc: boolean } | null;
  /** The text search as typed. */
  q: string;
  /** Column id → filter value (a code for select filters, text, or a number condition such as `>=2`). */
  cf: Record<string, string>;
  /** Columns the user hid. */
  hidden: string[];
  /** Columns hidden by default that the user chose to show. */
  shown: string[];
}

export const EMPTY_TABLE_STATE: TableViewState = { sort: null, q: '', cf: {}, hidden: [], shown: [] };

const PREFIX: Record<TableId, string> = { villages: 'v', sites: 's' };

/** The URL keys of a table: villages → vsort, vq, vcf, vhide, vshow; sites → ssort, sq, scf, shide, sshow. */
export function tableKeys(id: TableId) {
  const p = PREFIX[id];
  return { sort: `${p}sort`, q: `${p}q`, cf: `${p}cf`, hide: `${p}hide`, show: `${p}show` } as const;
}

/** Longest search text or column filter value read from a URL. */
export const MAX_TEXT = 200;
const COLUMN_ID = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

/**
 * A table's state from URL parameters. `columns` are the ids the table has: anything naming another column is
 * dropped, as are malformed entries; texts are cut to MAX_TEXT characters.
 */
export function parseTableState(params: URLSearchParams, id: TableId, columns: readonly string[]): TableViewState {
  const keys = tableKeys(id);
  const known = (c: string) => COLUMN_ID.test(c) && columns.includes(c);
  let sort: TableViewState['sort'] = null;
  const rawSort = params.get(keys.sort)?.trim() ?? '';
  if (rawSort !== '') {
    const desc = rawSort.startsWith('-');
    const column = desc ? rawSort.slice(1) : rawSort;
    if (known(column)) sort = { column, desc };
  }
  const q = (params.get(keys.q) ?? '').slice(0, MAX_TEXT);
  const cf: Record<string, string> = {};
  for (const entry of params.getAll(keys.cf)) {
    const at = entry.indexOf(':');
    if (at <= 0) continue;
    const column = entry.slice(0, at);
    const value = entry.slice(at + 1).slice(0, MAX_TEXT);
    if (known(column) && value.trim() !== '') cf[column] = value;
  }
  const list = (key: string) => [
    ...new Set(
      (params.get(key) ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(known),
    ),
  ];
  return { sort, q, cf, hidden: list(keys.hide), shown: list(keys.show) };
}

/**
 * The query string with the table's keys set from `state` (empty parts left out) and every other key kept, in its
 * place and order.
 */
export function serialiseTableState(params: URLSearchParams, id: TableId, state: TableViewState): string {
  const keys = tableKeys(id);
  const mine = new Set<string>(Object.values(keys));
  const out = new URLSearchParams();
  for (const [k, v] of params) if (!mine.has(k)) out.append(k, v);
  if (state.sort) out.set(keys.sort, `${state.sort.desc ? '-' : ''}${state.sort.column}`);
  if (state.q !== '') out.set(keys.q, state.q);
  for (const [column, value] of Object.entries(state.cf).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (value !== '') out.append(keys.cf, `${column}:${value}`);
  }
  if (state.hidden.length > 0) out.set(keys.hide, [...state.hidden].sort().join(','));
  if (state.shown.length > 0) out.set(keys.show, [...state.shown].sort().join(','));
  return out.toString();
}

// ── The hash (#/explore?…) ────────────────────────────────────────────────────────────────────────────────────

export function splitHash(hash: string): { path: string; search: string } {
  const raw = hash.replace(/^#/, '');
  const at = raw.indexOf('?');
  return at < 0 ? { path: raw || '/explore', search: '' } : { path: raw.slice(0, at), search: raw.slice(at + 1) };
}

const listeners = new Set<() => void>();

function subscribe(cb: () => void): () => void {
  listeners.add(cb);
  window.addEventListener('hashchange', cb);
  window.addEventListener('popstate', cb);
  return () => {
    listeners.delete(cb);
    window.removeEventListener('hashchange', cb);
    window.removeEventListener('popstate', cb);
  };
}

const currentHash = () => window.location.hash;

/** Writes a table's state into the hash with replaceState (other keys kept) and tells every reader. */
export function writeTableState(id: TableId, state: TableViewState): void {
  const { path, search } = splitHash(window.location.hash);
  const next = serialiseTableState(new URLSearchParams(search), id, state);
  if (next === search) return;
  const url = `${window.location.pathname}${window.location.search}#${path}${next ? `?${next}` : ''}`;
  window.history.replaceState(window.history.state, '', url);
  for (const cb of listeners) cb();
}

/**
 * The state of one table, read from the URL (re-read when it changes), and a setter that writes it there.
 * `columns`: the table's column ids, a constant array (it is a dependency of the memo).
 */
export function useTableState(
  id: TableId,
  columns: readonly string[],
): [TableViewState, (next: TableViewState | ((prev: TableViewState) => TableViewState)) => void] {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  const state = useMemo(
    () => parseTableState(new URLSearchParams(splitHash(hash).search), id, columns),
    [hash, id, columns],
  );
  const set = useCallback(
    (next: TableViewState | ((prev: TableViewState) => TableViewState)) => {
      const prev = parseTableState(new URLSearchParams(splitHash(window.location.hash).search), id, columns);
      writeTableState(id, typeof next === 'function' ? next(prev) : next);
    },
    [id, columns],
  );
  return [state, set];
}
