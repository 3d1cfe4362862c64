// The history file's schema as the browser reads it: good lines are kept, each bad line is named with its line
// number and what is wrong, a version listed twice counts once; and the published sample parses cleanly and records
// the manifest's current version.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type HistoryEntry, historyLine, parseHistory } from './history.ts';

const ENTRY: HistoryEntry = {
  history_version: 1,
  version: 'aaaaaaaa11111111',
  as_of: '2026-11-27',
  generated_at: '2026-11-27T00:00:00+07:00',
  figures: [
    {
      key: 'blankspot_villages',
      indicator: 'blankspot_villages',
      period: '2026-01-01..2026-11-27',
      scope: '',
      value: 268,
    },
    { key: 'blankspot_target', indicator: 'blankspot_target', period: '2026..', scope: '', value: null },
  ],
};

describe('parseHistory', () => {
  it('reads one entry per line; a line is the entry with its keys in a fixed order', () => {
    const text = `${historyLine(ENTRY)}\n${historyLine({ ...ENTRY, version: 'bbbbbbbb22222222', as_of: '2026-12-04' })}\n`;
    const parsed = parseHistory(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.map((e) => [e.version, e.as_of])).toEqual([
      ['aaaaaaaa11111111', '2026-11-27'],
      ['bbbbbbbb22222222', '2026-12-04'],
    ]);
    expect(
      historyLine(ENTRY).startsWith('{"history_version":1,"version":"aaaaaaaa11111111","as_of":"2026-11-27",'),
    ).toBe(true);
  });

  it('names every bad line and keeps the good ones', () => {
    const bad = { ...ENTRY, version: 'cccccccc33333333', as_of: '27/11/2026' };
    const unknown = { ...ENTRY, version: 'dddddddd44444444', figures: [{ ...ENTRY.figures[0], key: 'towers' }] };
    const text = [
      historyLine(ENTRY),
      '{"history_version": 1,',
      JSON.stringify(bad),
      '',
      JSON.stringify(unknown),
      historyLine(ENTRY),
    ].join('\n');
    const parsed = parseHistory(text);
    expect(parsed.entries.map((e) => e.version)).toEqual(['aaaaaaaa11111111']);
    expect(parsed.problems).toHaveLength(4);
    expect(parsed.problems[0]).toMatch(/^baris 2: bukan JSON yang valid/);
    expect(parsed.problems[1]).toBe('baris 3: as_of: tanggal harus berbentuk YYYY-MM-DD');
    expect(parsed.problems[2]).toMatch(/^baris 5: figures\.0\.key: /);
    expect(parsed.problems[3]).toBe(
      'baris 6: versi aaaaaaaa11111111 sudah tercatat di baris sebelumnya; baris ini diabaikan',
    );
  });

  it('the published sample parses cleanly and ends with the manifest’s version', () => {
    const dir = join(import.meta.dirname, '..', '..', 'public', 'data');
    const parsed = parseHistory(readFileSync(join(dir, 'history.jsonl'), 'utf8'));
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version: string; as_of: string };
    expect(parsed.problems).toEqual([]);
    expect([parsed.entries.at(-1)?.version, parsed.entries.at(-1)?.as_of]).toEqual([manifest.version, manifest.as_of]);
  });
});
