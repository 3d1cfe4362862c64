// "Unduh PNG": the slide on screen as a picture with its title, narrative, key figures, chart (or table), as-of
// date and source, read from the rendered slide so the picture says exactly what the slide says.

import { slidePng } from '../../ui/slide-export.ts';
import type { TableModel } from '../../ui/table-model.ts';
import { type ThemeName, TOKENS } from '../../ui/theme.ts';

const text = (root: ParentNode, selector: string) => root.querySelector(selector)?.textContent?.trim() ?? '';

function tableFromDom(table: HTMLTableElement | null): TableModel | undefined {
  if (!table) return undefined;
  const columns = [...table.querySelectorAll('thead th')].map((th, i) => ({
    key: String(i),
    label: th.textContent?.trim() ?? '',
  }));
  const rows = [...table.querySelectorAll('tbody tr')].map((tr, i) => ({
    key: String(i),
    cells: [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? ''),
  }));
  return { columns, rows };
}

/** The PNG data URL of a rendered `.slide` element. */
export function slidePictureUrl(slide: HTMLElement, theme: ThemeName): Promise<string> {
  const tokens = TOKENS[theme];
  const body = slide.querySelector<HTMLElement>('.slide-body');
  const hasChart = body?.querySelector('.chart') !== null && body !== null;
  return slidePng({
    title: text(slide, '.slide-headline'),
    sentences: [...slide.querySelectorAll('.slide-narrative .sentence')].map((s) => s.textContent?.trim() ?? ''),
    figures: [...slide.querySelectorAll('.kpi-card')].map((card) => ({
      label: text(card, '.kpi-label'),
      value: text(card, '.kpi-value'),
      note: [text(card, '.kpi-context'), text(card, '.kpi-change')].filter(Boolean).join(' · '),
    })),
    chart: hasChart ? body : null,
    table: hasChart ? undefined : tableFromDom(body?.querySelector('table') ?? null),
    asOf: text(slide, '.slide-asof'),
    source: text(slide, '.slide-source'),
    number: text(slide, '.slide-number'),
    colours: {
      background: tokens.surface,
      text: tokens.text,
      muted: tokens.muted,
      border: tokens.border,
      accent: tokens.accent,
    },
    fontFamily: getComputedStyle(slide).fontFamily,
  });
}

export function download(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
}
