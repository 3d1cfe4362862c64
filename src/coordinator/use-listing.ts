// Row listings that are not indicators (src/indicators/listings/: repeater units, the areas of the province…) through
// the same cache as the figures: keyed by (listing name, builder arguments, data version) in src/coordinator/key.ts,
// and through the same coordinator (coordinator.ts): a view's listings leave in the same batch as its figures.
// While the next result loads the previous rows stay on screen, as for figures, and say which arguments they answer.
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import type { DataEngine, QueryRequest } from '../data/engine-types.ts';
import type { Row } from '../data/rows.ts';
import { coordinatedQueryFn, type Lane } from './coordinator.ts';
import { useData } from './data-context.tsx';
import { listingKey } from './key.ts';

/**
 * `lane` 'after' (the default: the explore tables, the drill-down, prefetches) runs in the worker behind the figures
 * asked in the same render, one statement per listing; a panel's own listing (useListing) goes with the figures.
 */
export function listingQueryOptions<A>(
  name: string,
  args: A,
  build: (args: A) => QueryRequest,
  engine: DataEngine,
  version: string,
  lane: Lane = 'after',
) {
  return queryOptions({
    queryKey: listingKey(name, args, version),
    queryFn: coordinatedQueryFn(engine, () => build(args), version, lane),
  });
}

export interface ListingResult<A> {
  /** The rows on screen (the previous arguments' rows while the next result loads). */
  rows: Row[] | undefined;
  /** The arguments `rows` answer. */
  args: A | undefined;
  state: 'loading' | 'error' | 'ready';
  error: Error | null;
  retry: () => void;
}

/** `args` must be plain data (it is part of the cache key); `build` a pure builder of the listing's SQL. */
export function useListing<A>(
  name: string,
  args: A,
  build: (args: A) => QueryRequest,
  enabled = true,
): ListingResult<A> {
  const { engine, manifest } = useData();
  const q = useQuery({
    ...listingQueryOptions(name, args, build, engine, manifest.version, 'first'),
    placeholderData: keepPreviousData,
    enabled,
  });
  const shown = useRef<{ args: A; rows: Row[] } | null>(null);
  if (q.data && !q.isPlaceholderData) shown.current = { args, rows: q.data };
  const rows = shown.current?.rows;
  return {
    rows,
    args: shown.current?.args,
    state: rows ? 'ready' : q.isError ? 'error' : 'loading',
    error: rows ? null : q.error,
    retry: () => void q.refetch(),
  };
}
