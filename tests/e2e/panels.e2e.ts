// Every panel of the overview, figure by figure: the production build in Chromium (Parquet through DuckDB-WASM)
// against native DuckDB over the published CSV twins. The expected SQL is written here from each panel's stated
// rule (the indicator definitions, docs/indicators.md), never taken from the app's query builders, and the numbers
// and dates are formatted here the Indonesian way (1.234,5 · 63,8% · 27 Des 2023).

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.ts';
import {
  asOfOf,
  dayMonth,
  idDate,
  idNumber,
  idPercent,
  type OpenedPage,
  openPageWith,
  panelSelector,
  readGrid,
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
/** The data-* attributes a shown figure carries (data-value: the raw number, unrounded). */
const figure = (indicator: string, period: string, scope: string, value: unknown) => ({
  indicator,
  period,
  scope,
  value: value === null || value === undefined ? '' : String(Number(value)),
});
/** The data-* attributes of the value cells of one table row (by its key: a regency code, a period). */
const cellData = (page: Page, panel: string, key: string) =>
  page.$$eval(`${panelSelector(panel)} table.data-table tbody tr[data-key="${key}"] td[data-indicator]`, (tds) =>
    tds.map((td) => ({ ...(td as HTMLElement).dataset })),
  );
const byValueThenCode = (a: { value: number | null; code: string }, b: { value: number | null; code: string }) =>
  (b.value ?? -1) - (a.value ?? -1) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

beforeAll(async () => {
  [browser, db] = await Promise.all([launchChromium(), publicDataDb()]);
});

afterAll(async () => {
  db?.close();
  await browser?.close();
});

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
    // (Telemetry comes from the published rollups of site_daily, never the raw file.)
    if (withhold) expect(dataFiles).toEqual(expect.arrayContaining(['rollups', 'sites.parquet']));
    else expect(dataFiles).toContain('snapshot.json');
  });

  afterAll(async () => {
    if (!g) return;
    expect(g.foreignRequests).toEqual([]);
    expect(g.pageErrors).toEqual([]);
    await g.close();
  });

  it('installations-by-regency: sites installed per regency and year (all programmes), the running year labelled', async () => {
    // installations: sites whose installed_on falls in the year, every programme; a site decommissioned later still
    // counts in its year. Every regency is listed, also with no site. The latest year runs to the sites' as-of date.
    const data = await rows(`
      SELECT r.regency_code AS code, r.name, CAST(year(s.installed_on) AS INTEGER) AS year,
        CAST(count(s.site_id) AS INTEGER) AS n
      FROM regencies r
      LEFT JOIN villages v ON v.regency_code = r.regency_code
      LEFT JOIN sites s ON s.village_code = v.village_code AND s.installed_on IS NOT NULL
      GROUP BY ALL`);
    const asOf = asOfOf('sites');
    const years = [...new Set(data.filter((d) => d.year !== null).map((d) => int(d.year)))].sort();
    const running = (y: number) => y === int(asOf.slice(0, 4)) && asOf < `${y}-12-31`;
    const label = (y: number) => (running(y) ? `${y} s.d. ${dayMonth(asOf)}` : String(y));
    const periodOf = (y: number) => (running(y) ? `${y}-01-01..${asOf}` : String(y));
    const regencies = [...new Map(data.map((d) => [String(d.code), String(d.name)])).entries()].map(([code, name]) => {
      const perYear = years.map((y) => int(data.find((d) => d.code === code && int(d.year) === y)?.n ?? 0));
      return { code, name, perYear, value: perYear.reduce((s, n) => s + n, 0) };
    });
    regencies.sort(byValueThenCode);
    expect(regencies).toHaveLength(11);
    expect(years.some(running)).toBe(true); // the sample's last year is incomplete: the label is tested

    const panel = g.page.locator(panelSelector('installations-by-regency'));
    expect(await panel.locator('h2').textContent()).toBe('Titik terpasang (semua program)');
    await showTable(g.page, 'installations-by-regency');
    const grid = await readGrid(g.page, 'installations-by-regency');
    expect(grid.head).toEqual(['Kabupaten/kota', ...years.map(label), `Total s.d. ${idDate(asOf)}`]);
    expect(grid.rows).toEqual(regencies.map((r) => [r.name, ...r.perYear.map((n) => idNumber(n)), idNumber(r.value)]));
    // Every value names its indicator, period, scope and raw value.
    const merangin = regencies.find((r) => r.code === '15.02');
    expect(await cellData(g.page, 'installations-by-regency', '15.02')).toEqual([
      ...years.map((y, i) => figure('installations', periodOf(y), 'regency=15.02', merangin?.perYear[i])),
      figure('installations', `..${asOf}`, 'regency=15.02', merangin?.value),
    ]);
  });

  it('repeater-plan: the headline figures, units per regency and status, and every unit with its signal', async () => {
    const repeaters = `FROM sites s JOIN villages v ON v.village_code = s.village_code WHERE s.technology = 'GSM repeater'`;
    const [head] = (await rows(`
      SELECT CAST(count(*) AS INTEGER) AS planned,
        CAST(count(*) FILTER (WHERE s.status = 'active') AS INTEGER) AS active ${repeaters}`)) as [Rec];
    const asOf = asOfOf('sites');
    const panel = g.page.locator(panelSelector('repeater-plan'));
    expect(await panel.locator('.repeater-headline').textContent()).toBe(
      `${idNumber(head.planned)} unit direncanakan (semua status) · ${idNumber(head.active)} unit aktif · ` +
        `capaian ${idPercent(int(head.active) / int(head.planned), 0)} (unit aktif dibanding rencana)`,
    );
    expect(
      await panel
        .locator('.repeater-headline [data-indicator]')
        .evaluateAll((els) => els.map((e) => ({ ...(e as HTMLElement).dataset }))),
    ).toEqual([
      figure('repeaters_planned', asOf, '', head.planned),
      figure('repeaters_active', asOf, '', head.active),
      figure('repeater_progress', asOf, '', (100 * int(head.active)) / int(head.planned)),
    ]);

    // Units per regency and status (the chart's figures, in "Lihat tabel"), most units first.
    const counts = await rows(`
      SELECT r.regency_code AS code, r.name, s.status, CAST(count(*) AS INTEGER) AS n
      ${repeaters.replace('WHERE', 'JOIN regencies r ON r.regency_code = v.regency_code WHERE')}
      GROUP BY ALL`);
    const STATUSES = ['planned', 'active', 'offline', 'decommissioned'];
    const perRegency = [...new Map(counts.map((c) => [String(c.code), String(c.name)])).entries()].map(
      ([code, name]) => {
        const by = STATUSES.map((st) => int(counts.find((c) => c.code === code && c.status === st)?.n ?? 0));
        return { code, name, by, value: by.reduce((s, n) => s + n, 0) };
      },
    );
    perRegency.sort(byValueThenCode);
    // "Lihat tabel" (the panel's second table: the list of units is always shown).
    await panel.getByRole('button', { name: 'Lihat tabel' }).click();
    const grid = await panel.getByRole('table', { name: 'Rencana repeater GSM' }).evaluate((table) => ({
      head: [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? ''),
      rows: [...table.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.children].map((cell) => cell.textContent?.trim() ?? ''),
      ),
    }));
    expect(grid.head).toEqual(['Kabupaten/kota', 'Direncanakan', 'Aktif', 'Offline', 'Dinonaktifkan', 'Jumlah unit']);
    expect(grid.rows).toEqual(perRegency.map((r) => [r.name, ...r.by.map((n) => idNumber(n)), idNumber(r.value)]));

    // The list of units: before = the year before installation (not yet installed: the latest survey year); after =
    // the latest survey year, once it has reached the installation year.
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
    expect(expected).toHaveLength(int(head.planned));
    const list = await g.page.$eval(`${panelSelector('repeater-plan')} .repeater-units table`, (table) => ({
      head: [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? ''),
      rows: [...table.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.children].map((cell) => cell.textContent?.trim() ?? ''),
      ),
    }));
    expect(list.head).toEqual([
      'Desa',
      'Kecamatan',
      'Kabupaten/kota',
      'Status',
      'Tanggal terpasang',
      'Sinyal sebelum',
      'Sinyal sesudah',
      'Kode unit',
    ]);
    expect(list.rows).toEqual(expected);
  });

  it('connectivity-trends: the grain, every period (partial weeks labelled), sampled uptime and data volume', async () => {
    const [bounds] = (await rows(`
      SELECT strftime(min(date), '%Y-%m-%d') AS first_day, strftime(max(date), '%Y-%m-%d') AS last_day,
        CAST(max(date) - min(date) + 1 AS INTEGER) AS days
      FROM site_daily`)) as [{ first_day: string; last_day: string; days: number }];
    // Daily when the data span at most 120 days (both ends included), otherwise ISO weeks from Monday. The sample
    // spans years, so this test sees weeks (the panel's unit test covers the day grain).
    const daily = bounds.days <= 120;
    expect(daily).toBe(false);
    const periods = (
      await rows(`
        SELECT DISTINCT strftime(CAST(date_trunc('week', CAST(d AS DATE)) AS DATE), '%Y-%m-%d') AS p
        FROM (SELECT unnest(range(DATE '${bounds.first_day}', DATE '${bounds.last_day}' + INTERVAL 1 DAY,
          INTERVAL 1 DAY)) AS d)
        ORDER BY p`)
    ).map((r) => String(r.p));
    // Means over site-days (a site that did not report is not a 0), sums of data; site-days of sites in the list.
    // Sums are exact (DECIMAL: the files hold one decimal), so a half rounds up whatever the order of additions.
    const values = await rows(`
      SELECT s.programme, strftime(CAST(date_trunc('week', d.date) AS DATE), '%Y-%m-%d') AS p,
        CAST(sum(CAST(d.uptime_pct AS DECIMAL(18, 1))) AS DOUBLE) / count(*) AS uptime,
        CAST(sum(CAST(d.data_gb AS DECIMAL(18, 1))) AS DOUBLE) AS data_gb,
        strftime(greatest(min(date_trunc('week', d.date)), DATE '${bounds.first_day}'), '%Y-%m-%d') AS pf,
        strftime(least(max(CAST(date_trunc('week', d.date) AS DATE) + 6), DATE '${bounds.last_day}'), '%Y-%m-%d') AS pt
      FROM site_daily d JOIN sites s ON s.site_id = d.site_id JOIN villages v ON v.village_code = s.village_code
      GROUP BY ALL`);
    // Groups in the data's order: their names sorted (vocabularies are data, not a list in code).
    const groups = [...new Set(values.map((v) => String(v.programme)))].sort();
    const cell = new Map(values.map((v) => [`${v.programme}|${v.p}`, v]));
    const addDays = (iso: string, n: number) =>
      new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    const periodText = (p: string) => {
      // ISO dates compare as strings: the later start, the earlier end.
      const end = addDays(p, 6);
      const [, from] = [p, bounds.first_day].sort() as [string, string];
      const [to] = [end, bounds.last_day].sort() as [string, string];
      if (from === p && to === end) return idDate(p);
      return `${idDate(p)} (sebagian minggu: ${from === to ? idDate(from) : `${idDate(from)}–${idDate(to)}`})`;
    };
    const expectedRow = (p: string, column: 'uptime' | 'data_gb', digits: number) => [
      periodText(p),
      ...groups.map((grp) => idNumber(cell.get(`${grp}|${p}`)?.[column] ?? null, digits)),
    ];
    const n = periods.length;
    const sample = [...new Set([0, 1, Math.floor(n / 4), Math.floor(n / 2), Math.floor((3 * n) / 4), n - 2, n - 1])];

    const panel = g.page.locator(panelSelector('connectivity-trends'));
    const subtitle = await panel.locator('.panel-subtitle').textContent();
    expect(subtitle).toContain('per minggu (ISO, mulai Senin)');
    expect(subtitle).toContain(`${idDate(bounds.first_day)} – ${idDate(bounds.last_day)}`);

    await showTable(g.page, 'connectivity-trends');
    for (const [label, column, unit, digits, indicator] of [
      ['Uptime', 'uptime', '%', 1, 'uptime'],
      ['Volume data', 'data_gb', 'GB', 0, 'data_volume'],
    ] as const) {
      await panel.getByRole('radio', { name: label, exact: true }).check();
      await g.page.waitForSelector(`${panelSelector('connectivity-trends')} td[data-indicator="${indicator}"]`);
      await waitForTableHead(g.page, 'connectivity-trends', [
        'Minggu mulai',
        ...groups.map((grp) => `${grp} (${unit})`),
      ]);
      await waitForPanel(g.page, 'connectivity-trends');
      const grid = await readGrid(g.page, 'connectivity-trends');
      expect(grid.rows.map((r) => r[0])).toEqual(periods.map(periodText));
      for (const i of sample) {
        const p = periods[i] as string;
        expect(grid.rows[i], `${column} ${p}`).toEqual(expectedRow(p, column, digits));
      }
      // The last week's figure names the days it covers.
      const last = periods[n - 1] as string;
      const lastCell = cell.get(`${groups[0]}|${last}`);
      const [shown] = await cellData(g.page, 'connectivity-trends', last);
      expect(shown).toMatchObject({
        indicator,
        period: `${lastCell?.pf}..${lastCell?.pt}`,
        scope: `programme=${groups[0]}`,
      });
      // Raw, unrounded (sums in another order may differ in the last bits).
      expect(Number(shown?.value)).toBeCloseTo(Number(lastCell?.[column]), 6);
    }
  });

  it('regency-map: a rate per regency and per district of Merangin, with the counts beside it', async () => {
    const [{ latest }] = (await rows('SELECT CAST(max(year) AS INTEGER) AS latest FROM village_coverage')) as [
      { latest: number },
    ];
    // Per area: blankspot villages and villages surveyed in the latest survey year, villages, sites in service
    // (installed, status active or offline).
    const level = (scope: 'province' | 'merangin') =>
      scope === 'province'
        ? { areas: 'SELECT regency_code AS code, name FROM regencies', key: 'v.regency_code' }
        : {
            areas: `SELECT district_code AS code, min(district_name) AS name FROM villages
                    WHERE regency_code = '15.02' GROUP BY district_code`,
            key: 'v.district_code',
          };
    const expectedFor = async (scope: 'province' | 'merangin', measure: 'blankspot_share' | 'sites_per_100') => {
      const l = level(scope);
      const data = await rows(`
        SELECT a.code, a.name,
          (SELECT count(*) FILTER (WHERE c.is_blankspot) FROM village_coverage c JOIN villages v USING (village_code)
            WHERE c.year = ${latest} AND ${l.key} = a.code) AS blank,
          (SELECT count(*) FROM village_coverage c JOIN villages v USING (village_code)
            WHERE c.year = ${latest} AND ${l.key} = a.code) AS surveyed,
          (SELECT count(*) FROM villages v WHERE ${l.key} = a.code) AS villages,
          (SELECT count(*) FROM sites s JOIN villages v USING (village_code)
            WHERE s.installed_on IS NOT NULL AND s.status IN ('active', 'offline') AND ${l.key} = a.code) AS sites
        FROM (${l.areas}) a`);
      const areas = data.map((d) => {
        const surveyed = int(d.surveyed);
        const value =
          measure === 'blankspot_share'
            ? surveyed > 0
              ? (100 * int(d.blank)) / surveyed
              : null
            : int(d.villages) > 0
              ? (100 * int(d.sites)) / int(d.villages)
              : null;
        return {
          code: String(d.code),
          row: [
            String(d.name),
            idNumber(value, 1),
            surveyed > 0 ? idNumber(d.blank) : '–',
            idNumber(d.villages),
            idNumber(d.sites),
          ],
          value,
        };
      });
      areas.sort(byValueThenCode);
      return areas.map((a) => a.row);
    };
    const coverageAsOf = asOfOf('village_coverage');
    const survey =
      latest === int(coverageAsOf.slice(0, 4)) && coverageAsOf < `${latest}-12-31`
        ? `${latest} s.d. ${dayMonth(coverageAsOf)}`
        : String(latest);

    const panel = g.page.locator(panelSelector('regency-map'));
    await showTable(g.page, 'regency-map');
    for (const scope of ['province', 'merangin'] as const) {
      if (scope === 'merangin') await panel.getByLabel('Lihat kecamatan di').selectOption({ label: 'Merangin' });
      const areaLabel = scope === 'province' ? 'Kabupaten/kota' : 'Kecamatan';
      for (const [measure, label, unit] of [
        ['blankspot_share', '% desa blankspot', `% desa/kelurahan yang disurvei tanpa sinyal seluler, ${survey}`],
        [
          'sites_per_100',
          'Titik per 100 desa',
          `titik dalam layanan per 100 desa/kelurahan, ${idDate(asOfOf('sites'))}`,
        ],
      ] as const) {
        await panel.getByRole('radio', { name: label }).check();
        const head = [areaLabel, label, 'Desa blankspot', 'Desa', 'Titik dalam layanan'];
        await waitForTableHead(g.page, 'regency-map', head);
        await waitForPanel(g.page, 'regency-map');
        const grid = await readGrid(g.page, 'regency-map');
        expect(grid.rows, `${scope} ${measure}`).toEqual(await expectedFor(scope, measure));
        const subtitle = await panel.locator('.panel-subtitle').textContent();
        expect(subtitle).toContain(scope === 'province' ? 'Provinsi Jambi ·' : 'Provinsi Jambi › Merangin');
        expect(subtitle).toContain(`satuan: ${unit}`);
      }
    }
    const districts = await rows(
      "SELECT count(DISTINCT district_code) AS n FROM villages WHERE regency_code = '15.02'",
    );
    expect((await readGrid(g.page, 'regency-map')).rows).toHaveLength(int(districts[0]?.n));
  });
});
