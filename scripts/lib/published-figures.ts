// The published_figures dataset (contract v2) from the seed scripts/seed/published-figures.csv: figures that public
// bodies reported about Jambi's connectivity (Dinas Kominfo in news reports, BPS's Podes 2021 release), copied from
// ../shared/data/published-figures.csv. Each reported subject is mapped here to the catalog indicator whose
// definition fits (docs/indicators.md); a subject no indicator fits is left out of the dataset and listed in
// NO_INDICATOR (docs/data-contract.md says which). A subject that is in neither list stops the generator, so a new
// seed row is always placed on purpose. Period, value, unit and dates stay as reported.
import Papa from 'papaparse';
import { CONTRACT } from '../../src/data/contract.ts';
import { type IndicatorId, isIndicatorId } from '../../src/indicators/types.ts';

export interface PublishedFigure {
  indicator: IndicatorId;
  period: string;
  value: number;
  unit: string;
  subject: string;
  producer: string;
  published: string;
  source_title: string;
  source: string | null;
}

/** Reported subject (as in the seed) → catalog indicator. */
export const SUBJECT_INDICATOR: Readonly<Record<string, IndicatorId>> = {
  'blankspot villages (no cellular signal)': 'blankspot_villages',
  // Kominfo's later wording for the same count (it reports "areas"; the unit column keeps the word).
  'areas still without cellular coverage': 'blankspot_villages',
  'villages connected by Internet Desa': 'villages_served',
  'villages served by Internet Desa': 'villages_served',
  // 285 villages connected over 2022–2024: the Internet Desa villages of the three budget years.
  'villages connected 2022-2024': 'villages_served',
  // Dumisake's points count toward the plan; the 2024 row is a plan announced in Dec 2023 (its unit says so).
  'blankspot points installed (Dumisake)': 'plan_installations',
  'GSM repeaters planned': 'repeaters_planned',
  'villages and kelurahan (Podes)': 'villages_total',
  'villages reached by 4G (Podes)': 'villages_4g_share',
};

/** Reported subjects no catalog indicator fits: not in the dataset (docs/data-contract.md lists them). */
export const NO_INDICATOR: Readonly<Record<string, string>> = {
  'villages with a BTS (Podes)':
    'share of villages with a base station in the village itself; the data has no tower location per village',
  'villages with strong or very strong signal (Podes)':
    'signal strength as perceived by the village head; the data records the best signal generation, not strength',
};

const SEED_COLUMNS = ['subject', 'period', 'value', 'unit', 'producer', 'published', 'source_title', 'source'];

function pattern(column: string): RegExp {
  const p = CONTRACT.published_figures.columns.find((c) => c.name === column)?.pattern;
  if (!p) throw new Error(`contract: published_figures.${column} has no pattern`);
  return p;
}

/** Parses the seed and maps it; throws on an unmapped subject, a malformed cell or a duplicate key. */
export function publishedFigures(seedCsv: string): { rows: PublishedFigure[]; left_out: string[] } {
  const parsed = Papa.parse<Record<string, string>>(seedCsv, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`published figures seed: ${parsed.errors[0]?.message}`);
  const header = parsed.meta.fields ?? [];
  if (header.join(',') !== SEED_COLUMNS.join(','))
    throw new Error(`published figures seed: header "${header.join(',')}", expected "${SEED_COLUMNS.join(',')}"`);
  const rows: PublishedFigure[] = [];
  const leftOut: string[] = [];
  const keys = new Map<string, number>();
  parsed.data.forEach((r, i) => {
    const line = i + 2;
    const cell = (name: string) => (r[name] ?? '').trim();
    const subject = cell('subject');
    if (subject in NO_INDICATOR) {
      leftOut.push(subject);
      return;
    }
    const indicator = SUBJECT_INDICATOR[subject];
    if (!indicator || !isIndicatorId(indicator))
      throw new Error(
        `published figures seed, line ${line}: subject "${subject}" is mapped to no indicator; ` +
          'add it to SUBJECT_INDICATOR or NO_INDICATOR in scripts/lib/published-figures.ts',
      );
    const value = Number(cell('value'));
    if (cell('value') === '' || !Number.isFinite(value))
      throw new Error(`published figures seed, line ${line}: value "${cell('value')}" is not a number`);
    for (const name of ['period', 'published'] as const) {
      if (!pattern(name).test(cell(name)))
        throw new Error(`published figures seed, line ${line}: ${name} "${cell(name)}" does not match the contract`);
    }
    for (const name of ['unit', 'producer', 'source_title'] as const) {
      if (cell(name) === '') throw new Error(`published figures seed, line ${line}: ${name} is empty`);
    }
    const row: PublishedFigure = {
      indicator,
      period: cell('period'),
      value,
      unit: cell('unit'),
      subject,
      producer: cell('producer'),
      published: cell('published'),
      source_title: cell('source_title'),
      source: cell('source') === '' ? null : cell('source'),
    };
    const key = CONTRACT.published_figures.key.map((k) => String(row[k as keyof PublishedFigure])).join('\u001f');
    const first = keys.get(key);
    if (first !== undefined)
      throw new Error(
        `published figures seed, line ${line}: (${CONTRACT.published_figures.key.join(', ')}) repeats line ${first}`,
      );
    keys.set(key, line);
    rows.push(row);
  });
  return { rows, left_out: leftOut };
}
