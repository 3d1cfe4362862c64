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

export const echartsThemeName = (name: ThemeName) => `jdac-${name}`;

let registered = false;
export function registerEchartsThemes(): void {
  if (registered) return;
  registered = true;
  for (const name of Object.keys(TOKENS) as ThemeName[]) {
    const t = TOKENS[name];
    const axis = {
      axisLine: { lineStyle: { color: t.border } },
      axisLabel: { color: t.muted },
      splitLine: { lineStyle: { color: t.border } },
    };
    registerTheme(echartsThemeName(name), {
      color: t.series,
      backgroundColor: 'transparent',
      textStyle: { color: t.text, fontFamily: 'inherit' },
      legend: { textStyle: { color: t.text } },
      tooltip: { backgroundColor: t.surface, borderColor: t.border, textStyle: { color: t.text } },
      categoryAxis: axis,
      valueAxis: axis,
      timeAxis: axis,
    });
  }
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
