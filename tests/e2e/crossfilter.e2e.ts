// Thirty cross-filter clicks on #/explore, the way an analyst works: a regency bar, a year in the legend, a
// programme or technology line of the trends, a region and then a district of the map, a repeater bar — and the
// same element again to take a filter off. After each click the test waits for conditions, never a sleep:
//   · the URL carries exactly the filters the click should give (worked out here from the click, not read from
//     the app), and every element showing filtered rows (tables, drill-down: data-xf-key) has the new filters and
//     is not loading — those rows leave in the same coordinator batch as the panels' figures;
//   · no panel is loading, every chart has finished drawing, every "Lihat tabel" is open;
//   · every figure answers the new filters: its data-scope names each filter its indicator honours
//     (docs/indicators.md, "Filters honoured"), a KPI names no other, and under a year filter its period lies in
//     that year (or the year before: a KPI's baseline); and the coordinator's counters did not move while reading.
// Then every [data-indicator] element is compared with native DuckDB over the files the build serves
// (tests/reference/indicators.ts, computed while the next clicks run), and a regency click must change the
// regency-scoped KPI figures. The view's own cross-filter measure is logged, not waited for: it waits for every
// chart to redraw, and a chart whose figures a click does not change never redraws (the measure then times out).
// Chart elements are found through the chart's own ECharts instance (where is the bar of Merangin, the legend entry
// 2024, a point inside a district) and clicked with the mouse, so the app's own click handlers do the filtering.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  parsePeriod,
  parseScope,
  type ReferenceContext,
  referenceSql,
  telemetryReferencesSql,
} from '../reference/indicators.ts';
import { launchChromium } from './browser.ts';
import {
  type FigureElement,
  figureNumber,
  type OpenedPage,
  openPageWith,
  openTables,
  readFigures,
  sameFigure,
  settleFigures,
} from './overview-helpers.ts';
import { type PublicDataDb, publicDataDb } from './public-data.ts';

const DIST = process.env.E2E_DIST ?? 'dist';
const ROOT = '#main';

type ListDim = 'regency' | 'district' | 'programme' | 'technology' | 'status';
const LIST_DIMS: readonly ListDim[] = ['regency', 'district', 'programme', 'technology', 'status'];
/** The explore URL's parameter of each dimension (src/filters/url-state.ts writes them; the test reads them). */
const URL_PARAM: Record<ListDim | 'year', string> = {
  year: 'year',
  regency: 'regency',
  district: 'district',
  programme: 'programme',
  technology: 'tech',
  status: 'status',
};

/** A filter state as the test models it: the year shown alone, or none; a list of values per dimension. */
interface State {
  year: number | null;
  lists: Record<ListDim, string[]>;
}

const EMPTY: State = {
  year: null,
  lists: { regency: [], district: [], programme: [], technology: [], status: [] },
};

/**
 * What a plain cross-filter click does (docs/filters.md): it selects its value alone, or takes it off when it was
 * selected; a year click toggles "that year alone".
 */
function toggle(state: State, dim: ListDim | 'year', value: string): State {
  if (dim === 'year') return { ...state, year: state.year === Number(value) ? null : Number(value) };
  const list = state.lists[dim];
  const next = list.includes(value) ? list.filter((v) => v !== value) : [value];
  return { ...state, lists: { ...state.lists, [dim]: next } };
}

/**
 * The dimensions a panel selects on when clicked: cross-filtering, its own figures leave that selection out (every
 * regency stays on the chart, the others dimmed), so for its figures that dimension is not a filter.
 */
const OWN_DIMS: Record<string, readonly ListDim[]> = {
  'installations-by-regency': ['regency'],
  'regency-map': ['regency', 'district'],
};

/** The URL parameters the state should produce (sorted lists, comma-joined). */
function urlParams(state: State): Record<string, string> {
  const out: Record<string, string> = {};
  if (state.year !== null) out.year = String(state.year);
  for (const d of LIST_DIMS) if (state.lists[d].length) out[URL_PARAM[d]] = [...state.lists[d]].sort().join(',');
  return out;
}

const describeState = (s: State) =>
  Object.entries(urlParams(s))
    .map(([k, v]) => `${k}=${v}`)
    .join('&') || '(no filter)';

// ---------- the clicks ----------

type Target =
  /** The stacked bar of a category (a regency name) of a horizontal bar chart. */
  | { kind: 'bar'; category: string }
  /** A legend entry: the series whose name is `name` or starts with `name ` ("2026 s.d. 27 Nov"). */
  | { kind: 'legend'; name: string }
  /** A map area, by its code and a point inside it (longitude, latitude). */
  | { kind: 'area'; code: string; lonLat: [number, number] };

interface Click {
  panel: string;
  /** What the click toggles. */
  dim: ListDim | 'year';
  value: string;
  /** The trends panel's "Kelompokkan menurut" choice the click needs (a panel control, not a filter). */
  groupBy?: 'Program' | 'Teknologi';
}

const bar = (code: string): Click => ({ panel: 'installations-by-regency', dim: 'regency', value: code });
const repeaterBar = (code: string): Click => ({ panel: 'repeater-plan', dim: 'regency', value: code });
const year = (y: number): Click => ({ panel: 'installations-by-regency', dim: 'year', value: String(y) });
const programme = (name: string): Click => ({
  panel: 'connectivity-trends',
  dim: 'programme',
  value: name,
  groupBy: 'Program',
});
const technology = (name: string): Click => ({
  panel: 'connectivity-trends',
  dim: 'technology',
  value: name,
  groupBy: 'Teknologi',
});
/** A regency on the map, or a district (the map's drill-down choice first shows the districts of its regency). */
const area = (code: string): Click => ({
  panel: 'regency-map',
  dim: code.split('.').length === 2 ? 'regency' : 'district',
  value: code,
});

const DID = 'Dumisake Internet Desa';
/** Merangin, then its districts on the map; Tanjung Jabung Barat from the repeater chart; Kerinci; years, lines. */
const CLICKS: Click[] = [
  bar('15.02'),
  year(2024),
  programme(DID),
  year(2024),
  area('15.02'), // Merangin is selected: the click takes it off
  area('15.02.09'),
  programme(DID),
  technology('VSAT'),
  area('15.02.09'),
  area('15.02.23'),
  bar('15.02'),
  year(2023),
  technology('VSAT'),
  area('15.02.23'),
  year(2023),
  bar('15.02'),
  repeaterBar('15.06'),
  year(2026),
  technology('GSM repeater'),
  area('15.06'),
  technology('GSM repeater'),
  area('15.06.08'),
  year(2026),
  programme(DID),
  area('15.06.08'),
  bar('15.01'),
  programme(DID),
  year(2022),
  repeaterBar('15.01'),
  year(2022),
];

// ---------- map geometry: a point well inside an area and inside no other ----------

type Ring = [number, number][];
interface Feature {
  properties: { code: string };
  geometry: { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
}

const polygonsOf = (f: Feature): Ring[][] =>
  f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;

/** Even-odd rule over every ring of the feature (holes included). */
function inside(f: Feature, [x, y]: [number, number]): boolean {
  let odd = false;
  for (const rings of polygonsOf(f))
    for (const ring of rings)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as [number, number];
        const [xj, yj] = ring[j] as [number, number];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
      }
  return odd;
}

/** The middle of the widest horizontal run inside the feature, over nine scan lines; inside no other feature. */
function interiorPoint(f: Feature, others: readonly Feature[]): [number, number] {
  const rings = polygonsOf(f).flat();
  const ys = rings.flat().map((p) => p[1]);
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  let best: { width: number; point: [number, number] } | null = null;
  for (let k = 1; k <= 9; k++) {
    const y = y0 + ((y1 - y0) * k) / 10;
    const xs: number[] = [];
    for (const ring of rings)
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i] as [number, number];
        const [xj, yj] = ring[j] as [number, number];
        if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
      }
    xs.sort((a, b) => a - b);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const point: [number, number] = [((xs[i] as number) + (xs[i + 1] as number)) / 2, y];
      const width = (xs[i + 1] as number) - (xs[i] as number);
      if ((!best || width > best.width) && !others.some((o) => o !== f && inside(o, point))) best = { width, point };
    }
  }
  if (!best) throw new Error(`no point inside ${f.properties.code} that is in no other area`);
  return best.point;
}

function areaPoints(dir: string): Map<string, [number, number]> {
  const points = new Map<string, [number, number]>();
  for (const file of ['jambi-regencies.geojson', 'jambi-districts.geojson']) {
    const features = (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { features: Feature[] }).features;
    for (const f of features) points.set(f.properties.code, interiorPoint(f, features));
  }
  return points;
}

// ---------- the page ----------

/**
 * Scrolls the panel's chart to the middle of the screen and returns the page point of `target`, located with the
 * chart's ECharts instance (reached through the echarts-for-react component that owns it).
 */
async function locate(page: Page, panel: string, target: Target): Promise<{ x: number; y: number }> {
  const at = await page.evaluate(
    ({ panel, target }) => {
      interface Rect {
        x: number;
        y: number;
        width: number;
        height: number;
        clone(): Rect;
        applyTransform(m: unknown): void;
      }
      interface ZrEl {
        style?: { text?: string };
        getBoundingRect(): Rect;
        getComputedTransform(): unknown;
      }
      interface Instance {
        getOption(): {
          series: { type: string; name: string; data: unknown[] }[];
          yAxis?: { data?: unknown[] }[];
        };
        convertToPixel(finder: object, value: unknown): number | number[];
        getZr(): { storage: { getDisplayList(): ZrEl[] } };
      }
      const host = document.querySelector<HTMLElement>(`section[data-panel="${panel}"] .echarts-for-react`);
      if (!host) return { error: `panel ${panel} shows no chart` };
      host.scrollIntoView({ block: 'center' });
      const key = Object.keys(host).find((k) => k.startsWith('__reactFiber$'));
      let fiber = key ? (host as unknown as Record<string, { stateNode?: unknown; return?: unknown }>)[key] : undefined;
      let chart: Instance | null = null;
      while (fiber && !chart) {
        const node = fiber.stateNode as { getEchartsInstance?: () => Instance } | undefined;
        if (typeof node?.getEchartsInstance === 'function') chart = node.getEchartsInstance();
        fiber = fiber.return as typeof fiber;
      }
      if (!chart) return { error: `no ECharts instance in ${panel}` };
      const option = chart.getOption();
      const num = (d: unknown) => Number(d !== null && typeof d === 'object' ? (d as { value: unknown }).value : d);
      let local: [number, number];
      if (target.kind === 'bar') {
        const names = (option.yAxis?.[0]?.data ?? []).map((d) =>
          String(d !== null && typeof d === 'object' ? (d as { value: unknown }).value : d),
        );
        const i = names.indexOf(target.category);
        if (i < 0) return { error: `no bar "${target.category}" in ${panel} (bars: ${names.join(', ')})` };
        const total = option.series
          .filter((s) => s.type === 'bar')
          .reduce((sum, s) => sum + (Number.isFinite(num(s.data[i])) ? num(s.data[i]) : 0), 0);
        if (!(total > 0)) return { error: `the bar of "${target.category}" in ${panel} is empty` };
        local = [
          chart.convertToPixel({ xAxisIndex: 0 }, total / 2) as number,
          chart.convertToPixel({ yAxisIndex: 0 }, target.category) as number,
        ];
      } else if (target.kind === 'legend') {
        const series = option.series.map((s) => s.name);
        const name = series.find((n) => n === target.name || n.startsWith(`${target.name} `));
        if (!name) return { error: `no legend entry "${target.name}" in ${panel} (series: ${series.join(', ')})` };
        // The legend sits on top: of the texts that read `name`, the highest.
        const rects = chart
          .getZr()
          .storage.getDisplayList()
          .filter((el) => el.style?.text === name)
          .map((el) => {
            const r = el.getBoundingRect().clone();
            r.applyTransform(el.getComputedTransform());
            return r;
          })
          .sort((a, b) => a.y - b.y);
        const r = rects[0];
        if (!r) return { error: `legend entry "${name}" of ${panel} is not drawn` };
        local = [r.x + r.width / 2, r.y + r.height / 2];
      } else {
        const series = option.series[0];
        const names = (series?.data ?? []).map((d) => String((d as { name?: unknown }).name));
        if (!names.includes(target.code))
          return { error: `the map of ${panel} does not show ${target.code} (areas: ${names.join(', ')})` };
        local = chart.convertToPixel({ seriesIndex: 0 }, target.lonLat) as [number, number];
      }
      const box = host.getBoundingClientRect();
      return { x: box.x + local[0], y: box.y + local[1] };
    },
    { panel, target },
  );
  if ('error' in at) throw new Error(at.error);
  return at;
}

/**
 * Sets the trends panel's grouping (a radio of the panel, not a filter) and waits until its chart has drawn and
 * every figure of its table is a row of the new grouping (its scope names the grouping dimension).
 */
async function groupTrendsBy(page: Page, click: Click): Promise<void> {
  const panel = page.locator('section[data-panel="connectivity-trends"]');
  const radio = panel.getByRole('radio', { name: click.groupBy, exact: true });
  if (await radio.isChecked()) return;
  await radio.check();
  await page.waitForFunction(
    (dim) => {
      const p = document.querySelector<HTMLElement>('section[data-panel="connectivity-trends"]');
      const chart = p?.querySelector<HTMLElement>('.chart');
      const figures = [...(p?.querySelectorAll('[data-indicator]') ?? [])];
      return (
        p?.dataset.state === 'ready' &&
        chart?.dataset.chartState === 'finished' &&
        figures.length > 0 &&
        figures.every((f) => (f.getAttribute('data-scope') ?? '').split(';').some((part) => part.startsWith(`${dim}=`)))
      );
    },
    click.dim,
    { timeout: 60_000 },
  );
}

/**
 * Shows the map level a map click needs: the province for a regency, the districts of the district's regency
 * (the map's "show districts" choice, a panel control, not a filter); waits until the map draws the target.
 */
async function showMapLevel(page: Page, code: string): Promise<void> {
  const regency = code.split('.').length === 2 ? '' : code.split('.').slice(0, 2).join('.');
  const select = page.locator('section[data-panel="regency-map"] select');
  if ((await select.inputValue()) !== regency) await select.selectOption(regency);
  await page.waitForFunction(
    (target) => {
      const p = document.querySelector<HTMLElement>('section[data-panel="regency-map"]');
      const host = p?.querySelector<HTMLElement>('.echarts-for-react');
      const chart = p?.querySelector<HTMLElement>('.chart');
      if (!host || p?.dataset.state !== 'ready' || chart?.dataset.chartState !== 'finished') return false;
      const key = Object.keys(host).find((k) => k.startsWith('__reactFiber$'));
      type Fiber = { stateNode?: { getEchartsInstance?: () => unknown }; return?: Fiber };
      let fiber = key ? (host as unknown as Record<string, Fiber>)[key] : undefined;
      while (fiber) {
        const get = fiber.stateNode?.getEchartsInstance;
        if (typeof get === 'function') {
          const option = (
            get.call(fiber.stateNode) as { getOption(): { series: { data: { name: string }[] }[] } }
          ).getOption();
          return (option.series[0]?.data ?? []).some((d) => d.name === target);
        }
        fiber = fiber.return;
      }
      return false;
    },
    code,
    { timeout: 60_000 },
  );
}

function targetOf(click: Click, names: Map<string, string>, points: Map<string, [number, number]>): Target {
  if (click.panel === 'regency-map') {
    const lonLat = points.get(click.value);
    if (!lonLat) throw new Error(`no boundary for ${click.value}`);
    return { kind: 'area', code: click.value, lonLat };
  }
  if (click.dim === 'regency') return { kind: 'bar', category: names.get(click.value) ?? click.value };
  return { kind: 'legend', name: click.value };
}

/** The filters key of each element that shows filtered rows (the tables, the drill-down: data-xf-key). */
const rowKeys = (page: Page) =>
  page.$$eval(`${ROOT} [data-xf-key]`, (els) => els.map((e) => e.getAttribute('data-xf-key') ?? ''));

/**
 * The URL shows exactly `want`, and every element that shows filtered rows carries one new filters key (not one of
 * `old`) and is not loading. Those rows leave in the same coordinator batch as the panels' figures, so the panels
 * have their answers too; the figures themselves are checked next (readSettled).
 */
async function waitForFilters(page: Page, want: Record<string, string>, old: string[]): Promise<void> {
  await page.waitForFunction(
    ({ root, want, old }) => {
      const hash = window.location.hash;
      const params = new URLSearchParams(hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '');
      // Only the filter parameters: the view also writes v, drill, lang and the measures, the tables sort, q, cf.
      const filterKeys = ['year', 'regency', 'district', 'programme', 'tech', 'status'];
      const got = Object.fromEntries([...params.entries()].filter(([k]) => filterKeys.includes(k)));
      const same =
        Object.keys(got).length === Object.keys(want).length && Object.entries(want).every(([k, v]) => got[k] === v);
      const rows = [...document.querySelectorAll<HTMLElement>(`${root} [data-xf-key]`)];
      const keys = new Set(rows.map((e) => e.dataset.xfKey ?? ''));
      return (
        same &&
        rows.length > 0 &&
        keys.size === 1 &&
        !old.includes([...keys][0] ?? '') &&
        rows.every((e) => e.dataset.xfState !== 'loading')
      );
    },
    { root: ROOT, want, old },
    { timeout: 30_000 },
  );
}

// ---------- does a figure answer the state? ----------

/** Filters honoured per indicator (read in beforeAll). */
let honoured: Map<string, Set<string>>;

/** Filters honoured per indicator, read from docs/indicators.md ("#### `id`" … "| Filters honoured | a, b |"). */
function honouredFilters(markdown: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  let id: string | null = null;
  for (const line of markdown.split('\n')) {
    const h = /^#### `([a-z0-9_]+)`/.exec(line);
    if (h) id = h[1] ?? null;
    const f = /^\| Filters honoured \|([^|]*)\|/.exec(line);
    if (f && id) out.set(id, new Set((f[1] ?? '').split(',').map((s) => s.trim())));
  }
  return out;
}

/**
 * Why a figure does not answer `state`, or null when it does: each list filter its indicator honours is in its
 * scope (narrowed, at most, to a breakdown row's own value); a dimension the state does not filter appears only as
 * one breakdown coordinate, and never on a KPI card (a KPI is a total, not a row); under a year filter an indicator
 * that honours the year has a period inside that year, or inside the year before (a KPI's baseline: the previous
 * complete year, or the same span a year earlier — docs/indicators.md, "Baselines").
 */
function scopeProblem(f: FigureElement, state: State): string | null {
  const h = honoured.get(f.indicator);
  if (!h) return `indicator ${f.indicator} is not in docs/indicators.md`;
  if (f.scope === null || !f.period) return 'no data-scope or data-period';
  const scope = parseScope(f.scope) as Partial<Record<ListDim, string[]>>;
  const own = OWN_DIMS[f.where] ?? [];
  for (const d of LIST_DIMS) {
    const want = state.lists[d];
    const got = scope[d];
    if (h.has(d) && want.length > 0 && !own.includes(d)) {
      if (!got || got.some((v) => !want.includes(v))) return `${d} should be within ${want.join('|')}`;
    } else if (got && (got.length !== 1 || f.where === 'kpis')) return `${d}=${got.join('|')} is not a filter`;
  }
  if (state.year !== null && h.has('year')) {
    const span = parsePeriod(f.period);
    if (span.from === null || span.from < `${state.year - 1}-01-01` || span.to > `${state.year}-12-31`)
      return `period ${f.period} is not inside ${state.year} (or its baseline)`;
  }
  return null;
}

// ---------- the run ----------

interface Visit {
  step: number;
  click: string;
  state: State;
  figures: FigureElement[];
  panels: { id: string; state: string; figures: number }[];
}

let browser: Browser;
let db: PublicDataDb;
let g: OpenedPage;
let ctx: ReferenceContext;
const visits: Visit[] = [];
let sequenceMs = 0;
/** Notes of first-paint answers that the engine did not confirm (src/app/status-banner.tsx). */
let mismatchNotes = 0;
/** Reference values by figure key: a number, null (no value), or the error the reference gave. */
const refs = new Map<string, number | null | Error>();
/** The references being computed (while the next clicks run: the test process is idle while the page works). */
let computing: Promise<void> = Promise.resolve();
let referencesMs = 0;
const figureKey = (f: FigureElement) => `${f.indicator} | ${f.period} | ${f.scope}`;
const CHUNK = 50;

/** Telemetry figures checked both ways per batch: the grouped statement must agree with referenceSql itself. */
const CROSS_CHECKS = 3;

/**
 * Computes the references of `figures` not computed yet. Telemetry figures (hundreds of weeks in the trends table,
 * ~20 ms each alone) go one statement per (indicator, scope) through telemetryReferencesSql, and a few of them are
 * computed again with referenceSql as a check of that statement; the others go CHUNK per statement as scalar
 * subqueries. A statement that fails is run again figure by figure, so the error lands on its figure.
 */
async function computeReferences(figures: readonly FigureElement[]): Promise<void> {
  const started = performance.now();
  const single = new Map<string, string>();
  const grouped = new Map<string, { indicator: string; scope: string; keys: string[]; periods: string[] }>();
  for (const f of figures) {
    const key = figureKey(f);
    if (refs.has(key) || single.has(key)) continue;
    try {
      single.set(key, referenceSql(f.indicator, f.period ?? '', f.scope ?? '', ctx));
      if (telemetryReferencesSql(f.indicator, [], f.scope ?? '') === null) continue;
      const group = `${f.indicator} | ${f.scope}`;
      const gr = grouped.get(group) ?? { indicator: f.indicator, scope: f.scope ?? '', keys: [], periods: [] };
      gr.keys.push(key);
      gr.periods.push(f.period ?? '');
      grouped.set(group, gr);
    } catch (e) {
      refs.set(key, e instanceof Error ? e : new Error(String(e)));
    }
  }
  let checks = 0;
  for (const gr of grouped.values()) {
    try {
      const rows = await db.rows(telemetryReferencesSql(gr.indicator, gr.periods, gr.scope) ?? '');
      for (const r of rows) {
        const key = gr.keys[Number(r.k)] as string;
        refs.set(key, r.value === null || r.value === undefined ? null : Number(r.value));
        // The rest of the group's keys leave `single`; CROSS_CHECKS of them stay there to be computed again.
        if (checks < CROSS_CHECKS && Number(r.k) === 0) checks += 1;
        else single.delete(key);
      }
    } catch {
      // left in `single`: computed one by one below
    }
  }
  const list = [...single];
  for (let i = 0; i < list.length; i += CHUNK) {
    const chunk = list.slice(i, i + CHUNK);
    let values: (number | null | Error)[];
    try {
      const row = (await db.rows(`SELECT ${chunk.map(([, sql], k) => `(${sql}) AS v${k}`).join(', ')}`))[0] ?? {};
      values = chunk.map((_, k) => {
        const v = row[`v${k}`];
        return v === null || v === undefined ? null : Number(v);
      });
    } catch {
      values = [];
      for (const [, sql] of chunk) values.push(await db.value(sql).catch((e: Error) => e));
    }
    chunk.forEach(([key], k) => {
      const v = values[k] ?? null;
      const earlier = refs.get(key);
      if (earlier !== undefined && !(earlier instanceof Error) && !(v instanceof Error) && !sameFigure(earlier, v))
        refs.set(key, new Error(`telemetryReferencesSql gave ${earlier}, referenceSql ${v}`));
      else refs.set(key, v);
    });
  }
  referencesMs += performance.now() - started;
}

/**
 * Reads the figures once they all answer `state` (scopeProblem) and the coordinator's counters did not move while
 * they were read (no request came or went meanwhile); a stale read waits for the figures to change, up to 20 s.
 */
async function readSettled(page: Page, state: State): Promise<FigureElement[]> {
  const deadline = Date.now() + 20_000;
  const counters = () =>
    page.evaluate(() => JSON.stringify((window as { __jdacCoordinator?: unknown }).__jdacCoordinator ?? null));
  for (;;) {
    await settleFigures(page, ROOT);
    await openTables(page, ROOT);
    const before = await counters();
    const figures = await readFigures(page, ROOT);
    const quiet = before === (await counters());
    const stale = figures.some((f) => scopeProblem(f, state) !== null);
    if ((quiet && !stale) || Date.now() > deadline) return figures;
    if (!stale) continue;
    // A panel still shows the previous filters' figures: wait for any figure's attributes to change.
    const signature = figures.map((f) => `${figureKey(f)} | ${f.value}`).join('\n');
    await page
      .waitForFunction(
        ({ root, signature }) =>
          [...document.querySelectorAll(`${root} [data-indicator]`)]
            .map((e) =>
              ['data-indicator', 'data-period', 'data-scope', 'data-value'].map((a) => e.getAttribute(a)).join(' | '),
            )
            .join('\n') !== signature,
        { root: ROOT, signature },
        { timeout: Math.max(1_000, deadline - Date.now()) },
      )
      .catch(() => undefined);
  }
}

const panelsOf = (page: Page) =>
  page.$$eval(`${ROOT} section[data-panel]`, (sections) =>
    sections.map((e) => ({
      id: e.getAttribute('data-panel') ?? '',
      state: e.getAttribute('data-state') ?? '',
      figures: e.querySelectorAll('[data-indicator]').length,
    })),
  );

beforeAll(async () => {
  honoured = honouredFilters(readFileSync('docs/indicators.md', 'utf8'));
  const points = areaPoints(join(DIST, 'data'));
  [browser, db] = await Promise.all([launchChromium(), publicDataDb({ dir: join(DIST, 'data') })]);
  ctx = { asOf: db.asOf };
  // One thread: the references are computed while the page works (the clicks), and the page needs the other core.
  await db.rows('SET threads = 1');
  const names = new Map(
    (await db.rows('SELECT regency_code, name FROM regencies')).map((r) => [String(r.regency_code), String(r.name)]),
  );
  const opened = performance.now();
  g = await openPageWith(browser, { hash: '#/explore' });
  const { page } = g;
  await page.waitForSelector(`${ROOT} .view-explore section[data-panel]`, { timeout: 90_000 });
  // The engine is ready: the first paint's precomputed answers have been replaced by the engine's (and any
  // disagreement between them would show as .status-mismatch, checked below).
  await page.waitForSelector('.status-banner[data-state="ready"]', { timeout: 90_000 });
  await settleFigures(page, ROOT, 90_000);
  console.info(`[crossfilter] #/explore settled ${((performance.now() - opened) / 1000).toFixed(1)} s after opening`);
  const record = (visit: Visit) => {
    visits.push(visit);
    computing = computing.then(() => computeReferences(visit.figures));
  };
  let state = EMPTY;
  const first = await readSettled(page, state);
  record({ step: 0, click: 'open #/explore', state, figures: first, panels: await panelsOf(page) });

  const started = performance.now();
  for (const [i, click] of CLICKS.entries()) {
    const label = `${click.panel}: ${click.dim} ${click.value}`;
    if (click.groupBy) await groupTrendsBy(page, click);
    if (click.panel === 'regency-map') await showMapLevel(page, click.value);
    const target = targetOf(click, names, points);
    state = toggle(state, click.dim, click.value);
    const old = await rowKeys(page);
    const measuresBefore = await page.evaluate(() => window.__jdacCrossFilter?.measures.length ?? 0);
    const at = await locate(page, click.panel, target);
    await page.mouse.click(at.x, at.y);
    try {
      await waitForFilters(page, urlParams(state), old);
    } catch {
      throw new Error(`click ${i + 1} (${label}) did not lead to ${describeState(state)}; URL ${page.url()}`);
    }
    const figures = await readSettled(page, state);
    record({ step: i + 1, click: label, state, figures, panels: await panelsOf(page) });
    // The view's own cross-filter measure (src/views/explore/cross-filter-timing.ts), for the log only.
    const measured = await page.evaluate((n) => {
      const log = window.__jdacCrossFilter;
      const m = log && log.measures.length > n ? log.measures.at(-1) : undefined;
      return m ? `${m.ms.toFixed(0)} ms${m.timedOut ? ' (timed out)' : ''}` : 'still running';
    }, measuresBefore);
    console.info(
      `[crossfilter] ${String(i + 1).padStart(2)} ${label} → ${describeState(state)}: ${figures.length} figures at ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s; the view's measure: ${measured}`,
    );
  }
  sequenceMs = performance.now() - started;
  mismatchNotes = await page.locator('.status-mismatch').count();
  await computing;
}, 170_000);

afterAll(async () => {
  // CROSSFILTER_DUMP=<file>: every state and figure read, as JSON (for looking into a failure).
  if (process.env.CROSSFILTER_DUMP) writeFileSync(process.env.CROSSFILTER_DUMP, JSON.stringify(visits, null, 1));
  db?.close();
  await g?.close();
  await browser?.close();
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;

describe('30 cross-filter clicks on #/explore: every figure equals native DuckDB after each click', () => {
  it('runs the 30 clicks with no page error and no request to another origin', () => {
    expect(visits).toHaveLength(CLICKS.length + 1);
    expect(g.pageErrors).toEqual([]);
    expect(g.foreignRequests).toEqual([]);
    expect(mismatchNotes, 'first-paint answers the engine did not confirm').toBe(0);
  });

  it('after each click the screen shows figures, every panel drawn shows some, and the figures answer the filters', () => {
    const problems: string[] = [];
    for (const v of visits) {
      if (v.figures.length === 0) problems.push(`step ${v.step}: no [data-indicator] element`);
      for (const p of v.panels)
        if (p.state === 'ready' && p.figures === 0) problems.push(`step ${v.step}: panel ${p.id} shows no figure`);
        else if (p.state === 'loading' || p.state === 'error')
          problems.push(`step ${v.step}: panel ${p.id} ${p.state}`);
      for (const f of v.figures) {
        const why = scopeProblem(f, v.state);
        if (why)
          problems.push(
            `step ${v.step} ${describeState(v.state)}: ${f.where} ${f.indicator} [${f.scope}] ${f.period}: ${why}`,
          );
      }
    }
    expect(problems).toEqual([]);
  });

  it('every figure equals the reference SQL over the published files, after every click', async () => {
    const wrong: string[] = [];
    for (const v of visits)
      for (const f of v.figures) {
        const ref = refs.get(figureKey(f));
        if (ref instanceof Error || ref === undefined) {
          wrong.push(`step ${v.step}: ${figureKey(f)}: ${ref?.message ?? 'no reference computed'}`);
          continue;
        }
        if (!sameFigure(figureNumber(f.value), ref))
          wrong.push(
            `step ${v.step} ${describeState(v.state)}: ${f.where} ${figureKey(f)}: shown ${f.value} ("${f.text}"), ` +
              `reference ${ref}`,
          );
      }
    const counts = visits.slice(1).map((v) => v.figures.length);
    console.info(
      `[crossfilter] ${CLICKS.length} clicks, ${new Set(visits.map((v) => describeState(v.state))).size} distinct states; ` +
        `figures compared per click min ${Math.min(...counts)} / median ${median(counts)} / max ${Math.max(...counts)} ` +
        `(${refs.size} distinct, native DuckDB ${(referencesMs / 1000).toFixed(1)} s); ` +
        `sequence ${(sequenceMs / 1000).toFixed(1)} s`,
    );
    expect(wrong).toEqual([]);
  }, 120_000);

  it('each click changes what the screen answers; a regency click changes the regency-scoped KPI totals', () => {
    const problems: string[] = [];
    const questions = (v: Visit) =>
      v.figures
        .map((f) => `${f.indicator}|${f.period}|${f.scope}`)
        .sort()
        .join('\n');
    for (const [i, v] of visits.entries()) {
      const prev = visits[i - 1];
      if (!prev) continue;
      if (questions(v) === questions(prev)) problems.push(`step ${v.step}: the same figures as before the click`);
      if (v.state.lists.regency.join() === prev.state.lists.regency.join()) continue;
      const kpis = (x: Visit) =>
        x.figures.filter((f) => f.where === 'kpis' && honoured.get(f.indicator)?.has('regency'));
      const [now, then] = [kpis(v), kpis(prev)];
      if (now.length === 0) problems.push(`step ${v.step}: no regency-scoped KPI`);
      else if (now.every((f, k) => then[k]?.indicator === f.indicator && then[k]?.value === f.value))
        problems.push(`step ${v.step}: the regency changed, no KPI figure did`);
    }
    expect(problems).toEqual([]);
  });
});
