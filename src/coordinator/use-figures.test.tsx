// @vitest-environment jsdom
// useFigures through the coordinator, with a fake engine that counts its batches: two panels asking the same
// question send one query, a view state's requests leave as one batch, a superseded state's figures never reach
// the screen, and a slot whose rows did not change keeps the same FigureSet (panels memoise on it).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { sampleManifest } from '../../tests/helpers/sample-manifest.ts';
import type { DataEngine, QueryRequest } from '../data/engine-types.ts';
import type { Row } from '../data/rows.ts';
import { type Filters, NO_FILTERS } from '../filters/filters.ts';
import type { IndicatorRequest } from '../indicators/types.ts';
import { DataContext } from './data-context.tsx';
import { type FiguresResult, useFigures } from './use-figures.ts';

const manifest = sampleManifest();

/** Every runBatch waits for release(i); each request's answer is one row whose value is `answerValue(request)`. */
function gatedEngine(answerValue: (r: QueryRequest) => number) {
  const batches: QueryRequest[][] = [];
  const gates: (() => void)[] = [];
  const engine: DataEngine = {
    run: () => Promise.reject(new Error('views never call run()')),
    runBatch: (requests) => {
      batches.push([...requests]);
      return new Promise<Row[][]>((resolve) => {
        gates.push(() => resolve(requests.map((r) => [{ value: answerValue(r) }])));
      });
    },
  };
  return { engine, batches, release: (i: number) => act(async () => gates[i]?.()) };
}

function wrapper(engine: DataEngine) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <DataContext value={{ engine, manifest }}>{children}</DataContext>
    </QueryClientProvider>
  );
}

const installations = (filters: Filters): IndicatorRequest => ({ indicator: 'installations', filters });
const regency = (code: string): Filters => ({ ...NO_FILTERS, regencies: [code] });
/** The value a fake answer carries: 1000 + the regency's last digits, so each state's figures are told apart. */
const answerValue = (r: QueryRequest) =>
  1000 + Number(String(r.params.find((p) => String(p).startsWith('15.')) ?? '0').slice(3));

const value = (r: FiguresResult) => r.sets[0]?.figures?.[0]?.value;

function PanelA({ seen }: { seen: (number | null | undefined)[] }) {
  seen.push(value(useFigures([installations(regency('15.01'))])));
  return null;
}

function PanelB() {
  useFigures([installations(regency('15.01')), installations(regency('15.02'))]);
  return null;
}

describe('useFigures through the coordinator', () => {
  it('two panels asking the same question send one query, in one batch with the other requests', async () => {
    const { engine, batches, release } = gatedEngine(answerValue);
    const seen: (number | null | undefined)[] = [];
    const Wrapper = wrapper(engine);
    render(
      <Wrapper>
        <PanelA seen={seen} />
        <PanelB />
      </Wrapper>,
    );
    await waitFor(() => expect(batches).toHaveLength(1));
    expect(batches[0]).toHaveLength(2); // 15.01 once (asked twice), 15.02 once
    await release(0);
    await waitFor(() => expect(seen.at(-1)).toBe(1001));
    expect(batches).toHaveLength(1);
  });

  it('never shows the figures of a superseded view state', async () => {
    const { engine, batches, release } = gatedEngine(answerValue);
    const shown: (number | null | undefined)[] = [];
    const { result, rerender } = renderHook(
      ({ f }: { f: Filters }) => {
        const r = useFigures([installations(f)]);
        shown.push(value(r));
        return r;
      },
      { wrapper: wrapper(engine), initialProps: { f: regency('15.01') } },
    );
    await waitFor(() => expect(batches).toHaveLength(1)); // state 1 is in the worker
    rerender({ f: regency('15.02') }); // state 2 supersedes it
    rerender({ f: regency('15.03') }); // and state 3 supersedes state 2 before it left
    await release(0); // state 1's rows come back: dropped
    await waitFor(() => expect(batches).toHaveLength(2));
    // State 2 was never sent: the next batch holds state 3 only.
    expect(batches[1]?.map((r) => answerValue(r))).toEqual([1003]);
    await release(1);
    await waitFor(() => expect(value(result.current)).toBe(1003));
    expect(shown.filter((v) => v !== undefined)).toEqual(shown.filter((v) => v === 1003));
    expect(result.current.sets[0]?.request.filters.regencies).toEqual(['15.03']);
  });

  it('keeps the same FigureSet (and array) for a slot whose rows did not change', async () => {
    const rows: Row[] = [{ value: 7 }];
    const engine: DataEngine = {
      run: () => Promise.reject(new Error('unused')),
      runBatch: async (requests) => requests.map(() => rows),
    };
    const { result, rerender } = renderHook(() => useFigures([installations(NO_FILTERS)]), {
      wrapper: wrapper(engine),
    });
    await waitFor(() => expect(result.current.state).toBe('ready'));
    const before = result.current;
    rerender();
    expect(result.current.sets).toBe(before.sets);
    expect(result.current.sets[0]).toBe(before.sets[0]);
    expect(result.current.retry).toBe(before.retry);
  });
});
