// The explore view's state (filters, drill-down position, the map's and the trends' measures, notes about the
// link) kept in step with the URL. The URL is the source: the state is read from it once the values that exist in
// the data are known, and again whenever its managed part changes from outside (Back/Forward, a link to #/explore,
// an edited address). A change made here is written with the router's `navigate`: a filter or drill-down change
// as a new history entry (push: Back undoes it), a measure change in place (replace); other parameters are kept.
// The language travels in the link too (`lang=`, read by the app shell): written in place when it changes.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import type { Dimension, Filters } from '../../filters/filters.ts';
import { knownValuesQuery, toKnownValues } from '../../filters/known-values.ts';
import type { Dropped } from '../../filters/url-state.ts';
import { useLang } from '../../i18n/use-lang.ts';
import type { SelectMode } from '../../panels/define-panel.ts';
import { currentSearch, type HistoryMode, navigate } from '../../platform/hash-route.ts';
import { startCrossFilter } from './cross-filter-timing.ts';
import {
  type ExploreUrlState,
  exploreSearch,
  filtersKey,
  historyMode,
  type Measures,
  managedKey,
  parseExploreParams,
  selectValue,
} from './explore-state.ts';

interface State extends ExploreUrlState {
  /** The known values the state was validated against. */
  known: object;
  /** The managed part of the URL this state was read from or written to (managedKey). */
  urlKey: string;
}

export function useExploreState(params: URLSearchParams, root: { current: Element | null }) {
  const { engine, manifest } = useData();
  const { lang } = useLang();
  // The same query (and cache entry) as useKnownValues(), read here with its error so that a failure is shown.
  const knownQuery = useQuery({
    queryKey: ['known-values', manifest.version],
    queryFn: async () => toKnownValues(await engine.run(knownValuesQuery())),
  });
  const known = knownQuery.data;
  const [state, setState] = useState<State | null>(null);
  const urlKey = managedKey(params);

  // Adjust state while rendering (React's pattern for state derived from props): read once the known values
  // exist, again when they change (new data) or when the URL's managed part is not the one the state stands for.
  let current = state;
  if (known && (state === null || state.known !== known || state.urlKey !== urlKey)) {
    current = { ...parseExploreParams(params, known, manifest.version), known, urlKey };
    setState(current);
  }

  // Side effects (URL, timing) run in the handlers, not inside state updaters (those may run twice).
  const latest = useRef(current);
  latest.current = current;

  const write = useCallback(
    (prev: State, next: Omit<State, 'urlKey' | 'known'>, mode: HistoryMode | null) => {
      const search = exploreSearch(
        new URLSearchParams(currentSearch()),
        next.filters,
        manifest.version,
        next.drill,
        next.measures,
      );
      const committed: State = { ...prev, ...next, urlKey: managedKey(new URLSearchParams(search)) };
      latest.current = committed;
      setState(committed);
      if (mode) navigate(search, mode);
    },
    [manifest.version],
  );

  const setFilters = useCallback(
    (next: Filters | ((prev: Filters) => Filters)) => {
      const prev = latest.current;
      if (!prev) return;
      const filters = typeof next === 'function' ? next(prev.filters) : next;
      const key = filtersKey(filters);
      if (key === filtersKey(prev.filters)) return;
      startCrossFilter(root.current, key);
      write(prev, { ...prev, filters }, historyMode(prev, { ...prev, filters }));
    },
    [root, write],
  );

  /** A cross-filter click: see selectValue (a plain click replaces or takes off, shift/ctrl/cmd adds). */
  const select = useCallback(
    (dimension: Dimension, value: string, mode: SelectMode = 'replace') =>
      setFilters((prev) => selectValue(prev, dimension, value, mode)),
    [setFilters],
  );

  /** A drill-down step is a history entry; a correction the view makes itself (with its note) is not. */
  const setDrill = useCallback(
    (drill: string | null, note?: Dropped) => {
      const prev = latest.current;
      if (!prev || prev.drill === drill) return;
      const next = { ...prev, drill, dropped: note ? [...prev.dropped, note] : prev.dropped };
      write(prev, next, note ? 'replace' : historyMode(prev, next));
    },
    [write],
  );

  const setMeasure = useCallback(
    <K extends keyof Measures>(key: K, value: Measures[K]) => {
      const prev = latest.current;
      if (!prev) return;
      const next = { ...prev, measures: { ...prev.measures, [key]: value } };
      write(prev, next, historyMode(prev, next));
    },
    [write],
  );

  const dismissNotes = useCallback(() => {
    const prev = latest.current;
    if (!prev) return;
    const next = { ...prev, dropped: [], staleVersion: null };
    latest.current = next;
    setState(next);
  }, []);

  // The language the page shows travels in the link (written in place; the app shell reads `lang=`).
  // A link's own `lang=` wins until the language changes here (the shell applies it from the URL).
  const shownLang = useRef<string | null>(null);
  useEffect(() => {
    const changed = shownLang.current !== null && shownLang.current !== lang;
    shownLang.current = lang;
    const search = new URLSearchParams(currentSearch());
    if (search.get('lang') === lang || (search.has('lang') && !changed)) return;
    search.set('lang', lang);
    navigate(search.toString(), 'replace');
  }, [lang]);

  return {
    state: current,
    known,
    knownError: knownQuery.isError && !known ? knownQuery.error : null,
    retryKnown: knownQuery.refetch,
    setFilters,
    select,
    setDrill,
    setMeasure,
    dismissNotes,
  };
}
