// Vite config of the benchmark pages (npm run bench, scripts/bench.ts). They are built INTO the app's production
// build (outDir = that build, assets under bench/assets/), after it, so they are served from the same origin by the
// same `vite preview`, but never precached by the app's service worker and never counted in its bundle:
//   bench/floor.html    the floor: a bare page that only instantiates DuckDB-WASM (as the app does) and fetches the
//                       manifest; the cold start is compared with it;
//   bench/queries.html  every query of the explore view (panel registry → indicator catalog, listings), and the
//                       telemetry indicators in the app's own data module (rollups), over the raw rows
//                       (bench/lib/raw-queries.ts) and in Arquero, checked against each other.
// The output defaults to /tmp/jdac-bench/dist (BENCH_OUT_DIR overrides): never the shared dist/.
// `vite preview --config bench/vite.config.ts` serves the app with its security headers; only pages under /bench/
// get 'unsafe-eval' (Arquero compiles its expressions with the Function constructor) and base-uri 'self'.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy, securityHeaders } from '../scripts/security-headers.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const BENCH_CSP = contentSecurityPolicy
  .replace("script-src 'self'", "script-src 'self' 'unsafe-eval'")
  .replace("base-uri 'none'", "base-uri 'self'"); // bench/queries.ts points the data module at the app's root

function benchPagesCsp(): Plugin {
  return {
    name: 'bench-pages-csp',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.startsWith('/bench/')) {
          const set = res.setHeader.bind(res);
          res.setHeader = (name: string, value: number | string | readonly string[]) =>
            set(name, name.toLowerCase() === 'content-security-policy' ? BENCH_CSP : value);
        }
        next();
      });
    },
  };
}

export default defineConfig({
  root: repo,
  base: './',
  plugins: [benchPagesCsp()],
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  worker: { format: 'es' },
  build: {
    outDir: process.env.BENCH_OUT_DIR ?? '/tmp/jdac-bench/dist',
    emptyOutDir: false,
    assetsDir: 'bench/assets',
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 100_000,
    copyPublicDir: false,
    rollupOptions: {
      input: {
        floor: fileURLToPath(new URL('floor.html', import.meta.url)),
        queries: fileURLToPath(new URL('queries.html', import.meta.url)),
      },
    },
  },
  preview: { headers: securityHeaders },
});
