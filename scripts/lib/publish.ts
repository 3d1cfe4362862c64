// The publish step behind `npm run data:manifest`, in order: the data contract (nothing is written when a file
// fails), manifest.json, snapshot.json (whose engine also computes the headline figures), the rollups, and last the
// headline history (history.jsonl), appended only once everything else has been written. The steps are passed in
// so that a test can make one of them fail and see that the history is left as it was.
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isDatasetId } from '../../src/data/contract.ts';
import type { Manifest } from '../../src/data/manifest.ts';
import { formatReport } from '../../src/data/validate/format.ts';
import type { HistoryEntry } from '../../src/indicators/history.ts';
import type { validateForPublish } from '../validate.ts';
import type { AppendResult } from './history.ts';
import { describeManifestFailure } from './manifest.ts';

export interface PublishSteps {
  validate(files: string[], dir: string): ReturnType<typeof validateForPublish>;
  buildManifest(dir: string, onIgnored: (file: string) => void): Promise<Manifest>;
  writeManifest(dir: string, manifest: Manifest): Promise<string>;
  /** Writes snapshot.json and returns the history entry computed on the same loaded engine. */
  writeSnapshot(dir: string, manifest: Manifest): Promise<{ bytes: number; queries: number; entry: HistoryEntry }>;
  writeRollups(dir: string, manifest: Manifest): Promise<{ tables: { id: string; rows: number; bytes: number }[] }>;
  appendHistory(dir: string, entry: HistoryEntry): Promise<AppendResult>;
}

export interface PublishLog {
  log(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}

/** The real steps. Imported lazily: the contract check needs nothing of the app and reports even when it breaks. */
export const DEFAULT_STEPS: PublishSteps = {
  async validate(files, dir) {
    const { validateForPublish } = await import('../validate.ts');
    return validateForPublish(files, { refsDir: dir });
  },
  async buildManifest(dir, onIgnored) {
    const { buildManifest } = await import('./manifest.ts');
    return buildManifest(dir, { onIgnored });
  },
  async writeManifest(dir, manifest) {
    const { writeManifest } = await import('./manifest.ts');
    return writeManifest(dir, manifest);
  },
  async writeSnapshot(dir, manifest) {
    // The snapshot needs the views' first-view queries; the history the catalog's headline requests.
    const [{ writeSnapshot }, { historyEntry }] = await Promise.all([import('./snapshot.ts'), import('./history.ts')]);
    let entry: HistoryEntry | null = null;
    const snap = await writeSnapshot(dir, manifest, async (engine) => {
      entry = await historyEntry(engine, manifest);
    });
    if (!entry) throw new Error('the headline figures were not computed');
    return { ...snap, entry };
  },
  async writeRollups(dir, manifest) {
    const { writeRollups } = await import('./rollup.ts');
    const rollups = await writeRollups(dir, manifest);
    return {
      tables: rollups.index.tables.map((t) => ({
        id: t.id,
        rows: t.rows,
        bytes: t.files.reduce((n, f) => n + f.bytes, 0),
      })),
    };
  },
  async appendHistory(dir, entry) {
    const { appendHistory } = await import('./history.ts');
    return appendHistory(dir, entry);
  },
};

/** Runs the publish step on `dir`; returns the exit code (0 published, 1 nothing or not everything written). */
export async function publish(
  dir: string,
  steps: PublishSteps = DEFAULT_STEPS,
  out: PublishLog = console,
): Promise<number> {
  let manifestWritten = false;
  try {
    // The contract first: a file that fails is never published (the dashboard would refuse it at load anyway).
    const datasetFiles = (await readdir(dir))
      .filter((name) => {
        const m = /^(.+)\.(parquet|csv)$/.exec(name);
        return m?.[1] !== undefined && isDatasetId(m[1]);
      })
      .sort()
      .map((name) => join(dir, name));
    const reports = await steps.validate(datasetFiles, dir);
    const failed = reports.filter((r) => !r.ok);
    if (failed.length > 0) {
      for (const r of failed) out.error(`${formatReport(r, 'id')}\n`);
      out.error(
        `data-manifest: ${failed.length} of ${reports.length} file(s) fail the data contract: ` +
          `${failed.map((r) => relative(dir, r.fileName)).join(', ')}. Fix and export them again ` +
          '(npm run validate -- --publish <file> shows the same report).',
      );
      out.error('data-manifest: manifest.json was not written.');
      return 1;
    }
    const manifest = await steps.buildManifest(dir, (f) =>
      out.warn(`data-manifest: ignoring ${f} (not a dataset of the contract)`),
    );
    const path = await steps.writeManifest(dir, manifest);
    manifestWritten = true;
    out.log(
      `data-manifest: wrote ${relative(process.cwd(), path)} (version ${manifest.version}, as_of ${manifest.as_of})`,
    );
    for (const d of manifest.datasets) {
      out.log(
        `  ${d.id.padEnd(17)} ${String(d.row_count).padStart(8)} rows  ${d.period.start}…${d.period.end}  as_of ${d.as_of}  ${d.files.map((f) => f.path).join(', ')}`,
      );
    }
    // First-view results for a cold start that does not wait for DuckDB (src/data/snapshot.ts).
    const snap = await steps.writeSnapshot(dir, manifest);
    out.log(`data-manifest: wrote snapshot.json (${snap.queries} first-view queries, ${snap.bytes} bytes)`);
    // Telemetry rollups the panels read (src/data/rollups.ts), tied to the source files' sha256.
    const rollups = await steps.writeRollups(dir, manifest);
    out.log('data-manifest: wrote rollups.json and rollups/*.parquet');
    for (const t of rollups.tables)
      out.log(`  ${t.id.padEnd(24)} ${String(t.rows).padStart(8)} rows  ${(t.bytes / 1024).toFixed(1)} KB`);
    // Last: the history records only a publication whose every file was written.
    const history = await steps.appendHistory(dir, snap.entry);
    if (history.status === 'appended') {
      out.log(
        `data-manifest: appended version ${manifest.version} to history.jsonl (${history.entries} version(s), ${snap.entry.figures.length} headline figures)`,
      );
    } else {
      out.log(`data-manifest: history.jsonl already holds version ${manifest.version}; left as it was`);
      if (history.differs.length > 0)
        out.warn(
          `data-manifest: the recorded figures of version ${manifest.version} differ from those computed now ` +
            `(${history.differs.join(', ')}): the history keeps what was first published`,
        );
    }
    return 0;
  } catch (error) {
    out.error(`data-manifest: ${describeManifestFailure(error)}`);
    out.error(
      manifestWritten
        ? 'data-manifest: the publication is incomplete (manifest.json was written); history.jsonl was not changed.'
        : 'data-manifest: manifest.json was not written; history.jsonl was not changed.',
    );
    return 1;
  }
}
