// SQL injection fuzz over every query builder a screen can reach (discovered, so a new indicator, breakdown or
// listing is covered without touching this file): every indicator of the catalog without and with each of its
// breakdowns, and every `(filters) → QueryRequest` listing in src/indicators/listings/. With random hostile filter
// values, the SQL text is exactly the SQL text for benign values of the same count, and the parameters carry the
// hostile values in the same places as the benign ones. Then a few hostile requests really run in DuckDB-WASM
// (Node build) over the published data: they execute as plain values and leave every table as it was.
// (src/filters/url-state.test.ts fuzzes the URL parser and the predicate.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATASET_IDS, type DatasetId } from '../../src/data/contract.ts';
import type { QueryRequest } from '../../src/data/engine-types.ts';
import type { Cell } from '../../src/data/rows.ts';
import { type Filters, NO_FILTERS } from '../../src/filters/filters.ts';
import { INDICATORS, indicatorQuery } from '../../src/indicators/catalog.ts';
import { drillAreasQuery } from '../../src/indicators/listings/drill-areas.ts';
import { INDICATOR_IDS } from '../../src/indicators/types.ts';
import { createTestEngine, type TestEngine } from '../helpers/duckdb-node.ts';

type Builder = (filters: Filters) => QueryRequest;

const listings = import.meta.glob<Record<string, unknown>>(['../../src/indicators/listings/*.ts', '!**/*.test.ts'], {
  eager: true,
});

function isRequest(x: unknown): x is QueryRequest {
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof (x as QueryRequest).sql === 'string' &&
    Array.isArray((x as QueryRequest).params) &&
    Array.isArray((x as QueryRequest).tables)
  );
}

/** Every indicator × (no breakdown, each breakdown), and every exported listing `(filters) → QueryRequest`. */
function builders(): [string, Builder][] {
  const out: [string, Builder][] = [];
  for (const id of INDICATOR_IDS) {
    for (const by of [[], ...INDICATORS[id].breakdowns.map((b) => [b])]) {
      out.push([`${id}[${by.join(',')}]`, (filters) => indicatorQuery({ indicator: id, filters, by })]);
    }
  }
  for (const [path, mod] of Object.entries(listings)) {
    const file = path.split('/').at(-1)?.replace('.ts', '');
    for (const [name, fn] of Object.entries(mod)) {
      if (typeof fn !== 'function' || fn.length !== 1) continue;
      let probe: unknown;
      try {
        probe = fn(NO_FILTERS);
      } catch {
        continue;
      }
      // A builder of one code (a village's history) binds its argument: it is not a filters builder.
      if (isRequest(probe) && probe.params.every((v) => v === null || typeof v !== 'object'))
        out.push([`${file}.${name}`, fn as Builder]);
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
  it('finds every indicator and the listings', () => {
    const names = ALL.map(([name]) => name);
    for (const id of INDICATOR_IDS) expect(names).toContain(`${id}[]`);
    for (const listing of ['villagesTableQuery', 'sitesTableQuery', 'repeaterUnitsListing', 'isolatedVillagesQuery'])
      expect(
        names.some((n) => n.endsWith(`.${listing}`)),
        listing,
      ).toBe(true);
    expect(ALL.length).toBeGreaterThanOrEqual(80);
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

  it('drill-down into a hostile area code: same SQL as for 15.02, the code only in params', () => {
    const rand = rng(3);
    for (const level of ['regency', 'district'] as const) {
      for (let i = 0; i < 100; i++) {
        const code = `${Array.from(
          { length: 1 + Math.floor(rand() * 4) },
          () => ALPHABET[Math.floor(rand() * ALPHABET.length)],
        ).join('')}#code`;
        const { hostile, benign, toBenign } = pair(rand);
        toBenign.set(code, '15.02');
        const h = drillAreasQuery(level, code, hostile);
        const b = drillAreasQuery(level, '15.02', benign);
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
    // A small telemetry table (the first 5,000 site-days) keeps this test quick. site_daily ships as Parquet only
    // (no CSV twin): native DuckDB reads those rows.
    const duck = await (await DuckDBInstance.create(':memory:')).connect();
    const telemetry = await duck.runAndReadAll(
      `SELECT site_id, strftime(date, '%Y-%m-%d') AS date, uptime_pct, down_mbps, data_gb, users
         FROM read_parquet('${join(dir, 'site_daily.parquet')}') ORDER BY site_id, date LIMIT 5000`,
    );
    engine.load('site_daily', telemetry.getRowObjectsJS() as Record<string, Cell>[]);
    duck.closeSync();
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
