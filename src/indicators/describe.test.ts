// Words about indicators: period labels for every code form (id and en), values with units, the ignored-filter note,
// the definition shown by "Definisi".
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../filters/filters.ts';
import { INDICATORS } from './catalog.ts';
import { BASELINE, definitionText, formatWithUnit, ignoredNote, isIncomplete, periodLabel } from './describe.ts';
import { INDICATOR_IDS } from './types.ts';

describe('periodLabel', () => {
  const cases: [string, string, string][] = [
    ['2025', '2025', '2025'],
    ['2026-01-01..2026-11-27', '2026 s.d. 27 Nov', '2026 to 27 Nov'],
    ['2025-01-01..2025-11-27', '2025 s.d. 27 Nov', '2025 to 27 Nov'],
    ['2026-10-29..2026-11-27', '29 Okt 2026–27 Nov 2026', '29 Oct 2026–27 Nov 2026'],
    ['2022..2024', '2022–2024', '2022–2024'],
    ['2024..', '2024–', '2024–'],
    ['..2026-11-27', 's.d. 27 Nov 2026', 'to 27 Nov 2026'],
    ['2026-11-27', '27 Nov 2026', '27 Nov 2026'],
    ['2023-12-27', '27 Des 2023', '27 Dec 2023'],
    ['all', 'semua tahun', 'all years'],
  ];
  for (const [code, id, en] of cases) {
    it(`${code} → "${id}" / "${en}"`, () => {
      expect(periodLabel(code, 'id')).toBe(id);
      expect(periodLabel(code, 'en')).toBe(en);
    });
  }
});

describe('isIncomplete', () => {
  it('only a calendar year cut short by its as-of date', () => {
    expect(isIncomplete('2026-01-01..2026-11-27')).toBe(true);
    for (const code of ['2025', '2022..2024', '2026-10-29..2026-11-27', '..2026-11-27', '2026-11-27', 'all'])
      expect(isIncomplete(code), code).toBe(false);
  });
});

describe('values and notes', () => {
  it('formats with the indicator’s digits and unit', () => {
    expect(formatWithUnit('blankspot_villages', 1234, 'id')).toBe('1.234 desa');
    expect(formatWithUnit('uptime', 95.06, 'id')).toBe('95,1%');
    expect(formatWithUnit('downlink', 4.12, 'en')).toBe('4.1 Mbps');
    expect(formatWithUnit('daily_users', null, 'id')).toBe('–');
    expect(formatWithUnit('sites_per_100_villages', 20.66, 'id')).toBe('20,7 per 100 desa');
  });
  it('says which active filter does not apply', () => {
    const f = { ...NO_FILTERS, regencies: ['15.02'], programmes: ['Dumisake Internet Desa'] };
    expect(ignoredNote('blankspot_villages', f, 'id')).toBe('Filter program tidak berlaku untuk angka ini.');
    expect(ignoredNote('blankspot_villages', f, 'en')).toBe('The programme filter does not apply to this figure.');
    expect(ignoredNote('villages_served', f, 'id')).toBeNull();
    expect(ignoredNote('sites_in_service', { ...f, yearFrom: 2024, yearTo: 2024 }, 'id')).toBe(
      'Filter tahun tidak berlaku untuk angka ini.',
    );
  });
  it('every indicator has a definition with its baseline rule, in both languages', async () => {
    for (const id of INDICATOR_IDS) {
      for (const lang of ['id', 'en'] as const) {
        const d = await definitionText(id, lang).load();
        expect(d.definition.length, id).toBeGreaterThan(20);
        expect(d.lines.join('\n')).toContain(BASELINE[INDICATORS[id].baseline][lang]);
        expect(d.lines.at(-1)).toContain(id);
      }
    }
  });
});
