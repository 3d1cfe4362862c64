// The one way screens get numbers: indicator requests → one query each (deduplicated by key across the whole app
// through react-query's cache; the queries of one render leave together as one batch through the coordinator,
// coordinator.ts) → figures with their period and scope codes. A slot whose rows did not change keeps the same
// FigureSet object, so the panel's memoised models and chart options are not recomputed. While the next result loads (a filter
// change, a new data version) the previous figures stay on screen, so a panel never flashes back to "loading"; a
// failed refresh keeps the last good figures for the SAME request and says so.
import { keepPreviousData, type QueryClient, queryOptions, useQueries } from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';
import type { DataEngine } from '../data/engine-types.ts';
import type { Manifest } from '../data/manifest.ts';
import type { Row } from '../data/rows.ts';
import { INDICATORS, indicatorQuery, resolve } from '../indicators/catalog.ts';
import { asOfFor, type Figure, toFigures } from '../indicators/results.ts';
import type { IndicatorRequest, ResolvedRequest } from '../indicators/types.ts';
import { coordinatedQueryFn } from './coordinator.ts';
import { useData } from './data-context.tsx';
import { figureKey } from './key.ts';

export function figureQueryOptions(req: IndicatorRequest, engine: DataEngine, version: string) {
  const resolved = resolve(req);
  return queryOptions({
    queryKey: figureKey(resolved, version),
    queryFn: coordinatedQueryFn(engine, () => indicatorQuery(resolved), version),
  });
}

/** Loads a request's rows ahead of time (wall pages, briefing slides before they are shown). */
export function prefetchFigures(
  client: QueryClient,
  reqs: readonly IndicatorRequest[],
  engine: DataEngine,
  version: string,
) {
  return Promise.all(reqs.map((r) => client.prefetchQuery(figureQueryOptions(r, engine, version))));
}

export interface FigureSet {
  request: ResolvedRequest;
  figures: Figure[] | undefined;
}

export interface FiguresResult {
  /** One entry per request, in order. */
  sets: FigureSet[];
  state: 'loading' | 'error' | 'ready';
  error: Error | null;
  /** Figures of an earlier data version are on screen (a refresh is running or failed). */
  showingOlderData: boolean;
  retry: () => void;
}

export function figuresOf(req: ResolvedRequest, rows: readonly Row[], manifest: Pick<Manifest, 'as_of' | 'datasets'>) {
  return toFigures(req, rows, asOfFor(INDICATORS[req.indicator], manifest));
}

interface Shown {
  request: ResolvedRequest;
  requestKey: string;
  rows: Row[];
  version: string;
}

/** A slot's FigureSet, the same object as long as the request, rows and manifest it was made from are. */
interface Made {
  request: ResolvedRequest | undefined;
  rows: Row[] | undefined;
  manifest: unknown;
  next: ResolvedRequest;
  set: FigureSet;
}

export function useFigures(requests: readonly IndicatorRequest[]): FiguresResult {
  const { engine, manifest } = useData();
  const requestsKey = JSON.stringify(requests);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the requests' value, not their identity
  const resolved = useMemo(() => requests.map(resolve), [requestsKey]);
  // The request each slot's figures on screen really answer: while the next result loads, the previous figures stay
  // and keep their own period and scope codes (never the new request's).
  const shown = useRef<(Shown | undefined)[]>([]);
  const made = useRef<(Made | undefined)[]>([]);
  const lastSets = useRef<FigureSet[]>([]);
  const results = useQueries({
    queries: resolved.map((r) => ({
      ...figureQueryOptions(r, engine, manifest.version),
      placeholderData: keepPreviousData,
    })),
  });
  const sets: FigureSet[] = [];
  let older = false;
  let error: Error | null = null;
  let loading = false;
  resolved.forEach((r, i) => {
    const q = results[i];
    const rKey = JSON.stringify(r);
    if (q?.data && !q.isPlaceholderData) {
      const prev = shown.current[i];
      // Same rows for the same request and version: keep the entry (its rows' identity) as it is.
      if (!prev || prev.rows !== q.data || prev.requestKey !== rKey || prev.version !== manifest.version)
        shown.current[i] = { request: r, requestKey: rKey, rows: q.data, version: manifest.version };
    }
    const last = shown.current[i];
    const same = last !== undefined && last.requestKey === rKey;
    // useQueries gives a new key a new observer, so keepPreviousData has nothing to keep: while a slot's next
    // result is pending, its last figures stay on screen here (a cross-filter never sends a panel back to loading).
    const pending = q !== undefined && q.data === undefined && !q.isError;
    const current =
      q?.data && !q.isPlaceholderData
        ? last
        : q?.isPlaceholderData || pending || (q?.isError && same)
          ? last
          : undefined;
    if (q?.isError && !current) error = q.error;
    if (!current) loading = true;
    if (current && same && current.version !== manifest.version) older = true;
    const m = made.current[i];
    if (m && m.request === current?.request && m.rows === current?.rows && m.manifest === manifest && m.next === r) {
      sets.push(m.set);
      return;
    }
    const set: FigureSet = {
      request: current?.request ?? r,
      figures: current ? figuresOf(current.request, current.rows, manifest) : undefined,
    };
    made.current[i] = { request: current?.request, rows: current?.rows, manifest, next: r, set };
    sets.push(set);
  });
  shown.current.length = resolved.length;
  made.current.length = resolved.length;
  // The array too stays the same while every slot does (a panel memoising on `sets` skips its work).
  const prevSets = lastSets.current;
  const stable = prevSets.length === sets.length && sets.every((s, i) => s === prevSets[i]) ? prevSets : sets;
  lastSets.current = stable;
  const latest = useRef(results);
  latest.current = results;
  const retry = useCallback(() => {
    for (const q of latest.current) if (q.isError) void q.refetch();
  }, []);
  return {
    sets: stable,
    state: error ? 'error' : loading ? 'loading' : 'ready',
    error,
    showingOlderData: older,
    retry,
  };
}
