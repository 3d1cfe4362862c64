// Precomputed results for the first view (public/data/snapshot.json), tied to the manifest version: the same SQL
// run at publish time in DuckDB-WASM. A request is answered from it only when its SQL text and parameters match
// exactly and the snapshot's version equals the manifest's, so figures are never approximate and never stale.
import type { QueryRequest } from './engine-types.ts';
import type { Row } from './rows.ts';

export interface Snapshot {
  snapshot_version: 1;
  /** The manifest version the results were computed from. */
  version: string;
  results: { sql: string; params: unknown[]; rows: Row[] }[];
}

export const snapshotKey = (req: Pick<QueryRequest, 'sql' | 'params'>) =>
  `${req.sql}\u0000${JSON.stringify(req.params)}`;

export class SnapshotIndex {
  private readonly byKey = new Map<string, Row[]>();
  constructor(
    readonly version: string,
    results: Snapshot['results'],
  ) {
    for (const r of results)
      this.byKey.set(snapshotKey({ sql: r.sql, params: r.params as QueryRequest['params'] }), r.rows);
  }
  lookup(version: string, req: QueryRequest): Row[] | undefined {
    return version === this.version ? this.byKey.get(snapshotKey(req)) : undefined;
  }
}

export function parseSnapshot(json: unknown): SnapshotIndex | null {
  const s = json as Partial<Snapshot> | null;
  if (!s || s.snapshot_version !== 1 || typeof s.version !== 'string' || !Array.isArray(s.results)) return null;
  const ok = s.results.every((r) => typeof r?.sql === 'string' && Array.isArray(r.params) && Array.isArray(r.rows));
  return ok ? new SnapshotIndex(s.version, s.results) : null;
}
