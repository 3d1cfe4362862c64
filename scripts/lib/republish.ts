// Data versions for the wall's republish soak (scripts/bench-soak.ts --republish N), published into a private copy
// of the build the way scripts/data-manifest.ts publishes: new files beside the old ones, then manifest.json
// rewritten with their size and sha256. Every version changes the targets (planned installations + k on every row,
// the province's blankspot target − k), so each version's figures differ from every other's. One republish is a
// rollback (an earlier version's manifest, its files as they were), one an invalid file (targets without its
// planned_installations column: the contract check refuses it, the last good version must stay on screen).
//
// The expected figures come from native DuckDB (tests/e2e/public-data.ts loads the copy's files; the targets table
// is replaced by each version's file) running the reference SQL of tests/reference/indicators.ts: nothing goes
// through the app's loaders or query builders.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest, ManifestFile } from '../../src/data/manifest.ts';
import { type PublicDataDb, publicDataDb } from '../../tests/e2e/public-data.ts';
import { REFERENCE_IDS, referenceSql } from '../../tests/reference/indicators.ts';
import { contractSelectList, openDuck, sqlString } from './duck.ts';
import { sha256File } from './manifest.ts';

/** One republish: a new version, a rollback to an earlier one, or a file that fails validation. */
export type RepublishStep =
  | { kind: 'new'; version: number }
  | { kind: 'rollback'; version: number }
  | { kind: 'invalid'; version: number };

/**
 * The plan for `n` republishes: new versions 1, 2, …; at the middle a rollback to an earlier version (not the one on
 * screen); at three quarters an invalid file (the version expected on screen stays the last good one).
 */
export function republishPlan(n: number): RepublishStep[] {
  if (n < 3) throw new Error('--republish needs at least 3 (new versions, one rollback, one invalid file)');
  const rollbackAt = Math.max(1, Math.floor(n / 2)); // index in the plan
  const invalidAt = Math.max(rollbackAt + 1, Math.floor((3 * n) / 4));
  const steps: RepublishStep[] = [];
  let next = 1;
  let onScreen = 0;
  for (let i = 0; i < n; i++) {
    if (i === rollbackAt) {
      const to = Math.floor(onScreen / 2); // onScreen ≥ 1 here: an earlier version than the one on screen
      steps.push({ kind: 'rollback', version: to });
      onScreen = to;
    } else if (i === invalidAt) {
      steps.push({ kind: 'invalid', version: onScreen });
    } else {
      steps.push({ kind: 'new', version: next });
      onScreen = next;
      next += 1;
    }
  }
  return steps;
}

export interface PreparedVersions {
  /** Manifest of version k (0: the build's own data). */
  manifests: Manifest[];
  /** The manifest naming the invalid targets file (its version string is new). */
  invalid: Manifest;
  invalidPath: string;
  /** Absolute targets file of version k. */
  targetsFile: string[];
  publish(m: Manifest): void;
}

const withTargets = (m: Manifest, file: ManifestFile, version: string): Manifest => ({
  ...m,
  version,
  generated_at: new Date().toISOString(),
  datasets: m.datasets.map((d) => (d.id === 'targets' ? { ...d, files: [file] } : d)),
});

async function fileEntry(data: string, path: string): Promise<ManifestFile> {
  const abs = join(data, path);
  return { path, format: 'parquet', bytes: statSync(abs).size, sha256: await sha256File(abs) };
}

/** Writes `count` targets versions and one invalid file into `data` (a copy of the build's data/). */
export async function prepareVersions(data: string, count: number): Promise<PreparedVersions> {
  const base = JSON.parse(readFileSync(join(data, 'manifest.json'), 'utf8')) as Manifest;
  const baseTargets = base.datasets.find((d) => d.id === 'targets')?.files.find((f) => f.format === 'parquet');
  if (!baseTargets) throw new Error('manifest.json lists no targets Parquet file');
  const source = sqlString(join(data, baseTargets.path));
  const conn = await openDuck();
  const manifests: Manifest[] = [base];
  const targetsFile = [join(data, baseTargets.path)];
  try {
    for (let k = 1; k <= count; k++) {
      const path = `targets-republish-${String(k).padStart(3, '0')}.parquet`;
      await conn.run(
        `COPY (SELECT year, regency_code, planned_installations + ${k} AS planned_installations,
                      CASE WHEN regency_code IS NULL THEN blankspot_target - ${k} ELSE blankspot_target END
                        AS blankspot_target
               FROM read_parquet(${source}) ORDER BY year, regency_code NULLS FIRST)
         TO ${sqlString(join(data, path))} (FORMAT parquet, COMPRESSION zstd)`,
      );
      const entry = await fileEntry(data, path);
      manifests.push(withTargets(base, entry, `republish-${k}-${entry.sha256.slice(0, 12)}`));
      targetsFile.push(join(data, path));
    }
    const invalidPath = 'targets-republish-invalid.parquet';
    await conn.run(
      `COPY (SELECT year, regency_code, blankspot_target FROM read_parquet(${source}))
       TO ${sqlString(join(data, invalidPath))} (FORMAT parquet)`,
    );
    const entry = await fileEntry(data, invalidPath);
    return {
      manifests,
      invalid: withTargets(base, entry, `republish-invalid-${entry.sha256.slice(0, 12)}`),
      invalidPath,
      targetsFile,
      publish: (m) => writeFileSync(join(data, 'manifest.json'), JSON.stringify(m, null, 2)),
    };
  } finally {
    conn.closeSync();
  }
}

/** A figure on screen (data-* attributes of a [data-indicator] element on the wall). */
export interface ShownFigure {
  indicator: string;
  period: string | null;
  scope: string | null;
  value: string | null;
}

export const figureKey = (f: ShownFigure) => `${f.indicator}|${f.period}|${f.scope}`;

/** Whether a figure has a reference definition (tests/reference/indicators.ts). */
export const hasReference = (f: ShownFigure) =>
  (REFERENCE_IDS as readonly string[]).includes(f.indicator) && !!f.period && f.scope !== null;

/** Equal figures: both missing, or equal to a relative 1e-9 (as tests/e2e/overview-helpers.ts sameFigure). */
export const sameFigure = (a: number | null, b: number | null): boolean =>
  a === null || b === null ? a === b : a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-12;

export const shownNumber = (v: string | null): number | null => (v === null || v === '' ? null : Number(v));

/** Reference values per version, computed by native DuckDB over that version's files, cached by figure key. */
export interface References {
  value(version: number, f: ShownFigure): Promise<number | null>;
  /**
   * Computes the values of `figures` (those with a reference and not cached yet) under `version` in one go: one swap
   * of the targets table, not one per figure (value() alternating two versions would swap it for every figure).
   */
  prepare(version: number, figures: Iterable<ShownFigure>): Promise<void>;
  close(): void;
}

export async function references(data: string, versions: PreparedVersions): Promise<References> {
  const db: PublicDataDb = await publicDataDb({ dir: data });
  let loaded = 0;
  const cache = new Map<string, number | null>();
  const use = async (v: number) => {
    if (v === loaded) return;
    const file = versions.targetsFile[v] as string;
    await db.rows(
      `CREATE OR REPLACE TABLE targets AS SELECT ${contractSelectList('targets')} FROM read_parquet(${sqlString(file)})`,
    );
    loaded = v;
  };
  // Versions differ only in the targets table: a reference whose SQL does not read it has one value for them all.
  const readsTargets = new Map<string, boolean>();
  const sqlOf = (f: ShownFigure) => referenceSql(f.indicator, f.period as string, f.scope as string, { asOf: db.asOf });
  const keyOf = (version: number, f: ShownFigure) => {
    const k = figureKey(f);
    let reads = readsTargets.get(k);
    if (reads === undefined) {
      reads = /\btargets\b/i.test(sqlOf(f));
      readsTargets.set(k, reads);
    }
    return `${reads ? version : 'any'}#${k}`;
  };
  const value = async (version: number, f: ShownFigure) => {
    const key = keyOf(version, f);
    if (cache.has(key)) return cache.get(key) ?? null;
    if (key.startsWith(`${version}#`)) await use(version);
    const v = await db.value(sqlOf(f));
    cache.set(key, v);
    return v;
  };
  return {
    value,
    async prepare(version, figures) {
      for (const f of figures) if (hasReference(f) && !cache.has(keyOf(version, f))) await value(version, f);
    },
    close: () => db.close(),
  };
}

/**
 * Adds or replaces one "## <title>" section of a Markdown file (up to the next heading of level 1 or 2, or the end),
 * leaving the rest of the file as it is.
 */
export function writeResultsSection(file: string, title: string, body: string): void {
  const text = readFileSync(file, 'utf8');
  const heading = `## ${title}`;
  const section = `${heading}\n\n${body.trim()}\n`;
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim() === heading);
  if (start < 0) {
    writeFileSync(file, `${text.trimEnd()}\n\n${section}`);
    return;
  }
  let end = lines.findIndex((l, i) => i > start && /^#{1,2} /.test(l));
  if (end < 0) end = lines.length;
  const before = lines.slice(0, start).join('\n');
  const after = lines.slice(end).join('\n');
  writeFileSync(file, `${before}${before ? '\n' : ''}${section}${after ? `\n${after}` : ''}`);
}
