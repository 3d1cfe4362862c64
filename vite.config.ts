import { execSync } from 'node:child_process';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
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

// Relative base + hash routes: the build runs from any static host and sub-path (intranet share, nginx, file server).
export default defineConfig({
  base: './',
  plugins: [
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
  },
  preview: { headers: securityHeaders },
});
