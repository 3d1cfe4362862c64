// The kpis and blankspot-reduction panels in Chromium against the published data.
// Expected figures from SQL written here from docs' definitions, over the published files in native DuckDB.
import type { Browser } from 'playwright-core';
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
  round1,
  showTable,
  waitForPanel,
} from './overview-helpers.ts';
import { publicDataDb } from './public-data.ts';

type Db = Awaited<ReturnType<typeof publicDataDb>>;
type Rec = Record<string, unknown>;
let browser: Browser;
let db: Db;
let g: OpenedPage;
const rows = (sql: string) => db.rows(sql);
const int = (v: unknown) => Number(v);
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function countChange(latest: number, earlier: number): string {
  const delta = latest - earlier;
  if (delta === 0) return 'tetap';
  const words = `${delta > 0 ? 'naik' : 'turun'} ${idNumber(Math.abs(delta))}`;
  return earlier > 0 ? `${words} (${idPercent(Math.abs(delta) / earlier)})` : words;
}
function pointsChange(delta: number): string {
  if (delta === 0) return 'tetap';
  return `${delta > 0 ? 'naik' : 'turun'} ${idNumber(Math.abs(delta), 1)} poin persen`;
}
/** "−2,5", "+0,3". */
const signed = (x: number) => {
  const n = idNumber(Math.abs(x), 1);
  return n === '0' ? n : `${x < 0 ? '−' : '+'}${n}`;
};

beforeAll(async () => {
  [browser, db] = await Promise.all([launchChromium(), publicDataDb()]);
  g = await openPageWith(browser, {});
  await waitForPanel(g.page, 'kpis');
  await waitForPanel(g.page, 'blankspot-reduction');
});
afterAll(async () => {
  await g?.close();
  db?.close();
  await browser?.close();
});

describe('kpis and blankspot-reduction in Chromium match the published data', () => {
  it('kpis: every card, its period, its comparison and its rule, as a table', async () => {
    const cov = asOfOf('village_coverage');
    const sitesAsOf = asOfOf('sites');
    const telemetry = asOfOf('site_daily');
    // The latest survey year (incomplete while its as-of date is before 31 Dec) against the previous complete year.
    const years = await rows(`
      SELECT year, CAST(count(*) FILTER (WHERE is_blankspot) AS INTEGER) AS blankspot,
        CAST(count(*) FILTER (WHERE best_signal = '4G') AS INTEGER) AS four_g, CAST(count(*) AS INTEGER) AS villages
      FROM village_coverage GROUP BY year ORDER BY year`);
    const latest = years[years.length - 1] as Rec;
    const previous = years[years.length - 2] as Rec;
    const L = int(latest.year);
    expect(cov < `${L}-12-31`).toBe(true); // the sample data's latest year is incomplete
    const latestLabel = `${L} s.d. ${dayMonth(cov)}`;
    const [target] = await rows(`SELECT blankspot_target AS v FROM targets WHERE regency_code IS NULL AND year = ${L}`);
    // Installations: the year so far against the same span a year earlier; programme sites against the year's plan.
    const Y = Number(sitesAsOf.slice(0, 4));
    const lastYearSpanEnd = `${Y - 1}${sitesAsOf.slice(4)}`;
    const [inst] = await rows(`
      SELECT
        CAST(count(*) FILTER (WHERE installed_on BETWEEN DATE '${Y}-01-01' AND DATE '${sitesAsOf}') AS INTEGER) AS now,
        CAST(count(*) FILTER (WHERE installed_on BETWEEN DATE '${Y - 1}-01-01' AND DATE '${lastYearSpanEnd}') AS INTEGER) AS before,
        CAST(count(*) FILTER (WHERE installed_on BETWEEN DATE '${Y}-01-01' AND DATE '${sitesAsOf}'
          AND programme IN (SELECT programme FROM programmes WHERE in_plan)) AS INTEGER) AS plan,
        CAST(count(*) FILTER (WHERE installed_on IS NOT NULL AND status IN ('active', 'offline')) AS INTEGER) AS service,
        CAST(count(*) FILTER (WHERE technology = 'GSM repeater') AS INTEGER) AS rep_planned,
        CAST(count(*) FILTER (WHERE technology = 'GSM repeater' AND status = 'active') AS INTEGER) AS rep_active
      FROM sites s JOIN villages v ON v.village_code = s.village_code`);
    const i = inst as Rec;
    const [planned] = await rows(
      `SELECT planned_installations AS v FROM targets WHERE regency_code IS NULL AND year = ${Y}`,
    );
    // Uptime: mean over the site-days of registered sites, 30 days to site_daily's as-of, and the 30 before.
    const from = addDays(telemetry, -29);
    const prevFrom = addDays(telemetry, -59);
    const prevTo = addDays(telemetry, -30);
    const [up] = await rows(`
      SELECT avg(uptime_pct) FILTER (WHERE d.date BETWEEN DATE '${from}' AND DATE '${telemetry}') AS cur,
        avg(uptime_pct) FILTER (WHERE d.date BETWEEN DATE '${prevFrom}' AND DATE '${prevTo}') AS prev
      FROM site_daily d JOIN sites s ON s.site_id = d.site_id JOIN villages v ON v.village_code = s.village_code`);
    const cur = round1(Number((up as Rec).cur));
    const prev = round1(Number((up as Rec).prev));
    const share = (y: Rec) => (int(y.four_g) / int(y.villages)) * 100;

    await showTable(g.page, 'kpis');
    const grid = await readGrid(g.page, 'kpis');
    expect(grid.head).toEqual(['Angka', 'Periode', 'Nilai', 'Perubahan', 'Nilai pembanding', 'Dasar pembanding']);
    expect(grid.rows).toEqual([
      [
        'Desa blankspot',
        latestLabel,
        idNumber(latest.blankspot),
        countChange(int(latest.blankspot), int(previous.blankspot)),
        idNumber(previous.blankspot),
        `dibanding periode lengkap sebelumnya (${previous.year})`,
      ],
      ['Target desa blankspot', String(L), idNumber((target as Rec).v), '–', '–', '–'],
      [
        'Desa dengan sinyal 4G',
        latestLabel,
        idNumber(latest.four_g),
        countChange(int(latest.four_g), int(previous.four_g)),
        idNumber(previous.four_g),
        `dibanding periode lengkap sebelumnya (${previous.year})`,
      ],
      ['Persentase desa dengan sinyal 4G', latestLabel, idPercent(share(latest) / 100), '–', '–', '–'],
      [
        'Titik program terpasang',
        `${Y} s.d. ${dayMonth(sitesAsOf)}`,
        idNumber(i.plan),
        '–',
        idNumber((planned as Rec).v),
        `dibanding rencana/target (${Y})`,
      ],
      [
        'Titik terpasang (semua program)',
        `${Y} s.d. ${dayMonth(sitesAsOf)}`,
        idNumber(i.now),
        countChange(int(i.now), int(i.before)),
        idNumber(i.before),
        `dibanding rentang yang sama tahun lalu (${Y - 1} s.d. ${dayMonth(sitesAsOf)})`,
      ],
      ['Titik dalam layanan', idDate(sitesAsOf), idNumber(i.service), '–', '–', 'tanpa pembanding'],
      [
        'Rata-rata uptime titik',
        `${idDate(from)}–${idDate(telemetry)}`,
        idPercent(cur / 100),
        pointsChange(round1(cur - prev)),
        idPercent(prev / 100),
        `dibanding rentang sebelumnya yang sama panjang (${idDate(prevFrom)}–${idDate(prevTo)})`,
      ],
      [
        'Repeater GSM aktif',
        idDate(sitesAsOf),
        idNumber(i.rep_active),
        '–',
        idNumber(i.rep_planned),
        `dibanding rencana/target (${idDate(sitesAsOf)})`,
      ],
    ]);
    // Each card's value is the table's, with its data-* attributes.
    const values = await g.page.$$eval(`${panelSelector('kpis')} .kpi-value`, (ps) =>
      ps.map((p) => ({ text: p.textContent, ...(p as HTMLElement).dataset })),
    );
    expect(values.map((v) => v.text)).toEqual([0, 2, 4, 5, 6, 7, 8].map((k) => grid.rows[k]?.[2]));
    expect(values[0]).toEqual({
      text: idNumber(latest.blankspot),
      indicator: 'blankspot_villages',
      period: `${L}-01-01..${cov}`,
      scope: '',
      value: String(latest.blankspot),
    });
    expect(values[3]).toMatchObject({ indicator: 'installations', period: `${Y}-01-01..${sitesAsOf}` });
  });

  it('blankspot-reduction: per year, the incomplete year labelled, a least-squares trend with its range', async () => {
    const cov = asOfOf('village_coverage');
    const data = await rows(`
      WITH span AS (
        SELECT min(y) AS y0, max(y) AS y1 FROM (SELECT year AS y FROM village_coverage UNION ALL SELECT year FROM targets)
      ),
      years AS (SELECT CAST(unnest(range(y0, y1 + 1)) AS INTEGER) AS year FROM span),
      blank AS (SELECT year, count(*) FILTER (WHERE is_blankspot) AS n FROM village_coverage GROUP BY year),
      -- Blankspot villages with a site of a village_access programme installed by year end, active or offline.
      served AS (
        SELECT c.year, count(*) FILTER (WHERE c.is_blankspot AND EXISTS (
          SELECT 1 FROM sites s JOIN programmes p ON p.programme = s.programme
          WHERE s.village_code = c.village_code AND p.kind = 'village_access' AND s.installed_on IS NOT NULL
            AND year(s.installed_on) <= c.year AND s.status IN ('active', 'offline'))) AS n
        FROM village_coverage c GROUP BY c.year
      ),
      target AS (SELECT year, blankspot_target AS n FROM targets WHERE regency_code IS NULL)
      SELECT y.year, CAST(b.n AS INTEGER) AS blankspot, CAST(s.n AS INTEGER) AS served, CAST(t.n AS INTEGER) AS target
      FROM years y LEFT JOIN blank b ON b.year = y.year LEFT JOIN served s ON s.year = y.year
      LEFT JOIN target t ON t.year = y.year ORDER BY y.year`);
    // The trend: least squares over the last five complete survey years (the running year left out).
    const [fit] = await rows(`
      WITH b AS (
        SELECT year AS x, count(*) FILTER (WHERE is_blankspot) AS y FROM village_coverage
        WHERE DATE '${cov}' >= make_date(year, 12, 31) GROUP BY year ORDER BY year DESC LIMIT 5
      )
      SELECT regr_slope(y, x) AS slope, regr_sxx(y, x) AS sxx, regr_syy(y, x) AS syy, regr_sxy(y, x) AS sxy,
        regr_count(y, x) AS n, avg(x) AS mx, avg(y) AS my, min(x) AS x0, max(x) AS x1 FROM b`);
    const f = fit as Rec;
    const [slope, sxx, syy, sxy, n, mx, my] = [f.slope, f.sxx, f.syy, f.sxy, f.n, f.mx, f.my].map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const se = Math.sqrt((syy - (sxy * sxy) / sxx) / (n - 2) / sxx);
    const horizon = int(f.x1) + 10;
    const at = (b: number, year: number) => my + b * (year - mx);
    // The sample data fall too slowly to reach zero by the horizon, even at the fastest rate.
    expect(at(slope - se, horizon)).toBeGreaterThan(0);
    const clip = (v: number) => (v <= 1e-9 ? 0 : round1(v));

    const expected: string[][] = [];
    for (let year = int(data[0]?.year); year <= horizon; year++) {
      const d = data.find((x) => int(x.year) === year);
      const trend = year >= int(f.x0);
      const [lo, hi] = [at(slope - se, year), at(slope + se, year)].sort((a, b) => a - b) as [number, number];
      expected.push([
        year === Number(cov.slice(0, 4)) ? `${year} s.d. ${dayMonth(cov)}` : String(year),
        idNumber(d?.blankspot),
        idNumber(d?.served),
        idNumber(d?.target),
        trend ? idNumber(clip(at(slope, year)), 1) : '–',
        trend ? `${idNumber(clip(lo), 1)}–${idNumber(clip(hi), 1)}` : '–',
      ]);
    }
    await showTable(g.page, 'blankspot-reduction');
    const grid = await readGrid(g.page, 'blankspot-reduction');
    expect(grid.head).toEqual([
      'Tahun',
      'Desa tanpa sinyal',
      'Blankspot dilayani Internet Desa',
      'Target sisa blankspot',
      'Tren (kuadrat terkecil)',
      'Rentang tren (±1 galat baku)',
    ]);
    expect(grid.rows).toEqual(expected);
    const subtitle = await g.page.locator(`${panelSelector('blankspot-reduction')} .panel-subtitle`).textContent();
    expect(subtitle).toContain(
      `proyeksi garis kuadrat terkecil atas ${n} tahun lengkap terakhir (${f.x0}–${f.x1}): laju ${signed(slope)} ` +
        `desa/tahun (rentang ±1 galat baku: ${signed(slope - se)} s.d. ${signed(slope + se)}); ` +
        `belum mencapai nol s.d. ${horizon}`,
    );
    // The table (the chart's figures) ends at the horizon year the sentence names, and the chart has drawn.
    expect(grid.rows.at(-1)?.[0]).toBe(String(horizon));
    const chartState = await g.page
      .locator(`${panelSelector('blankspot-reduction')} .chart`)
      .getAttribute('data-chart-state');
    expect(chartState).toBe('finished');
  });
});
