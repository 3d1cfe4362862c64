// Every panel of the overview, figure by figure: the production build in Chromium (Parquet through DuckDB-WASM)
// against native DuckDB over the published CSV twins. The expected SQL is written here from each panel's stated
// rule (query.ts header comments, docs/panels.md), never taken from the panel's query builder, and the numbers
// and dates are formatted here the Indonesian way (1.234,5 · 63,8% · 27 Des 2023).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROGRAMMES } from '../../src/data/contract.ts';
import { launchChromium } from './browser.ts';
import {
  idDate,
  idNumber,
  idPercent,
  type OpenedPage,
  openPageWith,
  panelSelector,
  readGrid,
  round1,
  showTable,
  waitForPanel,
  waitForTableHead,
} from './overview-helpers.ts';
import { publicDataDb } from './public-data.ts';

const OVERVIEW = [
  'kpis',
  'blankspot-reduction',
  'regency-map',
  'installations-by-regency',
  'connectivity-trends',
  'repeater-plan',
] as const;

type Db = Awaited<ReturnType<typeof publicDataDb>>;
type Rec = Record<string, unknown>;

let browser: Browser;
let db: Db;

const rows = (sql: string) => db.rows(sql);
const int = (v: unknown) => Number(v);
const byValueThenCode = (a: { value: number | null; code: string }, b: { value: number | null; code: string }) =>
  (b.value ?? -1) - (a.value ?? -1) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

beforeAll(async () => {
  [browser, db] = await Promise.all([launchChromium(), publicDataDb()]);
});

afterAll(async () => {
  db?.close();
  await browser?.close();
});

/** "turun 17 (6%)", "naik 3", "tetap": a count compared with an earlier one. */
function countChange(latest: number, earlier: number): string {
  const delta = latest - earlier;
  if (delta === 0) return 'tetap';
  const words = `${delta > 0 ? 'naik' : 'turun'} ${idNumber(Math.abs(delta))}`;
  return earlier > 0 ? `${words} (${idPercent(Math.abs(delta) / earlier)})` : words;
}

/** "naik 9,4 poin persen": a difference of two shares in percentage points. */
function pointsChange(delta: number): string {
  if (delta === 0) return 'tetap';
  return `${delta > 0 ? 'naik' : 'turun'} ${idNumber(Math.abs(delta), 1)} poin persen`;
}

// Two ways the figures reach the screen: the first view answered from public/data/snapshot.json (precomputed at
// publish time from the CSV twins, what a visitor sees first), and DuckDB-WASM in the browser over the Parquet files
// (the snapshot withheld, as when it is missing or belongs to another data version). Both must match.
describe.each([
  { mode: 'DuckDB-WASM over Parquet (snapshot withheld)', withhold: true },
  { mode: 'the precomputed first-view snapshot', withhold: false },
])('the overview panels in Chromium, figures from $mode, match the published data', ({ withhold }) => {
  let g: OpenedPage;
  const dataFiles: string[] = [];
  beforeAll(async () => {
    g = await openPageWith(browser, {
      before: async (page) => {
        page.on('requestfinished', (req) => {
          const m = /\/data\/([^/?]+)/.exec(req.url());
          if (m?.[1]) dataFiles.push(m[1]);
        });
        if (withhold) await page.route('**/data/snapshot.json*', (r) => r.fulfill({ status: 404, body: '' }));
      },
    });
    for (const id of OVERVIEW) await waitForPanel(g.page, id);
    // Where the figures came from: the Parquet files, or the snapshot.
    if (withhold) expect(dataFiles).toEqual(expect.arrayContaining(['site_daily.parquet', 'sites.parquet']));
    else expect(dataFiles).toContain('snapshot.json');
  });

  afterAll(async () => {
    if (!g) return;
    expect(g.foreignRequests).toEqual([]);
    expect(g.pageErrors).toEqual([]);
    await g.close();
  });

  it('kpis: every card figure, its comparison and its basis', async () => {
    // Coverage: the first and the latest survey year, over the villages surveyed that year.
    const cov = await rows(`
      WITH surveyed AS (
        SELECT c.* FROM village_coverage c WHERE c.village_code IN (SELECT village_code FROM villages)
      )
      SELECT CAST(year AS INTEGER) AS year, CAST(count(*) AS INTEGER) AS villages,
        CAST(sum(CASE WHEN is_blankspot THEN 1 ELSE 0 END) AS INTEGER) AS blankspot,
        CAST(sum(CASE WHEN best_signal = '4G' THEN 1 ELSE 0 END) AS INTEGER) AS four_g
      FROM surveyed
      WHERE year = (SELECT min(year) FROM surveyed) OR year = (SELECT max(year) FROM surveyed)
      GROUP BY year ORDER BY year`);
    const first = cov[0] as Rec;
    const latest = cov[cov.length - 1] as Rec;
    expect(cov.length).toBe(2);

    // Installed sites per year of installation (installed_on set; a later decommissioning does not undo it).
    const installed = await rows(`
      SELECT CAST(year(installed_on) AS INTEGER) AS year, CAST(count(*) AS INTEGER) AS sites
      FROM sites WHERE installed_on IS NOT NULL GROUP BY ALL ORDER BY year`);
    const lastYear = installed[installed.length - 1] as Rec;
    const prevYear = installed[installed.length - 2] as Rec;
    const total = installed.reduce((s, r) => s + int(r.sites), 0);

    // Uptime: mean over site-days of the last 30 days of telemetry and of the 30 days before.
    const [up] = await rows(`
      WITH b AS (SELECT min(date) AS first_day, max(date) AS last_day FROM site_daily)
      SELECT strftime(last_day, '%Y-%m-%d') AS end_day,
        strftime(last_day - INTERVAL 29 DAY, '%Y-%m-%d') AS cur_from,
        first_day <= last_day - INTERVAL 59 DAY AS has_prev,
        (SELECT avg(uptime_pct) FROM site_daily d WHERE d.date BETWEEN b.last_day - INTERVAL 29 DAY AND b.last_day)
          AS cur,
        (SELECT avg(uptime_pct) FROM site_daily d
          WHERE d.date BETWEEN b.last_day - INTERVAL 59 DAY AND b.last_day - INTERVAL 30 DAY) AS prev
      FROM b`);
    const u = up as Rec;
    expect(u.has_prev).toBe(true);
    const cur = round1(Number(u.cur));
    const prev = round1(Number(u.prev));

    // GSM repeaters: every unit of the plan, and the active ones.
    const [rep] = await rows(`
      SELECT CAST(count(*) AS INTEGER) AS planned,
        CAST(sum(CASE WHEN status = 'active' THEN 1 ELSE 0 END) AS INTEGER) AS active
      FROM sites WHERE technology = 'GSM repeater'`);
    const r = rep as Rec;

    const share = (y: Rec) => round1((int(y.four_g) / int(y.villages)) * 100);
    const expected = [
      [
        'Desa blankspot',
        idNumber(latest.blankspot),
        `desa tanpa sinyal seluler, akhir ${latest.year}`,
        countChange(int(latest.blankspot), int(first.blankspot)),
        idNumber(first.blankspot),
        `dibanding ${first.year}`,
      ],
      [
        'Titik terpasang',
        idNumber(lastYear.sites),
        `titik terpasang tahun ${lastYear.year}`,
        countChange(int(lastYear.sites), int(prevYear.sites)),
        idNumber(prevYear.sites),
        `dibanding ${prevYear.year}`,
      ],
      ['Total titik terpasang', idNumber(total), `semua tahun, ${installed[0]?.year}–${lastYear.year}`, '–', '–', '–'],
      [
        'Desa dengan sinyal 4G',
        idPercent(share(latest) / 100),
        `${idNumber(latest.four_g)} dari ${idNumber(latest.villages)} desa yang disurvei, ${latest.year}`,
        pointsChange(round1(share(latest) - share(first))),
        idPercent(share(first) / 100),
        `dibanding ${first.year}`,
      ],
      [
        'Rata-rata uptime titik',
        idPercent(cur / 100),
        `30 hari, ${idDate(u.cur_from)} – ${idDate(u.end_day)}`,
        pointsChange(round1(cur - prev)),
        idPercent(prev / 100),
        '30 hari sebelumnya',
      ],
      [
        'Repeater GSM aktif',
        idNumber(r.active),
        'unit berstatus aktif',
        `${idPercent(int(r.active) / int(r.planned))} dari rencana`,
        idNumber(r.planned),
        'unit direncanakan (semua status)',
      ],
    ];

    await showTable(g.page, 'kpis');
    const grid = await readGrid(g.page, 'kpis');
    expect(grid.head).toEqual(['Angka', 'Nilai', 'Keterangan', 'Perubahan', 'Nilai pembanding', 'Dasar pembanding']);
    expect(grid.rows).toEqual(expected);

    // The cards show the same values as the table.
    const cardValues = await g.page.$$eval(`${panelSelector('kpis')} li`, (lis) =>
      lis.map((li) => li.textContent ?? ''),
    );
    expect(cardValues).toHaveLength(5);
    for (const [i, row] of [0, 1, 3, 4, 5].map((k, i) => [i, expected[k] as string[]] as const)) {
      expect(cardValues[i]).toContain(row[1]);
    }
  });

  it('blankspot-reduction: blankspot, served, installations, target and the projection, year by year', async () => {
    const data = await rows(`
      WITH span AS (
        SELECT min(y) AS y0, max(y) AS y1 FROM (
          SELECT year AS y FROM village_coverage
          UNION ALL SELECT year(installed_on) FROM sites WHERE installed_on IS NOT NULL
          UNION ALL SELECT year FROM targets)
      ),
      years AS (SELECT CAST(unnest(range(y0, y1 + 1)) AS INTEGER) AS year FROM span),
      blank AS (
        SELECT year, count(*) FILTER (WHERE is_blankspot) AS n FROM village_coverage GROUP BY year
      ),
      -- Blankspot villages with an Internet Desa point (programme or VSAT) installed by year end that is still
      -- in service (active or offline, not decommissioned).
      served AS (
        SELECT c.year, count(DISTINCT c.village_code) AS n
        FROM village_coverage c JOIN sites s ON s.village_code = c.village_code
        WHERE c.is_blankspot
          AND (s.programme LIKE '%Internet Desa%' OR s.technology = 'VSAT')
          AND s.installed_on IS NOT NULL AND year(s.installed_on) <= c.year
          AND s.status IN ('active', 'offline')
        GROUP BY c.year
      ),
      inst AS (
        SELECT year(installed_on) AS year, count(*) AS n FROM sites WHERE installed_on IS NOT NULL GROUP BY ALL
      ),
      target AS (SELECT year, blankspot_target AS n FROM targets WHERE regency_code IS NULL)
      SELECT y.year,
        CAST(b.n AS INTEGER) AS blankspot,
        CAST(CASE WHEN b.n IS NULL THEN NULL ELSE coalesce(s.n, 0) END AS INTEGER) AS served,
        CAST(coalesce(i.n, 0) AS INTEGER) AS installations,
        CAST(t.n AS INTEGER) AS target
      FROM years y
      LEFT JOIN blank b ON b.year = y.year
      LEFT JOIN served s ON s.year = y.year
      LEFT JOIN inst i ON i.year = y.year
      LEFT JOIN target t ON t.year = y.year
      ORDER BY y.year`);

    // Projection: the straight line through the last two years with coverage data, from the last actual year
    // on, year by year, until it reaches zero or 15 years (the panel's horizon) have passed.
    const known = data.filter((d) => d.blankspot !== null);
    const a = known[known.length - 2] as Rec;
    const b = known[known.length - 1] as Rec;
    const slope = (int(b.blankspot) - int(a.blankspot)) / (int(b.year) - int(a.year));
    expect(slope).toBeLessThan(0); // the sample data fall; the test would need other expectations otherwise
    const projection = new Map<number, number>();
    for (let k = 0; k <= 15; k++) {
      const v = int(b.blankspot) + slope * k;
      projection.set(int(b.year) + k, v <= 1e-9 ? 0 : round1(v));
      if (v <= 1e-9) break;
    }
    const zeroYear = int(b.year) + Math.ceil(int(b.blankspot) / -slope - 1e-9);
    const lastRowYear = Math.max(int(data[data.length - 1]?.year), ...projection.keys());

    const expected: string[][] = [];
    for (let year = int(data[0]?.year); year <= lastRowYear; year++) {
      const d = data.find((x) => int(x.year) === year);
      expected.push([
        String(year),
        idNumber(d?.blankspot),
        idNumber(d?.served),
        idNumber(d?.installations),
        idNumber(d?.target),
        idNumber(projection.get(year), 1),
      ]);
    }

    await showTable(g.page, 'blankspot-reduction');
    const grid = await readGrid(g.page, 'blankspot-reduction');
    expect(grid.head).toEqual([
      'Tahun',
      'Desa tanpa sinyal',
      'Blankspot dilayani Internet Desa',
      'Titik terpasang',
      'Target sisa blankspot',
      'Proyeksi',
    ]);
    expect(grid.rows).toEqual(expected);
    const subtitle = await g.page.locator(`${panelSelector('blankspot-reduction')} .panel-subtitle`).textContent();
    expect(subtitle).toContain(
      `proyeksi linear 2 tahun terakhir (${a.year}–${b.year}): turun ${idNumber(-slope, 1)} desa/tahun, ` +
        `mencapai nol sekitar ${zeroYear}`,
    );
  });

  it('installations-by-regency: installed sites per regency and year, and the totals', async () => {
    const data = await rows(`
      SELECT r.regency_code AS code, r.name, CAST(year(s.installed_on) AS INTEGER) AS year,
        CAST(count(s.site_id) AS INTEGER) AS n
      FROM regencies r
      LEFT JOIN villages v ON v.regency_code = r.regency_code
      LEFT JOIN sites s ON s.village_code = v.village_code AND s.installed_on IS NOT NULL
      GROUP BY ALL`);
    const years = [...new Set(data.filter((d) => d.year !== null).map((d) => int(d.year)))].sort();
    const regencies = [...new Map(data.map((d) => [String(d.code), String(d.name)])).entries()].map(([code, name]) => {
      const perYear = years.map((y) => int(data.find((d) => d.code === code && int(d.year) === y)?.n ?? 0));
      return { code, name, perYear, value: perYear.reduce((s, n) => s + n, 0) };
    });
    regencies.sort(byValueThenCode);
    expect(regencies).toHaveLength(11);

    await showTable(g.page, 'installations-by-regency');
    const grid = await readGrid(g.page, 'installations-by-regency');
    expect(grid.head).toEqual(['Kabupaten/kota', ...years.map((y) => `Tahun ${y}`), 'Total']);
    expect(grid.rows).toEqual(regencies.map((r) => [r.name, ...r.perYear.map((n) => idNumber(n)), idNumber(r.value)]));
  });

  it('repeater-plan: every GSM repeater unit with its village, status and signal before and after', async () => {
    const units = await rows(`
      SELECT s.site_id, s.status, strftime(s.installed_on, '%Y-%m-%d') AS installed_on, s.village_code,
        v.name AS village, v.district_name AS district, r.name AS regency
      FROM sites s JOIN villages v ON v.village_code = s.village_code
      JOIN regencies r ON r.regency_code = v.regency_code
      WHERE s.technology = 'GSM repeater'
      ORDER BY r.regency_code, v.name, s.site_id`);
    const coverage = await rows(`
      SELECT village_code, CAST(year AS INTEGER) AS year, best_signal FROM village_coverage
      WHERE village_code IN (SELECT village_code FROM sites WHERE technology = 'GSM repeater')`);
    const [{ latest }] = (await rows('SELECT CAST(max(year) AS INTEGER) AS latest FROM village_coverage')) as [
      { latest: number },
    ];
    const STATUS: Record<string, string> = {
      planned: 'Direncanakan',
      active: 'Aktif',
      offline: 'Offline',
      decommissioned: 'Dinonaktifkan',
    };
    const SIGNAL: Record<string, string> = { none: 'Tidak ada sinyal', '2G': '2G', '3G': '3G', '4G': '4G' };
    // Before: the year before installation (not yet installed: the latest survey year). After: the latest survey
    // year, once it has reached the installation year.
    const signal = (village: unknown, year: number | null) => {
      if (year === null) return '–';
      const c = coverage.find((x) => x.village_code === village && int(x.year) === year);
      return c ? `${SIGNAL[String(c.best_signal)]} (${year})` : '–';
    };
    const expected = units.map((unit) => {
      const installedYear = unit.installed_on ? Number(String(unit.installed_on).slice(0, 4)) : null;
      const before = installedYear === null ? latest : installedYear - 1;
      const after = installedYear !== null && latest >= installedYear ? latest : null;
      return [
        String(unit.village),
        String(unit.district),
        String(unit.regency),
        STATUS[String(unit.status)] ?? String(unit.status),
        idDate(unit.installed_on),
        signal(unit.village_code, before),
        signal(unit.village_code, after),
        String(unit.site_id),
      ];
    });
    expect(expected.length).toBeGreaterThan(0);

    await showTable(g.page, 'repeater-plan');
    const grid = await readGrid(g.page, 'repeater-plan');
    expect(grid.head).toEqual([
      'Desa',
      'Kecamatan',
      'Kabupaten/kota',
      'Status',
      'Tanggal terpasang',
      'Sinyal sebelum',
      'Sinyal sesudah',
      'Kode unit',
    ]);
    expect(grid.rows).toEqual(expected);
  });

  it('connectivity-trends: the grain, every period, and sampled periods of uptime and data volume', async () => {
    const [bounds] = (await rows(`
      SELECT strftime(min(date), '%Y-%m-%d') AS first_day, strftime(max(date), '%Y-%m-%d') AS last_day,
        CAST(max(date) - min(date) + 1 AS INTEGER) AS days
      FROM site_daily`)) as [{ first_day: string; last_day: string; days: number }];
    // Daily when the data span at most 120 days (both ends included), otherwise ISO weeks from Monday.
    const daily = bounds.days <= 120;
    const period = (col: string) => (daily ? col : `CAST(date_trunc('week', ${col}) AS DATE)`);
    const periods = (
      await rows(`
        SELECT DISTINCT strftime(${period('CAST(d AS DATE)')}, '%Y-%m-%d') AS p
        FROM (SELECT unnest(range(DATE '${bounds.first_day}', DATE '${bounds.last_day}' + INTERVAL 1 DAY,
          INTERVAL 1 DAY)) AS d)
        ORDER BY p`)
    ).map((r) => String(r.p));
    const values = await rows(`
      SELECT s.programme, strftime(${period('d.date')}, '%Y-%m-%d') AS p,
        sum(d.uptime_pct) / count(*) AS uptime, sum(d.data_gb) AS data_gb
      FROM site_daily d JOIN sites s ON s.site_id = d.site_id
      GROUP BY ALL`);
    const present = new Set(values.map((v) => String(v.programme)));
    const groups = PROGRAMMES.filter((p) => present.has(p));
    const cell = new Map(values.map((v) => [`${v.programme}|${v.p}`, v]));
    const expectedRow = (p: string, column: 'uptime' | 'data_gb') => [
      idDate(p),
      ...groups.map((grp) => idNumber(cell.get(`${grp}|${p}`)?.[column] ?? null, 1)),
    ];
    const n = periods.length;
    const sample = [...new Set([0, 1, Math.floor(n / 4), Math.floor(n / 2), Math.floor((3 * n) / 4), n - 2, n - 1])];

    const panel = g.page.locator(panelSelector('connectivity-trends'));
    const subtitle = await panel.locator('.panel-subtitle').textContent();
    expect(subtitle).toContain(daily ? 'per hari' : 'per minggu (ISO, mulai Senin)');
    expect(subtitle).toContain(`${idDate(bounds.first_day)} – ${idDate(bounds.last_day)}`);

    await showTable(g.page, 'connectivity-trends');
    const periodHead = daily ? 'Tanggal' : 'Minggu mulai';
    for (const [label, column, unit] of [
      ['Uptime rata-rata', 'uptime', '%'],
      ['Volume data', 'data_gb', 'GB'],
    ] as const) {
      await panel.getByRole('radio', { name: label }).check();
      const head = [periodHead, ...groups.map((grp) => `${grp} (${unit})`)];
      await waitForTableHead(g.page, 'connectivity-trends', head);
      await waitForPanel(g.page, 'connectivity-trends');
      const grid = await readGrid(g.page, 'connectivity-trends');
      expect(grid.rows.map((r) => r[0])).toEqual(periods.map(idDate));
      for (const i of sample) {
        const p = periods[i] as string;
        expect(grid.rows[i], `${column} ${p}`).toEqual(expectedRow(p, column));
      }
    }
  });

  it('regency-map: each metric per regency, and the districts of Merangin', async () => {
    const level = (scope: 'province' | 'merangin') =>
      scope === 'province'
        ? {
            areas: 'SELECT regency_code AS code, name FROM regencies',
            key: 'v.regency_code',
          }
        : {
            areas: `SELECT district_code AS code, any_value(district_name) AS name FROM villages
                    WHERE regency_code = '15.02' GROUP BY district_code`,
            key: 'v.district_code',
          };
    const METRICS = {
      sites: {
        label: 'Titik terpasang',
        value: (key: string) => `(SELECT count(*) FROM sites s JOIN villages v ON v.village_code = s.village_code
                WHERE s.installed_on IS NOT NULL AND ${key} = a.code)`,
        format: (v: number | null) => idNumber(v),
      },
      blankspot: {
        label: 'Desa blankspot',
        value: (
          key: string,
        ) => `(SELECT count(*) FROM village_coverage c JOIN villages v ON v.village_code = c.village_code
                WHERE c.is_blankspot AND c.year = (SELECT max(year) FROM village_coverage) AND ${key} = a.code)`,
        format: (v: number | null) => idNumber(v),
      },
      share: {
        // Villages with any cellular signal at the end of the latest survey year / all villages of the area.
        label: 'Desa bersinyal',
        value: (key: string) => `(SELECT CAST(count(*) FILTER (WHERE c.is_blankspot = false) AS DOUBLE) / count(*)
                FROM villages v LEFT JOIN village_coverage c ON c.village_code = v.village_code
                  AND c.year = (SELECT max(year) FROM village_coverage)
                WHERE ${key} = a.code)`,
        format: (v: number | null) => idPercent(v),
      },
    } as const;
    const expectedFor = async (scope: 'province' | 'merangin', metric: keyof typeof METRICS) => {
      const l = level(scope);
      const m = METRICS[metric];
      const data = await rows(`SELECT a.code, a.name, CAST(${m.value(l.key)} AS DOUBLE) AS value FROM (${l.areas}) a`);
      const areas = data.map((d) => ({
        code: String(d.code),
        name: String(d.name),
        value: d.value === null ? null : Number(d.value),
      }));
      areas.sort(byValueThenCode);
      return areas.map((a) => [a.name, m.format(a.value)]);
    };

    const panel = g.page.locator(panelSelector('regency-map'));
    await showTable(g.page, 'regency-map');
    const [{ latest }] = (await rows('SELECT CAST(max(year) AS INTEGER) AS latest FROM village_coverage')) as [
      { latest: number },
    ];
    for (const scope of ['province', 'merangin'] as const) {
      if (scope === 'merangin') await panel.getByLabel('Lihat kecamatan di').selectOption({ label: 'Merangin' });
      const areaLabel = scope === 'province' ? 'Kabupaten/kota' : 'Kecamatan';
      for (const metric of ['sites', 'blankspot', 'share'] as const) {
        const { label } = METRICS[metric];
        await panel.getByRole('radio', { name: label }).check();
        await waitForTableHead(g.page, 'regency-map', [areaLabel, label]);
        await waitForPanel(g.page, 'regency-map');
        const grid = await readGrid(g.page, 'regency-map');
        expect(grid.rows, `${scope} ${metric}`).toEqual(await expectedFor(scope, metric));
        const subtitle = await panel.locator('.panel-subtitle').textContent();
        expect(subtitle).toContain(scope === 'province' ? 'Provinsi Jambi ·' : 'Provinsi Jambi › Merangin');
        if (metric !== 'sites') expect(subtitle).toContain(`akhir ${latest}`);
      }
    }
    const districts = await rows(
      "SELECT count(DISTINCT district_code) AS n FROM villages WHERE regency_code = '15.02'",
    );
    expect((await readGrid(g.page, 'regency-map')).rows).toHaveLength(int(districts[0]?.n));
  });
});
