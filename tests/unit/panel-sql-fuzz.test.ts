// SQL injection fuzz over every panel's query builder (src/panels/*/query.ts, discovered, so a new panel is covered
// without touching this file): with random hostile filter values, the SQL text is exactly the SQL text for benign
// values of the same count, and the parameters carry the hostile values in the same places as the benign ones.
// Then a few hostile requests really run in DuckDB-WASM (Node build) over the published data: they execute as
// plain values and leave every table as it was.
// (src/filters/url-state.test.ts fuzzes the URL parser and the predicate; this file lives in tests/unit because a
// test under src/filters must not import the panels above it.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATASET_IDS, type DatasetId } from '../../src/data/contract.ts';
import type { QueryRequest } from '../../src/data/engine-types.ts';
import type { Cell } from '../../src/data/rows.ts';
import { type Filters, NO_FILTERS } from '../../src/filters/filters.ts';
import { createTestEngine, type TestEngine } from '../helpers/duckdb-node.ts';

type Builder = (filters: Filters) => QueryRequest;
type MapQuery = (metric: string, regencyCode: string | null) => Builder;

const modules = import.meta.glob<Record<string, unknown>>('../../src/panels/*/query.ts', { eager: true });

function isRequest(x: unknown): x is QueryRequest {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as QueryRequest).sql === 'string' &&
    Array.isArray((x as QueryRequest).params)
  );
}

/** Every exported `(filters) → QueryRequest`, plus the regency map's builders for each metric and level. */
function builders(): [string, Builder][] {
  const out: [string, Builder][] = [];
  for (const [path, mod] of Object.entries(modules)) {
    const panel = path.split('/').at(-2) as string;
    for (const [name, fn] of Object.entries(mod)) {
      if (typeof fn !== 'function') continue;
      if (fn.length === 1) {
        let probe: unknown;
        try {
          probe = fn(NO_FILTERS);
        } catch {
          continue;
        }
        if (isRequest(probe)) out.push([`${panel}.${name}`, fn as Builder]);
      }
    }
    // The regency map: one builder per metric (a whitelist in the code) at province level; the drilled regency
    // code is fuzzed separately below.
    const metrics = mod.METRICS as readonly string[] | undefined;
    const mapQuery = mod.mapQuery as MapQuery | undefined;
    if (metrics && mapQuery) {
      for (const m of metrics) out.push([`${panel}.mapQuery(${m}, null)`, mapQuery(m, null)]);
    }
  }
  return out;
}

const ALPHABET = [
  "'",
  '"',
  ';',
  '--',
  '/*',
  '*/',
  ')',
  '(',
  ',',
  ' ',
  'OR',
  '1=1',
  'DROP TABLE sites',
  '15.02',
  '\\',
  '%',
  '_',
  '\n',
  '?',
  '$1',
  '<img src=x onerror="window.__xss=1">',
  '\u0000',
  'é',
  '🙂',
  "'); SELECT * FROM villages; --",
];

function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const LISTS = ['regencies', 'districts', 'programmes', 'technologies', 'statuses'] as const;
const PREFIX: Record<(typeof LISTS)[number], string> = {
  regencies: 'R',
  districts: 'D',
  programmes: 'P',
  technologies: 'T',
  statuses: 'S',
};
const HOSTILE_NUMBERS = [-1, 0, 1e308, -1e308, 0.5, Number.NaN, 2023, 99999, Number.MAX_SAFE_INTEGER];

/** A hostile filter state, the benign state of the same shape, and hostile → benign value pairs. */
function pair(rand: () => number): { hostile: Filters; benign: Filters; toBenign: Map<Cell, Cell> } {
  const seen = new Set<string>();
  const junk = () => {
    for (;;) {
      const s = Array.from(
        { length: 1 + Math.floor(rand() * 5) },
        () => ALPHABET[Math.floor(rand() * ALPHABET.length)],
      ).join('');
      if (!seen.has(s)) {
        seen.add(s);
        return s;
      }
    }
  };
  const hostile: Record<string, unknown> = { ...NO_FILTERS };
  const benign: Record<string, unknown> = { ...NO_FILTERS };
  const toBenign = new Map<Cell, Cell>();
  for (const key of LISTS) {
    const n = rand() < 0.35 ? 0 : 1 + Math.floor(rand() * 4);
    const values = Array.from({ length: n }, junk);
    hostile[key] = values;
    // Benign values in the same sorted positions as the hostile ones (filters are sorted when normalised).
    const sorted = [...values].sort();
    benign[key] = sorted.map((_, i) => `${PREFIX[key]}${i}`);
    for (const [i, v] of sorted.entries()) toBenign.set(v, `${PREFIX[key]}${i}`);
  }
  const pick = () => (rand() < 0.4 ? null : (HOSTILE_NUMBERS[Math.floor(rand() * HOSTILE_NUMBERS.length)] as number));
  const from = pick();
  const to = pick();
  hostile.yearFrom = from;
  hostile.yearTo = to;
  // Benign years with the same nullness and order (normalising swaps a reversed range).
  const swapped = from !== null && to !== null && from > to;
  const equal = from !== null && to !== null && Object.is(from, to);
  benign.yearFrom = from === null ? null : swapped ? 2031 : 2030;
  benign.yearTo = to === null ? null : equal ? 2030 : swapped ? 2030 : 2031;
  if (from !== null) toBenign.set(from, benign.yearFrom as number);
  if (to !== null) toBenign.set(to, benign.yearTo as number);
  return { hostile: hostile as unknown as Filters, benign: benign as unknown as Filters, toBenign };
}

const ALL = builders();

describe('panel query builders under hostile filter values', () => {
  it('finds the builders of every panel', () => {
    const panels = new Set(ALL.map(([name]) => name.split('.')[0]));
    expect([...panels].sort()).toEqual(
      Object.keys(modules)
        .map((p) => p.split('/').at(-2))
        .sort(),
    );
    expect(ALL.length).toBeGreaterThanOrEqual(11);
  });

  it.each(ALL)('%s: SQL text depends only on how many values there are; values only in params', (_, build) => {
    const rand = rng(7);
    for (let i = 0; i < 300; i++) {
      const { hostile, benign, toBenign } = pair(rand);
      const h = build(hostile);
      const b = build(benign);
      expect(h.sql).toBe(b.sql);
      expect(h.tables).toEqual(b.tables);
      // The hostile values sit exactly where the benign ones do; nothing else differs.
      expect(h.params.map((v) => (toBenign.has(v) ? toBenign.get(v) : v))).toEqual(b.params);
      // The text never contains a value (checked on values that cannot occur in SQL by chance).
      for (const key of LISTS) {
        for (const v of hostile[key]) if (v.length > 3 && /['";]/.test(v)) expect(h.sql).not.toContain(v);
      }
    }
  });

  it('regency map drilled into a hostile regency code: same SQL as for 15.02, the code only in params', () => {
    const rand = rng(3);
    const mods = Object.values(modules).filter((m) => m.mapQuery && m.METRICS);
    expect(mods).toHaveLength(1);
    const mapQuery = mods[0]?.mapQuery as MapQuery;
    const metrics = (mods[0]?.METRICS ?? []) as readonly string[];
    for (const m of metrics) {
      for (let i = 0; i < 100; i++) {
        const code = `${Array.from(
          { length: 1 + Math.floor(rand() * 4) },
          () => ALPHABET[Math.floor(rand() * ALPHABET.length)],
        ).join('')}#code`;
        const { hostile, benign, toBenign } = pair(rand);
        toBenign.set(code, '15.02');
        const h = mapQuery(m, code)(hostile);
        const b = mapQuery(m, '15.02')(benign);
        expect(h.sql).toBe(b.sql);
        expect(h.params).toContain(code);
        expect(h.params.map((v) => (toBenign.has(v) ? toBenign.get(v) : v))).toEqual(b.params);
      }
    }
  });
});

describe('hostile requests in DuckDB', () => {
  let engine: TestEngine;
  const counts: Record<string, number> = {};
  beforeAll(async () => {
    engine = await createTestEngine();
    const dir = join(import.meta.dirname, '..', '..', 'public', 'data');
    const ids: DatasetId[] = DATASET_IDS.filter((id) => id !== 'site_daily');
    for (const id of ids) engine.loadCsvText(id, readFileSync(join(dir, `${id}.csv`), 'utf8'));
    // A small telemetry table (the first 5,000 days) keeps this test quick.
    const telemetry = readFileSync(join(dir, 'site_daily.csv'), 'utf8').split('\n').slice(0, 5001).join('\n');
    engine.loadCsvText('site_daily', telemetry);
    for (const id of DATASET_IDS) counts[id] = Number(engine.sql(`SELECT count(*) AS n FROM ${id}`)[0]?.n);
  }, 60_000);

  it('runs them as plain values: no error, nothing matches, every table intact', async () => {
    const rand = rng(11);
    for (const [name, build] of ALL) {
      for (let i = 0; i < 3; i++) {
        let { hostile } = pair(rand);
        // At least one list value, so that something hostile is bound; years stay sane so the query runs.
        hostile = { ...hostile, yearFrom: null, yearTo: null, regencies: [...hostile.regencies, "15.02' OR '1'='1"] };
        const rows = await engine.run(build(hostile)).catch((e: unknown) => {
          throw new Error(`${name}: ${String(e)}`);
        });
        expect(Array.isArray(rows), name).toBe(true);
      }
    }
    for (const id of DATASET_IDS) {
      expect(Number(engine.sql(`SELECT count(*) AS n FROM ${id}`)[0]?.n), id).toBe(counts[id]);
    }
  });
});
