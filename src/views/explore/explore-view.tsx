// #/explore: the analyst workspace. Filter bar and chips on top, then every panel (each gets the filters and
// selects a value on a click: cross-filter), the villages and sites tables, the drill-down and the tools. The
// state lives in the URL (use-explore-state.ts), so a link reproduces the view; "Salin tautan" copies it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import { formatDate } from '../../i18n/format.ts';
import { registerMessages } from '../../i18n/i18n.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { explore } from '../../i18n/views/explore.ts';
import { isTrendMeasure } from '../../panels/connectivity-trends/requests.ts';
import type { PanelId } from '../../panels/define-panel.ts';
import { PanelHost } from '../../panels/panel-host.tsx';
import { isMapMeasure } from '../../panels/regency-map/requests.ts';
import { DrillDown } from './drill-down.tsx';
import { effectiveDrill } from './explore-state.ts';
import { SitesTable, VillagesTable } from './explore-tables.tsx';
import { FilterBar, FilterChips } from './filter-bar.tsx';
import { ExploreTools } from './tools/explore-tools.tsx';
import { useExploreState } from './use-explore-state.ts';
import './explore.css';

registerMessages('explore', explore);

const LAYOUT: { id: PanelId; wide?: boolean }[] = [
  { id: 'kpis', wide: true },
  { id: 'installations-by-regency' },
  { id: 'regency-map' },
  { id: 'blankspot-reduction' },
  { id: 'connectivity-trends' },
  { id: 'repeater-plan', wide: true },
];

export function ExploreView({ params }: { params: URLSearchParams }) {
  const { t, lang } = useLang();
  const { manifest } = useData();
  const root = useRef<HTMLDivElement>(null);
  const { state, known, knownError, retryKnown, setFilters, select, setDrill, setMeasure, dismissNotes } =
    useExploreState(params, root);
  const drillTo = useCallback((code: string | null) => setDrill(code), [setDrill]);
  const onMapMeasure = useCallback((m: string) => isMapMeasure(m) && setMeasure('map', m), [setMeasure]);
  const onTrendMeasure = useCallback((m: string) => isTrendMeasure(m) && setMeasure('trend', m), [setMeasure]);

  if (!state || !known) {
    return (
      <div className="view view-explore" ref={root}>
        <h1>{t('explore.core.title')}</h1>
        {knownError ? (
          <div className="panel-error" role="alert">
            <p>
              {t('explore.core.valuesFailed')} {knownError.message}
            </p>
            <button type="button" onClick={() => void retryKnown()}>
              {t('errors.retry')}
            </button>
          </div>
        ) : (
          <p className="panel-note" role="status">
            {t('explore.core.loading')}
          </p>
        )}
      </div>
    );
  }

  const { filters } = state;
  const drill = effectiveDrill(state.drill, filters);
  const reason = (r: 'unknown' | 'malformed') => t(`explore.core.notes.${r}`);
  const hasNotes = state.dropped.length > 0 || state.staleVersion !== null;

  return (
    <div className="view view-explore" ref={root}>
      <div className="explore-head">
        <h1>{t('explore.core.title')}</h1>
        <p className="panel-subtitle">
          {t('explore.core.intro')} {t('explore.core.selectHint')}
        </p>
        <CopyLink />
      </div>
      {hasNotes && (
        <div className="explore-notes" role="status">
          {state.dropped.length > 0 && (
            <p className="note-dropped">
              {t('explore.core.notes.dropped', {
                list: state.dropped.map((d) => `${d.param}=${d.value} (${reason(d.reason)})`).join(', '),
              })}
            </p>
          )}
          {state.staleVersion !== null && (
            <p className="note-version">
              {t('explore.core.notes.staleVersion', {
                link: state.staleVersion,
                current: manifest.version,
                date: formatDate(manifest.as_of, lang),
              })}
            </p>
          )}
          <button type="button" onClick={dismissNotes}>
            {t('explore.core.notes.dismiss')}
          </button>
        </div>
      )}
      <div className="explore-filters">
        <FilterBar known={known} filters={filters} onChange={setFilters} />
        <FilterChips known={known} filters={filters} onChange={setFilters} />
      </div>
      <div className="panel-grid explore-panels">
        {LAYOUT.map(({ id, wide }) => (
          <div key={id} className={wide ? 'grid-wide' : undefined}>
            <PanelHost
              id={id}
              filters={filters}
              onSelect={select}
              {...(id === 'regency-map' ? { measure: state.measures.map, onMeasure: onMapMeasure } : {})}
              {...(id === 'connectivity-trends' ? { measure: state.measures.trend, onMeasure: onTrendMeasure } : {})}
            />
          </div>
        ))}
      </div>
      <div className="explore-tables">
        <VillagesTable filters={filters} onDrill={drillTo} />
        <SitesTable filters={filters} onDrill={drillTo} />
      </div>
      <DrillDown filters={filters} drill={drill} known={known} onDrill={setDrill} />
      <div className="explore-tools" data-xf-ignore="">
        <ExploreTools filters={filters} />
      </div>
    </div>
  );
}

/** Copies the page's address with the clipboard API, else with a hidden text field, else shows it to copy by hand. */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the text field
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

function CopyLink() {
  const { t } = useLang();
  const [outcome, setOutcome] = useState<{ ok: boolean; url: string } | null>(null);
  useEffect(() => {
    if (!outcome?.ok) return;
    const timer = window.setTimeout(() => setOutcome(null), 4000);
    return () => window.clearTimeout(timer);
  }, [outcome]);
  const copy = async () => {
    const url = window.location.href;
    setOutcome({ ok: await copyText(url), url });
  };
  return (
    <div className="explore-copy-link">
      <button type="button" onClick={() => void copy()}>
        {t('explore.core.copyLink')}
      </button>
      <span role="status" className="copy-link-status">
        {outcome?.ok && t('explore.core.linkCopied')}
        {outcome && !outcome.ok && (
          <label>
            {t('explore.core.copyFailed')}{' '}
            <input type="text" readOnly value={outcome.url} onFocus={(e) => e.currentTarget.select()} />
          </label>
        )}
      </span>
    </div>
  );
}
