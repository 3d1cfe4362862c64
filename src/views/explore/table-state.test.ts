// @vitest-environment jsdom
// The table view state in the URL: parse, serialise (other keys kept in place), and the write into the hash.
import { describe, expect, it } from 'vitest';
import { SITE_COLUMN_IDS, VILLAGE_COLUMN_IDS } from './table-columns.ts';
import {
  EMPTY_TABLE_STATE,
  parseTableState,
  serialiseTableState,
  type TableViewState,
  writeTableState,
} from './table-state.ts';

const STATE: TableViewState = {
  sort: { column: 'sites', desc: true },
  q: 'renah kemumu',
  cf: { regency: '15.02', blankspot: 'true', name: 'a:b & c' },
  hidden: ['district'],
  shown: [],
};

describe('table state in the URL', () => {
  it('reads sort, search, column filters and hidden columns, dropping what names no column', () => {
    const params = new URLSearchParams(
      'year=2024&vsort=-sites&vq=renah&vcf=blankspot:true&vcf=regency:15.02&vcf=nosuch:x&vcf=novalue&vhide=district,nosuch&v=abc',
    );
    expect(parseTableState(params, 'villages', VILLAGE_COLUMN_IDS)).toEqual({
      sort: { column: 'sites', desc: true },
      q: 'renah',
      cf: { blankspot: 'true', regency: '15.02' },
      hidden: ['district'],
      shown: [],
    });
    // The sites table reads only its own keys.
    expect(parseTableState(params, 'sites', SITE_COLUMN_IDS)).toEqual(EMPTY_TABLE_STATE);
    expect(parseTableState(new URLSearchParams('ssort=uptime30&sq=VSAT'), 'sites', SITE_COLUMN_IDS)).toMatchObject({
      sort: { column: 'uptime30', desc: false },
      q: 'VSAT',
    });
    expect(parseTableState(new URLSearchParams('vsort=-nosuch'), 'villages', VILLAGE_COLUMN_IDS).sort).toBeNull();
    expect(
      parseTableState(new URLSearchParams(`vq=${'x'.repeat(500)}`), 'villages', VILLAGE_COLUMN_IDS).q,
    ).toHaveLength(200);
  });

  it('writes its keys after the others, which stay as they were, and reads back the same state', () => {
    const before = new URLSearchParams('year=2024&regency=15.02&vq=old&v=abc&lang=en&ssort=site');
    const out = serialiseTableState(before, 'villages', STATE);
    expect(out).toBe(
      'year=2024&regency=15.02&v=abc&lang=en&ssort=site&vsort=-sites&vq=renah+kemumu&vcf=blankspot%3Atrue&vcf=name%3Aa%3Ab+%26+c&vcf=regency%3A15.02&vhide=district',
    );
    expect(parseTableState(new URLSearchParams(out), 'villages', VILLAGE_COLUMN_IDS)).toEqual(STATE);
    expect(serialiseTableState(new URLSearchParams(out), 'villages', EMPTY_TABLE_STATE)).toBe(
      'year=2024&regency=15.02&v=abc&lang=en&ssort=site',
    );
  });

  it('replaces the hash (no new history entry) and keeps the route and every other key', () => {
    window.location.hash = '#/explore?regency=15.02&v=abc&sql=SELECT+1';
    const length = window.history.length;
    writeTableState('villages', { ...EMPTY_TABLE_STATE, q: 'air liki', sort: { column: 'name', desc: false } });
    expect(window.location.hash).toBe('#/explore?regency=15.02&v=abc&sql=SELECT+1&vsort=name&vq=air+liki');
    expect(window.history.length).toBe(length);
  });
});
