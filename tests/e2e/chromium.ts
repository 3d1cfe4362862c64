// The Chromium the end-to-end tests drive (Debian's; $CHROMIUM_PATH overrides, as in scripts/ensure-chromium.ts)
// and its flags. No vitest import here: the global setup launches the shared browser with these.
export { CHROMIUM_ARGS, chromiumPath, missingChromiumLine } from '../../scripts/ensure-chromium.ts';
