// public/data/history.jsonl (src/indicators/history.ts): one line per published data version with its headline
// figures. Appended, never rewritten: the new file is the old file's bytes followed by one line, written to a temp
// file and renamed over the old one, so a reader (or a crash) sees either the old file or the new one, never half.
// A version already in the file is not added again. The publish step (scripts/lib/publish.ts) calls this last,
// after every other file is written: a publish that fails leaves the history as it was.
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataEngine } from '../../src/data/engine-types.ts';
import type { Manifest } from '../../src/data/manifest.ts';
import {
  HISTORY_FILE,
  HISTORY_VERSION,
  type HistoryEntry,
  historyEntrySchema,
  historyLine,
  parseHistory,
} from '../../src/indicators/history.ts';
import { headlineFigures } from '../../src/indicators/history-headlines.ts';

/** The entry of a manifest: its version and dates, and the headline figures the catalog computes on `engine`. */
export async function historyEntry(
  engine: Pick<DataEngine, 'run'>,
  manifest: Pick<Manifest, 'version' | 'as_of' | 'generated_at' | 'datasets'>,
): Promise<HistoryEntry> {
  const figures = await headlineFigures(engine, manifest);
  return historyEntrySchema.parse({
    history_version: HISTORY_VERSION,
    version: manifest.version,
    as_of: manifest.as_of,
    generated_at: manifest.generated_at,
    figures,
  });
}

export type AppendResult =
  | { status: 'appended'; path: string; entries: number }
  /** The version is in the file already: nothing written. `differs` names figures computed differently now. */
  | { status: 'present'; path: string; entries: number; differs: string[] };

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

const figureId = (f: HistoryEntry['figures'][number]) => `${f.key} ${f.period} ${f.scope}`.trim();

/**
 * Appends `entry` to `<dir>/history.jsonl` unless its version is there already. Refuses (throws, file untouched)
 * when the existing file has a bad line: appending after it would bury a problem a steward has to look at.
 */
export async function appendHistory(dir: string, entry: HistoryEntry): Promise<AppendResult> {
  const path = join(dir, HISTORY_FILE);
  const old = (await readText(path)) ?? '';
  const parsed = parseHistory(old);
  if (parsed.problems.length > 0)
    throw new Error(
      `${HISTORY_FILE} has bad lines; fix them first (nothing appended):\n  ${parsed.problems.join('\n  ')}`,
    );
  const existing = parsed.entries.find((e) => e.version === entry.version);
  if (existing) {
    // Kept as first published; a figure computed differently now (a changed definition) is reported, not rewritten.
    const then = new Map(existing.figures.map((f) => [figureId(f), f.value]));
    const now = new Map(entry.figures.map((f) => [figureId(f), f.value]));
    const ids = new Set([...then.keys(), ...now.keys()]);
    const differs = [...ids].filter((id) => then.get(id) !== now.get(id)).sort();
    return { status: 'present', path, entries: parsed.entries.length, differs };
  }
  // The earlier bytes exactly as they are; a file whose last line lacks its newline gets one first.
  const prefix = old === '' || old.endsWith('\n') ? old : `${old}\n`;
  const temp = join(dir, `.${HISTORY_FILE}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, `${prefix}${historyLine(entry)}\n`, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return { status: 'appended', path, entries: parsed.entries.length + 1 };
}
