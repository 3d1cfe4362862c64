// The console's query in the page link: read, written beside the workspace's parameters, pinned to the data
// version, left out when too long; and every gate reason has a message in both languages.
import { describe, expect, it } from 'vitest';
import { sqlConsole } from '../../../i18n/views/sql-console.ts';
import { MAX_LINK_SQL, readConsoleLink, writeConsoleLink } from './sql-console-link.ts';

const V = '5458760b50148c9d';

describe('console link', () => {
  it('writes the SQL, chart and limit beside the other parameters, with the data version', () => {
    const current = new URLSearchParams('regency=15.02&drill=15.02.01&v=0000000000000000&sql=old');
    const { params, tooLong } = writeConsoleLink(
      current,
      { sql: 'SELECT 1 AS "a&b"', chart: 'bar', limit: 50 },
      V,
      1000,
    );
    expect(tooLong).toBe(false);
    expect([...params]).toEqual([
      ['regency', '15.02'],
      ['drill', '15.02.01'],
      ['v', V],
      ['sql', 'SELECT 1 AS "a&b"'],
      ['sqlchart', 'bar'],
      ['sqllimit', '50'],
    ]);
    // …and reads back what it wrote.
    expect(readConsoleLink(params, V)).toEqual({
      kind: 'query',
      state: { sql: 'SELECT 1 AS "a&b"', chart: 'bar', limit: 50 },
      staleVersion: null,
    });
  });

  it('leaves the default chart and limit out', () => {
    const { params } = writeConsoleLink(
      new URLSearchParams(),
      { sql: 'FROM sites', chart: 'none', limit: 1000 },
      V,
      1000,
    );
    expect(params.toString()).toBe(`sql=FROM+sites&v=${V}`);
  });

  it('notes a link made for other data', () => {
    const read = readConsoleLink(new URLSearchParams('sql=FROM+sites&v=0000000000000000'), V);
    expect(read).toMatchObject({ kind: 'query', staleVersion: '0000000000000000' });
    expect(readConsoleLink(new URLSearchParams('sql=FROM+sites'), V)).toMatchObject({ staleVersion: null });
  });

  it('drops unknown chart kinds and malformed limits', () => {
    expect(readConsoleLink(new URLSearchParams('sql=x&sqlchart=pie&sqllimit=1e9'), V)).toMatchObject({
      state: { chart: 'none', limit: null },
    });
  });

  it(`keeps at most ${MAX_LINK_SQL} characters of SQL: longer is left out, and ignored when read`, () => {
    const long = 'x'.repeat(MAX_LINK_SQL + 1);
    const { params, tooLong } = writeConsoleLink(
      new URLSearchParams('year=2024&sql=old&sqlchart=bar'),
      { sql: long, chart: 'bar', limit: null },
      V,
      1000,
    );
    expect(tooLong).toBe(true);
    expect(params.toString()).toBe('year=2024');
    expect(readConsoleLink(new URLSearchParams({ sql: long }), V)).toEqual({
      kind: 'too-long',
      length: MAX_LINK_SQL + 1,
    });
    expect(readConsoleLink(new URLSearchParams({ sql: 'x'.repeat(MAX_LINK_SQL) }), V).kind).toBe('query');
    expect(readConsoleLink(new URLSearchParams('year=2024'), V)).toEqual({ kind: 'none' });
  });
});

describe('console messages', () => {
  const keys = (obj: object, prefix = ''): string[] =>
    Object.entries(obj).flatMap(([k, v]) =>
      typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
    );
  it('has the same keys in Indonesian and English, and a refusal message for every gate reason', () => {
    expect(keys(sqlConsole.en).sort()).toEqual(keys(sqlConsole.id).sort());
    for (const reason of ['empty', 'multiple_statements', 'not_a_query', 'file_access', 'table_function']) {
      expect(sqlConsole.id.refused).toHaveProperty(reason);
    }
  });
});
