// The Chromium the end-to-end tests drive (Debian's; $CHROMIUM_PATH overrides, as in scripts/ensure-chromium.ts)
// and its flags. No vitest import here: the global setup launches the shared browser with these.
export { chromiumPath, missingChromiumLine } from '../../scripts/ensure-chromium.ts';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
