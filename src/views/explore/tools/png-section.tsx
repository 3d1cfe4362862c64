// "Unduh PNG: <panel title>" for every chart panel on the page: finds `[data-panel=<id>] .chart`, and has
// src/ui/chart-export.ts draw the chart with the panel's title, subtitle (as-of), source and the export time.
import { useEffect, useState } from 'react';
import { wibStamp } from '../../../data/export/provenance.ts';
import { formatDate, formatTime } from '../../../i18n/format.ts';
import { useLang } from '../../../i18n/use-lang.ts';
import { saveChartPng } from '../../../ui/chart-export.ts';
import { TOKENS } from '../../../ui/theme.ts';
import { useThemeName } from '../../../ui/theme-context.ts';

interface PanelRef {
  id: string;
  title: string;
}

/** The chart panels in the document (sections with `data-panel` that hold a `.chart`), kept up to date. */
export function useChartPanels(): PanelRef[] {
  const [panels, setPanels] = useState<PanelRef[]>([]);
  useEffect(() => {
    const read = () => {
      const found: PanelRef[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('[data-panel]')) {
        const id = el.dataset.panel;
        if (!id || !el.querySelector('.chart') || found.some((p) => p.id === id)) continue;
        found.push({ id, title: el.querySelector('h2')?.textContent?.trim() || id });
      }
      setPanels((prev) =>
        prev.length === found.length && prev.every((p, i) => p.id === found[i]?.id && p.title === found[i]?.title)
          ? prev
          : found,
      );
    };
    read();
    const observer = new MutationObserver(read);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, []);
  return panels;
}

export function PngSection() {
  const { t, lang } = useLang();
  const theme = useThemeName();
  const panels = useChartPanels();
  const [error, setError] = useState<string | null>(null);

  const save = async (p: PanelRef) => {
    setError(null);
    const section = document.querySelector(`[data-panel="${CSS.escape(p.id)}"]`);
    const chart = section?.querySelector('.chart');
    try {
      if (!section || !chart) throw new Error(p.id);
      const now = new Date();
      const tokens = TOKENS[theme];
      const lines = [
        section.querySelector('.panel-subtitle')?.textContent?.trim() ?? '',
        section.querySelector('.panel-source')?.textContent?.trim() ?? '',
        t('explore.tools.png.exportedAt', {
          time: `${formatDate(new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10), lang)} ${formatTime(now, lang)}`,
          build: import.meta.env.VITE_BUILD_ID ?? 'dev',
        }),
      ].filter(Boolean);
      await saveChartPng(
        chart,
        { title: p.title, lines },
        { background: tokens.surface, text: tokens.text, muted: tokens.muted },
        `jdac-${p.id}-${wibStamp(now)}.png`,
      );
    } catch (err) {
      setError(
        t('explore.tools.png.failed', { title: p.title, message: err instanceof Error ? err.message : String(err) }),
      );
    }
  };

  return (
    <section className="tools-block" aria-labelledby="tools-png-title">
      <h3 id="tools-png-title">{t('explore.tools.png.title')}</h3>
      {panels.length === 0 ? (
        <p className="panel-note">{t('explore.tools.png.none')}</p>
      ) : (
        <ul className="tools-png-list">
          {panels.map((p) => (
            <li key={p.id}>
              <button type="button" onClick={() => void save(p)}>
                {t('explore.tools.png.button', { title: p.title })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p className="panel-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
