// Header names → contract columns, and which dataset a file is. Spreadsheet headers vary in case, spaces and
// underscores ("Village Code", "village_code", " VILLAGE_CODE "): all normalise to the same key.
import { CONTRACT, DATASET_IDS, type DatasetId } from '../contract.ts';

/** "\uFEFF Village Code " → "villagecode": BOM, case, spaces, underscores and hyphens do not matter. */
export function normalizeHeader(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

export interface ColumnMatch {
  /** Contract column → index of the file column (first occurrence), -1 when missing. */
  index: Record<string, number>;
  /** Contract columns absent from the file. */
  missing: string[];
  /** File columns that are not in the contract: [index, name as in the file]. */
  unknown: [number, string][];
  /** Contract columns given twice: [column, first index, second index]. */
  duplicate: [string, number, number][];
}

export function matchColumns(dataset: DatasetId, header: readonly string[]): ColumnMatch {
  const byKey = new Map(CONTRACT[dataset].columns.map((c) => [normalizeHeader(c.name), c.name]));
  const index: Record<string, number> = {};
  const unknown: [number, string][] = [];
  const duplicate: [string, number, number][] = [];
  header.forEach((h, i) => {
    const name = byKey.get(normalizeHeader(h));
    if (!name) {
      unknown.push([i, h]);
      return;
    }
    const first = index[name];
    if (first === undefined) index[name] = i;
    else duplicate.push([name, first, i]);
  });
  const missing: string[] = [];
  for (const c of CONTRACT[dataset].columns) {
    if (index[c.name] === undefined) {
      index[c.name] = -1;
      missing.push(c.name);
    }
  }
  return { index, missing, unknown, duplicate };
}

/**
 * The contract dataset whose columns best match these header names (Jaccard similarity of the normalised names),
 * or null when none matches at least half or two datasets match equally well.
 */
export function detectDataset(headers: readonly string[]): DatasetId | null {
  const keys = new Set(headers.map(normalizeHeader).filter((k) => k !== ''));
  if (keys.size === 0) return null;
  let best: DatasetId | null = null;
  let bestScore = 0;
  let tie = false;
  for (const id of DATASET_IDS) {
    const cols = CONTRACT[id].columns.map((c) => normalizeHeader(c.name));
    const common = cols.filter((c) => keys.has(c)).length;
    const score = common / (cols.length + keys.size - common);
    if (score > bestScore) {
      best = id;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  return best && bestScore >= 0.5 && !tie ? best : null;
}

/**
 * The dataset a file name names: `sites.csv`, `Sites.parquet`, `site_daily-2024-05.csv`, `villages (1).csv`.
 * The longest dataset id that the base name equals or starts with (followed by a separator).
 */
export function datasetFromFileName(fileName: string): DatasetId | null {
  const base = (fileName.split(/[\\/]/).pop() ?? '').toLowerCase().replace(/\.[a-z0-9]+$/, '');
  const ids = [...DATASET_IDS].sort((a, b) => b.length - a.length);
  for (const id of ids) {
    if (base === id) return id;
    if (base.startsWith(id) && /^[\s_.()-]/.test(base.slice(id.length))) return id;
  }
  return null;
}
