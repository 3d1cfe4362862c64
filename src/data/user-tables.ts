// Tables the analyst brings (uploads): registered as `upload_<safe_name>` in the same DuckDB, beside — never
// instead of — the official tables. Official panels never read them (their queries name official tables only);
// the SQL console can join them with `villages`/`regencies` by code; the UI labels them "data unggahan" wherever
// they appear. Rows arrive as Arrow IPC batches from the upload worker (src/data/workers/upload.worker.ts) and go
// into a staging table (`insertArrowFromIPCStream`, immune to duplicate apache-arrow copies), then into the final
// table with the planned names and types (src/data/workers/table-plan.ts). Tables can be removed (DROP TABLE).
import { DATASET_IDS } from './contract.ts';
import { browserEngine, ensureTables, withDatabase } from './duckdb-browser.ts';
import { wibTimestamp } from './export/provenance.ts';
import { arrowToRows } from './rows.ts';
import { waitForManifest } from './sql-console.ts';
import { createStore } from './status-store.ts';
import {
  JOIN_KEYS,
  joinKeysOf,
  UNJOINED_LIST,
  type UnjoinedReport,
  unjoinedReport,
  unjoinedSql,
} from './upload-joins.ts';
import {
  finaliseSql,
  isUploadTableName,
  quoteIdent,
  safeTableName,
  stageTable,
  type UploadPlan,
} from './workers/table-plan.ts';
import type { OfficialReferences } from './workers/upload-protocol.ts';
import { REFERENCE_DATASETS, REFERENCE_KEYS } from './workers/validate-job.ts';

export interface UploadedTable extends UploadPlan {
  rowCount: number;
  /** Rows of the file left out (invalid against the contract). */
  rejectedRows: number;
  /** When it was loaded, ISO 8601 in WIB. */
  loadedAt: string;
  /** Per code column (village_code, regency_code): the rows whose code is not in the loaded official table. */
  unjoined: UnjoinedReport[];
}

/** The upload tables of this session, newest last. */
export const uploadedTables = createStore<UploadedTable[]>([]);

/** A table name for a file that clashes with neither an upload nor an official table. */
export function uploadTableName(fileName: string): string {
  const taken = [...uploadedTables.get().map((u) => u.table), ...DATASET_IDS];
  return safeTableName(fileName, taken);
}

export interface TableWriter {
  /** Appends one Arrow IPC batch (in order). */
  add(ipc: Uint8Array, rows: number): Promise<void>;
  /** Creates the final table and registers it (`columns`: the same columns with the labels found in the file). */
  finish(extra?: { rejectedRows?: number; columns?: UploadPlan['columns'] }): Promise<UploadedTable>;
  /** Drops what was staged (after a cancel or an error). */
  abort(): Promise<void>;
}

/** Starts writing an upload table. Nothing is visible under `plan.table` until finish(). */
export function beginUpload(plan: UploadPlan): TableWriter {
  if (!isUploadTableName(plan.table)) throw new Error(`Nama tabel unggahan tidak sah: ${plan.table}`);
  const stage = stageTable(plan.table);
  let batches = 0;
  let rows = 0;
  let chain: Promise<void> = withDatabase(async (_db, conn) => {
    await conn.query(`DROP TABLE IF EXISTS ${quoteIdent(stage)}`);
  });
  return {
    add(ipc, n) {
      chain = chain.then(() =>
        withDatabase(async (_db, conn) => {
          await conn.insertArrowFromIPCStream(ipc, { name: stage, create: batches === 0 });
          batches++;
          rows += n;
        }),
      );
      return chain;
    },
    async finish(extra = {}) {
      await chain;
      await withDatabase(async (_db, conn) => {
        for (const sql of finaliseSql(plan, batches > 0)) await conn.query(sql);
      });
      const table: UploadedTable = {
        ...plan,
        columns: extra.columns ?? plan.columns,
        rowCount: rows,
        rejectedRows: extra.rejectedRows ?? 0,
        loadedAt: wibTimestamp(new Date()),
        unjoined: rows > 0 ? await unjoinedCodes(plan.table, plan.columns) : [],
      };
      uploadedTables.set([...uploadedTables.get().filter((u) => u.table !== plan.table), table]);
      return table;
    },
    async abort() {
      await chain.catch(() => undefined);
      await withDatabase(async (_db, conn) => {
        await conn.query(`DROP TABLE IF EXISTS ${quoteIdent(stage)}`);
      });
    },
  };
}

/** Registers a table from Arrow IPC batches in one go. */
export async function registerUpload(plan: UploadPlan, batches: readonly Uint8Array[]): Promise<UploadedTable> {
  const writer = beginUpload(plan);
  try {
    for (const ipc of batches) await writer.add(ipc, 0);
    return await writer.finish();
  } catch (err) {
    await writer.abort();
    throw err;
  }
}

/**
 * The codes of an upload that join to nothing: for each of its `village_code` / `regency_code` columns, the rows
 * whose code is not in the loaded `villages` / `regencies` (src/data/upload-joins.ts builds the SQL; the list length
 * is a bound parameter). Official tables the manifest does not publish are skipped.
 */
export async function unjoinedCodes(
  table: string,
  columns: readonly { name: string }[],
  limit = UNJOINED_LIST,
): Promise<UnjoinedReport[]> {
  const names = columns.map((c) => c.name);
  if (!JOIN_KEYS.some((k) => names.includes(k.column))) return [];
  const manifest = await waitForManifest();
  const published = JOIN_KEYS.map((k) => k.reference).filter((id) => manifest.datasets.some((d) => d.id === id));
  const keys = joinKeysOf(names, published);
  if (keys.length === 0) return [];
  await ensureTables(
    manifest,
    keys.map((k) => k.reference),
  );
  return withDatabase(async (_db, conn) => {
    const out: UnjoinedReport[] = [];
    for (const key of keys) {
      const stmt = await conn.prepare(unjoinedSql(table, key));
      try {
        out.push(unjoinedReport(key, arrowToRows(await stmt.query(limit))));
      } finally {
        await stmt.close();
      }
    }
    return out;
  });
}

/** Removes an upload table (only names this module makes; official tables can never be dropped here). */
export async function dropUpload(table: string): Promise<void> {
  if (!isUploadTableName(table)) throw new Error(`Bukan tabel unggahan: ${table}`);
  await withDatabase(async (_db, conn) => {
    await conn.query(`DROP TABLE IF EXISTS ${quoteIdent(table)}`);
  });
  uploadedTables.set(uploadedTables.get().filter((u) => u.table !== table));
}

/** Row count of an upload table as DuckDB sees it (for checks and tests). */
export async function countUploadRows(table: string): Promise<number> {
  if (!isUploadTableName(table)) throw new Error(`Bukan tabel unggahan: ${table}`);
  return withDatabase(async (_db, conn) => {
    const rows = arrowToRows(await conn.query(`SELECT count(*) AS n FROM ${quoteIdent(table)}`));
    return Number(rows[0]?.n ?? 0);
  });
}

/**
 * The official key lists the validator checks an upload's references against: code lists (villages, regencies,
 * sites) and the vocabularies (programmes, technologies) — whichever of them the manifest publishes.
 */
export async function officialReferences(): Promise<OfficialReferences> {
  const manifest = await waitForManifest();
  const ids = REFERENCE_DATASETS.filter((id) => manifest.datasets.some((d) => d.id === id));
  await ensureTables(manifest, ids);
  const lists = await Promise.all(
    ids.map(async (id) => {
      const column = REFERENCE_KEYS[id] as string;
      // Identifiers from the contract, never from input.
      const rows = await browserEngine.run({ sql: `SELECT "${column}" AS k FROM "${id}"`, params: [], tables: [id] });
      return [id, rows.map((r) => String(r.k))] as const;
    }),
  );
  return Object.fromEntries(lists);
}
