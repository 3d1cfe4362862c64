// npm run data:manifest [-- --dir DIR]
// Recomputes public/data/manifest.json from the dataset files present (<id>.parquet / <id>.csv). Stewards run it
// after replacing an export. Nothing is written when a file fails the data contract (the same validator as the
// browser and `npm run validate -- --publish`, codes and vocabulary values — sites.programme, sites.technology —
// checked against the other files of the directory), cannot be read, or the result fails the schema.
import { readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { isDatasetId } from '../src/data/contract.ts';
import { formatReport } from '../src/data/validate/format.ts';
import { exitCodesHelp, runCli } from './lib/cli.ts';
import { buildManifest, describeManifestFailure, writeManifest } from './lib/manifest.ts';
import { writeRollups } from './lib/rollup.ts';
import { validateForPublish } from './validate.ts';

export const DEFAULT_DATA_DIR = resolve(import.meta.dirname, '..', 'public', 'data');

async function main(argv: readonly string[]): Promise<number> {
  let dir = DEFAULT_DATA_DIR;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--dir' && argv[i + 1]) dir = resolve(argv[++i] as string);
    else if (arg === '--help' || arg === '-h') {
      console.log(
        `usage: tsx scripts/data-manifest.ts [--dir public/data]\n${exitCodesHelp(['0  manifest, snapshot and rollups written', '1  a file fails the contract or cannot be read: nothing written', '2  usage error'])}`,
      );
      return 0;
    } else {
      console.error(`data-manifest: unknown argument ${arg}`);
      return 2;
    }
  }
  try {
    // The contract first: a file that fails is never published (the dashboard would refuse it at load anyway).
    const datasetFiles = (await readdir(dir))
      .filter((name) => {
        const m = /^(.+)\.(parquet|csv)$/.exec(name);
        return m?.[1] !== undefined && isDatasetId(m[1]);
      })
      .sort()
      .map((name) => join(dir, name));
    const reports = await validateForPublish(datasetFiles, { refsDir: dir });
    const failed = reports.filter((r) => !r.ok);
    if (failed.length > 0) {
      for (const r of failed) console.error(`${formatReport(r, 'id')}\n`);
      console.error(
        `data-manifest: ${failed.length} of ${reports.length} file(s) fail the data contract: ` +
          `${failed.map((r) => relative(dir, r.fileName)).join(', ')}. Fix and export them again ` +
          '(npm run validate -- --publish <file> shows the same report).',
      );
      console.error('data-manifest: manifest.json was not written.');
      return 1;
    }
    const manifest = await buildManifest(dir, {
      onIgnored: (f) => console.warn(`data-manifest: ignoring ${f} (not a dataset of the contract)`),
    });
    // Imported only now (before anything is written): the snapshot needs the views' first-view queries, while the
    // contract check above needs nothing of the app and reports even when the app does not build.
    const { writeSnapshot } = await import('./lib/snapshot.ts');
    const path = await writeManifest(dir, manifest);
    console.log(
      `data-manifest: wrote ${relative(process.cwd(), path)} (version ${manifest.version}, as_of ${manifest.as_of})`,
    );
    for (const d of manifest.datasets) {
      console.log(
        `  ${d.id.padEnd(17)} ${String(d.row_count).padStart(8)} rows  ${d.period.start}…${d.period.end}  as_of ${d.as_of}  ${d.files.map((f) => f.path).join(', ')}`,
      );
    }
    // First-view results for a cold start that does not wait for DuckDB (src/data/snapshot.ts).
    const snap = await writeSnapshot(dir, manifest);
    console.log(`data-manifest: wrote snapshot.json (${snap.queries} first-view queries, ${snap.bytes} bytes)`);
    // Telemetry rollups the panels read (src/data/rollups.ts), tied to the source files' sha256.
    const rollups = await writeRollups(dir, manifest);
    console.log('data-manifest: wrote rollups.json and rollups/*.parquet');
    for (const t of rollups.index.tables) {
      const bytes = t.files.reduce((n, f) => n + f.bytes, 0);
      console.log(`  ${t.id.padEnd(24)} ${String(t.rows).padStart(8)} rows  ${(bytes / 1024).toFixed(1)} KB`);
    }
    return 0;
  } catch (error) {
    console.error(`data-manifest: ${describeManifestFailure(error)}`);
    console.error('data-manifest: manifest.json was not written.');
    return 1;
  }
}

await runCli('data-manifest', main);
