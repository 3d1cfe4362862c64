// The query coordinator: the only caller of the engine for views. Every request of a view state (indicator requests
// and listings, through react-query's queryFns in use-figures.ts and use-listing.ts) comes here; the ones issued in
// the same tick (one render of a view: every panel, table and drill-down of a cross-filter click) are deduplicated
// by (data version, SQL, parameters) and sent to the engine as ONE runBatch call, i.e. one statement and one worker
// round trip (src/data/batch-sql.ts). While a batch runs in the worker, new requests wait and leave together as the
// next batch.
// Superseded requests: react-query passes each queryFn an AbortSignal and aborts it when no panel shows that key
// any more (a newer view state replaced it). An aborted request is rejected at once, so its result can never reach a
// panel; if it has not left yet it is not sent at all, and if its batch is already in the worker its rows are dropped.
// Caching by key and handing each panel only its own result stay with react-query (one cache entry per key; a panel
// re-renders only when one of its own keys changes): docs/decisions.md, "One query coordinator".
import type { QueryClient } from '@tanstack/react-query';
import { BatchFailure, type DataEngine, type QueryRequest } from '../data/engine-types.ts';
import type { Row } from '../data/rows.ts';

interface Waiter {
  resolve: (rows: Row[]) => void;
  reject: (error: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

/**
 * 'first': what panels draw (figures, and the listings a panel draws itself); 'after': the view's row listings
 * (tables, drill-down, prefetches), queued in the worker behind the figures of the same render, one per statement.
 */
export type Lane = 'first' | 'after';

interface Entry {
  key: string;
  request: QueryRequest;
  lane: Lane;
  waiters: Set<Waiter>;
}

/** What the coordinator did, for the tests and the benchmark. */
export interface CoordinatorStats {
  /** runBatch calls made. */
  batches: number;
  /** Requests sent in them (after deduplication). */
  queries: number;
  /** Requests asked for (before deduplication). */
  requested: number;
  /** Requests dropped before they were sent (every asker had moved on). */
  cancelled: number;
  /** Requests whose rows came back after every asker had moved on (rows dropped). */
  dropped: number;
  /** Requests answered from the engine's first-paint results (never sent). */
  precomputed: number;
  /** The last BATCH_LOG_SIZE runBatch calls (performance.now() times), for the benchmark's breakdown of a click. */
  log: BatchLogEntry[];
  /** Nothing waiting, scheduled or in the worker: every request asked so far is answered (the benchmark's signal). */
  readonly idle: boolean;
}

export interface BatchLogEntry {
  /** Requests in the batch. */
  queries: number;
  /** When runBatch was called and when its rows were back (decoded, before any panel saw them). */
  sent: number;
  done: number;
}

const BATCH_LOG_SIZE = 64;
const now = () => (typeof performance === 'undefined' ? Date.now() : performance.now());

export interface Coordinator {
  /** The rows of `request` under data version `version`; rejected with an AbortError once `signal` aborts. */
  load(request: QueryRequest, version: string, signal?: AbortSignal, lane?: Lane): Promise<Row[]>;
  readonly stats: CoordinatorStats;
}

const requestKey = (r: QueryRequest, version: string) => `${version}\u0000${r.sql}\u0000${JSON.stringify(r.params)}`;

function abortError(): Error {
  return new DOMException('superseded by a newer view state', 'AbortError');
}

/** Requests per runBatch statement (see flush: the statement's cost grows with the square of its queries). */
export const BATCH_CHUNK = 6;

/**
 * `schedule` decides when a batch leaves. Default: a microtask, i.e. as soon as the task that asked ends — every
 * query function of a render is called in the same pass of React's effects, so they still leave together, and
 * they leave BEFORE the browser runs the frame that redraws the charts (with setTimeout they waited behind it:
 * ~90 ms of a click's critical path in the trace of 4 Dec 2026, docs/performance.md).
 */
export function createCoordinator(
  engine: DataEngine,
  schedule: (flush: () => void) => void = (flush) => queueMicrotask(flush),
  chunkSize = BATCH_CHUNK,
): Coordinator {
  const stats: CoordinatorStats = {
    batches: 0,
    queries: 0,
    requested: 0,
    cancelled: 0,
    dropped: 0,
    precomputed: 0,
    log: [],
    get idle() {
      return !scheduled && !busy && pending.size === 0;
    },
  };
  const logBatch = (queries: number, sent: number) => {
    stats.log.push({ queries, sent, done: now() });
    if (stats.log.length > BATCH_LOG_SIZE) stats.log.splice(0, stats.log.length - BATCH_LOG_SIZE);
  };
  /** Waiting for the next batch. */
  let pending = new Map<string, Entry>();
  /** In the worker now (a request equal to one of these joins it instead of running again). */
  let running = new Map<string, Entry>();
  let scheduled = false;
  let busy = false;

  const settle = (entry: Entry, outcome: { rows: Row[] } | { error: unknown }) => {
    // A settled entry takes no more waiters: a request asked again later (a retry while the rest of a failed batch
    // is still asked one by one) starts a new entry instead of joining one that will never settle again.
    if (running.get(entry.key) === entry) running.delete(entry.key);
    if (entry.waiters.size === 0) {
      stats.dropped += 1;
      return;
    }
    for (const w of entry.waiters) {
      w.signal?.removeEventListener('abort', w.onAbort);
      if ('rows' in outcome) w.resolve(outcome.rows);
      else w.reject(outcome.error);
    }
    entry.waiters.clear();
  };

  const kick = () => {
    if (scheduled || busy || pending.size === 0) return;
    scheduled = true;
    schedule(() => {
      scheduled = false;
      void flush();
    });
  };

  /** Settles the entries the engine's first-paint results answer; returns the others. */
  async function answerFirstPaint(entries: Entry[]): Promise<Entry[]> {
    const fp = engine.firstPaint;
    if (!fp) return entries;
    const answers = await Promise.all(entries.map((e) => fp.answer(e.request).catch(() => undefined)));
    return entries.filter((e, i) => {
      const rows = answers[i];
      if (!rows) return true;
      stats.precomputed += 1;
      settle(e, { rows });
      return false;
    });
  }

  /** One runBatch call for `chunk`; each entry is settled as soon as its chunk is back. */
  async function runChunk(chunk: Entry[]): Promise<void> {
    stats.batches += 1;
    stats.queries += chunk.length;
    const sent = now();
    try {
      const results = await engine.runBatch(chunk.map((e) => e.request));
      logBatch(chunk.length, sent);
      chunk.forEach((e, i) => {
        const rows = results[i];
        settle(e, rows ? { rows } : { error: new Error('runBatch returned too few results') });
      });
    } catch (error) {
      if (error instanceof BatchFailure) {
        chunk.forEach((e, i) => {
          settle(e, error.outcomes[i] ?? { error });
        });
      } else if (chunk.length === 1) {
        settle(chunk[0] as Entry, { error });
      } else {
        // One failing query fails the whole statement: each request still alive is asked alone, so that only the
        // failing one reports an error (its panel's retry) and the others show their figures.
        for (const e of chunk) {
          if (e.waiters.size === 0) {
            stats.dropped += 1;
            continue;
          }
          stats.batches += 1;
          stats.queries += 1;
          try {
            const [rows] = await engine.runBatch([e.request]);
            settle(e, rows ? { rows } : { error: new Error('runBatch returned no result') });
          } catch (err) {
            settle(e, { error: err });
          }
        }
      }
    }
  }

  async function flush(): Promise<void> {
    if (busy) return;
    busy = true;
    const taken = [...pending.values()];
    pending = new Map();
    running = new Map(taken.map((e) => [e.key, e]));
    // While the tables load, precomputed answers go out at once: they never wait for the batch's tables.
    const fp = engine.firstPaint;
    const rest = fp && !fp.ready() ? await answerFirstPaint(taken) : taken;
    const live = rest.filter((e) => {
      if (e.waiters.size > 0) return true;
      stats.cancelled += 1;
      return false;
    });
    try {
      if (live.length === 0) return;
      running = new Map(live.map((e) => [e.key, e]));
      // Chunks of at most `chunkSize` requests, all sent at once (the worker runs them in order, no round trip
      // between them): a batch statement's cost grows with the square of its queries (every branch of the UNION
      // carries every query's columns: src/data/batch-sql.ts), so a few small statements cost less than one large
      // one, and each chunk's panels get their rows as soon as it is back. Figures first: the worker runs the
      // panels' chunks before the view's listings (tables, drill-down), which go one per statement (their hundreds
      // of rows would each carry every other query's columns and pass the batch's numbering and sort; alone they
      // are a plain query).
      const first = live.filter((e) => e.lane === 'first');
      const chunks: Entry[][] = [];
      for (let i = 0; i < first.length; i += chunkSize) chunks.push(first.slice(i, i + chunkSize));
      for (const e of live) if (e.lane === 'after') chunks.push([e]);
      await Promise.all(chunks.map(runChunk));
    } finally {
      running = new Map();
      busy = false;
      kick();
    }
  }

  return {
    stats,
    load(request, version, signal, lane = 'first') {
      stats.requested += 1;
      if (signal?.aborted) return Promise.reject(abortError());
      const key = requestKey(request, version);
      let entry = running.get(key) ?? pending.get(key);
      if (!entry) {
        entry = { key, request, lane, waiters: new Set() };
        pending.set(key, entry);
      } else if (lane === 'first') entry.lane = 'first';
      const target = entry;
      return new Promise<Row[]>((resolve, reject) => {
        const waiter: Waiter = {
          resolve,
          reject,
          signal,
          onAbort: () => {
            target.waiters.delete(waiter);
            reject(abortError());
          },
        };
        target.waiters.add(waiter);
        signal?.addEventListener('abort', waiter.onAbort, { once: true });
        kick();
      });
    },
  };
}

const byEngine = new WeakMap<DataEngine, Coordinator>();

/** The one coordinator of an engine (the app has one engine; each test's engine gets its own). */
export function coordinatorFor(engine: DataEngine): Coordinator {
  let c = byEngine.get(engine);
  if (!c) {
    c = createCoordinator(engine);
    byEngine.set(engine, c);
    // The benchmark reads the app's counters (scripts/bench.ts: requests, batches and queries per click).
    if (typeof window !== 'undefined') (window as { __jdacCoordinator?: CoordinatorStats }).__jdacCoordinator = c.stats;
  }
  return c;
}

// ---------- first paint ----------
// An engine may answer the first paint from results precomputed at publish time (engine.firstPaint: the browser's
// snapshot.json) while its tables load. Those answers stand only until the engine is ready: then every cached
// result that came from them is invalidated, so the panels showing it ask again and get the engine's rows (the
// engine compares them with the precomputed ones and reports a mismatch; src/data/duckdb-browser.ts).

const watched = new WeakMap<DataEngine, WeakSet<QueryClient>>();

/** Once per (engine, query client): when the engine becomes ready, precomputed results are fetched again. */
export function watchFirstPaint(engine: DataEngine, client: QueryClient): void {
  const fp = engine.firstPaint;
  if (!fp) return;
  let clients = watched.get(engine);
  if (!clients) {
    clients = new WeakSet();
    watched.set(engine, clients);
  }
  if (clients.has(client)) return;
  clients.add(client);
  fp.subscribe(() => refreshPrecomputed(engine, client));
}

/** Invalidates every cached result that came from precomputed rows (active ones are fetched again at once). */
export function refreshPrecomputed(engine: DataEngine, client: QueryClient): Promise<void> {
  const fp = engine.firstPaint;
  if (!fp?.ready()) return Promise.resolve();
  return client.invalidateQueries({
    predicate: (q) => Array.isArray(q.state.data) && fp.isPrecomputed(q.state.data as Row[]),
  });
}

/** The queryFn of every figure and listing: through the coordinator, with the first-paint refresh wired in. */
export function coordinatedQueryFn(
  engine: DataEngine,
  build: () => QueryRequest,
  version: string,
  lane: Lane = 'first',
) {
  return async ({ signal, client }: { signal: AbortSignal; client: QueryClient }): Promise<Row[]> => {
    watchFirstPaint(engine, client);
    const rows = await coordinatorFor(engine).load(build(), version, signal, lane);
    // Precomputed rows that arrive after the engine became ready (a race with the ready event): asked again too.
    if (engine.firstPaint?.isPrecomputed(rows) && engine.firstPaint.ready())
      setTimeout(() => void refreshPrecomputed(engine, client), 0);
    return rows;
  };
}
