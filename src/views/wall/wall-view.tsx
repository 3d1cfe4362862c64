// #/wall: an unattended, self-healing display. A playlist of pages from public/data/wall.json (URL overrides),
// a WIB clock, "Data per <as-of of the data>", an honest stale badge, kiosk behaviour, memory kept flat by
// unmounting (disposing) every chart when its page changes.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import { dataUrl } from '../../data/data-url.ts';
import { engineStatus } from '../../data/duckdb-browser.ts';
import type { DatasetFailure } from '../../data/engine-types.ts';
import { loadedParts, type Manifest } from '../../data/manifest.ts';
import { NO_FILTERS } from '../../filters/filters.ts';
import { formatDate, formatTime } from '../../i18n/format.ts';
import { setLang } from '../../i18n/i18n.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { PanelHost } from '../../panels/panel-host.tsx';
import { SilentDaysContext } from '../../panels/sites-down/options.ts';
import { installDebugHooks } from '../../platform/debug-hooks.ts';
import { applyNewBuildIfReady, checkForNewBuild, keepOffline } from '../../platform/service-worker.ts';
import { FitLayoutContext } from '../../ui/chart-layout.ts';
import { PresentationContext } from '../../ui/presentation.ts';
import { ChartScaleContext, useThemeOverride } from '../../ui/theme-context.ts';
import { manifestQueryOptions } from '../manifest-query.ts';
import { isFetchStale, overdueDatasets, todayWib } from './freshness.ts';
import { HistoryStrip } from './history-strip.tsx';
import {
  datasetAges,
  FailedFileBadges,
  lastGoodPanels,
  overduePanels,
  StatusStrip,
  useTileMarks,
} from './status-strip.tsx';
import { useSitesDownWatch } from './use-alerts.ts';
import { burnInShift, useHiddenCursor, useNow, useViewportScale, useWakeLock } from './use-kiosk.ts';
import { nextShowable, usePrefetchPages } from './use-prefetch.ts';
import { parseWallFile, resolveWallConfig, type WallConfig, WallConfigError, type WallPage } from './wall-config.ts';
import { WallFigures } from './wall-figures.tsx';
import './wall.css';

async function fetchWallFile() {
  const res = await fetch(dataUrl('wall.json'), { cache: 'no-cache' });
  if (!res.ok) throw new Error(`wall.json tidak dapat diambil: HTTP ${res.status}`);
  let json: unknown;
  try {
    json = await res.json();
  } catch (e) {
    throw new WallConfigError([`wall.json bukan JSON yang valid: ${e instanceof Error ? e.message : String(e)}`]);
  }
  return parseWallFile(json);
}

export function WallView({ params }: { params: URLSearchParams }) {
  const { t } = useLang();
  // Read again with every poll of the manifest: an edited playlist is picked up without a reload. A broken edit keeps
  // the last good playlist running and says what is wrong; an unreachable file is retried.
  const file = useQuery({
    queryKey: ['wall-config'],
    queryFn: fetchWallFile,
    staleTime: 0,
    refetchInterval: (q) => (q.state.data?.poll_seconds ?? 300) * 1000,
    refetchIntervalInBackground: true,
    retry: (count, error) => !(error instanceof WallConfigError) && count < 2,
  });
  const queryClient = useQueryClient();
  useEffect(() => installDebugHooks({ queryCount: () => queryClient.getQueryCache().getAll().length }), [queryClient]);
  const query = params.toString();
  const config = useMemo(
    () => (file.data ? resolveWallConfig(file.data, new URLSearchParams(query)) : null),
    [file.data, query],
  );

  if (file.isError && !file.data) {
    const problems = file.error instanceof WallConfigError ? file.error.problems : [file.error.message];
    return (
      <div className="wall wall-message" role="alert">
        <p>{t('wall.configError')}</p>
        <ul>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </div>
    );
  }
  if (!config) {
    return (
      <div className="wall wall-message" role="status">
        {t('wall.loadingConfig')}
      </div>
    );
  }
  const fileProblems = file.error instanceof WallConfigError ? file.error.problems : [];
  return <Wall config={config} langFromUrl={params.has('lang')} fileProblems={fileProblems} />;
}

/** One page of the playlist as shown: each page is one step, so the page counter counts what is on screen. */
interface Step {
  page: WallPage;
  pageIndex: number;
}

/** The data files a wall needs offline: the manifest, the playlist and every dataset at its current version. */
function offlineUrls(manifest: Manifest): string[] {
  return [
    dataUrl('manifest.json'),
    dataUrl('wall.json'),
    ...manifest.datasets.flatMap((d) => loadedParts(d).map((f) => `${dataUrl(f.path)}?v=${f.sha256.slice(0, 16)}`)),
  ];
}

function Wall({
  config,
  langFromUrl,
  fileProblems,
}: {
  config: WallConfig;
  langFromUrl: boolean;
  /** Problems of a newer wall.json that failed validation (the last good one keeps running). */
  fileProblems: string[];
}) {
  const { t, lang } = useLang();
  const setThemeOverride = useThemeOverride();
  // The clock and the staleness check tick at least twice per polling interval (every 10 s at most).
  const now = useNow(Math.max(250, Math.min(10_000, config.pollSeconds * 500)));
  const scale = useViewportScale();
  const cursorHidden = useHiddenCursor();
  useWakeLock();

  useEffect(() => {
    setThemeOverride(config.theme);
    return () => setThemeOverride(null);
  }, [config.theme, setThemeOverride]);
  useEffect(() => {
    if (!langFromUrl) setLang(config.lang);
  }, [config.lang, langFromUrl]);
  useEffect(() => {
    document.documentElement.classList.add('kiosk');
    return () => document.documentElement.classList.remove('kiosk');
  }, []);

  // Poll the manifest at the wall's interval. react-query keeps the last good manifest when a poll fails and retries
  // with a capped backoff; a new version reloads only the datasets whose hash changed (src/data/duckdb-browser.ts)
  // and the panels keep their figures until the new ones are there (src/panels/use-panel-query.ts).
  const manifestQuery = useQuery(manifestQueryOptions(config.pollSeconds * 1000));
  const { manifest } = useData();
  useEffect(() => {
    if (manifestQuery.dataUpdatedAt) checkForNewBuild();
  }, [manifestQuery.dataUpdatedAt]);
  useEffect(() => keepOffline(offlineUrls(manifest)), [manifest]);

  // All regencies are one page (the regency-spotlight panel's small multiples), never one page per regency.
  const steps = useMemo<Step[]>(() => config.pages.map((page, pageIndex) => ({ page, pageIndex })), [config.pages]);

  const [stepIndex, setStepIndex] = useState(0);
  // The operations view (docs/wall-setup.md "Status strip and alerts"): every page of the playlist prefetched at
  // start, on each data change and each poll (a page that has no figures at all is skipped); the sites down watched,
  // and a new one sends the rotation to the alerts page.
  const manifestState = useQueryClient().getQueryState(manifestQueryOptions().queryKey);
  const polls = (manifestState?.dataUpdateCount ?? 0) + (manifestState?.errorUpdateCount ?? 0);
  const prefetch = usePrefetchPages(config.pages, NO_FILTERS, config.alerts.silentDays, polls);
  const showable = useRef({ ids: [] as string[], readiness: prefetch.readiness });
  showable.current = { ids: config.pages.map((p) => p.id), readiness: prefetch.readiness };
  const [interrupts, setInterrupts] = useState(0);
  // The sites that caused the last jump, named on the alerts page while that visit lasts (its rotation count).
  const [newDown, setNewDown] = useState<{ sites: string[]; rotation: number } | null>(null);
  const [rotations, setRotations] = useState(0);
  const [deferred, setDeferred] = useState(0);
  const step = steps.length ? steps[stepIndex % steps.length] : undefined;
  const dwellMs = step ? config.dwell(step.page) * 1000 : 0;

  const fetchStale = isFetchStale(manifestQuery.dataUpdatedAt, now, config.pollSeconds);
  const healthy = useRef(false);
  healthy.current = manifestQuery.isSuccess && !manifestQuery.isError && !fetchStale;
  const quietHour = useRef(config.quietHour);
  quietHour.current = config.quietHour;

  // One timer per page: re-armed only when the page changes (or a boundary was deferred), never by a re-render.
  const stepCount = steps.length;
  // biome-ignore lint/correctness/useExhaustiveDependencies: rotations and deferred re-arm the timer on purpose
  useEffect(() => {
    if (!stepCount) return;
    const timer = window.setTimeout(() => {
      // Page boundary: the only moment a new build or the quiet-hour reload may take over the screen.
      if (applyNewBuildIfReady()) {
        setDeferred((d) => d + 1); // the reload is under way; should it not come, the playlist goes on next time
        return;
      }
      if (quietHourReloadDue(quietHour.current, healthy.current)) {
        window.location.reload();
        return;
      }
      setStepIndex((i) => nextShowable(i, showable.current.ids, showable.current.readiness));
      setRotations((r) => r + 1);
    }, dwellMs);
    return () => window.clearTimeout(timer);
  }, [rotations, deferred, dwellMs, stepCount]);

  const overdue = overdueDatasets(manifest, todayWib(new Date(now)));
  const ages = datasetAges(manifest, todayWib(new Date(now)));
  const alertsStep = steps.findIndex((s) => s.page.id === config.alerts.pageId);
  const sitesDown = useSitesDownWatch(NO_FILTERS, config.alerts.silentDays, (fresh) => {
    if (!config.alerts.interrupt || alertsStep < 0) return;
    setStepIndex(alertsStep);
    setRotations((r) => r + 1);
    setInterrupts((n) => n + 1);
    setNewDown({ sites: fresh, rotation: rotations + 1 });
  });
  // A newly published file that was refused: the last good version stays on screen, the stale badge names the file.
  const status = useSyncExternalStore(engineStatus.subscribe, engineStatus.get);
  const failures = useRef<readonly DatasetFailure[]>([]);
  if (status.state === 'ready') failures.current = status.failures; // kept while a newer version loads
  const pagePanels = step?.page.panels ?? [];
  useTileMarks(
    overduePanels(pagePanels, ages),
    fetchStale || lastGoodPanels(pagePanels, failures.current),
    step?.page.id ?? '',
    t,
    lang,
  );
  const [dx, dy] = burnInShift(now);
  // The wall shows the whole province: the same filters object every render, so panels never see "new" filters.
  const filters = NO_FILTERS;
  const title = step ? step.page.title[lang] : '';
  const lastUpdate = new Date(manifestQuery.dataUpdatedAt);

  return (
    <ChartScaleContext value={scale}>
      <WallLayout>
        <div
          className={`wall${cursorHidden ? ' cursor-hidden' : ''}`}
          style={{ transform: `translate(${dx}px, ${dy}px)` }}
          data-wall-page={step?.page.id}
          data-rotations={rotations}
          data-steps={steps.length}
          data-stale={fetchStale ? 'true' : 'false'}
          data-prefetched={Object.values(prefetch.readiness).filter((r) => r === 'ready').length}
          data-prefetch-failed={Object.entries(prefetch.readiness)
            .filter(([, r]) => r === 'failed')
            .map(([id]) => id)
            .join(' ')}
          data-prefetch-rounds={prefetch.round}
          data-engine-ready={prefetch.engineReady ? 'true' : 'false'}
          data-interrupts={interrupts}
          data-sites-down={sitesDown?.length ?? ''}
        >
          <header className="wall-head">
            <h1>{title}</h1>
            <div className="wall-meta">
              <span className="wall-asof">{t('wall.dataAsOf', { date: formatDate(manifest.as_of, lang) })}</span>
              {fetchStale && (
                <span className="wall-badge wall-stale" role="status">
                  {t('wall.notUpdatedSince', {
                    time: `${formatDate(todayWib(lastUpdate), lang)} ${formatTime(lastUpdate, lang)}`,
                  })}
                </span>
              )}
              <FailedFileBadges failures={failures.current} t={t} />
              <time className="wall-clock" title={t('wall.clock', { time: formatTime(new Date(now), lang) })}>
                {formatTime(new Date(now), lang)}
              </time>
            </div>
          </header>
          {overdue.length > 0 && (
            // role="status" on a wrapper: on the <ul> itself it would replace the list role its items need.
            <div role="status">
              <ul className="wall-overdue">
                {overdue.map((o) => (
                  <li key={o.id}>
                    {t('wall.overdue', { title: o.title[lang], date: formatDate(o.asOf, lang), days: o.days })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {config.notes.length > 0 && (
            <div className="wall-notes" role="alert">
              {t('wall.configNotes')} {config.notes.join(' · ')}
            </div>
          )}
          {fileProblems.length > 0 && (
            <div className="wall-notes" role="alert">
              {t('wall.configError')} {fileProblems.join(' · ')}
            </div>
          )}
          {newDown && newDown.rotation === rotations && step?.page.id === config.alerts.pageId && (
            <div className="wall-new-down" role="alert">
              {t('wallOps.newDown', { sites: newDown.sites.join(', ') })}
            </div>
          )}
          {step && (
            <div
              key={step.page.id}
              className={`wall-grid wall-grid-${step.page.panels.length}`}
              data-panels={step.page.panels.join(' ')}
            >
              {step.page.panels.map((id) => (
                <SilentDaysContext key={id} value={config.alerts.silentDays}>
                  <PanelHost id={id} filters={filters} />
                </SilentDaysContext>
              ))}
              <WallFigures panels={step.page.panels} filters={filters} />
            </div>
          )}
          <StatusStrip
            ages={ages}
            lastSuccessMs={manifestQuery.dataUpdatedAt}
            polls={polls}
            pollSeconds={config.pollSeconds}
            now={now}
            t={t}
            lang={lang}
          />
          {step && <HistoryStrip panels={step.page.panels} filters={filters} />}
          <footer className="wall-foot">
            <span>{t('wall.page', { n: (step?.pageIndex ?? 0) + 1, total: config.pages.length })}</span>
            <div className="wall-progress" aria-hidden="true">
              <div
                key={`${stepIndex}:${rotations}:${deferred}`}
                className="wall-progress-bar"
                style={{ animationDuration: `${dwellMs}ms` }}
              />
            </div>
          </footer>
        </div>
      </WallLayout>
    </ChartScaleContext>
  );
}

/** The wall's charts fit without paging, and its panels present: nothing to click (src/ui/presentation.ts). */
function WallLayout({ children }: { children: ReactNode }) {
  return (
    <FitLayoutContext value={true}>
      <PresentationContext value={true}>{children}</PresentationContext>
    </FitLayoutContext>
  );
}

const QUIET_KEY = 'jdac.quiet-reload-date';

/** The daily soft reload: at the quiet hour (WIB), once a day, and only when the last fetch was healthy. */
function quietHourReloadDue(quietHour: number | null, healthy: boolean): boolean {
  if (quietHour === null || !healthy) return false;
  const now = new Date();
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hour12: false, timeZone: 'Asia/Jakarta' }).format(now),
  );
  const today = todayWib(now);
  if (hour !== quietHour || localStorage.getItem(QUIET_KEY) === today) return false;
  localStorage.setItem(QUIET_KEY, today);
  return true;
}
