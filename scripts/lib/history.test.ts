// The headline history (public/data/history.jsonl): its figures are the catalog's, computed in DuckDB-WASM over a
// small fixture whose values are counted by hand below; the file is appended, never rewritten (the earlier bytes
// stay byte for byte, a version is never listed twice); and a publish that fails at any step leaves it unchanged.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/data/manifest.ts';
import type { Cell } from '../../src/data/rows.ts';
import { type HistoryEntry, parseHistory } from '../../src/indicators/history.ts';
import { createNodeWasmEngine, type NodeWasmEngine } from './duckdb-wasm-node.ts';
import { appendHistory, historyEntry } from './history.ts';
import { type PublishSteps, publish } from './publish.ts';

// ── Fixture, data as of 27 Nov 2026 ──────────────────────────────────────────────────────────────────────────────
// Villages V1..V4 of regency 15.01. Sites:
//   S1 V1 Dumisake Internet Desa  VSAT          active          2025-05-01
//   S2 V2 Dumisake Internet Desa  VSAT          offline         2026-03-01
//   S3 V3 Dumisake GSM Repeater   GSM repeater  active          2026-06-01
//   S4 V4 Dumisake GSM Repeater   GSM repeater  planned         –
//   S5 V3 BAKTI BTS 4G            BTS 4G        offline         2026-08-15
//   S6 V4 Dumisake Internet Desa  VSAT          decommissioned  2024-02-01
// Coverage: 2025 V1 none, V2 none, V3 none, V4 4G; 2026 V1 none, V2 none, V3 4G, V4 4G.
// Targets (province): 2025 plan 3, blankspot target 2; 2026 plan 4, blankspot target 1.
// Telemetry 2026-10-29..2026-11-27 (30 days): S1 uptime 90 every day; S2 uptime 60, but 30 on 27 Nov.
const AS_OF = '2026-11-27';
const V = ['15.01.01.2001', '15.01.01.2002', '15.01.02.2001', '15.01.02.2002'] as const;
const DID = 'Dumisake Internet Desa';
const REP = 'Dumisake GSM Repeater';
const BTS = 'BAKTI BTS 4G';

function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1))
    out.push(d.toISOString().slice(0, 10));
  return out;
}

function loadFixture(engine: NodeWasmEngine): void {
  engine.load('regencies', [{ regency_code: '15.01', bps_code: '1501', name: 'Kerinci', type: 'Kabupaten' }]);
  engine.load(
    'villages',
    V.map((code) => ({
      village_code: code,
      district_code: code.slice(0, 8),
      district_name: `Kec ${code.slice(0, 8)}`,
      regency_code: '15.01',
      name: `Desa ${code}`,
      kind: 'desa',
      isolated: false,
    })),
  );
  engine.load('programmes', [
    { programme: DID, kind: 'village_access', in_plan: true, owner: 'Pemprov', label_en: DID },
    { programme: REP, kind: 'cellular_coverage', in_plan: true, owner: 'Pemprov', label_en: REP },
    { programme: BTS, kind: 'cellular_coverage', in_plan: false, owner: 'BAKTI', label_en: BTS },
  ]);
  engine.load('technologies', [
    { technology: 'VSAT', cellular: false, label_en: 'VSAT' },
    { technology: 'GSM repeater', cellular: true, label_en: 'GSM repeater' },
    { technology: 'BTS 4G', cellular: true, label_en: '4G tower' },
  ]);
  const site = (id: string, v: number, programme: string, technology: string, status: string, on: string | null) => ({
    site_id: id,
    village_code: V[v - 1] as string,
    programme,
    technology,
    status,
    budget_year: Number((on ?? '2026').slice(0, 4)),
    installed_on: on,
    bandwidth_mbps: 20,
  });
  engine.load('sites', [
    site('S1', 1, DID, 'VSAT', 'active', '2025-05-01'),
    site('S2', 2, DID, 'VSAT', 'offline', '2026-03-01'),
    site('S3', 3, REP, 'GSM repeater', 'active', '2026-06-01'),
    site('S4', 4, REP, 'GSM repeater', 'planned', null),
    site('S5', 3, BTS, 'BTS 4G', 'offline', '2026-08-15'),
    site('S6', 4, DID, 'VSAT', 'decommissioned', '2024-02-01'),
  ]);
  const coverage: Record<number, string[]> = {
    2025: ['none', 'none', 'none', '4G'],
    2026: ['none', 'none', '4G', '4G'],
  };
  engine.load(
    'village_coverage',
    Object.entries(coverage).flatMap(([year, signals]) =>
      signals.map((best_signal, i) => ({
        village_code: V[i] as string,
        year: Number(year),
        best_signal,
        is_blankspot: best_signal === 'none',
      })),
    ),
  );
  engine.load('targets', [
    { year: 2025, regency_code: null, planned_installations: 3, blankspot_target: 2 },
    { year: 2026, regency_code: null, planned_installations: 4, blankspot_target: 1 },
  ]);
  const day = (site_id: string, date: string, uptime_pct: number): Record<string, Cell> => ({
    site_id,
    date,
    uptime_pct,
    down_mbps: 10,
    data_gb: 1,
    users: 2,
  });
  engine.load('site_daily', [
    ...days('2026-10-29', AS_OF).map((d) => day('S1', d, 90)),
    ...days('2026-10-29', AS_OF).map((d) => day('S2', d, d === AS_OF ? 30 : 60)),
  ]);
}

/** The manifest fields the headline requests read: the version, its dates and every dataset's as-of date. */
const manifest = (version: string) =>
  ({
    version,
    as_of: AS_OF,
    generated_at: `${AS_OF}T00:00:00+07:00`,
    datasets: [
      'regencies',
      'villages',
      'programmes',
      'technologies',
      'sites',
      'village_coverage',
      'site_daily',
      'targets',
    ].map((id) => ({ id, as_of: AS_OF, row_count: 0, period: { start: AS_OF, end: AS_OF }, files: [] })),
  }) as unknown as Manifest;

describe('historyEntry: the headline figures from the catalog, counted by hand', () => {
  let engine: NodeWasmEngine;
  beforeAll(async () => {
    engine = await createNodeWasmEngine();
    loadFixture(engine);
  });

  it('every headline with its period, scope and value', async () => {
    const entry = await historyEntry(engine, manifest('0123456789abcdef'));
    expect([entry.history_version, entry.version, entry.as_of, entry.generated_at]).toEqual([
      1,
      '0123456789abcdef',
      AS_OF,
      '2026-11-27T00:00:00+07:00',
    ]);
    const rows = entry.figures
      .map((f) => [f.key, f.indicator, f.period, f.scope, f.value])
      .sort((a, b) => `${a[0]}|${a[3]}`.localeCompare(`${b[0]}|${b[3]}`));
    const YEAR = '2026-01-01..2026-11-27';
    expect(rows).toEqual(
      [
        // 2026: V1 and V2 without signal, of 4 surveyed (50 %); the 2026 target is 1.
        ['blankspot_villages', 'blankspot_villages', YEAR, '', 2],
        ['blankspot_share', 'blankspot_share', YEAR, '', 50],
        ['blankspot_target', 'blankspot_target', '2026', '', 1],
        // V1 (S1 active since 2025) and V2 (S2 offline, installed 2026) have an Internet Desa point in service.
        ['villages_served', 'villages_served', YEAR, '', 2],
        // Installed: S1 S2 S3 S5 S6 = 5; in 2026: S2 S3 S5 = 3, one per programme; in the plan: S2 S3 = 2 of 4 (50 %).
        ['installations_total', 'installations', '..2026-11-27', '', 5],
        ['installations_year', 'installations', YEAR, '', 3],
        ['installations_year_programme', 'installations', YEAR, `programme=${BTS}`, 1],
        ['installations_year_programme', 'installations', YEAR, `programme=${REP}`, 1],
        ['installations_year_programme', 'installations', YEAR, `programme=${DID}`, 1],
        ['plan_installations_year', 'plan_installations', YEAR, '', 2],
        ['planned_installations_year', 'planned_installations', '2026', '', 4],
        ['plan_progress_year', 'plan_progress', '2026', '', 50],
        // GSM repeaters: S3 active; S3 and S4 in the plan.
        ['repeaters_active', 'repeaters_active', AS_OF, '', 1],
        ['repeaters_planned', 'repeaters_planned', AS_OF, '', 2],
        // 27 Nov: (90 + 30) / 2 = 60; 30 days: (30 × 90 + 29 × 60 + 30) / 60 = 4470 / 60 = 74,5.
        ['uptime_day', 'uptime', AS_OF, '', 60],
        ['uptime_30d', 'uptime', '2026-10-29..2026-11-27', '', 74.5],
        // In service and offline, or silent more than 7 days: S2 and S5 are offline; S1 reported on 27 Nov; S3
        // (a repeater) has never reported, so only its status counts.
        ['sites_down', 'sites_down', AS_OF, '', 2],
      ].sort((a, b) => `${a[0]}|${a[3]}`.localeCompare(`${b[0]}|${b[3]}`)),
    );
  }, 60_000);
});

// ── The file ─────────────────────────────────────────────────────────────────────────────────────────────────────

const entry = (version: string, as_of: string, blankspot: number): HistoryEntry => ({
  history_version: 1,
  version,
  as_of,
  generated_at: `${as_of}T00:00:00+07:00`,
  figures: [
    {
      key: 'blankspot_villages',
      indicator: 'blankspot_villages',
      period: `2026-01-01..${as_of}`,
      scope: '',
      value: blankspot,
    },
    { key: 'sites_down', indicator: 'sites_in_service', period: as_of, scope: 'status=offline', value: 13 },
  ],
});
const V1 = entry('aaaaaaaa11111111', '2026-11-27', 268);
const V2 = entry('bbbbbbbb22222222', '2026-12-04', 256);
const V3 = entry('cccccccc33333333', '2026-12-11', 250);

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'jdac-history-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const file = (dir: string) => join(dir, 'history.jsonl');

describe('appendHistory: appended, never rewritten', () => {
  it('creates the file with one line, then appends; the earlier bytes stay byte for byte', async () => {
    const dir = tempDir();
    expect((await appendHistory(dir, V1)).status).toBe('appended');
    const first = readFileSync(file(dir));
    expect(first.toString('utf8').split('\n')).toHaveLength(2); // one line and its newline
    expect((await appendHistory(dir, V2)).status).toBe('appended');
    const second = readFileSync(file(dir));
    expect(second.subarray(0, first.length).equals(first)).toBe(true);
    expect(parseHistory(second.toString('utf8')).entries.map((e) => [e.version, e.figures[0]?.value])).toEqual([
      ['aaaaaaaa11111111', 268],
      ['bbbbbbbb22222222', 256],
    ]);
    // No temp file is left beside it.
    expect(readdirSync(dir)).toEqual(['history.jsonl']);
  });

  it('an earlier line written by hand (other spacing) is kept exactly as it is', async () => {
    const dir = tempDir();
    const handWritten = `${JSON.stringify(V1, null, 0).replace('"as_of":', '"as_of": ')}\n`;
    writeFileSync(file(dir), handWritten);
    await appendHistory(dir, V2);
    expect(readFileSync(file(dir), 'utf8').startsWith(handWritten)).toBe(true);
  });

  it('a last line without its newline gets one; the bytes before stay', async () => {
    const dir = tempDir();
    await appendHistory(dir, V1);
    const old = readFileSync(file(dir), 'utf8').trimEnd();
    writeFileSync(file(dir), old);
    await appendHistory(dir, V2);
    const now = readFileSync(file(dir), 'utf8');
    expect(now.startsWith(`${old}\n`)).toBe(true);
    expect(parseHistory(now).entries).toHaveLength(2);
  });

  it('a version already present is not added again, even with other figures, and the file is not touched', async () => {
    const dir = tempDir();
    await appendHistory(dir, V1);
    await appendHistory(dir, V2);
    const before = readFileSync(file(dir));
    const again = await appendHistory(dir, entry('aaaaaaaa11111111', '2026-11-27', 999));
    expect(again).toMatchObject({
      status: 'present',
      entries: 2,
      differs: ['blankspot_villages 2026-01-01..2026-11-27'],
    });
    expect((await appendHistory(dir, V2)).status).toBe('present');
    expect(readFileSync(file(dir)).equals(before)).toBe(true);
  });

  it('a file with a bad line is refused and left as it is', async () => {
    const dir = tempDir();
    const spoiled = `${JSON.stringify(V1)}\n{"version": "x"\n`;
    writeFileSync(file(dir), spoiled);
    await expect(appendHistory(dir, V2)).rejects.toThrow(/baris 2: bukan JSON/);
    expect(readFileSync(file(dir), 'utf8')).toBe(spoiled);
  });
});

describe('publish: the history changes only when every step succeeded', () => {
  /** Steps that write small stand-in files, so the order and the outcome can be seen; `fail` makes one throw. */
  function steps(fail: keyof PublishSteps | null, next: HistoryEntry, calls: string[]): PublishSteps {
    const step =
      <A extends unknown[], R>(name: keyof PublishSteps, result: (...args: A) => R | Promise<R>) =>
      async (...args: A): Promise<R> => {
        calls.push(name);
        if (name === fail) throw new Error(`${name} failed`);
        return result(...args);
      };
    return {
      validate: step('validate', () => []),
      buildManifest: step('buildManifest', () => manifest(next.version)),
      writeManifest: step('writeManifest', (dir: string) => {
        writeFileSync(join(dir, 'manifest.json'), `{"version":"${next.version}"}\n`);
        return join(dir, 'manifest.json');
      }),
      writeSnapshot: step('writeSnapshot', () => ({ bytes: 1, queries: 1, entry: next })),
      writeRollups: step('writeRollups', () => ({ tables: [] })),
      appendHistory: step('appendHistory', (dir: string, e: HistoryEntry) => appendHistory(dir, e)),
    };
  }
  const quiet = { log() {}, warn() {}, error() {} };

  for (const fail of ['validate', 'buildManifest', 'writeManifest', 'writeSnapshot', 'writeRollups'] as const) {
    it(`${fail} throws: exit 1, history.jsonl byte for byte as before`, async () => {
      const dir = tempDir();
      await appendHistory(dir, V1);
      await appendHistory(dir, V2);
      const before = readFileSync(file(dir));
      const calls: string[] = [];
      expect(await publish(dir, steps(fail, V3, calls), quiet)).toBe(1);
      expect(calls.at(-1)).toBe(fail); // it was this step that stopped the publish
      expect(calls).not.toContain('appendHistory');
      expect(readFileSync(file(dir)).equals(before)).toBe(true);
    });
  }

  it('every step succeeds: the entry is appended last, after the rollups', async () => {
    const dir = tempDir();
    await appendHistory(dir, V1);
    const before = readFileSync(file(dir));
    const calls: string[] = [];
    expect(await publish(dir, steps(null, V2, calls), quiet)).toBe(0);
    expect(calls).toEqual([
      'validate',
      'buildManifest',
      'writeManifest',
      'writeSnapshot',
      'writeRollups',
      'appendHistory',
    ]);
    const after = readFileSync(file(dir));
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    expect(parseHistory(after.toString('utf8')).entries.map((e) => e.version)).toEqual([V1.version, V2.version]);
  });
});
