import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { preloadEngine, preloadSnapshot } from './data/duckdb-browser.ts';
import './i18n/i18n.ts';
import './ui/styles.css';
// Styles of shared ui components, loaded here (not from the components) so Node scripts can import the panel registry.
import './ui/definition.css';
import './ui/error-boundary.css';
import './ui/kpi-card.css';
import './panels/sites-down/sites-down.css';

// Overlap the slow parts of a cold start: DuckDB instantiates in its worker while the first view paints from the
// precomputed snapshot.
void preloadSnapshot();
preloadEngine();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
