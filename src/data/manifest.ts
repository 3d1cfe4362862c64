// public/data/manifest.json: the catalog of published datasets. Parsed with a schema at start-up so that a broken
// manifest gives a readable message (which field, what was expected) instead of a blank page.
import { z } from 'zod/mini';
import { DATASET_IDS } from './contract.ts';

// zod/mini: the same validation with a fraction of the bytes (the manifest is parsed on the first paint).
const nonEmpty = () => z.string().check(z.minLength(1, 'tidak boleh kosong'));
const text = z.object({ id: nonEmpty(), en: nonEmpty() });
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'tanggal harus berbentuk YYYY-MM-DD'));
const sha256 = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'sha256 harus 64 karakter heksadesimal'));
const relativePath = z.string().check(
  z.regex(/^[A-Za-z0-9_][A-Za-z0-9_./-]*$/, 'path berkas harus relatif terhadap public/data (tanpa http:, tanpa ..)'),
  z.refine((p: string) => !p.includes('..'), 'path berkas tidak boleh berisi ..'),
);
const count = () => z.int().check(z.nonnegative());

export const fileSchema = z.object({
  path: relativePath,
  format: z.enum(['parquet', 'csv']),
  bytes: count(),
  sha256,
});

export const datasetSchema = z.object({
  id: z.enum(DATASET_IDS),
  contract_version: z.string(),
  title: text,
  description: text,
  producer: nonEmpty(),
  walidata: nonEmpty(),
  period: z.object({ start: isoDate, end: isoDate }),
  unit: text,
  frequency: z.enum(['harian', 'bulanan', 'tahunan', 'tidak tetap']),
  stale_after_days: z.int().check(z.positive()),
  license: nonEmpty(),
  attribution: nonEmpty(),
  as_of: isoDate,
  row_count: count(),
  files: z.array(fileSchema).check(z.minLength(1)),
});

export const manifestSchema = z.object({
  manifest_version: z.literal(1),
  generated_at: z.string(),
  /** Data version: a hash over every file's sha256. Query keys, links and caches carry it. */
  version: z.string().check(z.minLength(8)),
  as_of: isoDate,
  datasets: z.array(datasetSchema).check(z.minLength(1)),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestDataset = z.infer<typeof datasetSchema>;
export type ManifestFile = z.infer<typeof fileSchema>;

export class ManifestError extends Error {
  constructor(
    message: string,
    readonly problems: string[],
  ) {
    super(message);
    this.name = 'ManifestError';
  }
}

/** Parses a manifest; throws ManifestError with one line per problem ("datasets.2.as_of: …"). */
export function parseManifest(input: unknown): Manifest {
  const result = manifestSchema.safeParse(input);
  if (result.success) {
    const seen = new Set<string>();
    for (const d of result.data.datasets) {
      if (seen.has(d.id))
        throw new ManifestError('manifest.json tidak valid', [`datasets: id "${d.id}" muncul dua kali`]);
      seen.add(d.id);
    }
    return result.data;
  }
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(akar)'}: ${i.message}`);
  throw new ManifestError('manifest.json tidak valid', problems);
}

/** The file the browser loads for a dataset (the first of its parts): Parquet when published, otherwise CSV. */
export function preferredFile(d: ManifestDataset): ManifestFile {
  return loadedParts(d)[0] as ManifestFile;
}

/**
 * Every file the browser loads for a dataset: its Parquet files when it is published as Parquet, otherwise its CSV
 * files. Several files of one format are parts of the dataset (a large table published in partitions by year, see
 * docs/scaling.md) whose rows together make the table; a CSV beside a Parquet file is the same rows in another
 * format (a twin for people), never loaded in its place.
 */
export function loadedParts(d: ManifestDataset): ManifestFile[] {
  const parquet = d.files.filter((f) => f.format === 'parquet');
  return parquet.length > 0 ? parquet : d.files.filter((f) => f.format === (d.files[0] as ManifestFile).format);
}

/**
 * What the browser loads for a dataset, as one identity: the sha256 of its one file, or of its parts in manifest
 * order joined by "+". Loaded tables, cached verdicts, the snapshot and the published rollups are keyed by it.
 */
export function contentKey(d: ManifestDataset): string {
  return loadedParts(d)
    .map((f) => f.sha256)
    .join('+');
}
