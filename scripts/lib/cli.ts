// How every `npm run` script behaves in a shell: when the reader of its output goes away (`| head -1`), it stops at
// once without a word (Node would otherwise die on an unhandled EPIPE with a stack trace); an error nobody caught
// is one line `<script>: <message>` (the stack only with --verbose); and it exits with the codes its --help lists.

/** Exit codes shared by the scripts (each --help says which of them it uses and what they mean there). */
export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

/** The lines every script's --help ends with. `codes` are the script's own lines, e.g. "1  a file has errors". */
export function exitCodesHelp(codes: readonly string[]): string {
  return [
    'exit status:',
    ...codes.map((c) => `  ${c}`),
    '  0 also when the reader closes the output early (e.g. `| head -1`): the script then stops quietly',
    'an unexpected error prints one line (exit 1); --verbose adds its stack trace',
  ].join('\n');
}

/** argv without --verbose (a `--verbose` after `--` is left alone: it may be a file name). */
export function splitVerbose(argv: readonly string[]): { argv: string[]; verbose: boolean } {
  const end = argv.indexOf('--');
  const head = end < 0 ? argv : argv.slice(0, end);
  const tail = end < 0 ? [] : argv.slice(end);
  return { argv: [...head.filter((a) => a !== '--verbose'), ...tail], verbose: head.includes('--verbose') };
}

/** Whether the running script was given --verbose (set by runCli / installCliGuards). */
let verboseRun = false;

/**
 * An error as text for a message: the first line of its message (DuckDB and friends add pages of advice below it),
 * or its stack trace when the script runs with --verbose.
 */
export function errorText(error: unknown, verbose = verboseRun): string {
  if (verbose && error instanceof Error && error.stack) return error.stack;
  const message = error instanceof Error ? error.message : String(error);
  const first = message.split('\n').find((l) => l.trim() !== '') ?? (error instanceof Error ? error.name : 'error');
  return first.trim();
}

/** One line for an error nobody caught: `<script>: <first line>`, pointing at --verbose. */
export function errorLine(name: string, error: unknown, verbose = verboseRun): string {
  return `${name}: ${errorText(error, verbose)}${verbose ? '' : ' (--verbose for details)'}`;
}

const isClosedPipe = (e: unknown) =>
  typeof e === 'object' &&
  e !== null &&
  ((e as { code?: unknown }).code === 'EPIPE' || (e as { code?: unknown }).code === 'ERR_STREAM_DESTROYED');

let installed = false;

/**
 * Makes a closed stdout/stderr end the process quietly with exit 0 (the reader took what it wanted), and turns an
 * error that escaped everything into one line and exit 1. Safe to call more than once.
 */
export function installCliGuards(name: string, verbose = false): void {
  verboseRun ||= verbose;
  if (installed) return;
  installed = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e) => {
      if (isClosedPipe(e)) process.exit(EXIT.ok);
      // Any other write error on our own output: nowhere left to report it.
      process.exit(EXIT.failed);
    });
  }
  const fatal = (e: unknown) => {
    if (isClosedPipe(e)) process.exit(EXIT.ok);
    console.error(errorLine(name, e, verbose));
    process.exit(EXIT.failed);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
}

/**
 * Runs a script's main: guards installed, --verbose taken out of argv, its result as the exit code (a main that
 * returns nothing keeps whatever process.exitCode it set), anything it throws as one line and exit 1.
 */
export async function runCli(
  name: string,
  main: (argv: string[]) => Promise<number | undefined> | number | undefined,
  rawArgv: readonly string[] = process.argv.slice(2),
): Promise<void> {
  const { argv, verbose } = splitVerbose(rawArgv);
  installCliGuards(name, verbose);
  try {
    const code = await main(argv);
    if (typeof code === 'number') process.exitCode = code;
  } catch (error) {
    if (isClosedPipe(error)) process.exit(EXIT.ok);
    console.error(errorLine(name, error, verbose));
    process.exitCode = EXIT.failed;
  }
}
