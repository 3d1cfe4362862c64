// The figures of a wall page in the DOM, visually hidden: a chart draws its values on a canvas and the wall hides
// the panels' "Lihat tabel", so each page also lists every figure of its panels' default requests (the registry's
// PANELS[id].requests(filters): the same requests, cache entries and figures the panels draw, no query of its own),
// each with its data-* attributes. Screen readers and the consistency test read them; nothing changes on screen.
import { useMemo } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import { useFigures } from '../../coordinator/use-figures.ts';
import type { Filters } from '../../filters/filters.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { INDICATORS } from '../../indicators/catalog.ts';
import { formatWithUnit, periodLabel } from '../../indicators/describe.ts';
import { figureAttrs } from '../../indicators/figure.ts';
import type { PanelId } from '../../panels/define-panel.ts';
import { PANELS } from '../../panels/registry.ts';
import { FigureText } from '../../ui/figure-text.tsx';

export function WallFigures({ panels, filters }: { panels: readonly PanelId[]; filters: Filters }) {
  const { t, lang } = useLang();
  const { manifest } = useData();
  const requests = useMemo(
    () => panels.flatMap((id) => PANELS[id].requests(filters, { manifest })),
    [panels, filters, manifest],
  );
  const { sets } = useFigures(requests);
  // One entry per (indicator, period, scope): two panels asking the same question show the same figure.
  const figures = [
    ...new Map(sets.flatMap((s) => s.figures ?? []).map((f) => [`${f.indicator}|${f.period}|${f.scope}`, f])).values(),
  ];
  return (
    <ul className="wall-figures" aria-label={t('wall.figures')} data-wall-figures={figures.length}>
      {figures.map((f) => (
        <li key={`${f.indicator}|${f.period}|${f.scope}`}>
          <FigureText attrs={figureAttrs(f)}>
            {INDICATORS[f.indicator].short[lang]}, {periodLabel(f.period, lang)}
            {f.scope ? ` (${f.scope})` : ''}: {formatWithUnit(f.indicator, f.value, lang)}
          </FigureText>
        </li>
      ))}
    </ul>
  );
}
