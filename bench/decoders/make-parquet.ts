// Writes a synthetic `site_daily` Parquet file (same schema as the data contract) with native DuckDB.
// Used by scripts/bench-decoders.ts when no file is given. Deterministic: same rows every run.
//   npx tsx bench/decoders/make-parquet.ts [out.parquet] [rows]
import { DuckDBInstance } from '@duckdb/node-api';

export const DEFAULT_PARQUET = '/tmp/jdac-bench/site_daily_1m.parquet';

export async function makeSiteDailyParquet(out: string, rows = 1_000_000, sites = 300): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  try {
    const q = `'${out.replaceAll("'", "''")}'`;
    // Row i -> site (i % sites), day (i // sites). Values from hash(i) so they do not depend on thread scheduling.
    await conn.run(`
      COPY (
        SELECT
          printf('IDD%02d-%03d', 23 + (s // 100), (s % 100) + 1)::VARCHAR        AS site_id,
          (DATE '2016-01-01' + d::INTEGER)::DATE                                   AS date,
          -- Telemetry-like values: a per-site level plus daily noise, rounded as a monitoring export would be.
          least(100, round(95 + (hash(i, 1) % 600) / 100.0, 2))::DOUBLE            AS uptime_pct,
          round(5 + (hash(s, 2) % 40) + (hash(i, 2) % 100) / 10.0, 1)::DOUBLE      AS down_mbps,
          round(2 + (hash(s, 3) % 30) + (hash(i, 3) % 1000) / 100.0, 2)::DOUBLE    AS data_gb,
          (20 + hash(s, 4) % 300 + hash(i, 4) % 60)::INTEGER                       AS users
        FROM (SELECT i, i % ${sites} AS s, i // ${sites} AS d FROM range(${rows}) t(i))
        ORDER BY site_id, date
      ) TO ${q} (FORMAT parquet, COMPRESSION zstd)`);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? DEFAULT_PARQUET;
  const rows = Number(process.argv[3] ?? 1_000_000);
  const { mkdirSync } = await import('node:fs');
  const { dirname } = await import('node:path');
  mkdirSync(dirname(out), { recursive: true });
  const t0 = performance.now();
  await makeSiteDailyParquet(out, rows);
  console.log(`${out}: ${rows} rows in ${Math.round(performance.now() - t0)} ms`);
}
