// npm run data:manifest [-- --dir DIR]
// Recomputes public/data/manifest.json from the dataset files present (<id>.parquet / <id>.csv). Stewards run it
// after replacing an export. Nothing is written when a file fails the data contract (the same validator as the
// browser and `npm run validate -- --publish`, codes and vocabulary values — sites.programme, sites.technology —
// checked against the other files of the directory), cannot be read, or the result fails the schema. After the
// manifest, snapshot and rollups it appends the headline figures of the new data version to history.jsonl
// (scripts/lib/history.ts); a publish that fails anywhere leaves the history as it was. Steps: scripts/lib/publish.ts.
import { resolve } from 'node:path';
import { exitCodesHelp, runCli } from './lib/cli.ts';
import { publish } from './lib/publish.ts';

export const DEFAULT_DATA_DIR = resolve(import.meta.dirname, '..', 'public', 'data');

async function main(argv: readonly string[]): Promise<number> {
  let dir = DEFAULT_DATA_DIR;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--dir' && argv[i + 1]) dir = resolve(argv[++i] as string);
    else if (arg === '--help' || arg === '-h') {
      console.log(
        `usage: tsx scripts/data-manifest.ts [--dir public/data]\n${exitCodesHelp(['0  manifest, snapshot, rollups and history written', '1  a file fails the contract or cannot be read: nothing written; any failure: history.jsonl unchanged', '2  usage error'])}`,
      );
      return 0;
    } else {
      console.error(`data-manifest: unknown argument ${arg}`);
      return 2;
    }
  }
  return publish(dir);
}

await runCli('data-manifest', main);
