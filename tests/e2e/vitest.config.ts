import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// End-to-end tests: the production build (npm run build) served once by `vite preview` (global-setup.ts), driven in
// Debian Chromium. Files run side by side, one per core up to two: much of a file's time is its page waiting
// (DuckDB-WASM starting, workers, charts), which the other file's page fills. E2E_WORKERS=1 runs them one after
// another. Every *.e2e.ts file is picked up.
const workers = Number(process.env.E2E_WORKERS ?? Math.min(2, availableParallelism()));

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    fileParallelism: workers > 1,
    maxWorkers: workers,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
