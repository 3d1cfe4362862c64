// #/briefing: the leadership deck. One slide at a time in a 16:9 frame that fills the viewport, big type, presenter
// keys (→ ← PageDown PageUp Home End, F for full screen), the slide number and the slide in the URL
// (#/briefing?slide=3&v=<data version>), a PNG per slide, and the whole deck as PDF through the browser's print.
// Slides present (src/ui/presentation.ts): their panels carry no controls. Every slide is also kept drawn, at the
// printed page's size, in a print stack outside the app (hidden on screen), so that the browser's own print (Ctrl+P)
// finds every chart already drawn — there is no time to draw one once printing has started.

import { useQueryClient } from '@tanstack/react-query';
import { type CSSProperties, memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useData } from '../../coordinator/data-context.tsx';
import { prefetchFigures } from '../../coordinator/use-figures.ts';
import { prefetchHistory } from '../../coordinator/use-history.ts';
import { listingQueryOptions } from '../../coordinator/use-listing.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import { formatDate } from '../../i18n/format.ts';
import { registerMessages } from '../../i18n/i18n.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { briefing } from '../../i18n/views/briefing.ts';
import { ISOLATED_VILLAGES, isolatedVillagesQuery } from '../../indicators/listings/isolated-villages.ts';
import {
  comparisonRequests,
  PUBLISHED_FIGURES,
  publishedFiguresQuery,
  toPublishedFigures,
} from '../../indicators/listings/published-figures.ts';
import type { IndicatorRequest } from '../../indicators/types.ts';
import type { PanelId } from '../../panels/define-panel.ts';
import { PANELS } from '../../panels/registry.ts';
import { PresentationContext } from '../../ui/presentation.ts';
import { TOKENS } from '../../ui/theme.ts';
import { ChartScaleContext, ThemeContext, useThemeName } from '../../ui/theme-context.ts';
import { useKnownValues } from '../use-known-values.ts';
import { type BriefingData, BriefingDataContext, briefingData } from './briefing-data.ts';
import {
  appendixStart,
  applyMove,
  briefingHash,
  buildDeck,
  type Move,
  moveForKey,
  parseSlide,
  type SlideSpec,
} from './deck.ts';
import { deckRequests } from './deck-requests.ts';
import { download, slidePictureUrl } from './export-png.ts';
import { SlideContext, type SlideContextValue } from './slide-shell.tsx';
import { SlideView } from './slide-view.tsx';
import { usePrint } from './use-print.ts';
import './briefing.css';

registerMessages('briefing', briefing);

export function BriefingView({ params }: { params: URLSearchParams }) {
  const { t } = useLang();
  const { manifest } = useData();
  const known = useKnownValues();
  const regencies = useMemo(
    () => known?.regencies.map((code) => ({ code, name: known.labels[`regency:${code}`] ?? code })) ?? null,
    [known],
  );
  const deck = useMemo(() => (regencies ? buildDeck(regencies) : null), [regencies]);
  // The link's data version as opened (the deck then rewrites `v` to the data shown).
  const [linkedVersion] = useState(() => params.get('v'));
  const data = useMemo(
    () => (regencies ? briefingData(manifest, regencies, linkedVersion) : null),
    [manifest, regencies, linkedVersion],
  );
  if (!deck || !data) {
    return (
      <p className="panel-note" role="status">
        {t('briefing.loading')}
      </p>
    );
  }
  return (
    <BriefingDataContext value={data}>
      <Deck deck={deck} params={params} data={data} />
    </BriefingDataContext>
  );
}

/** The panels a slide draws, with their filters (their default-view requests come from the registry). */
function slidePanels(spec: SlideSpec): [PanelId, Filters][] {
  switch (spec.kind) {
    case 'blankspot':
      return [['blankspot-reduction', NO_FILTERS]];
    case 'map':
      return [['regency-map', NO_FILTERS]];
    case 'regencies':
      return [['regency-spotlight', NO_FILTERS]];
    case 'repeaters':
      return [['repeater-plan', NO_FILTERS]];
    case 'trends':
      return [['connectivity-trends', NO_FILTERS]];
    case 'regency':
      return [['blankspot-reduction', { ...NO_FILTERS, regencies: [spec.code] }]];
    default:
      return [];
  }
}

/**
 * Loads every slide's figures in the background once the deck is open — the narratives' requests, the panels'
 * default-view requests from the registry, the listings and the published figures' comparisons — so that printing
 * from the browser's menu (Ctrl+P: no time to wait) finds them ready. One slide at a time, always the nearest slide
 * not loaded yet from the one the presenter is on, so the slide on screen (and the next) never waits behind the
 * whole deck in the engine's queue. Returns the slides whose figures are loaded (the print stack draws those).
 */
function usePrefetchDeck(deck: readonly SlideSpec[], data: BriefingData, index: number): ReadonlySet<number> {
  const client = useQueryClient();
  const [loaded, setLoaded] = useState<ReadonlySet<number>>(() => new Set());
  const { engine, manifest } = useData();
  const at = useRef(index);
  at.current = index;
  useEffect(() => {
    const v = manifest.version;
    let stopped = false;
    const figures = (reqs: IndicatorRequest[]) => prefetchFigures(client, reqs, engine, v);
    const slide = async (spec: SlideSpec) => {
      const panels = slidePanels(spec).flatMap(([id, filters]) => PANELS[id].requests(filters, { manifest }));
      const jobs: Promise<unknown>[] = [figures([...deckRequests([spec], data.ctx), ...panels])];
      if (spec.kind === 'isolated')
        jobs.push(
          client.prefetchQuery(listingQueryOptions(ISOLATED_VILLAGES, NO_FILTERS, isolatedVillagesQuery, engine, v)),
        );
      if (spec.kind === 'summary') jobs.push(prefetchHistory(client, v));
      if (spec.kind === 'status')
        jobs.push(
          client
            .fetchQuery(listingQueryOptions(PUBLISHED_FIGURES, NO_FILTERS, publishedFiguresQuery, engine, v))
            .then((rows) => figures(comparisonRequests(toPublishedFigures(rows)))),
        );
      await Promise.all(jobs);
    };
    const done = new Set<number>();
    void (async () => {
      while (!stopped && done.size < deck.length) {
        let k = at.current;
        while (done.has(k % deck.length)) k += 1;
        const i = k % deck.length;
        done.add(i);
        const spec = deck[i];
        if (spec) await slide(spec).catch(() => undefined);
        // A slide whose figures failed is drawn too (it prints its error rather than nothing).
        if (!stopped) setLoaded((s) => new Set(s).add(i));
      }
    })();
    return () => {
      stopped = true;
    };
  }, [client, engine, manifest, deck, data]);
  return loaded;
}

/** The print stack is light whatever the screen's theme: the light palette as CSS variables. */
const PRINT_VARS = Object.fromEntries(
  Object.entries(TOKENS.light)
    .filter(([, v]) => typeof v === 'string')
    .map(([k, v]) => [`--${k}`, v]),
) as CSSProperties;

/**
 * One page of the print stack: empty until the slide is drawn, then drawn once and left alone (memoised, its context
 * value stable), so that the deck's own re-renders never redraw a chart the print needs finished.
 */
const PrintSlide = memo(function PrintSlide(props: { spec: SlideSpec; index: number; total: number; drawn: boolean }) {
  const { spec, index, total, drawn } = props;
  const slide = useMemo<SlideContextValue>(() => ({ index, total, mode: 'print', factsHost: null }), [index, total]);
  return (
    <div className="print-slide" data-print-slide={spec.id}>
      {drawn && (
        <SlideContext value={slide}>
          <SlideView spec={spec} />
        </SlideContext>
      )}
    </div>
  );
});

/** Keys typed into a form control are the control's, not the presenter's. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement
  );
}

/** The largest 16:9 box inside the stage. */
function useFrameSize(stage: React.RefObject<HTMLElement | null>) {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = stage.current;
    if (!el) return;
    const measure = () => {
      const w = el.clientWidth;
      const h = el.clientHeight;
      const width = Math.floor(Math.min(w, (h * 16) / 9));
      setSize({ width, height: Math.floor((width * 9) / 16) });
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [stage]);
  return size;
}

/** The deck fills the viewport below the app's header. */
function useViewportHeight(root: React.RefObject<HTMLElement | null>, fullscreen: boolean) {
  const [height, setHeight] = useState<number | undefined>(undefined);
  useLayoutEffect(() => {
    const measure = () => {
      const el = root.current;
      if (!el || fullscreen) return setHeight(undefined);
      const top = el.getBoundingClientRect().top + window.scrollY;
      const parent = el.parentElement ? getComputedStyle(el.parentElement) : null;
      const below = parent ? Number.parseFloat(parent.paddingBottom) || 0 : 0;
      setHeight(Math.max(320, window.innerHeight - top - below));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [root, fullscreen]);
  return height;
}

function Deck({ deck, params, data }: { deck: SlideSpec[]; params: URLSearchParams; data: BriefingData }) {
  const { t, lang } = useLang();
  const theme = useThemeName();
  const { manifest } = useData();
  const total = deck.length;
  const { index } = parseSlide(params.get('slide'), total);
  const prefetched = usePrefetchDeck(deck, data, index);
  const spec = deck[index] ?? deck[0];

  // Notes from the link as opened: a slide that does not exist, a data version that changed since.
  const [slideNote, setSlideNote] = useState(() => parseSlide(params.get('slide'), total).note);
  const [linkedVersion] = useState(() => params.get('v'));
  const [versionNoteOpen, setVersionNoteOpen] = useState(true);
  const versionChanged = linkedVersion !== null && linkedVersion !== manifest.version;

  // The URL always names the slide shown and the data version it shows.
  const query = params.toString();
  useEffect(() => {
    const want = briefingHash(new URLSearchParams(query), index, manifest.version);
    if (window.location.hash !== want) window.location.replace(want);
  }, [query, index, manifest.version]);

  // Key presses faster than a render (a clicker held down) move on from the slide last asked for.
  const target = useRef(index);
  useEffect(() => {
    target.current = index;
  }, [index]);
  const jump = useCallback(
    (next: number) => {
      setSlideNote(null);
      if (next === target.current) return;
      target.current = next;
      window.location.replace(briefingHash(new URLSearchParams(query), next, manifest.version));
    },
    [query, manifest.version],
  );
  const appendix = appendixStart(deck);
  const go = useCallback(
    (move: Move) => {
      const next = applyMove(target.current, move, total);
      setSlideNote(null);
      if (next === target.current) return;
      target.current = next;
      window.location.replace(briefingHash(new URLSearchParams(query), next, manifest.version));
    },
    [total, query, manifest.version],
  );

  const root = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const stack = useRef<HTMLDivElement>(null);
  const [fullscreen, setFullscreen] = useState(false);
  const height = useViewportHeight(root, fullscreen);
  const size = useFrameSize(stage);
  const scale = Math.min(2.6, Math.max(1, size.width / 950));
  const printing = usePrint(stack, total);
  // A slide enters the print stack once its figures are loaded (or when printing starts) and stays there: taking it
  // down would only dispose charts that a later print needs drawn.
  const inStack = useRef(new Set<number>());
  for (let i = 0; i < total; i++) if (printing.active || prefetched.has(i)) inStack.current.add(i);
  const [factsHost, setFactsHost] = useState<HTMLDivElement | null>(null);
  const [showFacts, setShowFacts] = useState(false);
  const [pngError, setPngError] = useState<string | null>(null);
  const factsTarget = showFacts ? factsHost : null;
  const screenSlide = useMemo<SlideContextValue>(
    () => ({ index, total, mode: 'screen', factsHost: factsTarget }),
    [index, total, factsTarget],
  );

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else void root.current?.requestFullscreen().catch(() => undefined);
  }, []);

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement === root.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      if (e.key === 'f' || e.key === 'F') {
        e.preventDefault();
        toggleFullscreen();
        return;
      }
      const move = moveForKey(e.key);
      if (!move) return;
      e.preventDefault();
      go(move);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, toggleFullscreen]);

  const exportPng = async () => {
    const slide = frame.current?.querySelector<HTMLElement>('.slide');
    if (!slide || !spec) return;
    try {
      setPngError(null);
      const url = await slidePictureUrl(slide, theme);
      download(url, `briefing-${String(index + 1).padStart(2, '0')}-${spec.id}.png`);
    } catch (e) {
      setPngError(t('briefing.notes.pngFailed', { message: e instanceof Error ? e.message : String(e) }));
    }
  };

  useEffect(() => {
    if (showFacts) factsHost?.scrollIntoView({ block: 'nearest' });
  }, [showFacts, factsHost]);

  if (!spec) return null;
  return (
    <>
      <div
        ref={root}
        className={`briefing${fullscreen ? ' is-fullscreen' : ''}`}
        style={height === undefined ? undefined : ({ '--briefing-height': `${height}px` } as CSSProperties)}
        data-printing={printing.state}
      >
        <h1 className="visually-hidden">{t('briefing.title')}</h1>
        <div className="briefing-notes">
          {slideNote && (
            <p className="briefing-note" role="status" data-note="slide">
              {t(slideNote.kind === 'invalid' ? 'briefing.notes.slideInvalid' : 'briefing.notes.slideOutOfRange', {
                requested: slideNote.requested.slice(0, 20),
                total: slideNote.total,
              })}
            </p>
          )}
          {versionChanged && versionNoteOpen && (
            <p className="briefing-note" role="status" data-note="version">
              {t('briefing.notes.versionChanged', {
                linked: (linkedVersion ?? '').slice(0, 40),
                current: manifest.version,
                date: formatDate(manifest.as_of, lang),
              })}{' '}
              <button type="button" onClick={() => setVersionNoteOpen(false)}>
                {t('briefing.notes.dismiss')}
              </button>
            </p>
          )}
          {pngError && (
            <p className="briefing-note" role="alert">
              {pngError}
            </p>
          )}
          {printing.state === 'preparing' && (
            <p className="briefing-note" role="status" data-note="print">
              {t('briefing.notes.preparing', { done: printing.ready, total })}
            </p>
          )}
        </div>
        <div className="briefing-stage" ref={stage}>
          <div
            className="slide-frame"
            ref={frame}
            style={
              {
                width: size.width,
                height: size.height,
                '--slide-zoom': Math.max(0.8, size.width / 1500),
              } as CSSProperties
            }
          >
            {size.width > 0 && (
              <ChartScaleContext value={scale}>
                <PresentationContext value={true}>
                  <SlideContext value={screenSlide}>
                    <SlideView key={spec.id} spec={spec} />
                  </SlideContext>
                </PresentationContext>
              </ChartScaleContext>
            )}
          </div>
        </div>
        <nav className="briefing-controls" aria-label={t('briefing.controls.label')}>
          <button type="button" onClick={() => go('first')} disabled={index === 0} title={t('briefing.controls.first')}>
            ⇤ {t('briefing.controls.firstShort')}
          </button>
          <button type="button" onClick={() => go('prev')} disabled={index === 0}>
            ← {t('briefing.controls.prev')}
          </button>
          <output className="slide-counter" aria-live="polite" data-slide-number={index + 1}>
            {t('briefing.counter', { n: index + 1, total })}
          </output>
          <button type="button" onClick={() => go('next')} disabled={index === total - 1}>
            {t('briefing.controls.next')} →
          </button>
          <button
            type="button"
            onClick={() => go('last')}
            disabled={index === total - 1}
            title={t('briefing.controls.last')}
          >
            {t('briefing.controls.lastShort')} ⇥
          </button>
          {appendix < total && (
            <button
              type="button"
              onClick={() => jump(index < appendix ? appendix : appendix - 1)}
              title={t(index < appendix ? 'briefing.controls.appendixTitle' : 'briefing.controls.mainTitle')}
              data-control="appendix"
            >
              {index < appendix
                ? t('briefing.controls.appendix', { n: total - appendix })
                : t('briefing.controls.main')}
            </button>
          )}
          <span className="briefing-spacer" />
          <button type="button" aria-pressed={showFacts} onClick={() => setShowFacts((s) => !s)}>
            {showFacts ? t('briefing.controls.hideTable') : t('briefing.controls.showTable')}
          </button>
          <button type="button" onClick={() => void exportPng()}>
            {t('briefing.controls.png')}
          </button>
          <button type="button" onClick={printing.print} disabled={printing.active}>
            {t('briefing.controls.pdf')}
          </button>
          <button type="button" onClick={toggleFullscreen} aria-pressed={fullscreen}>
            {fullscreen ? t('briefing.controls.exitFullscreen') : t('briefing.controls.fullscreen')}
          </button>
          <span className="briefing-keys">{t('briefing.controls.keys')}</span>
        </nav>
        {/* The print stack: every slide at the printed page's size, drawn once its figures are loaded (all at once
            while "Unduh PDF" prepares or the browser prints), hidden on screen; the only thing printed. */}
        {createPortal(
          <div className="briefing-print" ref={stack} aria-hidden="true" inert style={PRINT_VARS}>
            <ThemeContext value="light">
              <ChartScaleContext value={1}>
                <PresentationContext value={true}>
                  {deck.map((s, i) => (
                    <PrintSlide key={s.id} spec={s} index={i} total={total} drawn={inStack.current.has(i)} />
                  ))}
                </PresentationContext>
              </ChartScaleContext>
            </ThemeContext>
          </div>,
          document.body,
        )}
      </div>
      <div ref={setFactsHost} className="briefing-facts" hidden={!showFacts} />
    </>
  );
}
