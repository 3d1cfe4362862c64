// public/data/history.jsonl: the headline figures of every published data version, one JSON object per line, in
// the order the versions were first published. `npm run data:manifest` appends a line for a version the file does
// not hold yet (scripts/lib/history.ts) and never rewrites an earlier line, so the file is the record of what each
// publication showed. The browser parses it with this schema; a bad line is reported with its line number and the
// good lines are still used. Format and rules: docs/data-contract.md ("Riwayat angka utama").
import { z } from 'zod/mini';
import { dataUrl } from '../data/data-url.ts';
import { HEADLINE_KEYS } from './history-headlines.ts';
import { INDICATOR_IDS } from './types.ts';

export const HISTORY_FILE = 'history.jsonl';
export const HISTORY_VERSION = 1;

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'tanggal harus berbentuk YYYY-MM-DD'));

export const historyFigureSchema = z.object({
  /** Which headline (src/indicators/history-headlines.ts). */
  key: z.enum(HEADLINE_KEYS),
  indicator: z.enum(INDICATOR_IDS),
  /** Period code (src/indicators/period.ts), as in data-period. */
  period: z.string().check(z.minLength(1, 'tidak boleh kosong')),
  /** Scope code (src/indicators/figure.ts), as in data-scope; empty for the whole province. */
  scope: z.string(),
  /** The raw value as the catalog's query returned it; null when the data have no figure (e.g. no target). */
  value: z.nullable(z.number()),
});

export const historyEntrySchema = z.object({
  history_version: z.literal(HISTORY_VERSION),
  /** The manifest version (data version) the figures were computed from. */
  version: z.string().check(z.minLength(8)),
  as_of: isoDate,
  generated_at: z.string().check(z.minLength(1)),
  figures: z.array(historyFigureSchema),
});

export type HistoryFigure = z.infer<typeof historyFigureSchema>;
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export interface ParsedHistory {
  /** The valid entries in file order (a version listed twice: the first line counts). */
  entries: HistoryEntry[];
  /** One readable line per bad line: "baris 3: figures.0.value: …". */
  problems: string[];
}

/** One line of the file for an entry (no trailing newline): fixed key order, so equal entries are equal bytes. */
export function historyLine(entry: HistoryEntry): string {
  return JSON.stringify({
    history_version: entry.history_version,
    version: entry.version,
    as_of: entry.as_of,
    generated_at: entry.generated_at,
    figures: entry.figures.map((f) => ({
      key: f.key,
      indicator: f.indicator,
      period: f.period,
      scope: f.scope,
      value: f.value,
    })),
  });
}

/** Parses the file's text. Never throws: bad lines become problems, so one spoiled line does not hide the rest. */
export function parseHistory(text: string): ParsedHistory {
  const entries: HistoryEntry[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const where = `baris ${i + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (error) {
      problems.push(`${where}: bukan JSON yang valid (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    const result = historyEntrySchema.safeParse(json);
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push(`${where}: ${issue.path.join('.') || '(akar)'}: ${issue.message}`);
      return;
    }
    if (seen.has(result.data.version)) {
      problems.push(`${where}: versi ${result.data.version} sudah tercatat di baris sebelumnya; baris ini diabaikan`);
      return;
    }
    seen.add(result.data.version);
    entries.push(result.data);
  });
  return { entries, problems };
}

/**
 * Fetches public/data/history.jsonl. A missing file is an empty history (a site published before the history
 * existed); any other failure is thrown with a readable message. Not wired into a view yet.
 */
export async function fetchHistory(url: string = dataUrl(HISTORY_FILE)): Promise<ParsedHistory> {
  const res = await fetch(url, { cache: 'no-cache' });
  if (res.status === 404) return { entries: [], problems: [] };
  if (!res.ok) throw new Error(`${HISTORY_FILE} tidak dapat diambil: HTTP ${res.status}`);
  return parseHistory(await res.text());
}
