// npm run data:manifest [-- --dir DIR]
// Recomputes public/data/manifest.json from the dataset files present (<id>.parquet / <id>.csv). Stewards run it
// after replacing an export. Nothing is written when a file cannot be read or the result fails the schema.
import { relative, resolve } from 'node:path';
import { buildManifest, describeManifestFailure, writeManifest } from './lib/manifest.ts';

export const DEFAULT_DATA_DIR = resolve(import.meta.dirname, '..', 'public', 'data');

async function main(argv: readonly string[]): Promise<number> {
  let dir = DEFAULT_DATA_DIR;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--dir' && argv[i + 1]) dir = resolve(argv[++i] as string);
    else if (arg === '--help' || arg === '-h') {
      console.log('usage: tsx scripts/data-manifest.ts [--dir public/data]');
      return 0;
    } else {
      console.error(`data-manifest: unknown argument ${arg}`);
      return 2;
    }
  }
  try {
    const manifest = await buildManifest(dir, {
      onIgnored: (f) => console.warn(`data-manifest: ignoring ${f} (not a dataset of the contract)`),
    });
    const path = await writeManifest(dir, manifest);
    console.log(
      `data-manifest: wrote ${relative(process.cwd(), path)} (version ${manifest.version}, as_of ${manifest.as_of})`,
    );
    for (const d of manifest.datasets) {
      console.log(
        `  ${d.id.padEnd(17)} ${String(d.row_count).padStart(8)} rows  ${d.period.start}…${d.period.end}  as_of ${d.as_of}  ${d.files.map((f) => f.path).join(', ')}`,
      );
    }
    return 0;
  } catch (error) {
    console.error(`data-manifest: ${describeManifestFailure(error)}`);
    console.error('data-manifest: manifest.json was not written.');
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
