// Vite config of the decoder benchmark page (bench/decoders/index.html). Used by scripts/bench-decoders.ts:
// `vite build` + `vite preview` with the app's security headers (CSP), so the decoders run as in production.
// The Parquet file under test is served at /__bench/data.parquet from $BENCH_PARQUET (never copied into the repo).
import { createReadStream, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { securityHeaders } from '../../scripts/security-headers.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

function serveBenchFile(): Plugin {
  const handler = (req: { url?: string }, res: import('node:http').ServerResponse, next: () => void) => {
    if (!req.url?.startsWith('/__bench/data.parquet')) return next();
    const file = process.env.BENCH_PARQUET;
    if (!file) {
      res.statusCode = 404;
      res.end('BENCH_PARQUET not set');
      return;
    }
    res.setHeader('Content-Type', 'application/vnd.apache.parquet');
    res.setHeader('Content-Length', String(statSync(file).size));
    res.setHeader('Cache-Control', 'no-store');
    createReadStream(file).pipe(res);
  };
  return {
    name: 'bench-parquet-file',
    configureServer: (server) => void server.middlewares.use(handler),
    configurePreviewServer: (server) => void server.middlewares.use(handler),
  };
}

export default defineConfig({
  root,
  base: './',
  plugins: [serveBenchFile()],
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  worker: { format: 'es' },
  build: {
    outDir: process.env.BENCH_OUT_DIR ?? '/tmp/jdac-bench/page-dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 100_000,
  },
  server: { headers: securityHeaders },
  preview: { headers: securityHeaders },
});
