// Checks the story told by the generated sample in public/data (run `npm run data:sample` first) and the
// manifest that describes it. Reads the files with native DuckDB.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT, DATASET_IDS } from '../src/data/contract.ts';
import { parseManifest } from '../src/data/manifest.ts';
import { INDICATOR_IDS } from '../src/indicators/types.ts';
import { dataVersion, sha256File } from './lib/manifest.ts';

const DATA = resolve(import.meta.dirname, '..', 'public', 'data');
let conn: DuckDBConnection;

async function rows(sql: string): Promise<Record<string, unknown>[]> {
  const reader = await conn.runAndReadAll(sql);
  return reader.getRowObjectsJson() as Record<string, unknown>[];
}
async function one(sql: string): Promise<unknown> {
  const [row] = await rows(sql);
  return row ? Object.values(row)[0] : undefined;
}
const num = async (sql: string) => Number(await one(sql));

beforeAll(async () => {
  conn = await (await DuckDBInstance.create(':memory:')).connect();
  for (const id of DATASET_IDS) {
    await conn.run(`CREATE VIEW ${id} AS SELECT * FROM read_parquet('${join(DATA, `${id}.parquet`)}')`);
  }
});

afterAll(() => conn?.closeSync());

describe('sample data files', () => {
  it('have the contract columns and types, in order, in Parquet and CSV (site_daily: Parquet only)', async () => {
    for (const id of DATASET_IDS) {
      const described = await rows(`DESCRIBE SELECT * FROM ${id}`);
      expect(described.map((r) => `${r.column_name} ${r.column_type}`)).toEqual(
        CONTRACT[id].columns.map((c) => `${c.name} ${c.sql}`),
      );
      // The 12.8 MB CSV twin of the telemetry is not published (npm run data:sample -- --out DIR --csv writes it).
      if (id === 'site_daily') {
        expect(existsSync(join(DATA, 'site_daily.csv'))).toBe(false);
        continue;
      }
      const header = (await readFile(join(DATA, `${id}.csv`), 'utf8')).split('\n', 1)[0];
      expect(header).toBe(CONTRACT[id].columns.map((c) => c.name).join(','));
    }
  });

  it('cover the real geography: 11 regencies, 1,585 villages with codes as text', async () => {
    expect(await num('SELECT count(*) FROM regencies')).toBe(11);
    expect(await num('SELECT count(*) FROM villages')).toBe(1585);
    expect(await one(`SELECT name || '/' || type || '/' || bps_code FROM regencies WHERE regency_code = '15.71'`)).toBe(
      'Kota Jambi/Kota/1571',
    );
    expect(await one(`SELECT name FROM regencies WHERE regency_code = '15.06'`)).toBe('Tanjung Jabung Barat');
    expect(
      await num(
        `SELECT count(*) FROM villages WHERE NOT regexp_full_match(village_code, '15\\.\\d{2}\\.\\d{2}\\.\\d{4}')`,
      ),
    ).toBe(0);
    expect(
      await num(`SELECT count(*) FROM villages WHERE regency_code NOT IN (SELECT regency_code FROM regencies)`),
    ).toBe(0);
    expect(
      await num(`SELECT count(*) FROM villages WHERE isolated AND village_code IN ('15.02.01.2001', '15.02.23.2008')`),
    ).toBe(2);
    const isolated = await num('SELECT count(*) FROM villages WHERE isolated');
    expect(isolated).toBeGreaterThanOrEqual(10);
    expect(isolated).toBeLessThanOrEqual(22);
  });

  it('tell the installation story per programme and year', async () => {
    const count = (where: string) => num(`SELECT count(*) FROM sites WHERE ${where}`);
    expect(
      await count(
        `programme = 'BAKTI Internet Desa' AND technology = 'VSAT' AND budget_year = 2022 AND year(installed_on) = 2022`,
      ),
    ).toBe(125);
    expect(await count(`programme = 'BAKTI Internet Desa'`)).toBe(125);
    expect(
      await count(
        `programme = 'Dumisake Internet Desa' AND technology = 'VSAT' AND budget_year = 2023 AND year(installed_on) = 2023`,
      ),
    ).toBe(80);
    expect(
      await count(
        `programme = 'Dumisake Internet Desa' AND technology = 'VSAT' AND budget_year = 2024 AND year(installed_on) = 2024`,
      ),
    ).toBe(80);
    expect(await count(`programme = 'Dumisake Internet Desa'`)).toBe(160);
    expect(
      await count(`programme = 'Dumisake GSM Repeater' AND technology = 'GSM repeater' AND budget_year = 2024`),
    ).toBe(10);
    expect(await count(`programme = 'Dumisake GSM Repeater' AND installed_on IS NULL AND status = 'planned'`)).toBe(2);
    // 285 distinct villages served by Internet Desa by the end of 2024, the two named isolated villages among them.
    expect(await num(`SELECT count(DISTINCT village_code) FROM sites WHERE programme LIKE '%Internet Desa'`)).toBe(285);
    expect(
      await num(
        `SELECT count(*) FROM sites WHERE programme LIKE '%Internet Desa' AND village_code IN ('15.02.01.2001', '15.02.23.2008')`,
      ),
    ).toBe(2);
    expect(await num(`SELECT count(*) FROM sites WHERE NOT regexp_full_match(site_id, '[A-Z0-9-]{3,40}')`)).toBe(0);
    expect(await num(`SELECT count(*) FROM sites WHERE village_code NOT IN (SELECT village_code FROM villages)`)).toBe(
      0,
    );
    expect(
      await num(
        `SELECT count(*) FROM sites WHERE (installed_on IS NULL) <> (status = 'planned') OR (installed_on IS NULL) <> (bandwidth_mbps IS NULL)`,
      ),
    ).toBe(0);
    // Repeaters go to villages that already have an Internet Desa point.
    expect(
      await num(`SELECT count(*) FROM sites r WHERE r.technology = 'GSM repeater' AND NOT EXISTS (
      SELECT 1 FROM sites i WHERE i.programme LIKE '%Internet Desa' AND i.village_code = r.village_code AND i.installed_on < coalesce(r.installed_on, DATE '9999-12-31'))`),
    ).toBe(0);
    const statuses = Object.fromEntries(
      (await rows('SELECT status, count(*) AS n FROM sites GROUP BY status')).map((r) => [r.status, Number(r.n)]),
    );
    expect(statuses.decommissioned).toBeGreaterThanOrEqual(2);
    expect(statuses.decommissioned).toBeLessThanOrEqual(3);
    expect(statuses.offline).toBeGreaterThanOrEqual(8);
    expect(statuses.offline).toBeLessThanOrEqual(18);
  });

  it('put every Internet Desa point in a blankspot village (as of the end of the year before)', async () => {
    expect(
      await num(`SELECT count(*) FROM sites s JOIN village_coverage c ON c.village_code = s.village_code AND c.year = year(s.installed_on) - 1
      WHERE s.programme LIKE '%Internet Desa' AND NOT c.is_blankspot`),
    ).toBe(0);
  });

  it('keep blankspots consistent with signal, geography and sites', async () => {
    expect(await num('SELECT count(*) FROM village_coverage')).toBe(1585 * 6);
    expect(await num(`SELECT count(*) FROM village_coverage WHERE is_blankspot <> (best_signal = 'none')`)).toBe(0);
    const perYear = Object.fromEntries(
      (await rows('SELECT year, count(*) FILTER (is_blankspot) AS n FROM village_coverage GROUP BY year')).map((r) => [
        r.year,
        Number(r.n),
      ]),
    );
    expect(perYear[2021]).toBeGreaterThanOrEqual(280);
    expect(perYear[2021]).toBeLessThanOrEqual(290);
    expect(perYear[2026]).toBeGreaterThan(200);
    expect(perYear[2026]).toBeLessThan(perYear[2021] as number);
    expect(
      await num(
        `SELECT count(*) FROM village_coverage c JOIN villages v USING (village_code) WHERE c.is_blankspot AND v.regency_code = '15.71'`,
      ),
    ).toBe(0);
    expect(
      await num(
        `SELECT count(*) FROM village_coverage c JOIN villages v USING (village_code) WHERE c.is_blankspot AND v.kind = 'kelurahan'`,
      ),
    ).toBe(0);
    // A village leaves blankspot only with a BTS 4G or an installed GSM repeater in it, installed by that year.
    expect(
      await num(`SELECT count(*) FROM village_coverage c JOIN village_coverage p ON p.village_code = c.village_code AND p.year = c.year - 1
      WHERE p.is_blankspot AND NOT c.is_blankspot AND NOT EXISTS (
        SELECT 1 FROM sites s WHERE s.village_code = c.village_code AND s.technology IN ('BTS 4G', 'GSM repeater')
          AND s.installed_on IS NOT NULL AND year(s.installed_on) <= c.year)`),
    ).toBe(0);
    // …and a couple become blankspot again after having had a signal.
    expect(
      await num(`SELECT count(DISTINCT a.village_code) FROM village_coverage a
      JOIN village_coverage b ON b.village_code = a.village_code AND b.year > a.year AND NOT b.is_blankspot
      JOIN village_coverage c ON c.village_code = a.village_code AND c.year > b.year AND c.is_blankspot
      WHERE a.is_blankspot`),
    ).toBeGreaterThanOrEqual(2);
  });

  it('have targets: province rows 2022–2026 and regency rows summing to the Dumisake 80', async () => {
    const province = await rows(
      'SELECT year, planned_installations AS p FROM targets WHERE regency_code IS NULL ORDER BY year',
    );
    expect(province.map((r) => [r.year, r.p])).toEqual([
      [2022, 125],
      [2023, 80],
      [2024, 90],
      [2025, 10],
      [2026, 10],
    ]);
    for (const year of [2023, 2024]) {
      expect(
        await num(`SELECT sum(planned_installations) FROM targets WHERE year = ${year} AND regency_code IS NOT NULL`),
      ).toBe(80);
    }
  });

  it('have telemetry only for monitored sites, from 2023-01-01 to the as-of date', async () => {
    const manifest = parseManifest(JSON.parse(await readFile(join(DATA, 'manifest.json'), 'utf8')));
    const [range] = await rows(
      `SELECT CAST(min(date) AS VARCHAR) AS lo, CAST(max(date) AS VARCHAR) AS hi, count(*) AS n FROM site_daily`,
    );
    expect(range?.lo).toBe('2023-01-01');
    expect(range?.hi).toBe(manifest.as_of);
    expect(Number(range?.n)).toBeGreaterThan(250_000);
    expect(
      await num(`SELECT count(*) FROM site_daily d JOIN sites s USING (site_id)
      WHERE s.technology NOT IN ('VSAT', 'GSM repeater') OR d.date < s.installed_on OR s.installed_on IS NULL`),
    ).toBe(0);
    expect(await num(`SELECT count(*) FROM site_daily WHERE site_id NOT IN (SELECT site_id FROM sites)`)).toBe(0);
    expect(
      await num(`SELECT count(*) FROM (SELECT site_id, date FROM site_daily GROUP BY ALL HAVING count(*) > 1)`),
    ).toBe(0);
    expect(
      await num(
        `SELECT count(*) FROM site_daily WHERE uptime_pct NOT BETWEEN 0 AND 100 OR down_mbps < 0 OR users < 0 OR data_gb < 0`,
      ),
    ).toBe(0);
    // Offline and decommissioned sites stop reporting before the as-of date.
    expect(
      await num(`SELECT count(*) FROM sites s WHERE s.status IN ('offline', 'decommissioned') AND s.technology = 'VSAT'
      AND (SELECT max(date) FROM site_daily d WHERE d.site_id = s.site_id) >= DATE '${manifest.as_of}'`),
    ).toBe(0);
    // Monthly means of uptime stay in the 90–99 % band.
    const [band] = await rows(
      `SELECT min(m) AS lo, max(m) AS hi FROM (SELECT avg(uptime_pct) AS m FROM site_daily GROUP BY date_trunc('month', date))`,
    );
    expect(Number(band?.lo)).toBeGreaterThanOrEqual(90);
    expect(Number(band?.hi)).toBeLessThanOrEqual(99);
  });
});

describe('vocabularies and published figures (contract v2)', () => {
  it('publish the five programmes with their kind, plan membership and owner', async () => {
    const got = await rows('SELECT programme, kind, in_plan, owner, label_en FROM programmes ORDER BY programme');
    expect(got.map((r) => [r.programme, r.kind, r.in_plan, r.owner])).toEqual([
      ['BAKTI BTS 4G', 'cellular_coverage', false, 'BAKTI Kominfo'],
      ['BAKTI Internet Desa', 'village_access', true, 'BAKTI Kominfo'],
      ['Dumisake GSM Repeater', 'cellular_coverage', true, 'Pemerintah Provinsi Jambi'],
      ['Dumisake Internet Desa', 'village_access', true, 'Pemerintah Provinsi Jambi'],
      ['Operator', 'operator', false, 'Operator seluler'],
    ]);
    for (const r of got) expect(String(r.label_en).length).toBeGreaterThan(3);
  });

  it('publish the four technologies, cellular or not', async () => {
    const got = await rows('SELECT technology, cellular, label_en FROM technologies ORDER BY technology');
    expect(got.map((r) => [r.technology, r.cellular])).toEqual([
      ['BTS 4G', true],
      ['GSM repeater', true],
      ['VSAT', false],
      ['fibre/radio', false],
    ]);
    for (const r of got) expect(String(r.label_en).length).toBeGreaterThan(3);
  });

  it('name every programme and technology of sites in the vocabularies', async () => {
    expect(await num('SELECT count(*) FROM sites WHERE programme NOT IN (SELECT programme FROM programmes)')).toBe(0);
    expect(await num('SELECT count(*) FROM sites WHERE technology NOT IN (SELECT technology FROM technologies)')).toBe(
      0,
    );
    // …and every vocabulary entry is used by the sample.
    expect(await num('SELECT count(*) FROM programmes WHERE programme NOT IN (SELECT programme FROM sites)')).toBe(0);
    expect(await num('SELECT count(*) FROM technologies WHERE technology NOT IN (SELECT technology FROM sites)')).toBe(
      0,
    );
  });

  it('carry the published figures of the seed, each under its catalog indicator', async () => {
    const seed = resolve(import.meta.dirname, 'seed', 'published-figures.csv');
    // Hand mapping of the seed's subjects (docs/data-contract.md); the two Podes shares without an indicator are out.
    await conn.run(`CREATE OR REPLACE TEMP TABLE expected_map AS SELECT * FROM (VALUES
      ('blankspot villages (no cellular signal)', 'blankspot_villages'),
      ('areas still without cellular coverage', 'blankspot_villages'),
      ('villages connected by Internet Desa', 'villages_served'),
      ('villages served by Internet Desa', 'villages_served'),
      ('villages connected 2022-2024', 'villages_served'),
      ('blankspot points installed (Dumisake)', 'plan_installations'),
      ('GSM repeaters planned', 'repeaters_planned'),
      ('villages and kelurahan (Podes)', 'villages_total'),
      ('villages reached by 4G (Podes)', 'villages_4g_share')) t(subject, indicator)`);
    const seedRows = `read_csv('${seed}', header = true, auto_detect = false, columns = {
      'subject': 'VARCHAR', 'period': 'VARCHAR', 'value': 'DOUBLE', 'unit': 'VARCHAR', 'producer': 'VARCHAR',
      'published': 'VARCHAR', 'source_title': 'VARCHAR', 'source': 'VARCHAR'})`;
    expect(await num(`SELECT count(*) FROM ${seedRows}`)).toBe(14);
    expect(await num('SELECT count(*) FROM published_figures')).toBe(12);
    // Row for row the seed (period, value, unit, dates, source as reported), under the hand-mapped indicator.
    expect(
      await num(`SELECT count(*) FROM (
        SELECT m.indicator, s.period, s.value, s.unit, s.subject, s.producer, s.published, s.source_title, s.source
          FROM ${seedRows} s JOIN expected_map m USING (subject)
        EXCEPT
        SELECT indicator, period, value, unit, subject, producer, published, source_title, source FROM published_figures)`),
    ).toBe(0);
    expect(
      await num(`SELECT count(*) FROM published_figures WHERE subject IN ('villages with a BTS (Podes)',
        'villages with strong or very strong signal (Podes)')`),
    ).toBe(0);
    // The key is unique; every indicator is one of the catalog's.
    expect(
      await num(
        'SELECT count(*) FROM (SELECT 1 FROM published_figures GROUP BY indicator, period, producer, published HAVING count(*) > 1)',
      ),
    ).toBe(0);
    const ids = (await rows('SELECT DISTINCT indicator FROM published_figures')).map((r) => String(r.indicator));
    for (const id of ids) expect(INDICATOR_IDS).toContain(id);
    // The 2024 Dumisake figure is a plan announced in Dec 2023: its unit says so.
    expect(
      await one(`SELECT unit FROM published_figures WHERE indicator = 'plan_installations' AND period = '2024'`),
    ).toBe('points (planned as of Dec 2023)');
    expect(await num(`SELECT count(*) FROM published_figures WHERE source IS NULL`)).toBe(2);
    const csv = (await readFile(join(DATA, 'published_figures.csv'), 'utf8')).split('\n');
    expect(csv).toContain(
      'villages_served,2022..2024,285.0,villages,villages connected 2022-2024,Dinas Kominfo Provinsi Jambi,2024,Jambi Satu,jambisatu.id',
    );
  });
});

describe('manifest.json', () => {
  it('parses, lists every dataset and matches the files', async () => {
    const manifest = parseManifest(JSON.parse(await readFile(join(DATA, 'manifest.json'), 'utf8')));
    expect(manifest.datasets.map((d) => d.id)).toEqual([...DATASET_IDS]);
    for (const d of manifest.datasets) {
      expect(d.row_count).toBe(await num(`SELECT count(*) FROM ${d.id}`));
      expect(d.files.map((f) => f.format).sort()).toEqual(d.id === 'site_daily' ? ['parquet'] : ['csv', 'parquet']);
      for (const f of d.files) expect(await sha256File(join(DATA, f.path))).toBe(f.sha256);
    }
    expect(manifest.version).toBe(dataVersion(manifest.datasets.flatMap((d) => d.files)));
    expect(manifest.as_of).toBe('2026-11-27');
  });
});

describe('data-sample --scale', () => {
  it('writes exactly N rows of site_daily outside public/data', async () => {
    const out = await mkdtemp(join(tmpdir(), 'jdac-scale-test-'));
    try {
      const script = resolve(import.meta.dirname, 'data-sample.ts');
      await promisify(execFile)(process.execPath, ['--import', 'tsx', script, '--scale', '12345', '--out', out]);
      const file = join(out, 'site_daily.parquet');
      expect(await num(`SELECT count(*) FROM read_parquet('${file}')`)).toBe(12345);
      expect(await num(`SELECT count(*) FROM read_csv('${join(out, 'site_daily.csv')}')`)).toBe(12345);
      const described = await rows(`DESCRIBE SELECT * FROM read_parquet('${file}')`);
      expect(described.map((r) => `${r.column_name} ${r.column_type}`)).toEqual(
        CONTRACT.site_daily.columns.map((c) => `${c.name} ${c.sql}`),
      );
      expect(
        await num(
          `SELECT count(*) FROM read_parquet('${file}') WHERE NOT regexp_full_match(site_id, '[A-Z0-9-]{3,40}')`,
        ),
      ).toBe(0);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
