// npm run data:rollup [-- --dir DIR] [--memory 1GB] [--threads 1]
// Computes the rollups of site_daily (src/data/rollups.ts) from the published files in DIR (default public/data),
// as described by DIR/manifest.json, with native DuckDB; writes DIR/rollups/*.parquet and DIR/rollups.json.
// Run it after `npm run data:manifest`: the index records the sha256 of the source files, and the browser uses the
// rollups only while those match the manifest (otherwise it computes them itself from the datasets, more slowly).
import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseManifest } from '../src/data/manifest.ts';
import { exitCodesHelp, runCli } from './lib/cli.ts';
import { describeManifestFailure } from './lib/manifest.ts';
import { ROLLUP_INDEX, writeRollups } from './lib/rollup.ts';

const DEFAULT_DATA_DIR = resolve(import.meta.dirname, '..', 'public', 'data');

async function main(argv: readonly string[]): Promise<number> {
  let dir = DEFAULT_DATA_DIR;
  let memoryLimit: string | undefined;
  let threads: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = argv[i + 1];
    if (arg === '--dir' && next) {
      dir = resolve(next);
      i++;
    } else if (arg === '--memory' && next) {
      memoryLimit = next;
      i++;
    } else if (arg === '--threads' && next) {
      threads = Number(next);
      i++;
      if (!Number.isInteger(threads) || threads < 1) {
        console.error(`data-rollup: --threads needs a positive whole number, got ${next}`);
        return 2;
      }
    } else if (arg === '--help' || arg === '-h') {
      console.log(
        `usage: tsx scripts/data-rollup.ts [--dir public/data] [--memory 1GB] [--threads 1]\n${exitCodesHelp(['0  rollups written', '1  the manifest or a file cannot be read: rollups.json not written', '2  usage error'])}`,
      );
      return 0;
    } else {
      console.error(`data-rollup: unknown argument ${arg}`);
      return 2;
    }
  }
  try {
    const manifest = parseManifest(JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')));
    const started = performance.now();
    const report = await writeRollups(dir, manifest, { memoryLimit, threads });
    const where = relative(process.cwd(), join(dir, ROLLUP_INDEX)) || ROLLUP_INDEX;
    console.log(
      `data-rollup: wrote ${where} from site_daily ${report.sourceRows.site_daily ?? '?'} rows ` +
        `in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    for (const t of report.index.tables) {
      const bytes = t.files.reduce((n, f) => n + f.bytes, 0);
      console.log(
        `  ${t.id.padEnd(24)} ${String(t.rows).padStart(9)} rows  ${(bytes / 1024).toFixed(1).padStart(8)} KB  ` +
          `${report.seconds[t.id].toFixed(1)} s  ${t.files.map((f) => f.path).join(', ')}`,
      );
    }
    return 0;
  } catch (error) {
    console.error(`data-rollup: ${describeManifestFailure(error)}`);
    console.error('data-rollup: rollups.json was not written (the browser computes the rollups itself).');
    return 1;
  }
}

await runCli('data-rollup', main);
