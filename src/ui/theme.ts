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

const registeredThemes = new Set<string>();

/**
 * The registered ECharts theme for a palette and a text scale (1 = desk, ~2–3 = wall screens read from five
 * metres). Registered on first use; ECharts' axis labels, legends and tooltips take their sizes from it.
 */
export function echartsThemeName(name: ThemeName, scale = 1): string {
  const s = Math.round(scale * 4) / 4;
  const id = s === 1 ? `jdac-${name}` : `jdac-${name}-x${s}`;
  if (registeredThemes.has(id)) return id;
  registeredThemes.add(id);
  const t = TOKENS[name];
  const size = (px: number) => Math.round(px * s);
  const axis = {
    axisLine: { lineStyle: { color: t.border } },
    axisLabel: { color: t.muted, fontSize: size(12) },
    nameTextStyle: { color: t.muted, fontSize: size(12) },
    splitLine: { lineStyle: { color: t.border } },
  };
  registerTheme(id, {
    color: t.series,
    backgroundColor: 'transparent',
    textStyle: { color: t.text, fontFamily: 'inherit', fontSize: size(12) },
    legend: { textStyle: { color: t.text, fontSize: size(12) }, itemWidth: size(25), itemHeight: size(14) },
    tooltip: { backgroundColor: t.surface, borderColor: t.border, textStyle: { color: t.text, fontSize: size(14) } },
    visualMap: { color: [t.accent, t.border], textStyle: { color: t.text, fontSize: size(12) } },
    categoryAxis: axis,
    valueAxis: axis,
    timeAxis: axis,
    line: { lineStyle: { width: size(2) }, symbolSize: size(4) },
    bar: { label: { fontSize: size(12) } },
    dataZoom: { textStyle: { color: t.muted, fontSize: size(11) } },
  });
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
