// PNG of a chart for reports and slides: the chart as ECharts draws it (getDataURL, pixel ratio 2) with its title
// above and the as-of, source and export lines below, so an image carried away from the dashboard still says what
// it shows and where it comes from. Generic: it takes any container that holds a Chart (src/ui/chart.tsx) and the
// text to draw; it reads nothing but the ECharts instance (echarts.getInstanceByDom) and knows no panel.
import { echarts } from './echarts-setup.ts';

export interface ChartImageText {
  title: string;
  /** Lines under the chart: subtitle with the as-of date, source, "made at …". */
  lines: readonly string[];
}

export interface ChartImageColors {
  background: string;
  text: string;
  muted: string;
}

const PIXEL_RATIO = 2;

/** The ECharts instance inside a chart container (the `.chart` box or any ancestor of it), or null. */
export function chartInstance(container: Element) {
  const candidates = [container, ...container.querySelectorAll('[_echarts_instance_]')];
  for (const el of candidates) {
    const inst = echarts.getInstanceByDom(el as HTMLElement);
    if (inst) return inst;
  }
  return null;
}

/** The chart alone as a PNG data URL at pixel ratio 2, on the given background; null without a chart. */
export function chartDataUrl(container: Element, background: string): string | null {
  const inst = chartInstance(container);
  if (!inst) return null;
  return inst.getDataURL({ type: 'png', pixelRatio: PIXEL_RATIO, backgroundColor: background });
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('chart image could not be decoded'));
    img.src = src;
  });
}

/** Greedy word wrap to a pixel width with the context's current font. */
export function wrapText(ctx: Pick<CanvasRenderingContext2D, 'measureText'>, text: string, width: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = w;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Composes title + chart + lines into one PNG (a Blob). Throws when the container holds no ECharts instance.
 * Text is drawn with fillText: data text is never parsed as markup.
 */
export async function composeChartPng(
  container: Element,
  text: ChartImageText,
  colors: ChartImageColors,
  fontFamily = 'system-ui, "Segoe UI", Roboto, sans-serif',
): Promise<Blob> {
  const url = chartDataUrl(container, colors.background);
  if (!url) throw new Error('no chart in this panel');
  const img = await loadImage(url);
  const r = PIXEL_RATIO;
  const pad = 16 * r;
  const width = img.width + 2 * pad;
  const titleFont = `600 ${18 * r}px ${fontFamily}`;
  const lineFont = `${12 * r}px ${fontFamily}`;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2D is not available');
  ctx.font = titleFont;
  const titleLines = wrapText(ctx, text.title, width - 2 * pad);
  ctx.font = lineFont;
  const footLines = text.lines.flatMap((l) => wrapText(ctx, l, width - 2 * pad));
  const titleH = titleLines.length * 24 * r;
  const footH = footLines.length * 17 * r;
  canvas.width = width;
  canvas.height = pad + titleH + 8 * r + img.height + 10 * r + footH + pad;
  ctx.fillStyle = colors.background;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = 'top';
  let y = pad;
  ctx.fillStyle = colors.text;
  ctx.font = titleFont;
  for (const l of titleLines) {
    ctx.fillText(l, pad, y);
    y += 24 * r;
  }
  y += 8 * r;
  ctx.drawImage(img, pad, y);
  y += img.height + 10 * r;
  ctx.fillStyle = colors.muted;
  ctx.font = lineFont;
  for (const l of footLines) {
    ctx.fillText(l, pad, y);
    y += 17 * r;
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** Composes the PNG and saves it under `fileName` (a temporary blob: URL on an <a download>). */
export async function saveChartPng(
  container: Element,
  text: ChartImageText,
  colors: ChartImageColors,
  fileName: string,
): Promise<void> {
  const blob = await composeChartPng(container, text, colors);
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
