// Bundle-size entry: baseline + parquet-wasm through src/data/parquet.ts (lazy chunk + lazy wasm).
import './base.ts';
import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';

export async function loadParquet(db: AsyncDuckDB, bytes: ArrayBuffer): Promise<void> {
  const { parquetToArrow } = await import('../../../src/data/parquet.ts');
  const conn = await db.connect();
  await conn.insertArrowTable(await parquetToArrow(bytes), { name: 'site_daily', create: true });
}

(globalThis as Record<string, unknown>).__benchDecoder = loadParquet;
