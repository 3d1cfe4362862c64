// Layout of a chart option on screens that cannot be scrolled or clicked (wall screens): the theme scales the text
// (src/ui/theme.ts), this scales the pixel offsets that panels wrote for a desk, unfolds paged ("scroll") legends
// into wrapped rows, and makes room above the grid for those rows. Pure: the text measure is passed in.
import { createContext } from 'react';
import type { ChartOption } from './chart-types.ts';

/** Set by a view whose charts must fit without paging (the wall); off by default, so desks keep their layout. */
export const FitLayoutContext = createContext(false);

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function mapComponent(value: unknown, fn: (o: Obj, index: number) => Obj): unknown {
  if (Array.isArray(value)) return value.map((v, i) => (isObj(v) ? fn(v, i) : v));
  return isObj(value) ? fn(value, 0) : value;
}

function scaleKeys(o: Obj, keys: readonly string[], s: number): Obj {
  const out: Obj = { ...o };
  for (const k of keys) {
    const v = o[k];
    if (typeof v === 'number') out[k] = Math.round(v * s);
  }
  return out;
}

/**
 * Every explicit `fontSize`, `lineHeight` and label `offset` (desk px a panel wrote into its option, e.g. a map's
 * area labels) × s, at any depth; data arrays are left alone unless short (per-item label styles of a map's areas). The theme scales the sizes a panel leaves to it; this scales the ones it set
 * itself, so no chart text on the wall stays at desk size.
 */
const SCALED_DATA_MAX = 64;

export function scaleFontSizes(value: unknown, s: number): unknown {
  if (Array.isArray(value)) return value.map((v) => scaleFontSizes(v, s));
  if (!isObj(value)) return value;
  const out: Obj = {};
  for (const [k, v] of Object.entries(value)) {
    if ((k === 'fontSize' || k === 'lineHeight') && typeof v === 'number') out[k] = Math.round(v * s);
    else if (k === 'offset' && Array.isArray(v) && v.every((x) => typeof x === 'number'))
      out[k] = v.map((x) => Math.round((x as number) * s));
    // A short data array (e.g. a map's areas) may carry per-item label styles; long series data is left alone.
    else if (k === 'data' && Array.isArray(v) && v.length <= SCALED_DATA_MAX) out[k] = scaleFontSizes(v, s);
    else if (k === 'data' || typeof v === 'function') out[k] = v;
    else out[k] = scaleFontSizes(v, s);
  }
  return out;
}

/** Text width in px of `text` at `fontPx` (canvas measureText in the browser, an estimate in tests). */
export type MeasureText = (text: string, fontPx: number) => number;

export const estimateText: MeasureText = (text, fontPx) => text.length * fontPx * 0.58;

/** Legend entries in order: legend.data when given, otherwise the distinct series names. */
function legendNames(option: Obj): string[] {
  const legend = Array.isArray(option.legend) ? option.legend[0] : option.legend;
  if (isObj(legend) && Array.isArray(legend.data))
    return legend.data.map((d) => (isObj(d) ? String(d.name ?? '') : String(d)));
  const series = Array.isArray(option.series) ? option.series : [option.series];
  const names: string[] = [];
  for (const s of series) if (isObj(s) && typeof s.name === 'string' && !names.includes(s.name)) names.push(s.name);
  return names;
}

/** Rows a horizontal legend needs in `width` px (ECharts wraps items greedily, 5 px between icon and text). */
export function legendRows(
  names: string[],
  width: number,
  sizes: { font: number; itemWidth: number; itemGap: number },
  measure: MeasureText,
): number {
  if (names.length === 0) return 0;
  let rows = 1;
  let x = 0;
  for (const name of names) {
    const w = sizes.itemWidth + 5 + measure(name, sizes.font);
    if (x > 0 && x + w > width) {
      rows += 1;
      x = 0;
    }
    x += w + sizes.itemGap;
  }
  return rows;
}

/**
 * The option laid out for a text scale `s` in a chart `width` px wide: grid and slider offsets × s, paged legends
 * as wrapped rows with the grid moved down by the extra rows, line widths and symbols × s, explicit font sizes × s.
 * `s` = 1 returns the option untouched.
 */
export function fitChartLayout(option: ChartOption, s: number, width: number, measure = estimateText): ChartOption {
  if (s === 1 || !isObj(option)) return option;
  const o = scaleFontSizes(option, s) as Obj;
  const size = (px: number) => Math.round(px * s);

  let extraTop = 0;
  if (o.legend !== undefined) {
    const names = legendNames(o);
    o.legend = mapComponent(o.legend, (l, i) => {
      const out: Obj = { ...l, type: l.type === 'scroll' ? 'plain' : l.type };
      if (i === 0 && l.orient !== 'vertical' && (l.top === undefined || l.top === 0 || l.top === 'top')) {
        const rows = legendRows(
          names,
          Math.max(1, width - 10),
          { font: size(12), itemWidth: size(25), itemGap: size(10) },
          measure,
        );
        extraTop = Math.max(0, rows - 1) * (size(14) + size(10));
      }
      return out;
    });
  }
  if (o.grid !== undefined) {
    o.grid = mapComponent(o.grid, (g) => {
      const out = scaleKeys(g, ['left', 'right', 'top', 'bottom'], s);
      if (typeof out.top === 'number') out.top += extraTop;
      return out;
    });
  }
  if (o.dataZoom !== undefined) {
    o.dataZoom = mapComponent(o.dataZoom, (d) =>
      d.type === 'slider'
        ? { ...scaleKeys(d, ['left', 'right', 'top', 'bottom'], s), height: size(Number(d.height ?? 30)) }
        : d,
    );
  }
  if (o.visualMap !== undefined) {
    o.visualMap = mapComponent(o.visualMap, (v) =>
      scaleKeys(v, ['left', 'right', 'top', 'bottom', 'itemWidth', 'itemHeight'], s),
    );
  }
  if (o.series !== undefined) {
    o.series = mapComponent(o.series, (se) => {
      const keys = se.type === 'map' ? ['left', 'right', 'top', 'bottom'] : ['symbolSize', 'barMaxWidth', 'barWidth'];
      const out = scaleKeys(se, keys, s);
      if (isObj(se.lineStyle)) out.lineStyle = scaleKeys(se.lineStyle, ['width'], s);
      return out;
    });
  }
  return o as ChartOption;
}
