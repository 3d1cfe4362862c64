// #/wall: an unattended, self-healing display. A playlist of pages from public/data/wall.json (URL overrides),
// a WIB clock, "Data per <as-of of the data>", an honest stale badge, kiosk behaviour, memory kept flat by
// unmounting (disposing) every chart when its page changes.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useData } from '../../coordinator/data-context.tsx';
import { dataUrl } from '../../data/data-url.ts';
import { loadedParts, type Manifest } from '../../data/manifest.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import { formatDate, formatTime } from '../../i18n/format.ts';
import { setLang } from '../../i18n/i18n.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { PanelHost } from '../../panels/panel-host.tsx';
import { installDebugHooks } from '../../platform/debug-hooks.ts';
import { applyNewBuildIfReady, checkForNewBuild, keepOffline } from '../../platform/service-worker.ts';
import { FitLayoutContext } from '../../ui/chart-layout.ts';
import { PresentationContext } from '../../ui/presentation.ts';
import { ChartScaleContext, useThemeOverride } from '../../ui/theme-context.ts';
import { manifestQueryOptions } from '../manifest-query.ts';
import { useKnownValues } from '../use-known-values.ts';
import { isFetchStale, overdueDatasets, todayWib } from './freshness.ts';
import { burnInShift, useHiddenCursor, useNow, useViewportScale, useWakeLock } from './use-kiosk.ts';
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

interface Step {
  page: WallPage;
  pageIndex: number;
  regency?: { code: string; name: string };
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
  const known = useKnownValues();
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

  // While a new data version loads its regency list, the spotlight keeps the last one (no jump in the playlist).
  const lastRegencies = useRef<{ code: string; name: string }[]>([]);
  const regencies = useMemo(() => {
    if (!known) return lastRegencies.current;
    const list = known.regencies.map((code) => ({ code, name: known.labels[`regency:${code}`] ?? code }));
    lastRegencies.current = list;
    return list;
  }, [known]);

  const steps = useMemo<Step[]>(
    () =>
      config.pages.flatMap((page, pageIndex) =>
        page.spotlight ? regencies.map((regency) => ({ page, pageIndex, regency })) : [{ page, pageIndex }],
      ),
    [config.pages, regencies],
  );

  const [stepIndex, setStepIndex] = useState(0);
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
      setStepIndex((i) => (i + 1) % stepCount);
      setRotations((r) => r + 1);
    }, dwellMs);
    return () => window.clearTimeout(timer);
  }, [rotations, deferred, dwellMs, stepCount]);

  const overdue = overdueDatasets(manifest, todayWib(new Date(now)));
  const [dx, dy] = burnInShift(now);
  const regencyCode = step?.regency?.code;
  // Stable between clock ticks, so a re-render of the wall never hands the panels "new" filters.
  const filters = useMemo<Filters>(
    () => (regencyCode ? { ...NO_FILTERS, regencies: [regencyCode] } : NO_FILTERS),
    [regencyCode],
  );
  const title = step ? step.page.title[lang] : '';
  const lastUpdate = new Date(manifestQuery.dataUpdatedAt);

  return (
    <ChartScaleContext value={scale}>
      <WallLayout>
        <div
          className={`wall${cursorHidden ? ' cursor-hidden' : ''}`}
          style={{ transform: `translate(${dx}px, ${dy}px)` }}
          data-wall-page={step?.page.id}
          data-wall-regency={step?.regency?.code}
          data-rotations={rotations}
          data-steps={steps.length}
          data-stale={fetchStale ? 'true' : 'false'}
        >
          <header className="wall-head">
            <h1>{step?.regency ? t('wall.spotlight', { title, name: step.regency.name }) : title}</h1>
            <div className="wall-meta">
              <span className="wall-asof">{t('wall.dataAsOf', { date: formatDate(manifest.as_of, lang) })}</span>
              {fetchStale && (
                <span className="wall-badge wall-stale" role="status">
                  {t('wall.notUpdatedSince', {
                    time: `${formatDate(todayWib(lastUpdate), lang)} ${formatTime(lastUpdate, lang)}`,
                  })}
                </span>
              )}
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
          {step && (
            <div
              key={`${step.page.id}:${step.regency?.code ?? ''}`}
              className={`wall-grid wall-grid-${step.page.panels.length}`}
            >
              {step.page.panels.map((id) => (
                <PanelHost key={id} id={id} filters={filters} />
              ))}
              <WallFigures panels={step.page.panels} filters={filters} />
            </div>
          )}
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
