// The coordinator with a fake engine that counts its calls and answers when the test says so: deduplication,
// one batch per tick, cancellation of superseded requests (before they are sent and while they run), per-request
// errors, and the first-paint refresh.
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { BatchFailure, type DataEngine, type FirstPaint, type QueryRequest } from '../data/engine-types.ts';
import type { Row } from '../data/rows.ts';
import { BATCH_CHUNK, coordinatedQueryFn, createCoordinator } from './coordinator.ts';

const q = (name: string, params: (string | number)[] = []): QueryRequest => ({
  sql: `SELECT '${name}' AS name`,
  params,
  tables: [],
});

/** Answers each request with one row naming it; every runBatch call waits until the test releases it. */
function gatedEngine() {
  const batches: QueryRequest[][] = [];
  const gates: (() => void)[] = [];
  const engine: DataEngine = {
    run: () => Promise.reject(new Error('views never call run()')),
    runBatch: (requests) => {
      batches.push([...requests]);
      return new Promise<Row[][]>((resolve) => {
        gates.push(() => resolve(requests.map((r) => [{ sql: r.sql, params: JSON.stringify(r.params) }])));
      });
    },
  };
  return { engine, batches, release: (i: number) => gates[i]?.() };
}

/** A scheduler the test runs by hand (the default is setTimeout 0). */
function manualTick() {
  const queue: (() => void)[] = [];
  return {
    schedule: (f: () => void) => {
      queue.push(f);
    },
    tick: () => {
      for (const f of queue.splice(0)) f();
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('createCoordinator', () => {
  it('sends the requests of one tick as one runBatch call, each request once', async () => {
    const { engine, batches, release } = gatedEngine();
    const clock = manualTick();
    const c = createCoordinator(engine, clock.schedule);
    // Two panels ask the same question, and four others ask their own.
    const asks = [q('a'), q('a'), q('b'), q('c', [1]), q('c', [2]), q('d')].map((r) => c.load(r, 'v1'));
    clock.tick();
    expect(batches).toHaveLength(1);
    expect(batches[0]?.map((r) => `${r.sql}|${r.params}`)).toEqual([
      "SELECT 'a' AS name|",
      "SELECT 'b' AS name|",
      "SELECT 'c' AS name|1",
      "SELECT 'c' AS name|2",
      "SELECT 'd' AS name|",
    ]);
    release(0);
    const rows = await Promise.all(asks);
    // Each asker gets the rows of its own request (the duplicate the same rows).
    expect(rows.map((r) => r[0]?.sql)).toEqual([
      "SELECT 'a' AS name",
      "SELECT 'a' AS name",
      "SELECT 'b' AS name",
      "SELECT 'c' AS name",
      "SELECT 'c' AS name",
      "SELECT 'd' AS name",
    ]);
    expect(rows[3]?.[0]?.params).toBe('[1]');
    expect(rows[4]?.[0]?.params).toBe('[2]');
    expect(rows[0]).toBe(rows[1]);
    expect(c.stats).toMatchObject({ requested: 6, batches: 1, queries: 5 });
  });

  it('splits a large batch into statements of at most BATCH_CHUNK requests, all sent at once', async () => {
    const { engine, batches, release } = gatedEngine();
    const clock = manualTick();
    const c = createCoordinator(engine, clock.schedule);
    const n = BATCH_CHUNK * 2 + 1;
    const asks = Array.from({ length: n }, (_, i) => c.load(q(`r${i}`), 'v1'));
    clock.tick();
    // Every chunk is in the worker at once (no round trip between them), in the order asked.
    expect(batches.map((b) => b.length)).toEqual([BATCH_CHUNK, BATCH_CHUNK, 1]);
    expect(batches.flat().map((r) => r.sql)).toEqual(Array.from({ length: n }, (_, i) => `SELECT 'r${i}' AS name`));
    // A chunk's askers get their rows as soon as their chunk is back, whatever the others do.
    release(1);
    expect((await asks[BATCH_CHUNK])?.[0]?.sql).toBe(`SELECT 'r${BATCH_CHUNK}' AS name`);
    release(0);
    release(2);
    expect((await Promise.all(asks)).map((r) => r[0]?.sql)).toEqual(
      Array.from({ length: n }, (_, i) => `SELECT 'r${i}' AS name`),
    );
    expect(c.stats).toMatchObject({ requested: n, batches: 3, queries: n });
  });

  it("queues the view's listings behind the figures asked in the same tick, one statement each", async () => {
    const { engine, batches, release } = gatedEngine();
    const clock = manualTick();
    const c = createCoordinator(engine, clock.schedule);
    const table = c.load(q('villages table'), 'v1', undefined, 'after');
    const sites = c.load(q('sites table'), 'v1', undefined, 'after');
    const figure = c.load(q('kpi'), 'v1');
    // The same listing asked by a panel too ('first') goes with the figures.
    const shared = c.load(q('units'), 'v1', undefined, 'after');
    const sharedByPanel = c.load(q('units'), 'v1', undefined, 'first');
    clock.tick();
    // All sent at once, figures first: the worker runs them in this order.
    expect(batches.map((b) => b.map((r) => r.sql))).toEqual([
      ["SELECT 'kpi' AS name", "SELECT 'units' AS name"],
      ["SELECT 'villages table' AS name"],
      ["SELECT 'sites table' AS name"],
    ]);
    release(0);
    expect((await figure)[0]?.sql).toBe("SELECT 'kpi' AS name");
    expect(await shared).toBe(await sharedByPanel);
    release(1);
    release(2);
    expect((await table)[0]?.sql).toBe("SELECT 'villages table' AS name");
    expect((await sites)[0]?.sql).toBe("SELECT 'sites table' AS name");
  });

  it('keeps data versions apart: the same SQL under two versions is two queries', async () => {
    const { engine, batches, release } = gatedEngine();
    const clock = manualTick();
    const c = createCoordinator(engine, clock.schedule);
    const asks = [c.load(q('a'), 'v1'), c.load(q('a'), 'v2')];
    clock.tick();
    expect(batches[0]).toHaveLength(2);
    release(0);
    await Promise.all(asks);
  });

  it('never sends a request whose askers all moved on before the batch left', async () => {
    const { engine, batches, release } = gatedEngine();
    const clock = manualTick();
    const c = createCoordinator(engine, clock.schedule);
    const state1 = new AbortController();
    const old = c.load(q('state 1'), 'v1', state1.signal);
    // State 2 supersedes state 1 within the same tick: react-query aborts state 1's signal.
    state1.abort();
    const next = c.load(q('state 2'), 'v1', new AbortController().signal);
    clock.tick();
    await expect(old).rejects.toMatchObject({ name: 'AbortError' });
    expect(batches).toHaveLength(1);
    expect(batches[0]?.map((r) => r.sql)).toEqual(["SELECT 'state 2' AS name"]);
    release(0);
    expect((await next)[0]?.sql).toBe("SELECT 'state 2' AS name");
    expect(c.stats.cancelled).toBe(1);
  });

  it('drops the rows of a superseded batch already in the worker, and sends the next state as the next batch', async () => {
    const { engine, batches, release } = gatedEngine();
    const clock = manualTick();
    const c = createCoordinator(engine, clock.schedule);
    const state1 = new AbortController();
    const delivered: string[] = [];
    const s1 = [q('s1 kpis'), q('s1 map')].map((r) =>
      c.load(r, 'v1', state1.signal).then(
        (rows) => delivered.push(String(rows[0]?.sql)),
        (e: Error) => e.name,
      ),
    );
    clock.tick();
    expect(batches).toHaveLength(1); // state 1's batch is in the worker
    state1.abort(); // the user clicked again
    const s2 = [q('s2 kpis'), q('s2 map')].map((r) => c.load(r, 'v1', new AbortController().signal));
    expect(await Promise.all(s1)).toEqual(['AbortError', 'AbortError']);
    release(0); // state 1's rows come back: nobody gets them
    await settle();
    expect(delivered).toEqual([]);
    expect(c.stats.dropped).toBe(2);
    // State 2 waited for the worker and leaves as one batch.
    clock.tick();
    expect(batches).toHaveLength(2);
    expect(batches[1]?.map((r) => r.sql)).toEqual(["SELECT 's2 kpis' AS name", "SELECT 's2 map' AS name"]);
    release(1);
    expect((await Promise.all(s2)).map((r) => r[0]?.sql)).toEqual([
      "SELECT 's2 kpis' AS name",
      "SELECT 's2 map' AS name",
    ]);
  });

  it('a request equal to one in the worker joins it instead of running again', async () => {
    const { engine, batches, release } = gatedEngine();
    const clock = manualTick();
    const c = createCoordinator(engine, clock.schedule);
    const first = c.load(q('a'), 'v1');
    clock.tick();
    const second = c.load(q('a'), 'v1');
    clock.tick();
    release(0);
    expect(await second).toBe(await first);
    expect(batches).toHaveLength(1);
  });

  it('gives each request its own outcome when the engine says which failed', async () => {
    const engine: DataEngine = {
      run: () => Promise.reject(new Error('unused')),
      runBatch: async () => {
        throw new BatchFailure([{ rows: [{ n: 1 }] }, { error: new Error('Berkas sites.parquet gagal dimuat') }]);
      },
    };
    const clock = manualTick();
    const c = createCoordinator(engine, clock.schedule);
    const ok = c.load(q('ok'), 'v1');
    const bad = c.load(q('bad'), 'v1');
    clock.tick();
    expect(await ok).toEqual([{ n: 1 }]);
    await expect(bad).rejects.toThrow('Berkas sites.parquet gagal dimuat');
  });

  it('asks each request alone when a one-statement batch fails, so only the failing one errors', async () => {
    const seen: number[] = [];
    const engine: DataEngine = {
      run: () => Promise.reject(new Error('unused')),
      runBatch: async (requests) => {
        seen.push(requests.length);
        if (requests.some((r) => r.sql.includes('broken'))) throw new Error('Binder Error: broken');
        return requests.map(() => [{ n: 2 }]);
      },
    };
    const clock = manualTick();
    const c = createCoordinator(engine, clock.schedule);
    const ok = c.load(q('ok'), 'v1');
    const bad = c.load(q('broken'), 'v1');
    clock.tick();
    expect(await ok).toEqual([{ n: 2 }]);
    await expect(bad).rejects.toThrow('broken');
    expect(seen).toEqual([2, 1, 1]);
  });

  it('a failed request asked again while the rest of its batch is still asked one by one gets its own answer', async () => {
    // The retry of a failed panel query arrives while a slow sibling of its batch is still in the worker: it must
    // not join the already-settled entry (it would wait forever and the panel would stay "loading").
    let slowRelease: () => void = () => {};
    let brokenCalls = 0;
    const engine: DataEngine = {
      run: () => Promise.reject(new Error('unused')),
      runBatch: async (requests) => {
        if (requests.length > 1) throw new Error('Binder Error: broken');
        const [r] = requests;
        if (r?.sql.includes('broken')) {
          brokenCalls += 1;
          throw new Error(`broken ${brokenCalls}`);
        }
        if (r?.sql.includes('slow')) await new Promise<void>((res) => (slowRelease = res));
        return [[{ n: 1 }]];
      },
    };
    const c = createCoordinator(engine, (f) => setTimeout(f, 0));
    const bad = c.load(q('broken'), 'v1');
    const slow = c.load(q('slow'), 'v1');
    await expect(bad).rejects.toThrow('broken 1');
    const retried = c.load(q('broken'), 'v1');
    slowRelease();
    expect(await slow).toEqual([{ n: 1 }]);
    await expect(retried).rejects.toThrow('broken 2');
  });
});

describe('first paint', () => {
  /** An engine whose first paint answers request 'x' from precomputed rows until ready(). */
  function firstPaintEngine() {
    const precomputed: Row[] = [{ value: 1 }];
    const state = { ready: false, calls: 0, release: () => {} };
    const listeners = new Set<() => void>();
    const firstPaint: FirstPaint = {
      answer: async (r) => (!state.ready && r.sql.includes("'x'") ? precomputed : undefined),
      isPrecomputed: (rows) => rows === precomputed,
      ready: () => state.ready,
      subscribe: (l) => {
        listeners.add(l);
        return () => listeners.delete(l);
      },
    };
    const engine: DataEngine = {
      run: () => Promise.reject(new Error('unused')),
      runBatch: (requests) => {
        state.calls += 1;
        // The engine's rows wait for its tables until the test says they are loaded.
        return new Promise((resolve) => {
          const answer = () => resolve(requests.map(() => [{ value: 2 }]));
          if (state.ready) answer();
          else state.release = answer;
        });
      },
      firstPaint,
    };
    const becomeReady = () => {
      state.ready = true;
      state.release();
      for (const l of listeners) l();
    };
    return { engine, precomputed, state, becomeReady };
  }

  it('answers precomputed requests at once, without waiting for the batch of the others', async () => {
    const { engine, precomputed, state, becomeReady } = firstPaintEngine();
    const c = createCoordinator(engine);
    const fast = c.load(q('x'), 'v1');
    const slow = c.load(q('y'), 'v1');
    expect(await fast).toBe(precomputed); // while 'y' still waits for the tables
    await settle();
    expect(state.calls).toBe(1); // 'y' went to the engine, alone
    becomeReady();
    expect(await slow).toEqual([{ value: 2 }]);
    expect(c.stats).toMatchObject({ precomputed: 1, queries: 1 });
  });

  it('asks again, once the engine is ready, for every cached result that came from precomputed rows', async () => {
    const { engine, precomputed, state, becomeReady } = firstPaintEngine();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
    const key = ['figure', 'x'];
    const queryFn = coordinatedQueryFn(engine, () => q('x'), 'v1');
    expect(await client.fetchQuery({ queryKey: key, queryFn })).toBe(precomputed);
    expect(state.calls).toBe(0);
    becomeReady();
    await settle();
    // Not shown on any screen (no observer): marked stale, fetched from the engine on next use.
    expect(client.getQueryState(key)?.isInvalidated).toBe(true);
    expect(await client.fetchQuery({ queryKey: key, queryFn })).toEqual([{ value: 2 }]);
    expect(state.calls).toBe(1);
  });
});
