// docs/indicators.md describes every indicator of the catalog, and its metadata rows agree with the definitions
// (filters honoured, breakdowns, unit, kind, period and baseline rules, sources): the prose cannot drift silently.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INDICATORS } from './catalog.ts';
import { INDICATOR_TEXTS } from './texts.ts';
import { INDICATOR_IDS } from './types.ts';

const DOC = readFileSync('docs/indicators.md', 'utf8');

/** The metadata table of an indicator's entry ("#### `id` — …"): row name → cell text. */
function entry(id: string): Record<string, string> | null {
  const start = DOC.indexOf(`#### \`${id}\``);
  if (start < 0) return null;
  const end = DOC.indexOf('\n#', start + 1);
  const text = DOC.slice(start, end < 0 ? undefined : end);
  const rows: Record<string, string> = {};
  for (const m of text.matchAll(/^\| ([^|]+?) +\| (.+?) *\|$/gm))
    rows[(m[1] as string).trim()] = (m[2] as string).trim();
  return rows;
}
const list = (cell: string | undefined) =>
  (cell ?? '')
    .split(' (')[0]
    ?.split(', ')
    .filter((x) => x !== '–') ?? [];

describe('docs/indicators.md', () => {
  it('has one entry per indicator, and no other', () => {
    const documented = [...DOC.matchAll(/^#### `([a-z0-9_]+)`/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...INDICATOR_IDS].sort());
  });
  for (const id of INDICATOR_IDS) {
    it(`${id}: the entry says what the definition does`, () => {
      const def = INDICATORS[id];
      const rows = entry(id);
      expect(rows).not.toBeNull();
      const r = rows as Record<string, string>;
      expect(list(r['Filters honoured']), 'filters').toEqual([...def.filters]);
      expect(list(r.Breakdowns), 'breakdowns').toEqual([...def.breakdowns]);
      expect(r['Unit · kind']).toMatch(new RegExp(`^${def.unit} \\(.*\\) · ${def.kind}$`));
      expect(r.Period?.split(' — ')[0]).toBe(def.period);
      expect(r.Baseline?.split(' — ')[0]).toBe(def.baseline);
      expect(r.Sources).toBe(`${def.sources.join(', ')} (as-of: ${def.asOfSource})`);
      expect(r.Definition).toBe(INDICATOR_TEXTS[id].definition.en);
    });
  }
  it('names every programme kind in its table of what counts', () => {
    for (const kind of ['village_access', 'cellular_coverage', 'operator']) expect(DOC).toContain(`\`${kind}\``);
  });
});
