// Once for the whole end-to-end run: serves the build with `vite preview` (the real vite process, so it can be
// stopped) for every test file, and checks that Chromium is there before any file starts. Each file launches its own
// Chromium (browser.ts): one shared browser server (chromium.launchServer + connect) was tried and saves only the
// launch, 2-8 s a file, while a connected browser refuses download.path(), which the export tests read.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { missingChromiumLine } from './chromium.ts';

const PORT = Number(process.env.E2E_PORT ?? 4183);
let server: ChildProcess | undefined;

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const start = Date.now();
  for (;;) {
    if (server?.exitCode != null) throw new Error(`vite preview exited with ${server.exitCode} (port ${PORT} taken?)`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() - start > timeoutMs) throw new Error(`vite preview did not answer at ${url}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function setup(project: TestProject): Promise<void> {
  // E2E_DIST serves another build directory (e.g. one built with --outDir so parallel builds do not interfere).
  const dist = process.env.E2E_DIST ?? 'dist';
  if (!existsSync(`${dist}/index.html`))
    throw new Error(`${dist}/ is missing: run \`npm run build\` before the e2e tests`);
  const missing = missingChromiumLine();
  if (missing) throw new Error(missing);
  server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort',
      '--outDir',
      dist,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const baseUrl = `http://127.0.0.1:${PORT}/`;
  await waitForHttp(baseUrl, 30_000);
  // Another server left on the port (an interrupted run) would answer too, with another build: the page served
  // must be this build's own index.html, and our vite must still be running.
  const served = await (await fetch(baseUrl)).text();
  if (served !== readFileSync(`${dist}/index.html`, 'utf8') || server.exitCode != null)
    throw new Error(`port ${PORT} answers with another build than ${dist}/ (a server left running?): stop it`);
  project.provide('baseUrl', baseUrl);
}

export async function teardown(): Promise<void> {
  server?.kill('SIGTERM');
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
