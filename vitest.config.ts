import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Unit and component tests. End-to-end tests (real Chromium) live in tests/e2e with their own config.
export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    // Both cores: vitest's default leaves one free (one worker on these 2-core machines). Measured side by side,
    // `npx vitest run` 164.2 s, `--maxWorkers=2` 137.1 s, all 867 tests passing (2026-12-04, load ≈ 4).
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
