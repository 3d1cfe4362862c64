// npm test runs this first: the end-to-end tests drive a real Chromium (Debian's, through playwright-core), and a
// newcomer should not learn that after ten minutes of lint, unit tests and build. Where Chromium is:
// $CHROMIUM_PATH when set (tests/e2e/browser.ts, the bench and screenshot scripts read the same variable), else
// /usr/bin/chromium. When it is missing: as root with apt-get, install Debian's `chromium` (what .ci/run used to
// do); otherwise stop at once with one line saying what to run.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT, exitCodesHelp, runCli } from './lib/cli.ts';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The flags every headless run here uses (the e2e tests and the benchmark). */
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

/** The Chromium binary the tests launch. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const onPath = (cmd: string) =>
  (process.env.PATH ?? '').split(':').some((dir) => dir !== '' && isExecutable(resolve(dir, cmd)));

/** The one line for a missing Chromium, with the command this machine needs; null when Chromium is there. */
export function missingChromiumLine(env: NodeJS.ProcessEnv = process.env): string | null {
  const path = chromiumPath(env);
  if (isExecutable(path)) return null;
  if (env.CHROMIUM_PATH)
    return `No Chromium at CHROMIUM_PATH=${path}: point it at a Chromium binary, or unset it to use ${DEFAULT_CHROMIUM}.`;
  if (!onPath('apt-get'))
    return `No Chromium at ${DEFAULT_CHROMIUM}: install Chromium, then run: CHROMIUM_PATH=/path/to/chromium npm test`;
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  return `No Chromium at ${DEFAULT_CHROMIUM}: run \`${sudo}apt-get update && ${sudo}apt-get install -y chromium\`, then npm test again (or set CHROMIUM_PATH).`;
}

function apt(args: string[]): number {
  const r = spawnSync('apt-get', args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return r.status ?? 1;
}

const USAGE = `usage: npx tsx scripts/ensure-chromium.ts [--check] [--verbose]
  finds the Chromium the end-to-end tests use ($CHROMIUM_PATH, else ${DEFAULT_CHROMIUM}) and prints its version;
  when it is missing and we run as root with apt-get (and no CHROMIUM_PATH is set), installs Debian's chromium;
  --check never installs
${exitCodesHelp(['0  Chromium is there (or was just installed)', '1  Chromium is missing: the line says what to run', '2  usage error'])}`;

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return EXIT.ok;
  }
  const unknown = argv.find((a) => a !== '--check');
  if (unknown) {
    console.error(`ensure-chromium: unknown argument ${unknown} (--help lists the options)`);
    return EXIT.usage;
  }
  const path = chromiumPath();
  let missing = missingChromiumLine();
  const canInstall = !process.env.CHROMIUM_PATH && process.getuid?.() === 0 && onPath('apt-get');
  if (missing && canInstall && !argv.includes('--check')) {
    console.log("ensure-chromium: installing Debian's chromium for the end-to-end tests (apt-get, about a minute)…");
    const code = apt(['update', '-qq']) || apt(['install', '-y', '-qq', 'chromium']);
    missing = missingChromiumLine();
    if (code !== 0 || missing) {
      console.error(
        `ensure-chromium: apt-get could not install chromium (exit ${code}); run \`apt-get update && apt-get install -y chromium\` and read its message.`,
      );
      return EXIT.failed;
    }
  }
  if (missing) {
    console.error(`ensure-chromium: ${missing}`);
    return EXIT.failed;
  }
  const version = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  const line = (version.stdout ?? '').trim().split('\n')[0];
  console.log(`ensure-chromium: ${path}${line ? ` (${line})` : ''}`);
  return EXIT.ok;
}

const invokedDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) await runCli('ensure-chromium', main);
