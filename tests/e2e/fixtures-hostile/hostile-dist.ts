// A copy of the production build whose published data carries markup in every free-text field a user can see:
// regency names, village names and district names (programme, technology, status are enums the contract
// validates, codes have patterns). The Parquet and CSV twins are rewritten with native DuckDB
// (COPY … (FORMAT parquet, COMPRESSION zstd), the same writer as the sample data) and manifest.json is recomputed
// with the real manifest builder, so the browser sees a consistent, contract-valid, hostile publication.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDuck, queryRows, sqlString, writeDataset } from '../../../scripts/lib/duck.ts';
import { buildManifest, writeManifest } from '../../../scripts/lib/manifest.ts';
import { CONTRACT, type DatasetId } from '../../../src/data/contract.ts';

/** Each sets window.__xss if it ever runs. */
export const PAYLOADS = {
  img: '<img src=x onerror="window.__xss=1">',
  svg: '<svg onload="window.__xss=2"></svg>',
  script: '"><script>window.__xss=3</script>',
  attr: "' onmouseover='window.__xss=4' x='",
} as const;

/** The regency whose name is hostile (Merangin: it has villages, sites and a GSM repeater plan). */
export const HOSTILE_REGENCY_CODE = '15.02';
export const HOSTILE_REGENCY_NAME = `Merangin ${PAYLOADS.img}`;

export interface HostileDist {
  dir: string;
  /** Hostile village names (the villages of GSM repeater sites: the repeater plan table lists them). */
  villageNames: string[];
  districtNames: string[];
  cleanup(): void;
}

async function readCsv(conn: Awaited<ReturnType<typeof openDuck>>, id: DatasetId, path: string): Promise<void> {
  const columns = CONTRACT[id].columns.map((c) => `${sqlString(c.name)}: ${sqlString(c.sql)}`).join(', ');
  await conn.run(
    `CREATE TABLE "${id}" AS SELECT * FROM read_csv(${sqlString(path)}, header = true, delim = ',', quote = '"',
      escape = '"', auto_detect = false, dateformat = '%Y-%m-%d', columns = {${columns}})`,
  );
}

/**
 * A private copy of the build (≈ 55 MB, well under a second: a concurrent `npm run build` cannot pull files from
 * under the test), without the precomputed first-view results: they were computed from the original files and
 * must not stand in for the changed ones.
 */
export function copyDist(distDir = 'dist', prefix = 'jdac-dist-'): { dir: string; data: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(distDir, dir, { recursive: true });
  const data = join(dir, 'data');
  rmSync(join(data, 'snapshot.json'), { force: true });
  return { dir, data, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function buildHostileDist(distDir = 'dist'): Promise<HostileDist> {
  const { dir, data, cleanup } = copyDist(distDir, 'jdac-hostile-');

  const conn = await openDuck();
  try {
    for (const id of ['regencies', 'villages', 'sites'] as const) await readCsv(conn, id, join(data, `${id}.csv`));
    await conn.run(
      `UPDATE regencies SET name = ${sqlString(HOSTILE_REGENCY_NAME)} WHERE regency_code = ${sqlString(HOSTILE_REGENCY_CODE)}`,
    );
    const repeaterVillages = `SELECT village_code FROM sites WHERE technology = 'GSM repeater'`;
    await conn.run(
      `UPDATE villages SET name = name || ' ' || ${sqlString(PAYLOADS.img)} || ' & ' || ${sqlString(PAYLOADS.attr)}
       WHERE village_code IN (${repeaterVillages})`,
    );
    await conn.run(
      `UPDATE villages SET district_name = district_name || ' ' || ${sqlString(PAYLOADS.svg)}
       WHERE district_code IN (SELECT district_code FROM villages WHERE village_code IN (${repeaterVillages}))`,
    );
    // Every village of one Merangin district gets the script-breaking payload too.
    await conn.run(
      `UPDATE villages SET name = name || ' ' || ${sqlString(PAYLOADS.script)}
       WHERE district_code = (SELECT min(district_code) FROM villages WHERE regency_code = '15.02')`,
    );
    const villageNames = (
      await queryRows(conn, `SELECT name FROM villages WHERE village_code IN (${repeaterVillages}) ORDER BY name`)
    ).map((r) => String(r.name));
    const districtNames = (
      await queryRows(conn, `SELECT DISTINCT district_name FROM villages WHERE district_name LIKE '%<svg%'`)
    ).map((r) => String(r.district_name));
    for (const id of ['regencies', 'villages'] as const) await writeDataset(conn, id, data);
    const manifest = await buildManifest(data);
    await writeManifest(data, manifest);
    return { dir, villageNames, districtNames, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  } finally {
    conn.closeSync();
  }
}
