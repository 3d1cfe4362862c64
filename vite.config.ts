import { execSync } from 'node:child_process';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { securityHeaders } from './scripts/security-headers.ts';

function buildId(): string {
  try {
    return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'local';
  }
}
process.env.VITE_BUILD_ID ??= `${buildId()}-${new Date().toISOString().slice(0, 10)}`;

// Module workers built as entries of the app's own build, so that they share its chunks. Vite bundles each
// `new Worker(new URL('./x.ts', import.meta.url))` as a separate build, which shipped apache-arrow three times (main
// thread, upload worker, validation worker), parquet-wasm's JS twice and papaparse with the CSV checks three times.
// Emitted as chunks of this build, a worker imports the same hashed chunks as the page (one copy, one HTTP cache
// entry). Dev keeps Vite's own worker handling. A worker's graph must not reach modules that touch the DOM when
// imported; scripts/bundle-size.ts --check fails if a worker chunk imports the page's entry chunk.
const workerChunks = new Set<string>();

function sharedChunkWorkers(): Plugin {
  const pattern = /new Worker\(\s*new URL\(\s*'(\.{1,2}\/[^']+\.ts)'\s*,\s*import\.meta\.url\s*\)/g;
  const refs = new Set<string>();
  return {
    name: 'jdac:shared-chunk-workers',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!code.includes('new Worker(')) return null;
      let changed = false;
      const out = code.replace(pattern, (_all, rel: string) => {
        changed = true;
        const ref = this.emitFile({
          type: 'chunk',
          id: path.resolve(path.dirname(id), rel),
          name: path.basename(rel, '.ts'),
        });
        refs.add(ref);
        return `new Worker(new URL(import.meta.ROLLUP_FILE_URL_${ref})`;
      });
      return changed ? { code: out, map: null } : null;
    },
    // Every chunk a worker can load (static and dynamic imports). Their lazy imports get no modulepreload list
    // (resolveDependencies below): Vite's preload helper adds <link> tags through `document`, which a worker lacks.
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        workerChunks.clear();
        const visit = (file: string) => {
          const chunk = bundle[file];
          if (workerChunks.has(file) || chunk?.type !== 'chunk') return;
          workerChunks.add(file);
          for (const f of [...chunk.imports, ...chunk.dynamicImports]) visit(f);
        };
        for (const ref of refs) visit(this.getFileName(ref));
      },
    },
  };
}

// Relative base + hash routes: the build runs from any static host and sub-path (intranet share, nginx, file server).
export default defineConfig({
  base: './',
  plugins: [
    sharedChunkWorkers(),
    react(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,wasm,svg,png,woff2}'],
        globIgnores: ['data/**'],
        maximumFileSizeToCacheInBytes: 64 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first install takes over the open page at once (so its data is cached for an offline reload); an update
        // still waits until the wall applies it at a page boundary (registerType 'prompt': no skipWaiting).
        clientsClaim: true,
        runtimeCaching: [
          {
            // Never answered from a cache: a failed poll must look failed, so that the wall can say since when its
            // data has not been updated. After a reload without network the app paints from the last good manifest
            // and results it persisted in IndexedDB (src/app/query-client.ts).
            urlPattern: ({ url }) => url.pathname.endsWith('/data/manifest.json'),
            handler: 'NetworkOnly',
          },
          {
            // Data files are fetched with ?v=<sha256 prefix>: an entry never changes, a new version is a new entry.
            urlPattern: ({ url }) => url.pathname.includes('/data/') && url.searchParams.has('v'),
            handler: 'CacheFirst',
            options: { cacheName: 'jdac-data', expiration: { maxEntries: 40 } },
          },
          {
            urlPattern: ({ url }) => url.pathname.includes('/data/'),
            handler: 'NetworkFirst',
            options: { cacheName: 'jdac-data-other', networkTimeoutSeconds: 10 },
          },
        ],
      },
    }),
  ],
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    modulePreload: {
      resolveDependencies: (_file, deps, { hostId }) => (workerChunks.has(hostId) ? [] : deps),
    },
  },
  preview: { headers: securityHeaders },
});
