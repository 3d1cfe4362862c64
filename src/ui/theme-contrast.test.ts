// WCAG 2.x contrast of the theme tokens. The dark palette drives the wall screens, read from five metres: its text
// must reach AAA (7:1) on every background it is drawn on; chart marks need 3:1 (non-text contrast).
import { echartsThemeObject, FONT_FAMILY, TOKENS } from './theme.ts';

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m?.[1]) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = Number.parseInt(m[1], 16);
  const channel = (c: number) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('theme contrast (WCAG)', () => {
  it('computes the textbook values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  const dark = TOKENS.dark;
  it.each([
    ['text', 'bg'],
    ['text', 'surface'],
    ['muted', 'bg'],
    ['muted', 'surface'],
    ['warning', 'bg'],
    ['warning', 'surface'],
    ['danger', 'surface'],
    ['ok', 'surface'],
  ] as const)('dark %s on %s reaches 7:1', (fg, bg) => {
    expect(contrast(dark[fg], dark[bg])).toBeGreaterThanOrEqual(7);
  });

  it('dark: the stale badge (bg colour on warning) reaches 7:1', () => {
    expect(contrast(dark.bg, dark.warning)).toBeGreaterThanOrEqual(7);
  });

  it('dark: every series colour stands out from the panel surface (3:1)', () => {
    for (const c of dark.series) expect(contrast(c, dark.surface)).toBeGreaterThanOrEqual(3);
  });

  it('light: body text reaches 7:1, muted text 4.5:1', () => {
    const light = TOKENS.light;
    for (const bg of [light.bg, light.surface]) {
      expect(contrast(light.text, bg)).toBeGreaterThanOrEqual(7);
      expect(contrast(light.muted, bg)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('ECharts theme', () => {
  it('scales axis, legend and tooltip fonts with the text scale', () => {
    const x1 = echartsThemeObject('dark', 1) as Record<string, Record<string, Record<string, unknown>>>;
    const x2 = echartsThemeObject('dark', 2) as Record<string, Record<string, Record<string, unknown>>>;
    expect(x1.categoryAxis?.axisLabel?.fontSize).toBe(12);
    expect(x2.categoryAxis?.axisLabel?.fontSize).toBe(24);
    expect(x2.valueAxis?.axisLabel?.fontSize).toBe(24);
    expect(x2.legend?.textStyle?.fontSize).toBe(24);
    expect(x2.tooltip?.textStyle?.fontSize).toBe(28);
  });

  it('names a real font family, never a CSS keyword (an invalid canvas font drops every size to 10px)', () => {
    const json = JSON.stringify(echartsThemeObject('dark', 1.75));
    expect(json).not.toMatch(/"fontFamily":"(inherit|initial|unset|revert)"/);
    expect(FONT_FAMILY).toMatch(/sans-serif$/);
  });
});
