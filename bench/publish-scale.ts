// The publish step at one bench scale, alone (for timing and peak RSS under /usr/bin/time -v):
//   tsx bench/publish-scale.ts gen N     → /tmp/jdac-scale-N/site_daily/year=*/ (writePartitionedSiteDaily)
//   tsx bench/publish-scale.ts build N   → /tmp/jdac-bench/data-N from /tmp/jdac-scale-N/site_daily(.parquet)
//                                           (sites, manifest, cubes, snapshot; partitioned from 100M)
//   tsx bench/publish-scale.ts cubes DIR → the cubes again, as `npm run data:manifest` writes them (writeRollups with
//                                           its defaults: 1 thread, 1 GB) over the directory's manifest
// `npm run bench -- --reuse-data` then serves a directory built here instead of building it again.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeRollups } from '../scripts/lib/rollup.ts';
import { parseManifest } from '../src/data/manifest.ts';
import { buildScaleDir, PARTITIONED_FROM, publishView, writePartitionedSiteDaily } from './lib/scale-data.ts';

const [mode, arg] = process.argv.slice(2);
const started = performance.now();
if (mode === 'gen' && arg) {
  const dir = `/tmp/jdac-scale-${Number(arg)}/site_daily`;
  console.log(`${await writePartitionedSiteDaily(Number(arg), dir)} rows → ${dir}/year=*/`);
  writeFileSync(join(dir, '_done'), ''); // npm run bench reuses a finished directory
} else if (mode === 'build' && arg) {
  const n = Number(arg);
  const partitioned = n >= PARTITIONED_FROM;
  const built = await buildScaleDir(
    resolve('public/data'),
    partitioned ? `/tmp/jdac-scale-${n}/site_daily` : `/tmp/jdac-scale-${n}/site_daily.parquet`,
    `/tmp/jdac-bench/data-${n}`,
    { partitioned },
  );
  console.log(
    JSON.stringify({
      rows: n,
      sites: built.sites,
      partitions: built.partitions,
      rollupRows: built.rollupRows,
      seconds: built.seconds,
    }),
  );
} else if (mode === 'cubes' && arg) {
  const manifest = parseManifest(JSON.parse(readFileSync(join(arg, 'manifest.json'), 'utf8')));
  const report = await writeRollups(arg, publishView(manifest));
  console.log(JSON.stringify({ sourceRows: report.sourceRows, seconds: report.seconds }));
} else {
  console.error('usage: tsx bench/publish-scale.ts gen N | build N | cubes DIR');
  process.exit(2);
}
console.log(`publish-scale ${mode}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
