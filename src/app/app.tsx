import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { dataUrl } from '../data/data-url.ts';
import { browserEngine, startEngine } from '../data/duckdb-browser.ts';
import { ManifestError } from '../data/manifest.ts';
import { fetchManifest } from '../data/manifest-fetch.ts';
import type { Lang } from '../i18n/format.ts';
import { setLang } from '../i18n/i18n.ts';
import { useLang } from '../i18n/use-lang.ts';
import { DataContext } from '../panels/data-context.tsx';
import { ErrorBoundary } from '../ui/error-boundary.tsx';
import { applyTheme, type ThemeName } from '../ui/theme.ts';
import { ThemeContext } from '../ui/theme-context.ts';
import { OverviewView } from '../views/overview/overview-view.tsx';
import { PlaceholderView } from '../views/placeholder/placeholder-view.tsx';
import { type RoutePath, useHashRoute } from './hash-route.ts';
import { StatusBanner } from './status-banner.tsx';

const queryClient = new QueryClient({
  defaultOptions: { queries: { staleTime: Number.POSITIVE_INFINITY, gcTime: 10 * 60_000, retry: 1 } },
});

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
    <QueryClientProvider client={queryClient}>
      <Shell />
    </QueryClientProvider>
  );
}

function Shell() {
  const { t, lang } = useLang();
  const route = useHashRoute();
  const [theme, setTheme] = useState<ThemeName>(storedTheme);
  const urlLang = route.params.get('lang');

  useEffect(() => {
    const wanted: Lang = urlLang === 'en' || urlLang === 'id' ? urlLang : storedLang();
    setLang(wanted);
  }, [urlLang]);
  useEffect(() => applyTheme(theme), [theme]);

  const manifest = useQuery({
    queryKey: ['manifest'],
    queryFn: async () => {
      const m = await fetchManifest(dataUrl('manifest.json'));
      void startEngine(m);
      return m;
    },
  });
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
    <ThemeContext value={theme}>
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
      <main id="main" tabIndex={-1}>
        {manifest.isError ? (
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
              <RouteView path={route.path} />
            </ErrorBoundary>
          </DataContext>
        )}
      </main>
    </ThemeContext>
  );
}

function RouteView({ path }: { path: RoutePath | null }) {
  const { t } = useLang();
  switch (path) {
    case '/':
      return <OverviewView />;
    case '/wall':
      return <PlaceholderView name={t('nav.wall')} />;
    case '/briefing':
      return <PlaceholderView name={t('nav.briefing')} />;
    case '/explore':
      return <PlaceholderView name={t('nav.explore')} />;
    case '/data':
      return <PlaceholderView name={t('nav.data')} />;
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
