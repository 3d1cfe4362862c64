// The scripts in a shell, as users run them: `npx tsx scripts/validate.ts … | head -1` prints one line and ends
// quietly (no EPIPE stack trace) with the exit code its --help documents for a closed pipe; an error nobody caught
// is one line, its stack only with --verbose; the Chromium check names what to run.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { missingChromiumLine } from '../ensure-chromium.ts';
import { errorLine, splitVerbose } from './cli.ts';

const ROOT = join(import.meta.dirname, '..', '..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(file: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd: ROOT, maxBuffer: 8 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

// 400 copies of a failing fixture: about 250 KB of report, far more than a pipe holds, so the script is still
// writing when `head` has gone and its next write meets the closed pipe — every time, not by luck of timing.
const FAILING = 'tests/fixtures/validation/uptime-out-of-range.csv';
const MANY = Array.from({ length: 400 }, () => FAILING).join(' ');
const STACK = /^\s+at |EPIPE|node:events|Unhandled 'error'/m;

let dir: string;
let piped: Run;
let whole: Run;
let help: Run;
let thrown: Run;
let thrownVerbose: Run;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'jdac-cli-'));
  // A script whose main throws what no one expected (a multi-line message, as DuckDB's are).
  const script = join(dir, 'throws.mts');
  writeFileSync(
    script,
    `import { runCli } from ${JSON.stringify(join(ROOT, 'scripts', 'lib', 'cli.ts'))};\n` +
      `await runCli('throws', async () => { throw new Error('the table is gone\\nCandidate tables: a, b'); });\n`,
  );
  [piped, whole, help, thrown, thrownVerbose] = await Promise.all([
    run('bash', [
      '-c',
      `npx tsx scripts/validate.ts --no-refs ${MANY} | head -1; echo "validate exit \${PIPESTATUS[0]}" >&2`,
    ]),
    run('npx', ['tsx', 'scripts/validate.ts', '--no-refs', FAILING]),
    run('npx', ['tsx', 'scripts/validate.ts', '--help']),
    run('npx', ['tsx', script]),
    run('npx', ['tsx', script, '--verbose']),
  ]);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a script whose reader closes the pipe (| head -1)', () => {
  it('prints one line and exits quietly with the code --help documents for it', () => {
    expect(piped.stdout).toBe(`GAGAL  ${FAILING}  (2 galat)\n`);
    expect(piped.stderr).not.toMatch(STACK);
    // The documented code for a closed pipe (0), not the 1 the same files give when read to the end.
    expect(piped.stderr.trim()).toBe('validate exit 0');
    expect(help.stdout).toContain('0 also when the reader closes the output early');
    expect(whole.code).toBe(1);
    expect(help.stdout).toMatch(/^ {2}1 {2}a file has errors$/m);
  });
});

describe('an unexpected error', () => {
  it('is one line naming the script, exit 1; the stack only with --verbose', () => {
    expect(thrown.code).toBe(1);
    expect(thrown.stderr).toBe('throws: the table is gone (--verbose for details)\n');
    expect(thrownVerbose.code).toBe(1);
    expect(thrownVerbose.stderr).toMatch(/^throws: Error: the table is gone\nCandidate tables: a, b\n\s+at /);
  });

  it('keeps the first non-empty line of the message, and any thrown value', () => {
    expect(errorLine('x', new Error('\n  first\nsecond'))).toBe('x: first (--verbose for details)');
    expect(errorLine('x', 'plain', true)).toBe('x: plain');
  });
});

describe('--verbose', () => {
  it('is taken out of the arguments, unless it comes after --', () => {
    expect(splitVerbose(['a', '--verbose', 'b'])).toEqual({ argv: ['a', 'b'], verbose: true });
    expect(splitVerbose(['a', '--', '--verbose'])).toEqual({ argv: ['a', '--', '--verbose'], verbose: false });
  });
});

describe('the Chromium check before npm test', () => {
  it('says what to do when CHROMIUM_PATH points at nothing, and nothing when it points at a program', () => {
    expect(missingChromiumLine({ CHROMIUM_PATH: join(dir, 'no-chromium') })).toBe(
      `No Chromium at CHROMIUM_PATH=${join(dir, 'no-chromium')}: point it at a Chromium binary, or unset it to use /usr/bin/chromium.`,
    );
    expect(missingChromiumLine({ CHROMIUM_PATH: process.execPath })).toBeNull();
  });
});
