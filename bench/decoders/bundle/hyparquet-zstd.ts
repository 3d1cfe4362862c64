// Bundle-size entry: baseline + hyparquet + ZSTD only → Arrow (lazy chunk).
import './base.ts';
import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';

export async function loadParquet(db: AsyncDuckDB, bytes: ArrayBuffer): Promise<void> {
  const { hyparquetToArrow } = await import('../candidates/hyparquet-zstd.ts');
  const conn = await db.connect();
  await conn.insertArrowTable(await hyparquetToArrow(bytes), { name: 'site_daily', create: true });
}

(globalThis as Record<string, unknown>).__benchDecoder = loadParquet;
