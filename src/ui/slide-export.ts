// Slide pictures and print sizing for the briefing. ECharts lives in src/ui, so the two things that need a chart
// instance are here: redrawing every chart inside an element at its current size (before printing), and a PNG of
// a slide — its title, narrative, key figures, chart (or table), as-of date and source drawn on one canvas.
import { echarts } from './echarts-setup.ts';
import { cellText, type TableModel } from './table-model.ts';

type Instance = ReturnType<typeof echarts.getInstanceByDom>;

/** The ECharts instances inside `root` (each Chart wrapper's `.chart` box holds one). */
export function chartInstancesIn(root: ParentNode): NonNullable<Instance>[] {
  const out: NonNullable<Instance>[] = [];
  for (const box of root.querySelectorAll<HTMLElement>('.chart')) {
    const host = [box, ...box.querySelectorAll<HTMLElement>('div')].find((el) => echarts.getInstanceByDom(el));
    const instance = host ? echarts.getInstanceByDom(host) : undefined;
    if (instance && !instance.isDisposed()) out.push(instance);
  }
  return out;
}

/**
 * Resizes every chart inside `root` to its box now, without animation, and paints at once (the print snapshot
 * is taken right after `beforeprint`, before the next animation frame).
 */
export function redrawChartsIn(root: ParentNode): number {
  const instances = chartInstancesIn(root);
  for (const instance of instances) {
    instance.resize({ animation: { duration: 0 } });
    instance.getZr().flush();
  }
  return instances.length;
}

export interface SlideColours {
  background: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
}

export interface SlidePicture {
  title: string;
  /** The narrative, one entry per sentence. */
  sentences: readonly string[];
  /** Key figures drawn as a row of boxes (e.g. KPI cards). */
  figures?: readonly { label: string; value: string; note?: string }[];
  /** Element holding the slide's chart (a `.chart` box or an ancestor of one). */
  chart?: HTMLElement | null;
  /** Drawn when there is no chart. */
  table?: TableModel;
  /** "Data per 27 Nov 2026 · versi data …" */
  asOf: string;
  /** "Sumber: …" */
  source: string;
  /** Slide number, e.g. "3 / 18". */
  number?: string;
  colours: SlideColours;
  fontFamily?: string;
  width?: number;
  height?: number;
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('gambar grafik tidak dapat dibaca'));
    img.src = src;
  });
}

/** Word-wraps `text` to `width`; returns the lines. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function clipText(ctx: CanvasRenderingContext2D, text: string, width: number): string {
  if (ctx.measureText(text).width <= width) return text;
  let cut = text;
  while (cut.length > 1 && ctx.measureText(`${cut}…`).width > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** A PNG (data URL) of one slide: title, narrative, figures, chart or table, and a footer with as-of and source. */
export async function slidePng(p: SlidePicture): Promise<string> {
  const W = p.width ?? 1920;
  const H = p.height ?? 1080;
  const font = p.fontFamily ?? 'system-ui, sans-serif';
  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = H;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('kanvas tidak tersedia di peramban ini');
  const c = p.colours;
  const pad = Math.round(W * 0.035);
  ctx.fillStyle = c.background;
  ctx.fillRect(0, 0, W, H);
  ctx.textBaseline = 'top';

  // Title
  let y = pad;
  ctx.fillStyle = c.text;
  ctx.font = `700 ${Math.round(W * 0.027)}px ${font}`;
  for (const line of wrap(ctx, p.title, W - 2 * pad)) {
    ctx.fillText(line, pad, y);
    y += Math.round(W * 0.034);
  }
  y += Math.round(W * 0.006);

  // Narrative
  ctx.font = `400 ${Math.round(W * 0.0155)}px ${font}`;
  const lineH = Math.round(W * 0.021);
  for (const line of wrap(ctx, p.sentences.join(' '), W - 2 * pad)) {
    ctx.fillText(line, pad, y);
    y += lineH;
  }
  y += Math.round(W * 0.01);

  // Footer (drawn first so the body knows where to stop)
  const footH = Math.round(W * 0.03);
  const footY = H - pad - footH;
  ctx.strokeStyle = c.border;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(pad, footY - Math.round(W * 0.006));
  ctx.lineTo(W - pad, footY - Math.round(W * 0.006));
  ctx.stroke();
  ctx.fillStyle = c.muted;
  ctx.font = `400 ${Math.round(W * 0.0115)}px ${font}`;
  ctx.fillText(clipText(ctx, p.asOf, W - 2 * pad - 200), pad, footY);
  ctx.fillText(clipText(ctx, p.source, W - 2 * pad), pad, footY + Math.round(W * 0.0145));
  if (p.number) {
    ctx.textAlign = 'right';
    ctx.fillText(p.number, W - pad, footY);
    ctx.textAlign = 'left';
  }
  const bottom = footY - Math.round(W * 0.015);

  // Key figures
  if (p.figures?.length) {
    const gap = Math.round(W * 0.01);
    const boxW = (W - 2 * pad - gap * (p.figures.length - 1)) / p.figures.length;
    const boxH = Math.round(W * 0.075);
    p.figures.forEach((f, i) => {
      const x = pad + i * (boxW + gap);
      ctx.strokeStyle = c.border;
      ctx.strokeRect(x, y, boxW, boxH);
      ctx.fillStyle = c.muted;
      ctx.font = `600 ${Math.round(W * 0.0105)}px ${font}`;
      ctx.fillText(clipText(ctx, f.label, boxW - 24), x + 12, y + 10);
      ctx.fillStyle = c.text;
      ctx.font = `700 ${Math.round(W * 0.022)}px ${font}`;
      ctx.fillText(clipText(ctx, f.value, boxW - 24), x + 12, y + Math.round(W * 0.02));
      if (f.note) {
        ctx.fillStyle = c.muted;
        ctx.font = `400 ${Math.round(W * 0.0095)}px ${font}`;
        ctx.fillText(clipText(ctx, f.note, boxW - 24), x + 12, y + Math.round(W * 0.05));
      }
    });
    y += boxH + Math.round(W * 0.012);
  }

  // Chart, or else the table
  const instance = p.chart ? (chartInstancesIn(p.chart)[0] ?? null) : null;
  const areaW = W - 2 * pad;
  const areaH = bottom - y;
  if (instance && areaH > 40) {
    // Drawn at the picture's size (not the size on screen, which an open table may have squeezed), then given back
    // to its box.
    instance.resize({ width: areaW, height: areaH, animation: { duration: 0 } });
    let url: string;
    try {
      url = instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: c.background });
    } finally {
      instance.resize({ width: 'auto', height: 'auto', animation: { duration: 0 } });
    }
    const img = await loadImage(url);
    const scale = Math.min(areaW / img.width, areaH / img.height);
    const w = img.width * scale;
    const h = img.height * scale;
    ctx.drawImage(img, pad + (areaW - w) / 2, y, w, h);
  } else if (p.table && areaH > 40) {
    drawTable(ctx, p.table, { x: pad, y, w: areaW, h: areaH, font, colours: c, scale: W / 1920 });
  }
  return canvas.toDataURL('image/png');
}

function drawTable(
  ctx: CanvasRenderingContext2D,
  table: TableModel,
  box: { x: number; y: number; w: number; h: number; font: string; colours: SlideColours; scale: number },
) {
  const { colours: c, scale } = box;
  const rowH = Math.round(34 * scale);
  const colW = box.w / Math.max(1, table.columns.length);
  const maxRows = Math.max(0, Math.floor(box.h / rowH) - 1);
  const shown = table.rows.length > maxRows ? table.rows.slice(0, Math.max(0, maxRows - 1)) : table.rows;
  ctx.font = `600 ${Math.round(18 * scale)}px ${box.font}`;
  ctx.fillStyle = c.muted;
  table.columns.forEach((col, i) => {
    ctx.fillText(clipText(ctx, col.label, colW - 12), box.x + i * colW, box.y);
  });
  ctx.font = `400 ${Math.round(18 * scale)}px ${box.font}`;
  shown.forEach((row, r) => {
    const ry = box.y + (r + 1) * rowH;
    ctx.strokeStyle = c.border;
    ctx.beginPath();
    ctx.moveTo(box.x, ry - 6);
    ctx.lineTo(box.x + box.w, ry - 6);
    ctx.stroke();
    ctx.fillStyle = c.text;
    row.cells.forEach((cell, i) => {
      ctx.fillText(clipText(ctx, cellText(cell), colW - 12), box.x + i * colW, ry);
    });
  });
  if (shown.length < table.rows.length) {
    ctx.fillStyle = c.muted;
    ctx.fillText(`… +${table.rows.length - shown.length}`, box.x, box.y + (shown.length + 1) * rowH);
  }
}
