// Theme tokens in one place: they feed the CSS variables and the registered ECharts themes.
import { registerTheme } from 'echarts/core';

export type ThemeName = 'light' | 'dark';

export interface Tokens {
  bg: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  danger: string;
  warning: string;
  ok: string;
  /** Series colours, colour-blind safe (Okabe–Ito based). */
  series: string[];
}

export const TOKENS: Record<ThemeName, Tokens> = {
  light: {
    bg: '#f4f6f8',
    surface: '#ffffff',
    text: '#14202b',
    muted: '#4a5866',
    border: '#d5dce3',
    accent: '#0b5cad',
    danger: '#b3261e',
    warning: '#8a5a00',
    ok: '#1d6b3a',
    series: ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#7a6a00', '#5e5e5e'],
  },
  dark: {
    bg: '#0b1117',
    surface: '#131c25',
    text: '#f2f5f8',
    muted: '#b8c4cf',
    border: '#2c3a48',
    accent: '#6cb6ff',
    danger: '#ff8a80',
    warning: '#ffd166',
    ok: '#7ee2a8',
    series: ['#56b4e9', '#f0c04a', '#3fd0a0', '#e59bc8', '#9ecbff', '#ff9e5e', '#e8e07a', '#c0c0c0'],
  },
};

/** The first year of the year palette: year YEAR_COLOUR_BASE + i takes series colour i (mod the palette's length). */
export const YEAR_COLOUR_BASE = 2020;

/**
 * The one colour of a year on every chart that colours by year (wall, overview, briefing): fixed by the year itself,
 * never by its position among the years a chart happens to show, so 2025 is the same colour on every page, for every
 * regency and every filter. Eight distinct colours: a year repeats a colour only eight years apart.
 */
export function yearColour(year: number, theme: ThemeName): string {
  const palette = TOKENS[theme].series;
  const i = (((Math.trunc(year) - YEAR_COLOUR_BASE) % palette.length) + palette.length) % palette.length;
  return palette[i] as string;
}

/**
 * The font stack of the page (src/ui/styles.css) for ECharts. It must be a real family list: canvas text takes
 * `ctx.font = "<size>px <family>"`, and a CSS keyword such as `inherit` makes that string invalid, so the canvas
 * silently keeps its default "10px sans-serif" and every theme font size is lost (the wall's axis labels and
 * legends stayed ~10–12 px at any scale because of this).
 */
export const FONT_FAMILY = "system-ui, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif";

/** Rounds a text scale to quarter steps (a handful of registered themes, not one per pixel of width). */
export function roundScale(scale: number): number {
  return Math.max(0.5, Math.round(scale * 4) / 4);
}

/** The ECharts theme object for a palette and a text scale (pure: tests read it). */
export function echartsThemeObject(name: ThemeName, scale = 1): Record<string, unknown> {
  const s = roundScale(scale);
  const t = TOKENS[name];
  const size = (px: number) => Math.round(px * s);
  const axis = {
    axisLine: { lineStyle: { color: t.border, width: Math.max(1, Math.round(s)) } },
    axisTick: { lineStyle: { color: t.border } },
    axisLabel: { color: t.muted, fontSize: size(12), fontFamily: FONT_FAMILY },
    nameTextStyle: { color: t.muted, fontSize: size(12), fontFamily: FONT_FAMILY },
    splitLine: { lineStyle: { color: t.border } },
  };
  return {
    color: t.series,
    backgroundColor: 'transparent',
    // With a transparent background ECharts cannot tell a dark page: outside labels would be drawn dark with a
    // white halo (outlined digits). darkMode makes them light with a dark halo.
    darkMode: name === 'dark',
    textStyle: { color: t.text, fontFamily: FONT_FAMILY, fontSize: size(12) },
    // Chart titles (small multiples name their cell with one): the size of a panel heading, scaled like the rest.
    title: {
      textStyle: { color: t.text, fontSize: size(14), fontWeight: 600, fontFamily: FONT_FAMILY },
      subtextStyle: { color: t.muted, fontSize: size(12), fontFamily: FONT_FAMILY },
    },
    legend: {
      textStyle: { color: t.text, fontSize: size(12), fontFamily: FONT_FAMILY },
      itemWidth: size(25),
      itemHeight: size(14),
      itemGap: size(10),
      pageTextStyle: { color: t.muted, fontSize: size(12) },
      pageIconSize: size(15),
      selectorLabel: { fontSize: size(12), fontFamily: FONT_FAMILY },
    },
    tooltip: {
      backgroundColor: t.surface,
      borderColor: t.border,
      textStyle: { color: t.text, fontSize: size(14), fontFamily: FONT_FAMILY },
    },
    visualMap: {
      color: [t.accent, t.border],
      textStyle: { color: t.text, fontSize: size(12), fontFamily: FONT_FAMILY },
      itemWidth: size(20),
      itemHeight: size(140),
    },
    categoryAxis: axis,
    valueAxis: axis,
    timeAxis: axis,
    logAxis: axis,
    bar: { label: { fontSize: size(12) } },
    // Labels on lines and maps (regency names, end values) take the same size as the axis labels.
    line: { lineStyle: { width: size(2) }, symbolSize: size(4), label: { fontSize: size(12) } },
    map: { label: { fontSize: size(12) } },
    dataZoom: { textStyle: { color: t.muted, fontSize: size(12) } },
  };
}

const registeredThemes = new Set<string>();

/**
 * The registered ECharts theme for a palette and a text scale (1 = desk, ~2–3 = wall screens read from five
 * metres). Registered on first use; ECharts' axis labels, legends and tooltips take their sizes from it.
 */
export function echartsThemeName(name: ThemeName, scale = 1): string {
  const s = roundScale(scale);
  const id = s === 1 ? `jdac-${name}` : `jdac-${name}-x${s}`;
  if (registeredThemes.has(id)) return id;
  registeredThemes.add(id);
  registerTheme(id, echartsThemeObject(name, s));
  return id;
}

/** Writes the tokens as CSS variables on <html>. */
export function applyTheme(name: ThemeName): void {
  const t = TOKENS[name];
  const root = document.documentElement;
  root.dataset.theme = name;
  for (const [key, value] of Object.entries(t)) {
    if (typeof value === 'string') root.style.setProperty(`--${key}`, value);
  }
}
