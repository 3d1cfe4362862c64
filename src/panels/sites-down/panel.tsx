// "Titik mati": how many sites are down and which, longest silent first (days silent, regency, programme, village).
// Read from five metres on the wall: the count is a key-figure size, each site one line. On a screen that cannot
// scroll (the wall's fit layout) the list shows the lines that fit and says how many more there are.
import { useContext, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import { useFigures } from '../../coordinator/use-figures.ts';
import { useListing } from '../../coordinator/use-listing.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { definitionText } from '../../indicators/describe.ts';
import { SITES_DOWN_LISTING } from '../../indicators/listings/sites-down.ts';
import { FitLayoutContext } from '../../ui/chart-layout.ts';
import { Definition } from '../../ui/definition.tsx';
import { FigureText } from '../../ui/figure-text.tsx';
import { PanelFrame } from '../../ui/panel-frame.tsx';
import type { PanelProps } from '../define-panel.ts';
import { ignoredNotes } from '../ignored-notes.ts';
import { datasetAsOf, datasetSource, panelLabels } from '../panel-text.ts';
import { countCell, silentText, toModel, toTable } from './model.ts';
import { useSilentDays } from './options.ts';
import { buildSitesDown, PANEL_ID, sitesDownArgs, sitesDownRequests } from './requests.ts';

export function SitesDownPanel({ filters }: PanelProps) {
  const { t, lang } = useLang();
  const { manifest } = useData();
  const silentDays = useSilentDays();
  const fit = useContext(FitLayoutContext);
  const figures = useFigures(sitesDownRequests(filters));
  const list = useListing(SITES_DOWN_LISTING, sitesDownArgs(filters, silentDays), buildSitesDown);
  const [count] = figures.sets;

  const view = useMemo(() => {
    if (!list.rows) return null;
    const model = toModel(count?.figures, list.rows, silentDays);
    return { model, table: toTable(model, { t, lang }) };
  }, [count, list.rows, silentDays, t, lang]);

  const shown = useFitCount(view?.model.sites.length ?? 0, fit);
  const state = list.state === 'error' && !view ? 'error' : !view ? 'loading' : 'ready';
  const m = view?.model;
  const c = m ? countCell(m, lang) : null;
  const asOf = m?.asOf ?? datasetAsOf(manifest, 'site_daily');
  return (
    <PanelFrame
      panelId={PANEL_ID}
      title={t('sitesDown.title')}
      titleAside={<Definition text={definitionText('sites_down', lang, filters)} />}
      notes={ignoredNotes(['sites_down'], filters, lang)}
      subtitle={t('sitesDown.subtitle', { days: silentDays, date: formatDate(asOf, lang) })}
      source={t('panel.source', { source: datasetSource(manifest, ['sites', 'site_daily']) })}
      labels={panelLabels(t)}
      state={state}
      error={list.error?.message}
      onRetry={() => {
        figures.retry();
        list.retry();
      }}
      table={view?.table}
    >
      {m && c && (
        <div
          className="sites-down"
          data-sites-down={m.sites.length}
          data-silent-days={silentDays}
          data-site-ids={m.sites.map((s) => s.siteId).join(' ')}
        >
          <p className="sites-down-count">
            <strong className={m.sites.length > 0 ? 'sites-down-value is-down' : 'sites-down-value'}>
              {c.attrs ? (
                <FigureText attrs={c.attrs}>{c.text}</FigureText>
              ) : (
                <span data-value={m.sites.length}>{c.text}</span>
              )}
            </strong>{' '}
            <span className="sites-down-unit">
              {m.sites.length > 0 ? t('sitesDown.countUnit') : t('sitesDown.none')}
            </span>
          </p>
          {m.sites.length > 0 && (
            <ol className="sites-down-list" ref={shown.ref} aria-label={t('sitesDown.listLabel')}>
              {m.sites.slice(0, shown.count).map((s) => (
                <li
                  key={s.siteId}
                  className="sites-down-row"
                  data-site={s.siteId}
                  data-days-silent={s.daysSilent ?? ''}
                >
                  <span className="sd-days">{silentText(s, t, lang)}</span>
                  <span className="sd-regency">{s.regencyName}</span>
                  <span className="sd-programme">{s.programme}</span>
                  <span className="sd-village">
                    {s.villageName} · {s.siteId}
                  </span>
                  <span className="sd-last">{s.lastDate ? formatDate(s.lastDate, lang) : '–'}</span>
                </li>
              ))}
            </ol>
          )}
          {shown.count < m.sites.length && (
            <p className="sites-down-more">{t('sitesDown.more', { n: m.sites.length - shown.count })}</p>
          )}
        </div>
      )}
    </PanelFrame>
  );
}

/**
 * How many lines of the list fit without scrolling: all of them on a desk; on a fit layout (the wall) the lines
 * whose bottom is inside the list's box, measured after layout and again whenever the box changes size.
 */
function useFitCount(total: number, fit: boolean) {
  const ref = useRef<HTMLOListElement>(null);
  const [count, setCount] = useState(total);
  const [size, setSize] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new total or box size starts the measure again
  useLayoutEffect(() => setCount(total), [total, size]);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!fit || !el) return;
    const limit = el.getBoundingClientRect().bottom;
    const items = [...el.children] as HTMLElement[];
    const inside = items.filter((li) => li.getBoundingClientRect().bottom <= limit + 0.5).length;
    if (inside < items.length) setCount(Math.max(1, inside));
  });
  useLayoutEffect(() => {
    const el = ref.current?.parentElement;
    if (!fit || !el || typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(() => setSize((n) => n + 1));
    ro.observe(el);
    return () => ro.disconnect();
  }, [fit]);
  return { ref, count: fit ? Math.min(count, total) : total };
}
