// Pure helpers of the catalog view: file sizes and the rules of a contract column as plain descriptors (the view
// turns them into words through i18n).
import type { ColumnSpec, DatasetSpec } from '../../data/contract.ts';
import { formatNumber, type Lang } from '../../i18n/format.ts';

export type SizeUnit = 'B' | 'KB' | 'MB' | 'GB';

/** 1377386 → { value: "1,3", unit: "MB", exact: "1.377.386" } (id). Binary multiples, one decimal from KB up. */
export function fileSize(bytes: number, lang: Lang): { value: string; unit: SizeUnit; exact: string } {
  const units: SizeUnit[] = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let i = 0;
  while (value >= 1024 && i < units.length - 1) {
    value /= 1024;
    i++;
  }
  return {
    value: formatNumber(value, lang, i === 0 ? 0 : 1),
    unit: units[i] as SizeUnit,
    exact: formatNumber(bytes, lang, 0),
  };
}

export type ColumnRule =
  | { kind: 'oneOf'; values: readonly string[] }
  | { kind: 'pattern'; pattern: string }
  | { kind: 'range'; min: number; max: number }
  | { kind: 'min'; min: number }
  | { kind: 'max'; max: number }
  | { kind: 'references'; target: string };

/** What a column accepts beyond its type, in the order the dictionary lists it. */
export function columnRules(c: ColumnSpec): ColumnRule[] {
  const rules: ColumnRule[] = [];
  if (c.values) rules.push({ kind: 'oneOf', values: c.values });
  if (c.pattern) rules.push({ kind: 'pattern', pattern: c.pattern.source });
  if (c.min !== undefined && c.max !== undefined) rules.push({ kind: 'range', min: c.min, max: c.max });
  else if (c.min !== undefined) rules.push({ kind: 'min', min: c.min });
  else if (c.max !== undefined) rules.push({ kind: 'max', max: c.max });
  if (c.references) rules.push({ kind: 'references', target: `${c.references.dataset}.${c.references.column}` });
  return rules;
}

export function isKeyColumn(spec: DatasetSpec, column: string): boolean {
  return spec.key.includes(column);
}

/** Manifest frequency → i18n key under catalog.frequency. */
export function frequencyKey(f: 'harian' | 'bulanan' | 'tahunan' | 'tidak tetap'): string {
  return f === 'tidak tetap' ? 'tidakTetap' : f;
}
