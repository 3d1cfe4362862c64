// Precomputed results for the first view (public/data/snapshot.json): the same SQL run at publish time in
// DuckDB-WASM over the same Parquet files the browser loads. A request is answered from it only when its SQL text and
// parameters match exactly and the snapshot was computed from exactly the files the manifest publishes now (the
// sha256 of each file it loaded, recorded in the snapshot), so figures are never approximate and never stale.
import type { DatasetId } from './contract.ts';
import type { QueryRequest } from './engine-types.ts';
import { contentKey, type Manifest, preferredFile } from './manifest.ts';
import type { Row } from './rows.ts';

/** A file the results were computed from: the file the browser loads for the dataset (Parquet when published). */
export interface SnapshotFile {
  dataset: DatasetId;
  path: string;
  sha256: string;
}

export interface Snapshot {
  /** 2: with `files`. A version-1 snapshot (tied to the manifest version only) is not used. */
  snapshot_version: 2;
  /** The manifest version the results were computed from. */
  version: string;
  files: SnapshotFile[];
  results: { sql: string; params: unknown[]; rows: Row[] }[];
}

/** What a snapshot is compared with: the manifest the engine serves. */
export type SnapshotManifest = Pick<Manifest, 'version' | 'datasets'>;

export const snapshotKey = (req: Pick<QueryRequest, 'sql' | 'params'>) =>
  `${req.sql}\u0000${JSON.stringify(req.params)}`;

/** The files a manifest has the browser load, one per dataset, as a snapshot records them. */
export function loadedFiles(manifest: SnapshotManifest): SnapshotFile[] {
  return manifest.datasets.map((d) => {
    // A dataset loaded from several parts is recorded under its first part's path and all parts' hashes.
    return { dataset: d.id, path: preferredFile(d).path, sha256: contentKey(d) };
  });
}

export class SnapshotIndex {
  private readonly byKey = new Map<string, Row[]>();
  private bound: SnapshotManifest | null = null;
  constructor(
    readonly version: string,
    results: Snapshot['results'],
    /** The files the results were computed from; empty: tied to nothing, never answers. */
    readonly files: readonly SnapshotFile[] = [],
  ) {
    for (const r of results)
      this.byKey.set(snapshotKey({ sql: r.sql, params: r.params as QueryRequest['params'] }), r.rows);
  }

  /**
   * The datasets whose published file differs from the one the results were computed from (another path or sha256,
   * added or removed); empty when the snapshot belongs to this manifest's content. For reporting a mismatch.
   */
  differences(manifest: SnapshotManifest): DatasetId[] {
    const now = new Map(loadedFiles(manifest).map((f) => [f.dataset, f]));
    const then = new Map(this.files.map((f) => [f.dataset, f]));
    const ids = new Set([...now.keys(), ...then.keys()]);
    return [...ids].filter((id) => {
      const a = now.get(id);
      const b = then.get(id);
      return !a || !b || a.path !== b.path || a.sha256 !== b.sha256;
    });
  }

  /** Whether the results were computed from exactly the files this manifest has the browser load. */
  matches(manifest: SnapshotManifest): boolean {
    return this.files.length > 0 && manifest.version === this.version && this.differences(manifest).length === 0;
  }

  /** The manifest `lookup(version, req)` compares file hashes with (a caller that passes only a version string). */
  bind(manifest: SnapshotManifest): this {
    this.bound = manifest;
    return this;
  }

  /**
   * The precomputed rows of a request, or undefined. Pass the manifest: the answer then requires every file hash to
   * equal the manifest's. Given only a version string, the hashes are those of the manifest bound with `bind` (or
   * `parseSnapshot(json, manifest)`); with none bound, only the version is compared — the manifest version is itself a
   * hash over every published file's sha256, so this is the weaker form of the same tie.
   */
  lookup(manifest: SnapshotManifest | string, req: QueryRequest): Row[] | undefined {
    let ok: boolean;
    if (typeof manifest !== 'string') ok = this.matches(manifest);
    else if (this.bound) ok = manifest === this.bound.version && this.matches(this.bound);
    else ok = this.files.length > 0 && manifest === this.version;
    const rows = ok ? this.byKey.get(snapshotKey(req)) : undefined;
    // For the e2e and the bench: whether first-paint figures came from here, or were refused for another content.
    mark(rows ? 'jdac-snapshot-answered' : ok ? 'jdac-snapshot-not-listed' : 'jdac-snapshot-refused');
    return rows;
  }
}

function mark(name: string): void {
  try {
    globalThis.performance?.mark(name);
  } catch {
    // no User Timing here: nothing to record
  }
}

const isFile = (f: unknown): f is SnapshotFile => {
  const x = f as Partial<SnapshotFile> | null;
  return (
    typeof x?.dataset === 'string' &&
    typeof x.path === 'string' &&
    /^[0-9a-f]{64}(\+[0-9a-f]{64})*$/.test(x.sha256 ?? '')
  );
};

/** The snapshot, or null when absent, broken or of an older format; bound to `manifest` when given. */
export function parseSnapshot(json: unknown, manifest?: SnapshotManifest): SnapshotIndex | null {
  const s = json as Partial<Snapshot> | null;
  if (s?.snapshot_version !== 2 || typeof s.version !== 'string' || !Array.isArray(s.results)) return null;
  if (!Array.isArray(s.files) || s.files.length === 0 || !s.files.every(isFile)) return null;
  const ok = s.results.every((r) => typeof r?.sql === 'string' && Array.isArray(r.params) && Array.isArray(r.rows));
  if (!ok) return null;
  const index = new SnapshotIndex(s.version, s.results, s.files);
  return manifest ? index.bind(manifest) : index;
}
