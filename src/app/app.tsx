import { useQuery } from '@tanstack/react-query';
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client';
import { lazy, Suspense, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { DataContext } from '../coordinator/data-context.tsx';
import { browserEngine, engineStatus, startEngine } from '../data/duckdb-browser.ts';
import { ManifestError } from '../data/manifest.ts';
import type { Lang } from '../i18n/format.ts';
import { setLang } from '../i18n/i18n.ts';
import { useLang } from '../i18n/use-lang.ts';
import { type RoutePath, useHashRoute } from '../platform/hash-route.ts';
import { startServiceWorker } from '../platform/service-worker.ts';
import { ErrorBoundary, GlobalErrorReporter } from '../ui/error-boundary.tsx';
import { applyTheme, type ThemeName } from '../ui/theme.ts';
import { ThemeContext, ThemeOverrideContext } from '../ui/theme-context.ts';
import { manifestQueryOptions } from '../views/manifest-query.ts';
import { OverviewView } from '../views/overview/overview-view.tsx';
import { persistOptions, queryClient } from './query-client.ts';
import { StatusBanner } from './status-banner.tsx';

// The overview is in the first bundle; the other views load when opened (keeps the first paint small).
const WallView = lazy(() => import('../views/wall/wall-view.tsx').then((m) => ({ default: m.WallView })));
const ExploreView = lazy(() => import('../views/explore/explore-view.tsx').then((m) => ({ default: m.ExploreView })));
const BriefingView = lazy(() =>
  import('../views/briefing/briefing-view.tsx').then((m) => ({ default: m.BriefingView })),
);
const CatalogView = lazy(() => import('../views/catalog/catalog-view.tsx').then((m) => ({ default: m.CatalogView })));

const NAV: { path: RoutePath; key: string }[] = [
  { path: '/', key: 'nav.overview' },
  { path: '/explore', key: 'nav.explore' },
  { path: '/briefing', key: 'nav.briefing' },
  { path: '/wall', key: 'nav.wall' },
  { path: '/data', key: 'nav.data' },
];

function storedTheme(): ThemeName {
  return localStorage.getItem('jdac.theme') === 'dark' ? 'dark' : 'light';
}

function storedLang(): Lang {
  return localStorage.getItem('jdac.lang') === 'en' ? 'en' : 'id';
}

export function App() {
  return (
    <PersistQueryClientProvider client={queryClient} persistOptions={persistOptions}>
      <Shell />
    </PersistQueryClientProvider>
  );
}

function Shell() {
  const { t, lang } = useLang();
  const route = useHashRoute();
  const [theme, setTheme] = useState<ThemeName>(storedTheme);
  const [themeOverride, setThemeOverride] = useState<ThemeName | null>(null);
  const activeTheme = themeOverride ?? theme;
  const urlLang = route.params.get('lang');
  const kiosk = route.path === '/wall';

  useEffect(() => {
    const wanted: Lang = urlLang === 'en' || urlLang === 'id' ? urlLang : storedLang();
    setLang(wanted);
  }, [urlLang]);
  useEffect(() => applyTheme(activeTheme), [activeTheme]);

  const manifest = useQuery(manifestQueryOptions());
  // A manifest restored from the persisted cache (reload, power cut, offline) still needs its engine.
  useEffect(() => {
    if (manifest.data) void startEngine(manifest.data);
  }, [manifest.data]);
  const status = useSyncExternalStore(engineStatus.subscribe, engineStatus.get);
  useEffect(() => {
    if (status.state === 'ready') startServiceWorker();
  }, [status.state]);

  const data = useMemo(
    () => (manifest.data ? { engine: browserEngine, manifest: manifest.data } : null),
    [manifest.data],
  );

  const chooseLang = (next: Lang) => {
    localStorage.setItem('jdac.lang', next);
    setLang(next);
  };
  const chooseTheme = (next: ThemeName) => {
    localStorage.setItem('jdac.theme', next);
    setTheme(next);
  };

  return (
    <ThemeContext value={activeTheme}>
      <ThemeOverrideContext value={setThemeOverride}>
        {!kiosk && (
          <>
            <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
              {t('app.skip')}
            </button>
            <header className="top-bar">
              <div className="brand">
                <strong>{t('app.title')}</strong>
                <span>{t('app.org')}</span>
              </div>
              <nav aria-label={t('nav.label')}>
                {NAV.map((n) => (
                  <a key={n.path} href={`#${n.path}`} aria-current={route.path === n.path ? 'page' : undefined}>
                    {t(n.key)}
                  </a>
                ))}
              </nav>
              <div className="switches">
                <label>
                  {t('app.language')}{' '}
                  <select value={lang} onChange={(e) => chooseLang(e.target.value === 'en' ? 'en' : 'id')}>
                    <option value="id">Bahasa Indonesia</option>
                    <option value="en">English</option>
                  </select>
                </label>
                <label>
                  {t('app.theme')}{' '}
                  <select value={theme} onChange={(e) => chooseTheme(e.target.value === 'dark' ? 'dark' : 'light')}>
                    <option value="light">{t('app.themeLight')}</option>
                    <option value="dark">{t('app.themeDark')}</option>
                  </select>
                </label>
              </div>
            </header>
            <StatusBanner />
          </>
        )}
        <main id="main" tabIndex={-1} className={kiosk ? 'kiosk' : undefined}>
          {manifest.isError && !manifest.data ? (
            <ManifestProblem error={manifest.error} onRetry={() => void manifest.refetch()} />
          ) : !data ? (
            <p className="panel-note" role="status">
              {t('status.manifest')}
            </p>
          ) : (
            <DataContext value={data}>
              <ErrorBoundary
                key={route.path}
                fallback={(error, reset) => (
                  <div className="panel-error" role="alert">
                    <p>
                      {t('errors.unexpected')} {error.message}
                    </p>
                    <button type="button" onClick={reset}>
                      {t('errors.retry')}
                    </button>
                  </div>
                )}
              >
                <Suspense
                  fallback={
                    <p className="panel-note" role="status">
                      {t('panel.loading')}
                    </p>
                  }
                >
                  <RouteView path={route.path} params={route.params} />
                </Suspense>
              </ErrorBoundary>
            </DataContext>
          )}
        </main>
        <GlobalErrorReporter labels={{ unexpected: t('errors.unexpected'), dismiss: t('errors.dismiss') }} />
      </ThemeOverrideContext>
    </ThemeContext>
  );
}

function RouteView({ path, params }: { path: RoutePath | null; params: URLSearchParams }) {
  const { t } = useLang();
  switch (path) {
    case '/':
      return <OverviewView />;
    case '/wall':
      return <WallView params={params} />;
    case '/briefing':
      return <BriefingView params={params} />;
    case '/explore':
      return <ExploreView params={params} />;
    case '/data':
      return <CatalogView />;
    default:
      return (
        <div className="view">
          <p>{t('views.notFound')}</p>
          <a href="#/">{t('views.backHome')}</a>
        </div>
      );
  }
}

function ManifestProblem({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useLang();
  const problems = error instanceof ManifestError ? error.problems : [];
  return (
    <div className="panel-error" role="alert">
      <p>{t('errors.manifest')}</p>
      <p>{error.message}</p>
      {problems.length > 0 && (
        <ul>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <button type="button" onClick={onRetry}>
        {t('errors.retry')}
      </button>
    </div>
  );
}
