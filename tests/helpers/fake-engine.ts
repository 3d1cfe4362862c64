// Panel component tests: a fake engine that answers exactly a panel's own indicator requests (matched by the SQL
// and parameters the catalog builds for them) with hand-written rows, and fails on any other query; and builders
// of the rows an indicator returns per year.
import { type DataEngine, type QueryRequest, withRunEach } from '../../src/data/engine-types.ts';
import type { Row } from '../../src/data/rows.ts';
import { indicatorQuery } from '../../src/indicators/catalog.ts';
import type { IndicatorRequest } from '../../src/indicators/types.ts';

const same = (a: QueryRequest, b: QueryRequest) =>
  a.sql === b.sql && JSON.stringify(a.params) === JSON.stringify(b.params);

/**
 * `requests`: [key, request] pairs (a key names the request's role); `answer(key)` gives its rows. The first
 * `fail` calls throw `error`. `calls` records every query run.
 */
export function fakeFiguresEngine<K>(
  requests: readonly (readonly [K, IndicatorRequest])[],
  answer: (key: K) => Row[],
  options: { fail?: number; error?: string } = {},
): { engine: DataEngine; calls: QueryRequest[] } {
  const calls: QueryRequest[] = [];
  let failures = options.fail ?? 0;
  const engine: DataEngine = withRunEach({
    run: async (request) => {
      calls.push(request);
      if (failures > 0) {
        failures -= 1;
        throw new Error(options.error ?? 'query failed');
      }
      const match = requests.find(([, r]) => same(request, indicatorQuery(r)));
      if (!match) throw new Error(`unexpected query: ${request.sql}`);
      return answer(match[0]);
    },
  });
  return { engine, calls };
}

/** Rows of a per-year indicator: { year, value }. */
export const yearRows = (values: Record<number, number>): Row[] =>
  Object.entries(values).map(([year, value]) => ({ year: Number(year), value }));

/** Rows of a target per year (targets return the days they cover). */
export const planRows = (values: Record<number, number>): Row[] =>
  Object.entries(values).map(([year, value]) => ({
    year: Number(year),
    value,
    period_from: `${year}-01-01`,
    period_to: `${year}-12-31`,
  }));
