// #/wall: an unattended, self-healing display. A playlist of pages from public/data/wall.json (URL overrides),
// a WIB clock, "Data per <as-of of the data>", an honest stale badge, kiosk behaviour, memory kept flat by
// unmounting (disposing) every chart when its page changes.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { dataUrl } from '../../data/data-url.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import { formatDate, formatTime } from '../../i18n/format.ts';
import { setLang } from '../../i18n/i18n.ts';
import { useLang } from '../../i18n/use-lang.ts';
import { useData } from '../../panels/data-context.tsx';
import { applyNewBuildIfReady, checkForNewBuild } from '../../platform/service-worker.ts';
import { ChartScaleContext, useThemeOverride } from '../../ui/theme-context.ts';
import { manifestQueryOptions } from '../manifest-query.ts';
import { PANELS } from '../panel-registry.tsx';
import { useKnownValues } from '../use-known-values.ts';
import { isFetchStale, overdueDatasets, todayWib } from './freshness.ts';
import { burnInShift, useHiddenCursor, useNow, useViewportScale, useWakeLock } from './use-kiosk.ts';
import { parseWallFile, resolveWallConfig, type WallConfig, WallConfigError, type WallPage } from './wall-config.ts';
import './wall.css';

async function fetchWallFile() {
  const res = await fetch(dataUrl('wall.json'), { cache: 'no-cache' });
  if (!res.ok) throw new WallConfigError([`HTTP ${res.status} untuk wall.json`]);
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
  const file = useQuery({ queryKey: ['wall-config'], queryFn: fetchWallFile, retry: 2 });
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
  return <Wall config={config} langFromUrl={params.has('lang')} />;
}

interface Step {
  page: WallPage;
  pageIndex: number;
  regency?: { code: string; name: string };
}

function Wall({ config, langFromUrl }: { config: WallConfig; langFromUrl: boolean }) {
  const { t, lang } = useLang();
  const setThemeOverride = useThemeOverride();
  const known = useKnownValues();
  const now = useNow(10_000);
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

  // Poll the manifest at the wall's interval (react-query keeps the last good manifest when a poll fails).
  const manifestQuery = useQuery(manifestQueryOptions(config.pollSeconds * 1000));
  const { manifest } = useData();
  useEffect(() => {
    if (manifestQuery.dataUpdatedAt) checkForNewBuild();
  }, [manifestQuery.dataUpdatedAt]);

  const steps = useMemo<Step[]>(() => {
    const regencies = (known?.regencies ?? []).map((code) => ({
      code,
      name: known?.labels[`regency:${code}`] ?? code,
    }));
    return config.pages.flatMap((page, pageIndex) =>
      'spotlight' in page
        ? regencies.length
          ? regencies.map((regency) => ({ page, pageIndex, regency }))
          : []
        : [{ page, pageIndex }],
    );
  }, [config.pages, known]);

  const [stepIndex, setStepIndex] = useState(0);
  const [rotations, setRotations] = useState(0);
  const step = steps.length ? steps[stepIndex % steps.length] : undefined;
  const dwellMs = step ? config.dwell(step.page) * 1000 : 0;

  const fetchStale = isFetchStale(manifestQuery.dataUpdatedAt, now, config.pollSeconds);
  const healthy = !manifestQuery.isError && !fetchStale;

  useEffect(() => {
    if (!step) return;
    const timer = window.setTimeout(() => {
      // Page boundary: the only moment a new build or the quiet-hour reload may take over the screen.
      if (applyNewBuildIfReady()) return;
      if (quietHourReloadDue(config.quietHour, healthy)) {
        window.location.reload();
        return;
      }
      setStepIndex((i) => (i + 1) % Math.max(steps.length, 1));
      setRotations((r) => r + 1);
    }, dwellMs);
    return () => window.clearTimeout(timer);
  }, [step, dwellMs, steps.length, config.quietHour, healthy]);

  const overdue = overdueDatasets(manifest, todayWib(new Date(now)));
  const [dx, dy] = burnInShift(now);
  const filters: Filters = step?.regency ? { ...NO_FILTERS, regencies: [step.regency.code] } : NO_FILTERS;
  const title = step ? step.page.title[lang] : '';

  return (
    <ChartScaleContext value={scale}>
      <div
        className={`wall${cursorHidden ? ' cursor-hidden' : ''}`}
        style={{ transform: `translate(${dx}px, ${dy}px)` }}
        data-wall-page={step?.page.id}
        data-wall-regency={step?.regency?.code}
        data-rotations={rotations}
      >
        <header className="wall-head">
          <h1>{step?.regency ? t('wall.spotlight', { title, name: step.regency.name }) : title}</h1>
          <div className="wall-meta">
            <span className="wall-asof">{t('wall.dataAsOf', { date: formatDate(manifest.as_of, lang) })}</span>
            {fetchStale && (
              <span className="wall-badge wall-stale" role="status">
                {t('wall.notUpdatedSince', {
                  time: `${formatDate(todayWib(new Date(manifestQuery.dataUpdatedAt)), lang)} ${formatTime(new Date(manifestQuery.dataUpdatedAt), lang)}`,
                })}
              </span>
            )}
            <time className="wall-clock" title={t('wall.clock', { time: formatTime(new Date(now), lang) })}>
              {formatTime(new Date(now), lang)}
            </time>
          </div>
        </header>
        {overdue.length > 0 && (
          <ul className="wall-overdue" role="status">
            {overdue.map((o) => (
              <li key={o.id}>
                {t('wall.overdue', { title: o.title[lang], date: formatDate(o.asOf, lang), days: o.days })}
              </li>
            ))}
          </ul>
        )}
        {config.notes.length > 0 && (
          <div className="wall-notes" role="alert">
            {t('wall.configNotes')} {config.notes.join(' · ')}
          </div>
        )}
        {step && (
          <div
            key={`${step.page.id}:${step.regency?.code ?? ''}`}
            className={`wall-grid wall-grid-${step.page.panels.length}`}
          >
            {step.page.panels.map((id) => {
              const Panel = PANELS[id];
              return Panel ? <Panel key={id} filters={filters} /> : null;
            })}
          </div>
        )}
        <footer className="wall-foot">
          <span>{t('wall.page', { n: (step?.pageIndex ?? 0) + 1, total: config.pages.length })}</span>
          <div className="wall-progress" aria-hidden="true">
            <div
              key={`${stepIndex}:${rotations}`}
              className="wall-progress-bar"
              style={{ animationDuration: `${dwellMs}ms` }}
            />
          </div>
        </footer>
      </div>
    </ChartScaleContext>
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
