// The explore view's state (filters, drill-down position, notes about the link) kept in step with the URL:
// read from the link once the values that exist in the data are known, written back with history.replaceState
// on every change (no reload, other parameters kept). A change of the URL from outside (back/forward, a link to
// #/explore, an edited address) reaches the view as new `params` and is read again.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import type { Dimension, Filters } from '../../filters/filters.ts';
import { knownValuesQuery, toKnownValues } from '../../filters/known-values.ts';
import type { Dropped } from '../../filters/url-state.ts';
import { startCrossFilter } from './cross-filter-timing.ts';
import { type ExploreUrlState, exploreSearch, filtersKey, parseExploreParams, toggleValue } from './explore-state.ts';

interface State extends ExploreUrlState {
  /** The known values the state was validated against. */
  known: object;
}

function hashParts(): { path: string; search: string } {
  const raw = window.location.hash.replace(/^#/, '');
  const at = raw.indexOf('?');
  return at < 0 ? { path: raw || '/explore', search: '' } : { path: raw.slice(0, at), search: raw.slice(at + 1) };
}

export function useExploreState(params: URLSearchParams, root: { current: Element | null }) {
  const { engine, manifest } = useData();
  // The same query (and cache entry) as useKnownValues(), read here with its error so that a failure is shown.
  const knownQuery = useQuery({
    queryKey: ['known-values', manifest.version],
    queryFn: async () => toKnownValues(await engine.run(knownValuesQuery())),
  });
  const known = knownQuery.data;
  const [state, setState] = useState<State | null>(null);
  const propSearch = params.toString();
  const [seenSearch, setSeenSearch] = useState(propSearch);
  /** The query string this view wrote last (so that reading it back is not taken as an outside change). */
  const written = useRef<string | null>(null);

  // Adjust state while rendering (React's pattern for state derived from props): first read once the known values
  // exist, again when they change (new data) or when the URL changed from outside.
  const outside = propSearch !== seenSearch && propSearch !== written.current;
  if (propSearch !== seenSearch) setSeenSearch(propSearch);
  if (known && (state === null || state.known !== known || outside)) {
    const search = outside || state === null ? propSearch : (written.current ?? propSearch);
    setState({ ...parseExploreParams(new URLSearchParams(search), known, manifest.version), known });
  }

  const writeUrl = useCallback(
    (filters: Filters, drill: string | null) => {
      const { path, search } = hashParts();
      const next = exploreSearch(new URLSearchParams(search), filters, manifest.version, drill);
      written.current = next;
      const url = `${window.location.pathname}${window.location.search}#${path}${next ? `?${next}` : ''}`;
      window.history.replaceState(window.history.state, '', url);
    },
    [manifest.version],
  );

  // Side effects (URL, timing) run in the handlers, not inside state updaters (those may run twice).
  const current = useRef(state);
  current.current = state;
  const commit = useCallback((next: State) => {
    current.current = next;
    setState(next);
  }, []);

  const setFilters = useCallback(
    (next: Filters | ((prev: Filters) => Filters)) => {
      const prev = current.current;
      if (!prev) return;
      const filters = typeof next === 'function' ? next(prev.filters) : next;
      const key = filtersKey(filters);
      if (key === filtersKey(prev.filters)) return;
      startCrossFilter(root.current, key);
      writeUrl(filters, prev.drill);
      commit({ ...prev, filters });
    },
    [root, writeUrl, commit],
  );

  const toggle = useCallback(
    (dimension: Dimension, value: string) => setFilters((prev) => toggleValue(prev, dimension, value)),
    [setFilters],
  );

  const setDrill = useCallback(
    (drill: string | null, note?: Dropped) => {
      const prev = current.current;
      if (!prev) return;
      writeUrl(prev.filters, drill);
      commit({ ...prev, drill, dropped: note ? [...prev.dropped, note] : prev.dropped });
    },
    [writeUrl, commit],
  );

  const dismissNotes = useCallback(() => {
    const prev = current.current;
    if (prev) commit({ ...prev, dropped: [], staleVersion: null });
  }, [commit]);

  return {
    state,
    known,
    knownError: knownQuery.isError && !known ? knownQuery.error : null,
    retryKnown: knownQuery.refetch,
    setFilters,
    toggle,
    setDrill,
    dismissNotes,
  };
}
