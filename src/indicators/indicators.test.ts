// Every indicator of the catalog, run in DuckDB-WASM (Node build) over one small hand-built fixture. The expected
// values are counted BY HAND from the fixture below (the counts are written next to each expectation); nothing here
// is computed by the code under test. Each figure is read through toFigures (src/indicators/results.ts), so the
// period and scope codes a screen would carry in data-period / data-scope are checked with the value.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestEngine, fixtureCsv, type TestEngine } from '../../tests/helpers/duckdb-node.ts';
import { referenceSql } from '../../tests/reference/indicators.ts';
import { CONTRACT, type DatasetId } from '../data/contract.ts';
import type { Cell } from '../data/rows.ts';
import { type Filters, NO_FILTERS } from '../filters/filters.ts';
import { INDICATORS, indicatorQuery, resolve } from './catalog.ts';
import { previousWindow, sameSpanLastYear, windowEnding, yearSpan } from './period.ts';
import { toFigures } from './results.ts';
import { type Breakdown, type DateRange, INDICATOR_IDS, type IndicatorId } from './types.ts';

// ---------------------------------------------------------------------------------------------------------------
// The fixture. Data as of Friday 27 Nov 2026 (every dataset): 2026 is an incomplete year.
//
// Regencies 15.01 Kerinci, 15.02 Merangin, 15.03 Sarolangun. Villages:
//   V1 15.01.01.2001  V2 15.01.01.2002  (Kerinci, district 15.01.01)   V3 15.01.02.2001 (Kerinci, 15.01.02)
//   V4 15.02.01.2001  V5 15.02.01.2002  (Merangin, 15.02.01)           V6 15.02.02.2001 (Merangin, 15.02.02)
//   V7 15.03.01.2001  V8 15.03.01.2002  (Sarolangun, 15.03.01)
//
// Programmes (kind, in_plan): BAKTI Internet Desa (village_access, yes), Dumisake Internet Desa (village_access,
// yes), Dumisake GSM Repeater (cellular_coverage, yes), BAKTI BTS 4G (cellular_coverage, no), Operator (operator,
// no), and the NEW SATRIA-1 (village_access, NOT in the plan).
//
// Sites:
//   id   village programme               technology    status          installed_on
//   S01  V1      Dumisake Internet Desa  VSAT          active          2024-03-10
//   S02  V2      Dumisake Internet Desa  VSAT          offline         2024-07-01
//   S03  V4      BAKTI Internet Desa     VSAT          active          2025-02-15
//   S04  V5      Dumisake Internet Desa  VSAT          decommissioned  2024-05-20
//   S05  V6      SATRIA-1                VSAT          active          2026-04-01
//   S06  V7      Dumisake GSM Repeater   GSM repeater  active          2024-09-09
//   S07  V4      Dumisake GSM Repeater   GSM repeater  offline         2025-10-10
//   S08  V8      Dumisake GSM Repeater   GSM repeater  planned         –
//   S09  V3      BAKTI BTS 4G            BTS 4G        active          2025-06-30
//   S10  V5      Operator                fibre/radio   active          2026-01-15
//   S11  V1      BAKTI Internet Desa     VSAT          planned         –
//   S12  V2      Dumisake Internet Desa  VSAT          active          2026-11-20
//   S13  V8      Dumisake Internet Desa  VSAT          active          2025-12-15
//
// Coverage survey (best signal; blankspot = none). V8 is not surveyed in 2024.
//          V1    V2    V3    V4    V5    V6    V7    V8     blankspot        4G            surveyed
//   2024   none  none  4G    none  none  none  none  –      6 (V1V2V4V5V6V7)  1 (V3)        7
//   2025   none  none  4G    none  3G    none  4G    none   5 (V1V2V4V6V8)    2 (V3V7)      8
//   2026   none  none  4G    4G    3G    none  4G    none   4 (V1V2V6V8)      3 (V3V4V7)    8
//
// Targets (planned_installations, blankspot_target):
//   2024: province 6 / 5; 15.01 2 / 2; 15.02 2 / 2; 15.03 1 / 1   (the regency plans add up to 5 of the 6)
//   2025: province 4 / 4; 15.01 1 / 2; 15.02 2 / 1; 15.03 0 / –
//   2026: province 2 / 3 (no regency rows)
//
// Telemetry (site_daily), 70 days 2026-09-19 (Sat) .. 2026-11-27 (Fri):
//   S01 every day:                uptime 100, down 10, data 2 GB, users 5
//   S02 2026-09-19..2026-10-28:   uptime 50,  down 4,  data 1 GB, users 3     (40 days, then silent)
//   S03 every day:                uptime 90 until 2026-10-28 (40 days), 80 from 2026-10-29 (30 days); down 20,
//                                 data 3 GB, users 10
//   S05 2026-11-13..2026-11-27:   uptime 60,  down 6,  data 0.5 GB, users 4   (15 days)
//   S99 2026-11-20..2026-11-27:   a site that is not in `sites`: uptime 0, data 100, users 100 (never counted)
// Headline window (30 days to 27 Nov): 2026-10-29..2026-11-27; the one before: 2026-09-29..2026-10-28.
// ---------------------------------------------------------------------------------------------------------------

const AS_OF = '2026-11-27';
const V = {
  V1: '15.01.01.2001',
  V2: '15.01.01.2002',
  V3: '15.01.02.2001',
  V4: '15.02.01.2001',
  V5: '15.02.01.2002',
  V6: '15.02.02.2001',
  V7: '15.03.01.2001',
  V8: '15.03.01.2002',
} as const;
type VillageKey = keyof typeof V;

const D_ID = 'Dumisake Internet Desa';
const B_ID = 'BAKTI Internet Desa';
const REP = 'Dumisake GSM Repeater';

function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** The same rows in native DuckDB (@duckdb/node-api), typed by the contract: where the reference SQL runs. */
async function nativeDb(fixture: typeof FIXTURE): Promise<DuckDBConnection> {
  const conn = await (await DuckDBInstance.create(':memory:')).connect();
  const dir = mkdtempSync(join(tmpdir(), 'indicators-'));
  try {
    for (const [id, rows] of Object.entries(fixture) as [DatasetId, Record<string, Cell>[]][]) {
      const file = join(dir, `${id}.csv`);
      writeFileSync(file, fixtureCsv(id, rows));
      const columns = CONTRACT[id].columns.map((c) => `'${c.name}': '${c.sql}'`).join(', ');
      await conn.run(`CREATE TABLE ${id} AS SELECT * FROM read_csv('${file}', header = true, columns = {${columns}})`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return conn;
}

let engine: TestEngine;
/** The fixture's rows by dataset, loaded into DuckDB-WASM (the app's engine) and into native DuckDB (the reference). */
const FIXTURE: Partial<Record<DatasetId, Record<string, Cell>[]>> = {};
let native: DuckDBConnection;

beforeAll(async () => {
  engine = await createTestEngine();
  const load = (id: DatasetId, rows: Record<string, Cell>[]) => {
    FIXTURE[id] = rows;
    engine.load(id, rows);
  };
  load('regencies', [
    { regency_code: '15.01', bps_code: '1501', name: 'Kerinci', type: 'Kabupaten' },
    { regency_code: '15.02', bps_code: '1502', name: 'Merangin', type: 'Kabupaten' },
    { regency_code: '15.03', bps_code: '1503', name: 'Sarolangun', type: 'Kabupaten' },
  ]);
  load(
    'villages',
    Object.values(V).map((code) => ({
      village_code: code,
      district_code: code.slice(0, 8),
      district_name: `Kec ${code.slice(0, 8)}`,
      regency_code: code.slice(0, 5),
      name: `Desa ${code}`,
      kind: 'desa',
      isolated: false,
    })),
  );
  load('programmes', [
    { programme: B_ID, kind: 'village_access', in_plan: true, owner: 'BAKTI', label_en: B_ID },
    { programme: D_ID, kind: 'village_access', in_plan: true, owner: 'Pemprov Jambi', label_en: D_ID },
    { programme: REP, kind: 'cellular_coverage', in_plan: true, owner: 'Pemprov Jambi', label_en: REP },
    { programme: 'BAKTI BTS 4G', kind: 'cellular_coverage', in_plan: false, owner: 'BAKTI', label_en: 'BTS' },
    { programme: 'Operator', kind: 'operator', in_plan: false, owner: 'Operator', label_en: 'Operator' },
    { programme: 'SATRIA-1', kind: 'village_access', in_plan: false, owner: 'BAKTI', label_en: 'SATRIA-1' },
  ]);
  load('technologies', [
    { technology: 'VSAT', cellular: false, label_en: 'VSAT' },
    { technology: 'GSM repeater', cellular: true, label_en: 'GSM repeater' },
    { technology: 'BTS 4G', cellular: true, label_en: '4G tower' },
    { technology: 'fibre/radio', cellular: false, label_en: 'fibre/radio' },
  ]);
  const site = (
    site_id: string,
    village: VillageKey,
    programme: string,
    technology: string,
    status: string,
    installed_on: string | null,
  ): Record<string, Cell> => ({
    site_id,
    village_code: V[village],
    programme,
    technology,
    status,
    budget_year: Number((installed_on ?? '2026').slice(0, 4)),
    installed_on,
    bandwidth_mbps: 20,
  });
  load('sites', [
    site('S01', 'V1', D_ID, 'VSAT', 'active', '2024-03-10'),
    site('S02', 'V2', D_ID, 'VSAT', 'offline', '2024-07-01'),
    site('S03', 'V4', B_ID, 'VSAT', 'active', '2025-02-15'),
    site('S04', 'V5', D_ID, 'VSAT', 'decommissioned', '2024-05-20'),
    site('S05', 'V6', 'SATRIA-1', 'VSAT', 'active', '2026-04-01'),
    site('S06', 'V7', REP, 'GSM repeater', 'active', '2024-09-09'),
    site('S07', 'V4', REP, 'GSM repeater', 'offline', '2025-10-10'),
    site('S08', 'V8', REP, 'GSM repeater', 'planned', null),
    site('S09', 'V3', 'BAKTI BTS 4G', 'BTS 4G', 'active', '2025-06-30'),
    site('S10', 'V5', 'Operator', 'fibre/radio', 'active', '2026-01-15'),
    site('S11', 'V1', B_ID, 'VSAT', 'planned', null),
    site('S12', 'V2', D_ID, 'VSAT', 'active', '2026-11-20'),
    site('S13', 'V8', D_ID, 'VSAT', 'active', '2025-12-15'),
  ]);
  const survey: Record<number, Partial<Record<VillageKey, string>>> = {
    2024: { V1: 'none', V2: 'none', V3: '4G', V4: 'none', V5: 'none', V6: 'none', V7: 'none' },
    2025: { V1: 'none', V2: 'none', V3: '4G', V4: 'none', V5: '3G', V6: 'none', V7: '4G', V8: 'none' },
    2026: { V1: 'none', V2: 'none', V3: '4G', V4: '4G', V5: '3G', V6: 'none', V7: '4G', V8: 'none' },
  };
  load(
    'village_coverage',
    Object.entries(survey).flatMap(([year, row]) =>
      Object.entries(row).map(([k, best_signal]) => ({
        village_code: V[k as VillageKey],
        year: Number(year),
        best_signal,
        is_blankspot: best_signal === 'none',
      })),
    ),
  );
  const target = (year: number, regency_code: string | null, planned: number, blankspot: number | null) => ({
    year,
    regency_code,
    planned_installations: planned,
    blankspot_target: blankspot,
  });
  load('targets', [
    target(2024, null, 6, 5),
    target(2024, '15.01', 2, 2),
    target(2024, '15.02', 2, 2),
    target(2024, '15.03', 1, 1),
    target(2025, null, 4, 4),
    target(2025, '15.01', 1, 2),
    target(2025, '15.02', 2, 1),
    target(2025, '15.03', 0, null),
    target(2026, null, 2, 3),
  ]);
  const day = (
    site_id: string,
    date: string,
    uptime_pct: number,
    down_mbps: number,
    data_gb: number,
    users: number,
  ) => ({
    site_id,
    date,
    uptime_pct,
    down_mbps,
    data_gb,
    users,
  });
  load('site_daily', [
    ...days('2026-09-19', '2026-11-27').map((d) => day('S01', d, 100, 10, 2, 5)),
    ...days('2026-09-19', '2026-10-28').map((d) => day('S02', d, 50, 4, 1, 3)),
    ...days('2026-09-19', '2026-10-28').map((d) => day('S03', d, 90, 20, 3, 10)),
    ...days('2026-10-29', '2026-11-27').map((d) => day('S03', d, 80, 20, 3, 10)),
    ...days('2026-11-13', '2026-11-27').map((d) => day('S05', d, 60, 6, 0.5, 4)),
    ...days('2026-11-20', '2026-11-27').map((d) => day('S99', d, 0, 0, 100, 100)),
  ]);
  native = await nativeDb(FIXTURE);
});

// ---------------------------------------------------------------------------------------------------------------

interface Ask {
  filters?: Partial<Filters>;
  by?: Breakdown[];
  range?: DateRange;
}
interface Seen {
  period: string;
  scope: string;
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
}

const tested = new Set<IndicatorId>();
/** Every figure the tests below read, for the cross-check with the reference SQL at the end. */
const seen: (Seen & { indicator: IndicatorId })[] = [];

/** The figures of one request as a screen gets them: value, period code, scope code (and for rates n and d). */
async function figures(indicator: IndicatorId, ask: Ask = {}): Promise<Seen[]> {
  tested.add(indicator);
  const req = { indicator, filters: { ...NO_FILTERS, ...ask.filters }, by: ask.by ?? [], range: ask.range ?? null };
  const rows = await engine.run(indicatorQuery(req));
  const rate = INDICATORS[indicator].kind === 'rate';
  for (const f of toFigures(resolve(req), rows, AS_OF))
    seen.push({ indicator, period: f.period, scope: f.scope, value: f.value });
  return toFigures(resolve(req), rows, AS_OF).map((f) => ({
    period: f.period,
    scope: f.scope,
    value: f.value,
    ...(rate ? { numerator: f.numerator, denominator: f.denominator } : {}),
  }));
}

/** The one figure of a request without breakdown. */
async function one(indicator: IndicatorId, ask: Ask = {}): Promise<Seen> {
  const fs = await figures(indicator, ask);
  expect(fs).toHaveLength(1);
  return fs[0] as Seen;
}

const year = (y: number): Partial<Filters> => ({ yearFrom: y, yearTo: y });
const INCOMPLETE_2026 = '2026-01-01..2026-11-27';
const HEADLINE = windowEnding(AS_OF, 30); // 2026-10-29..2026-11-27
const BEFORE = previousWindow(HEADLINE); // 2026-09-29..2026-10-28
const close = (x: number | null | undefined, want: number) => expect(x).toBeCloseTo(want, 9);

// ---------------------------------------------------------------------------------------------------------------

describe('installations (every programme, flow by installation date)', () => {
  it('counts every installed site, the decommissioned and the new programme included', async () => {
    // Installed: S01 S02 S03 S04 S05 S06 S07 S09 S10 S12 S13 = 11 (S08, S11 planned, no date). Open start, to as-of.
    expect(await one('installations')).toEqual({ period: '..2026-11-27', scope: '', value: 11 });
  });
  it('per year: the incomplete 2026 carries its own period code', async () => {
    // 2024: S01 S02 S04(decommissioned) S06 = 4; 2025: S03 S07 S09 S13 = 4; 2026: S05(SATRIA-1) S10 S12 = 3.
    expect(await figures('installations', { by: ['year'] })).toEqual([
      { period: '2024', scope: '', value: 4 },
      { period: '2025', scope: '', value: 4 },
      { period: INCOMPLETE_2026, scope: '', value: 3 },
    ]);
  });
  it('per year over the same span of the previous year (like for like with 2026)', async () => {
    // 1 Jan–27 Nov 2025: S03 (15 Feb), S09 (30 Jun), S07 (10 Oct) = 3; S13 (15 Dec) falls outside.
    const range = sameSpanLastYear(yearSpan(2026, AS_OF));
    expect(await one('installations', { range })).toEqual({ period: '2025-01-01..2025-11-27', scope: '', value: 3 });
    expect(await figures('installations', { by: ['year'], range })).toEqual([
      { period: '2025-01-01..2025-11-27', scope: '', value: 3 },
    ]);
  });
  it('honours the year, programme and status filters', async () => {
    // 2026 so far: 3 (S05, S10, S12).
    expect(await one('installations', { filters: year(2026) })).toEqual({
      period: INCOMPLETE_2026,
      scope: '',
      value: 3,
    });
    // SATRIA-1: S05 = 1. Decommissioned: S04 = 1 (counted in the year it was installed).
    expect(await one('installations', { filters: { programmes: ['SATRIA-1'] } })).toEqual({
      period: '..2026-11-27',
      scope: 'programme=SATRIA-1',
      value: 1,
    });
    expect(await one('installations', { filters: { ...year(2024), statuses: ['decommissioned'] } })).toEqual({
      period: '2024',
      scope: 'status=decommissioned',
      value: 1,
    });
  });
  it('per programme, and per district inside a regency filter', async () => {
    // BTS: S09; BAKTI ID: S03; Repeater: S06 S07; Dumisake ID: S01 S02 S04 S12 S13; Operator: S10; SATRIA-1: S05.
    expect(await figures('installations', { by: ['programme'] })).toEqual([
      { period: '..2026-11-27', scope: 'programme=BAKTI BTS 4G', value: 1 },
      { period: '..2026-11-27', scope: `programme=${B_ID}`, value: 1 },
      { period: '..2026-11-27', scope: `programme=${REP}`, value: 2 },
      { period: '..2026-11-27', scope: `programme=${D_ID}`, value: 5 },
      { period: '..2026-11-27', scope: 'programme=Operator', value: 1 },
      { period: '..2026-11-27', scope: 'programme=SATRIA-1', value: 1 },
    ]);
    // Merangin: 15.02.01 (V4, V5): S03 S04 S07 S10 = 4; 15.02.02 (V6): S05 = 1.
    expect(await figures('installations', { filters: { regencies: ['15.02'] }, by: ['district'] })).toEqual([
      { period: '..2026-11-27', scope: 'regency=15.02;district=15.02.01', value: 4 },
      { period: '..2026-11-27', scope: 'regency=15.02;district=15.02.02', value: 1 },
    ]);
  });
});

describe('plan_installations (programmes with in_plan only)', () => {
  it('leaves out SATRIA-1, the 4G tower and the operator site', async () => {
    // In plan: 2024 S01 S02 S04 S06 = 4; 2025 S03 S07 S13 = 3 (S09 BTS not); 2026 S12 = 1 (S05 SATRIA-1, S10 not).
    expect(await figures('plan_installations', { by: ['year'] })).toEqual([
      { period: '2024', scope: '', value: 4 },
      { period: '2025', scope: '', value: 3 },
      { period: INCOMPLETE_2026, scope: '', value: 1 },
    ]);
    expect(await one('plan_installations')).toEqual({ period: '..2026-11-27', scope: '', value: 8 });
  });
  it('per regency for 2024; the programme filter does not apply', async () => {
    // 2024: 15.01 S01 S02 = 2; 15.02 S04 = 1; 15.03 S06 = 1.
    expect(await figures('plan_installations', { filters: year(2024), by: ['regency'] })).toEqual([
      { period: '2024', scope: 'regency=15.01', value: 2 },
      { period: '2024', scope: 'regency=15.02', value: 1 },
      { period: '2024', scope: 'regency=15.03', value: 1 },
    ]);
    // A programme filter is dropped (plan_installations honours year and regency only): still 4 in 2024.
    expect(await one('plan_installations', { filters: { ...year(2024), programmes: ['SATRIA-1'] } })).toEqual({
      period: '2024',
      scope: '',
      value: 4,
    });
  });
});

describe('planned_installations (targets)', () => {
  it('the province rows, summed over years, and per year', async () => {
    // 6 + 4 + 2 = 12 over 2024..2026.
    expect(await one('planned_installations')).toEqual({ period: '2024..2026', scope: '', value: 12 });
    expect(await figures('planned_installations', { by: ['year'] })).toEqual([
      { period: '2024', scope: '', value: 6 },
      { period: '2025', scope: '', value: 4 },
      { period: '2026', scope: '', value: 2 },
    ]);
  });
  it('regency rows: per regency, and the sum of the selected regencies', async () => {
    // 15.01: 2 + 1 = 3; 15.02: 2 + 2 = 4; 15.03: 1 + 0 = 1 (regency rows exist for 2024 and 2025 only).
    expect(await figures('planned_installations', { by: ['regency'] })).toEqual([
      { period: '2024..2025', scope: 'regency=15.01', value: 3 },
      { period: '2024..2025', scope: 'regency=15.02', value: 4 },
      { period: '2024..2025', scope: 'regency=15.03', value: 1 },
    ]);
    // 2024, 15.01 + 15.02: 2 + 2 = 4 (the province's 6 holds 1 site not allocated to a regency).
    expect(await one('planned_installations', { filters: { ...year(2024), regencies: ['15.02', '15.01'] } })).toEqual({
      period: '2024',
      scope: 'regency=15.01|15.02',
      value: 4,
    });
  });
});

describe('plan_progress (100 × plan_installations / planned_installations)', () => {
  it('per year, and over the plan years', async () => {
    // 2024: 4/6; 2025: 3/4; 2026: 1/2 (2026 so far against the whole year's plan).
    const rows = await figures('plan_progress', { by: ['year'] });
    expect(rows.map((r) => [r.period, r.numerator, r.denominator])).toEqual([
      ['2024', 4, 6],
      ['2025', 3, 4],
      ['2026', 1, 2],
    ]);
    close(rows[0]?.value, (100 * 4) / 6);
    close(rows[1]?.value, 75);
    close(rows[2]?.value, 50);
    // Over 2024..2026: (4 + 3 + 1) / (6 + 4 + 2) = 8/12.
    const all = await one('plan_progress');
    expect([all.period, all.numerator, all.denominator]).toEqual(['2024..2026', 8, 12]);
    close(all.value, (100 * 8) / 12);
  });
  it('a regency: only the years that have a plan for it count (same period for both terms)', async () => {
    // Kerinci plan rows: 2024 (2) and 2025 (1). Plan sites installed in those years: 2024 S01 S02 = 2, 2025 none.
    // S12 (2026) has no Kerinci plan to count against. 2 / 3.
    const f = await one('plan_progress', { filters: { regencies: ['15.01'] } });
    expect([f.period, f.scope, f.numerator, f.denominator]).toEqual(['2024..2025', 'regency=15.01', 2, 3]);
    close(f.value, (100 * 2) / 3);
  });
  it('per regency for 2024, and no figure against a plan of 0', async () => {
    // 2024: 15.01 2/2, 15.02 1/2 (S04, decommissioned later, still installed in 2024), 15.03 1/1.
    const rows = await figures('plan_progress', { filters: year(2024), by: ['regency'] });
    expect(rows.map((r) => [r.period, r.scope, r.numerator, r.denominator, r.value])).toEqual([
      ['2024', 'regency=15.01', 2, 2, 100],
      ['2024', 'regency=15.02', 1, 2, 50],
      ['2024', 'regency=15.03', 1, 1, 100],
    ]);
    // 2025, Sarolangun: S13 installed (1) against a plan of 0: no percentage.
    const zero = await one('plan_progress', { filters: { ...year(2025), regencies: ['15.03'] } });
    expect([zero.numerator, zero.denominator, zero.value]).toEqual([1, 0, null]);
  });
});

describe('sites_in_service (installed, status active or offline, at the as-of date)', () => {
  it('leaves out the decommissioned and the planned sites', async () => {
    // S01 S02(offline) S03 S05 S06 S07(offline) S09 S10 S12 S13 = 10; not S04 (decommissioned), S08, S11 (planned).
    expect(await one('sites_in_service')).toEqual({ period: AS_OF, scope: '', value: 10 });
  });
  it('per regency, and with technology and status filters', async () => {
    // 15.01: S01 S02 S09 S12 = 4; 15.02: S03 S05 S07 S10 = 4; 15.03: S06 S13 = 2.
    expect(await figures('sites_in_service', { by: ['regency'] })).toEqual([
      { period: AS_OF, scope: 'regency=15.01', value: 4 },
      { period: AS_OF, scope: 'regency=15.02', value: 4 },
      { period: AS_OF, scope: 'regency=15.03', value: 2 },
    ]);
    // VSAT in service: S01 S02 S03 S05 S12 S13 = 6; offline: S02 S07 = 2; decommissioned: none.
    expect((await one('sites_in_service', { filters: { technologies: ['VSAT'] } })).value).toBe(6);
    expect((await one('sites_in_service', { filters: { statuses: ['offline'] } })).value).toBe(2);
    expect((await one('sites_in_service', { filters: { statuses: ['decommissioned'] } })).value).toBe(0);
  });
  it('ignores the year filter (a stock at the as-of date)', async () => {
    expect(await one('sites_in_service', { filters: year(2024) })).toEqual({ period: AS_OF, scope: '', value: 10 });
  });
});

describe('villages_total', () => {
  it('every village, per regency and per district', async () => {
    expect(await one('villages_total')).toEqual({ period: AS_OF, scope: '', value: 8 });
    expect(await figures('villages_total', { by: ['regency'] })).toEqual([
      { period: AS_OF, scope: 'regency=15.01', value: 3 },
      { period: AS_OF, scope: 'regency=15.02', value: 3 },
      { period: AS_OF, scope: 'regency=15.03', value: 2 },
    ]);
    // District 15.01.01: V1, V2.
    expect(await one('villages_total', { filters: { districts: ['15.01.01'] } })).toEqual({
      period: AS_OF,
      scope: 'district=15.01.01',
      value: 2,
    });
  });
});

describe('sites_per_100_villages', () => {
  it('100 × sites in service / villages', async () => {
    // 100 × 10 / 8 = 125.
    const f = await one('sites_per_100_villages');
    expect(f).toEqual({ period: AS_OF, scope: '', value: 125, numerator: 10, denominator: 8 });
  });
  it('per district of Kerinci', async () => {
    // 15.01.01 (V1, V2): S01 S02 S12 = 3 → 150; 15.01.02 (V3): S09 = 1 → 100.
    expect(await figures('sites_per_100_villages', { filters: { regencies: ['15.01'] }, by: ['district'] })).toEqual([
      { period: AS_OF, scope: 'regency=15.01;district=15.01.01', value: 150, numerator: 3, denominator: 2 },
      { period: AS_OF, scope: 'regency=15.01;district=15.01.02', value: 100, numerator: 1, denominator: 1 },
    ]);
  });
});

describe('blankspot_villages (stock at survey-year end)', () => {
  it('the latest survey year is the incomplete 2026', async () => {
    // 2026: V1 V2 V6 V8 = 4.
    expect(await one('blankspot_villages')).toEqual({ period: INCOMPLETE_2026, scope: '', value: 4 });
  });
  it('per year, and for a complete year', async () => {
    expect(await figures('blankspot_villages', { by: ['year'] })).toEqual([
      { period: '2024', scope: '', value: 6 },
      { period: '2025', scope: '', value: 5 },
      { period: INCOMPLETE_2026, scope: '', value: 4 },
    ]);
    expect(await one('blankspot_villages', { filters: year(2025) })).toEqual({ period: '2025', scope: '', value: 5 });
  });
  it('per regency and per year inside a regency; the programme filter does not apply', async () => {
    // 2026: 15.01 V1 V2 = 2; 15.02 V6 = 1; 15.03 V8 = 1.
    expect(await figures('blankspot_villages', { by: ['regency'] })).toEqual([
      { period: INCOMPLETE_2026, scope: 'regency=15.01', value: 2 },
      { period: INCOMPLETE_2026, scope: 'regency=15.02', value: 1 },
      { period: INCOMPLETE_2026, scope: 'regency=15.03', value: 1 },
    ]);
    // Merangin (V4 V5 V6): 2024 3; 2025 V4 V6 = 2; 2026 V6 = 1. Programme filter dropped from the scope too.
    expect(
      await figures('blankspot_villages', { filters: { regencies: ['15.02'], programmes: [D_ID] }, by: ['year'] }),
    ).toEqual([
      { period: '2024', scope: 'regency=15.02', value: 3 },
      { period: '2025', scope: 'regency=15.02', value: 2 },
      { period: INCOMPLETE_2026, scope: 'regency=15.02', value: 1 },
    ]);
  });
});

describe('blankspot_share (% of the villages surveyed)', () => {
  it('per year: blankspot / surveyed', async () => {
    // 2024: 6/7 (V8 not surveyed); 2025: 5/8; 2026: 4/8.
    const rows = await figures('blankspot_share', { by: ['year'] });
    expect(rows.map((r) => [r.period, r.numerator, r.denominator])).toEqual([
      ['2024', 6, 7],
      ['2025', 5, 8],
      [INCOMPLETE_2026, 4, 8],
    ]);
    close(rows[0]?.value, (100 * 6) / 7);
    close(rows[1]?.value, 62.5);
    close(rows[2]?.value, 50);
  });
  it('per regency in 2026, and with a year filter', async () => {
    // 15.01: 2/3; 15.02: 1/3; 15.03: 1/2.
    const rows = await figures('blankspot_share', { by: ['regency'] });
    expect(rows.map((r) => [r.period, r.scope, r.numerator, r.denominator])).toEqual([
      [INCOMPLETE_2026, 'regency=15.01', 2, 3],
      [INCOMPLETE_2026, 'regency=15.02', 1, 3],
      [INCOMPLETE_2026, 'regency=15.03', 1, 2],
    ]);
    close(rows[0]?.value, (100 * 2) / 3);
    const y24 = await one('blankspot_share', { filters: year(2024) });
    expect([y24.period, y24.numerator, y24.denominator]).toEqual(['2024', 6, 7]);
  });
});

describe('villages_4g and villages_4g_share', () => {
  it('counts and shares per year', async () => {
    // 4G: 2024 V3 = 1; 2025 V3 V7 = 2; 2026 V3 V4 V7 = 3.
    expect(await figures('villages_4g', { by: ['year'] })).toEqual([
      { period: '2024', scope: '', value: 1 },
      { period: '2025', scope: '', value: 2 },
      { period: INCOMPLETE_2026, scope: '', value: 3 },
    ]);
    const rows = await figures('villages_4g_share', { by: ['year'] });
    expect(rows.map((r) => [r.period, r.numerator, r.denominator])).toEqual([
      ['2024', 1, 7],
      ['2025', 2, 8],
      [INCOMPLETE_2026, 3, 8],
    ]);
    close(rows[0]?.value, (100 * 1) / 7);
    close(rows[2]?.value, 37.5);
    // Without breakdown: the latest survey year, 2026 (incomplete): 3 / 8.
    expect(await one('villages_4g_share')).toEqual({
      period: INCOMPLETE_2026,
      scope: '',
      value: 37.5,
      numerator: 3,
      denominator: 8,
    });
  });
  it('a regency, and a district', async () => {
    // Sarolangun 2026: V7 4G of V7 V8 → 1 / 2; in 2024 only V7 surveyed, none 4G → 0 / 1.
    expect(await one('villages_4g', { filters: { regencies: ['15.03'] } })).toEqual({
      period: INCOMPLETE_2026,
      scope: 'regency=15.03',
      value: 1,
    });
    const s = await figures('villages_4g_share', { filters: { regencies: ['15.03'] }, by: ['year'] });
    expect(s.map((r) => [r.period, r.numerator, r.denominator, r.value])).toEqual([
      ['2024', 0, 1, 0],
      ['2025', 1, 2, 50],
      [INCOMPLETE_2026, 1, 2, 50],
    ]);
    // District 15.02.01 (V4, V5) in 2026: V4 = 1.
    expect((await one('villages_4g', { filters: { districts: ['15.02.01'] } })).value).toBe(1);
  });
});

describe('villages_served (blankspot villages with an active/offline village_access site installed by year end)', () => {
  it('per year, SATRIA-1 counted', async () => {
    // 2024: blankspot V1 V2 V4 V5 V6 V7 → V1 (S01), V2 (S02 offline) = 2 (V5's S04 is decommissioned; V4's S03 is
    //       2025; V7 has a repeater, not village access).
    // 2025: blankspot V1 V2 V4 V6 V8 → V1, V2, V4 (S03), V8 (S13, 15 Dec) = 4 (V6's S05 is 2026).
    // 2026: blankspot V1 V2 V6 V8 → V1, V2, V6 (S05, SATRIA-1), V8 = 4.
    expect(await figures('villages_served', { by: ['year'] })).toEqual([
      { period: '2024', scope: '', value: 2 },
      { period: '2025', scope: '', value: 4 },
      { period: INCOMPLETE_2026, scope: '', value: 4 },
    ]);
    expect(await one('villages_served')).toEqual({ period: INCOMPLETE_2026, scope: '', value: 4 });
  });
  it('with a programme filter: only that programme’s sites serve; years with none give 0', async () => {
    // Dumisake only, 2026: V1 (S01), V2 (S02/S12), V8 (S13) = 3 (V6 is served by SATRIA-1 only).
    expect(await one('villages_served', { filters: { programmes: [D_ID] } })).toEqual({
      period: INCOMPLETE_2026,
      scope: `programme=${D_ID}`,
      value: 3,
    });
    // SATRIA-1 only: 2024 0, 2025 0, 2026 V6 = 1.
    expect(await figures('villages_served', { filters: { programmes: ['SATRIA-1'] }, by: ['year'] })).toEqual([
      { period: '2024', scope: 'programme=SATRIA-1', value: 0 },
      { period: '2025', scope: 'programme=SATRIA-1', value: 0 },
      { period: INCOMPLETE_2026, scope: 'programme=SATRIA-1', value: 1 },
    ]);
  });
  it('per regency for 2025, and a status filter', async () => {
    // 2025: 15.01 V1 V2 = 2; 15.02 V4 = 1 (V6 not yet); 15.03 V8 = 1.
    expect(await figures('villages_served', { filters: year(2025), by: ['regency'] })).toEqual([
      { period: '2025', scope: 'regency=15.01', value: 2 },
      { period: '2025', scope: 'regency=15.02', value: 1 },
      { period: '2025', scope: 'regency=15.03', value: 1 },
    ]);
    // Only offline sites, 2024: V2 (S02) = 1.
    expect((await one('villages_served', { filters: { ...year(2024), statuses: ['offline'] } })).value).toBe(1);
  });
});

describe('blankspot_target (targets, latest target year)', () => {
  it('the province row; per year', async () => {
    expect(await one('blankspot_target')).toEqual({ period: '2026', scope: '', value: 3 });
    expect(await figures('blankspot_target', { by: ['year'] })).toEqual([
      { period: '2024', scope: '', value: 5 },
      { period: '2025', scope: '', value: 4 },
      { period: '2026', scope: '', value: 3 },
    ]);
  });
  it('a regency: its latest target year; two regencies: only when both have a target', async () => {
    // Merangin: 2024 2, 2025 1 → latest 2025: 1.
    expect(await one('blankspot_target', { filters: { regencies: ['15.02'] } })).toEqual({
      period: '2025',
      scope: 'regency=15.02',
      value: 1,
    });
    // 15.01 + 15.02 in 2024: 2 + 2 = 4. 15.01 + 15.03 in 2025: 15.03 has no target → no figure.
    expect((await one('blankspot_target', { filters: { ...year(2024), regencies: ['15.01', '15.02'] } })).value).toBe(
      4,
    );
    expect((await one('blankspot_target', { filters: { ...year(2025), regencies: ['15.01', '15.03'] } })).value).toBe(
      null,
    );
  });
});

describe('GSM repeaters (as-of stocks of technology GSM repeater)', () => {
  it('repeaters_planned: every repeater site, whatever its status', async () => {
    // S06 active, S07 offline, S08 planned = 3.
    expect(await one('repeaters_planned')).toEqual({ period: AS_OF, scope: '', value: 3 });
    // Sarolangun: S06, S08 = 2; the programme filter Dumisake GSM Repeater keeps all 3.
    expect(await one('repeaters_planned', { filters: { regencies: ['15.03'] } })).toEqual({
      period: AS_OF,
      scope: 'regency=15.03',
      value: 2,
    });
    expect((await one('repeaters_planned', { filters: { programmes: [REP] } })).value).toBe(3);
    expect(await figures('repeaters_planned', { by: ['status'] })).toEqual([
      { period: AS_OF, scope: 'status=active', value: 1 },
      { period: AS_OF, scope: 'status=offline', value: 1 },
      { period: AS_OF, scope: 'status=planned', value: 1 },
    ]);
  });
  it('repeaters_active: status active only', async () => {
    expect(await one('repeaters_active')).toEqual({ period: AS_OF, scope: '', value: 1 });
    // Per regency: only Sarolangun has an active unit (S06); regencies without one have no row.
    expect(await figures('repeaters_active', { by: ['regency'] })).toEqual([
      { period: AS_OF, scope: 'regency=15.03', value: 1 },
    ]);
    // Merangin: S07 offline → 0.
    expect(await one('repeaters_active', { filters: { regencies: ['15.02'] } })).toEqual({
      period: AS_OF,
      scope: 'regency=15.02',
      value: 0,
    });
  });
  it('repeater_progress: active / planned, per regency', async () => {
    const all = await one('repeater_progress');
    expect([all.period, all.numerator, all.denominator]).toEqual([AS_OF, 1, 3]);
    close(all.value, 100 / 3);
    // District 15.03.01 (V7, V8): 1 of 2.
    expect(await one('repeater_progress', { filters: { districts: ['15.03.01'] } })).toEqual({
      period: AS_OF,
      scope: 'district=15.03.01',
      value: 50,
      numerator: 1,
      denominator: 2,
    });
    // 15.02: 0 of 1 (S07 offline); 15.03: 1 of 2 (S06 active, S08 planned). Kerinci has no repeater: no row.
    expect(await figures('repeater_progress', { by: ['regency'] })).toEqual([
      { period: AS_OF, scope: 'regency=15.02', value: 0, numerator: 0, denominator: 1 },
      { period: AS_OF, scope: 'regency=15.03', value: 50, numerator: 1, denominator: 2 },
    ]);
  });
});

describe('telemetry: uptime, downlink, data_volume, daily_users', () => {
  const W = '2026-10-29..2026-11-27';
  it('the headline window (30 days to the last telemetry day)', async () => {
    // Site-days in the window: S01 30, S03 30, S05 15 = 75 (S02 silent; S99 is not a site).
    // uptime (30×100 + 30×80 + 15×60) / 75 = 6300 / 75 = 84
    // downlink (30×10 + 30×20 + 15×6) / 75 = 990 / 75 = 13.2
    // data 30×2 + 30×3 + 15×0.5 = 157.5
    // daily users (30×5 + 30×10 + 15×4) / 30 days = 510 / 30 = 17
    const u = await one('uptime', { range: HEADLINE });
    expect([u.period, u.scope]).toEqual([W, '']);
    close(u.value, 84);
    close((await one('downlink', { range: HEADLINE })).value, 13.2);
    close((await one('data_volume', { range: HEADLINE })).value, 157.5);
    const users = await one('daily_users', { range: HEADLINE });
    expect(users.period).toBe(W);
    close(users.value, 17);
  });
  it('the window before (the baseline)', async () => {
    // 2026-09-29..2026-10-28: S01 30, S02 30, S03 30 site-days (uptime 90 then).
    // uptime (3000 + 1500 + 2700) / 90 = 80; downlink (300 + 120 + 600) / 90; data 60 + 30 + 90 = 180;
    // daily users (150 + 90 + 300) / 30 = 18.
    const u = await one('uptime', { range: BEFORE });
    expect(u.period).toBe('2026-09-29..2026-10-28');
    close(u.value, 80);
    close((await one('downlink', { range: BEFORE })).value, 1020 / 90);
    close((await one('data_volume', { range: BEFORE })).value, 180);
    close((await one('daily_users', { range: BEFORE })).value, 18);
  });
  it('all the data (no range): 70 days', async () => {
    // Site-days: S01 70, S02 40, S03 70, S05 15 = 195.
    // uptime (7000 + 2000 + 40×90 + 30×80 + 900) / 195 = 15900 / 195
    // daily users (350 + 120 + 700 + 60) / 70 days = 1230 / 70 (user-days / calendar days, not a sum)
    const u = await one('uptime');
    expect(u.period).toBe('2026-09-19..2026-11-27');
    close(u.value, 15900 / 195);
    close((await one('downlink')).value, 2350 / 195);
    close((await one('data_volume')).value, 397.5);
    close((await one('daily_users')).value, 1230 / 70);
    // The year filter 2026 covers the same days.
    const y = await one('daily_users', { filters: year(2026) });
    expect(y.period).toBe('2026-09-19..2026-11-27');
    close(y.value, 1230 / 70);
  });
  it('per regency and per programme in the headline window', async () => {
    // 15.01: S01 → uptime 100, data 60, users 150/30 = 5. 15.02: S03 + S05 → uptime (2400 + 900) / 45,
    // data 90 + 7.5, users (300 + 60) / 30 = 12.
    const up = await figures('uptime', { range: HEADLINE, by: ['regency'] });
    expect(up.map((f) => [f.period, f.scope])).toEqual([
      [W, 'regency=15.01'],
      [W, 'regency=15.02'],
    ]);
    close(up[0]?.value, 100);
    close(up[1]?.value, 3300 / 45);
    const users = await figures('daily_users', { range: HEADLINE, by: ['regency'] });
    close(users[0]?.value, 5);
    close(users[1]?.value, 12);
    const data = await figures('data_volume', { range: HEADLINE, by: ['regency'] });
    close(data[1]?.value, 97.5);
    // SATRIA-1 (S05): 15 site-days, uptime 60; daily users 60 / 30 days of the window = 2.
    const sat = await one('daily_users', { range: HEADLINE, filters: { programmes: ['SATRIA-1'] } });
    expect([sat.period, sat.scope]).toEqual([W, 'programme=SATRIA-1']);
    close(sat.value, 2);
    close((await one('uptime', { range: HEADLINE, filters: { programmes: ['SATRIA-1'] } })).value, 60);
    const dl = await figures('downlink', { range: HEADLINE, by: ['programme'] });
    expect(dl.map((f) => f.scope)).toEqual([`programme=${B_ID}`, `programme=${D_ID}`, 'programme=SATRIA-1']);
    close(dl[0]?.value, 20);
    close(dl[1]?.value, 10);
    close(dl[2]?.value, 6);
  });
  it('a status filter: the offline site before it fell silent', async () => {
    // S02 in 2026-09-29..2026-10-28: 30 days, uptime 50, users 90 / 30 = 3.
    close((await one('uptime', { range: BEFORE, filters: { statuses: ['offline'] } })).value, 50);
    close((await one('daily_users', { range: BEFORE, filters: { statuses: ['offline'] } })).value, 3);
  });
  it('per week: each week’s days clipped to the data', async () => {
    const weeks = await figures('daily_users', { by: ['week'] });
    // First week (Mon 14 Sep): data from Sat 19 Sep, 2 days: S01 S02 S03 → (10 + 6 + 20) / 2 = 18.
    expect(weeks[0]?.period).toBe('2026-09-19..2026-09-20');
    close(weeks[0]?.value, 18);
    // Last week (Mon 23 Nov) to Fri 27 Nov, 5 days: S01 S03 S05 → (25 + 50 + 20) / 5 = 19.
    expect(weeks.at(-1)?.period).toBe('2026-11-23..2026-11-27');
    close(weeks.at(-1)?.value, 19);
    const up = await figures('uptime', { by: ['week'] });
    // Last week: (5×100 + 5×80 + 5×60) / 15 = 80.
    close(up.at(-1)?.value, 80);
    const data = await figures('data_volume', { by: ['week'] });
    close(data.at(-1)?.value, 27.5);
    expect(weeks).toHaveLength(11);
  });
  it('per day in a short range', async () => {
    const range = { from: '2026-11-26', to: '2026-11-27' };
    const ds = await figures('daily_users', { by: ['day'], range });
    // Each day: S01 5 + S03 10 + S05 4 = 19 users (S99 not a site).
    expect(ds.map((d) => [d.period, d.value])).toEqual([
      ['2026-11-26', 19],
      ['2026-11-27', 19],
    ]);
    const up = await figures('uptime', { by: ['day'], range });
    close(up[0]?.value, 80);
  });
});

describe("sites_down (in service and offline, or silent for more than 7 days up to site_daily's last day)", () => {
  it('counts the offline sites in service; those reporting to the as-of day are up', async () => {
    // In service: S01 S02 S03 S05 S06 S07 S09 S10 S12 S13. Offline: S02 (silent since 28 Oct) and S07 (a repeater
    // that never reported). S01, S03 and S05 report up to 27 Nov; S06 S09 S10 S12 S13 never report and are active.
    // S04 (decommissioned) is not in service. → 2, at site_daily's as-of date.
    expect(await one('sites_down')).toEqual({ period: AS_OF, scope: '', value: 2 });
    expect(await figures('sites_down', { by: ['regency'] })).toEqual([
      { period: AS_OF, scope: 'regency=15.01', value: 1 },
      { period: AS_OF, scope: 'regency=15.02', value: 1 },
    ]);
    expect(await one('sites_down', { filters: { technologies: ['GSM repeater'] } })).toEqual({
      period: AS_OF,
      scope: 'technology=GSM repeater',
      value: 1,
    });
    // No active site is silent for more than 7 days: 0.
    expect(await one('sites_down', { filters: { statuses: ['active'] } })).toEqual({
      period: AS_OF,
      scope: 'status=active',
      value: 0,
    });
  });
});

describe('the tables a query names', () => {
  const ALL: Filters = {
    yearFrom: 2024,
    yearTo: 2025,
    regencies: ['15.01'],
    districts: ['15.01.01'],
    programmes: [D_ID],
    technologies: ['VSAT'],
    statuses: ['active'],
  };
  it('every table its SQL reads is listed (the engine loads only those)', () => {
    for (const id of INDICATOR_IDS) {
      const def = INDICATORS[id];
      const asks: Ask[] = [{}, { filters: ALL }, ...def.breakdowns.map((b) => ({ by: [b] }))];
      for (const ask of asks) {
        const q = indicatorQuery({ indicator: id, filters: { ...NO_FILTERS, ...ask.filters }, by: ask.by ?? [] });
        const read = new Set([...q.sql.matchAll(/\b(?:FROM|JOIN)\s+([a-z_]+)\b/g)].map((m) => m[1] as string));
        // Common table expressions ("WITH n AS (", ", d AS (") are not tables.
        for (const m of q.sql.matchAll(/\b([a-z_]+) AS \(/g)) read.delete(m[1] as string);
        expect(
          [...read].filter((t) => !(q.tables as readonly string[]).includes(t)),
          `${id} ${JSON.stringify(ask)}`,
        ).toEqual([]);
      }
    }
  });
});

describe('the reference SQL of tests/reference (native DuckDB) over the same fixture', () => {
  it('gives every figure read above, from the period and scope codes alone', async () => {
    const ctx = { asOf: Object.fromEntries(Object.keys(CONTRACT).map((id) => [id, AS_OF])) };
    const unique = new Map(seen.map((f) => [`${f.indicator}|${f.period}|${f.scope}`, f]));
    const wrong: string[] = [];
    for (const f of unique.values()) {
      const reader = await native.runAndReadAll(referenceSql(f.indicator, f.period, f.scope, ctx));
      const raw = reader.getRows()[0]?.[0];
      const ref = raw === null || raw === undefined ? null : Number(raw);
      const same =
        ref === null || f.value === null
          ? ref === f.value
          : Math.abs(ref - f.value) <= 1e-9 * Math.max(1, Math.abs(ref), Math.abs(f.value));
      if (!same) wrong.push(`${f.indicator} ${f.period} [${f.scope}]: app ${f.value}, reference ${ref}`);
    }
    expect(wrong).toEqual([]);
    expect(unique.size).toBeGreaterThan(150);
  });
});

it('every indicator of the catalog is tested here', () => {
  expect([...tested].sort()).toEqual([...INDICATOR_IDS].sort());
  expect(Object.keys(INDICATORS).sort()).toEqual([...INDICATOR_IDS].sort());
});
