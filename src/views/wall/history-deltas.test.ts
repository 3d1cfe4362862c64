// The wall's "since the last publication" changes over hand-written histories: zero, one and two entries, a rollback,
// a changed definition, a new year, a figure not on screen. Expected differences are counted by hand from the
// fixtures (268 → 263 is 5 fewer; 13 → 11 sites down is 2 fewer; 93,448 → 93,9 shows 93,4 → 93,9: 0,5 points).
import { describe, expect, it } from 'vitest';
import { i18n, registerMessages } from '../../i18n/i18n.ts';
import { wallHistory } from '../../i18n/views/wall-history.ts';
import type { HistoryEntry, HistoryFigure } from '../../indicators/history.ts';
import { wallHistoryDeltas } from './history-deltas.ts';
import { deltaAttrs, deltaText } from './history-strip.tsx';

registerMessages('wallHistory', wallHistory);

const f = (
  key: HistoryFigure['key'],
  indicator: HistoryFigure['indicator'],
  period: string,
  value: number | null,
  scope = '',
): HistoryFigure => ({ key, indicator, period, scope, value });

const entry = (version: string, as_of: string, figures: HistoryFigure[]): HistoryEntry => ({
  history_version: 1,
  version,
  as_of,
  generated_at: `${as_of}T00:00:00+07:00`,
  figures,
});

const NOV20 = '2026-01-01..2026-11-20';
const NOV27 = '2026-01-01..2026-11-27';

const earlier = entry('aaaa0000aaaa0000', '2026-11-20', [
  f('blankspot_villages', 'blankspot_villages', NOV20, 268),
  f('installations_year', 'installations', NOV20, 6),
  f('uptime_30d', 'uptime', '2026-10-22..2026-11-20', 93.448),
  f('sites_down', 'sites_in_service', '2026-11-20', 13, 'status=offline'),
  f('repeaters_active', 'repeaters_active', '2026-11-20', 8),
]);
const current = entry('bbbb1111bbbb1111', '2026-11-27', [
  f('blankspot_villages', 'blankspot_villages', NOV27, 263),
  f('installations_year', 'installations', NOV27, 9),
  f('uptime_30d', 'uptime', '2026-10-29..2026-11-27', 93.9),
  f('sites_down', 'sites_in_service', '2026-11-27', 11, 'status=offline'),
  f('repeaters_active', 'repeaters_active', '2026-11-27', 8),
]);
/** Everything of the current entry on screen. */
const all = current.figures;

const summary = (r: ReturnType<typeof wallHistoryDeltas>) =>
  r?.deltas.map((d) => [d.key, d.difference, d.recorded.value, d.current.value]) ?? null;

describe('wall history deltas', () => {
  it('zero entries, or a version the history does not hold: nothing (no zero)', () => {
    expect(wallHistoryDeltas([], current.version, all)).toBeNull();
    expect(wallHistoryDeltas([earlier], current.version, all)).toBeNull();
  });

  it('one entry (the version shown is the first publication): nothing', () => {
    expect(wallHistoryDeltas([current], current.version, all)).toBeNull();
  });

  it('two entries: each headline on screen against the previous publication', () => {
    const r = wallHistoryDeltas([earlier, current], current.version, all);
    expect(r?.baseline).toEqual({ version: earlier.version, asOf: '2026-11-20' });
    expect(r?.rollback).toBe(false);
    expect(summary(r)).toEqual([
      ['blankspot_villages', -5, 268, 263],
      ['installations_year', 3, 6, 9],
      ['repeaters_active', 0, 8, 8],
      ['uptime_30d', 0.5, 93.448, 93.9],
      ['sites_down', -2, 13, 11],
    ]);
  });

  it('only the figures on screen: same indicator, period and scope', () => {
    const onScreen = [
      { indicator: 'blankspot_villages', period: NOV27, scope: '' },
      // Another period of the same indicator (a desk's year filter): not the headline.
      { indicator: 'installations', period: '2025-01-01..2025-11-27', scope: '' },
      // The sites-in-service count without the offline scope: not "sites down".
      { indicator: 'sites_in_service', period: '2026-11-27', scope: '' },
    ] as const;
    expect(summary(wallHistoryDeltas([earlier, current], current.version, onScreen))).toEqual([
      ['blankspot_villages', -5, 268, 263],
    ]);
    expect(wallHistoryDeltas([earlier, current], current.version, [])?.deltas).toEqual([]);
  });

  it('a rollback: the data shown are older than the last publication, compared with it and said so', () => {
    // Published earlier, then current, then the data went back to earlier.
    const r = wallHistoryDeltas([earlier, current], earlier.version, earlier.figures);
    expect(r?.rollback).toBe(true);
    expect(r?.baseline.version).toBe(current.version);
    expect(summary(r)).toEqual([
      ['blankspot_villages', 5, 263, 268],
      ['installations_year', -3, 9, 6],
      ['repeaters_active', 0, 8, 8],
      ['uptime_30d', -0.5, 93.9, 93.448],
      ['sites_down', 2, 11, 13],
    ]);
  });

  it('a changed definition (same key, another indicator or scope) and a new year are not compared', () => {
    const redefined = entry('cccc2222cccc2222', '2026-11-27', [
      // sites_down was counted from another indicator, and repeaters_active for one programme only.
      f('sites_down', 'sites_down', '2026-11-27', 11),
      f('repeaters_active', 'repeaters_active', '2026-11-27', 6, 'programme=Dumisake GSM Repeater'),
      // installations of the new year against those of the year before: a new period, not a fall.
      f('installations_year', 'installations', '2027-01-01..2027-01-08', 1),
      f('blankspot_villages', 'blankspot_villages', NOV27, 263),
    ]);
    const r = wallHistoryDeltas([earlier, redefined], redefined.version, redefined.figures);
    expect(summary(r)).toEqual([['blankspot_villages', -5, 268, 263]]);
  });

  it('the same key and scope computed from another indicator is not compared', () => {
    const redefined = entry('eeee4444eeee4444', '2026-11-27', [
      f('installations_year', 'plan_installations', NOV27, 2),
      f('blankspot_villages', 'blankspot_villages', NOV27, 263),
    ]);
    const r = wallHistoryDeltas([earlier, redefined], redefined.version, redefined.figures);
    expect(summary(r)).toEqual([['blankspot_villages', -5, 268, 263]]);
  });

  it('a figure missing then or now is not compared', () => {
    const noValue = entry('dddd3333dddd3333', '2026-11-27', [
      f('blankspot_villages', 'blankspot_villages', NOV27, null),
      f('installations_year', 'installations', NOV27, 9),
    ]);
    const r = wallHistoryDeltas([earlier, noValue], noValue.version, noValue.figures);
    expect(summary(r)).toEqual([['installations_year', 3, 6, 9]]);
  });
});

describe('wall history delta text and attributes', () => {
  const r = wallHistoryDeltas([earlier, current], current.version, all);
  const by = (key: string) => r?.deltas.find((d) => d.key === key);
  it('a sign for the direction, points for a percentage, "tetap" for no change (id and en)', () => {
    const t = i18n.getFixedT('id');
    expect(deltaText(by('blankspot_villages') as never, t, 'id')).toBe('\u22125');
    expect(deltaText(by('installations_year') as never, t, 'id')).toBe('+3');
    expect(deltaText(by('uptime_30d') as never, t, 'id')).toBe('+0,5 poin');
    expect(deltaText(by('repeaters_active') as never, t, 'id')).toBe('tetap');
    const en = i18n.getFixedT('en');
    expect(deltaText(by('uptime_30d') as never, en, 'en')).toBe('+0.5 points');
    expect(deltaText(by('repeaters_active') as never, en, 'en')).toBe('unchanged');
  });
  it('the attributes trace the difference to the history: the figure now, the version and value recorded then', () => {
    expect(deltaAttrs(by('sites_down') as never, earlier.version)).toEqual({
      'data-delta-of': 'sites_in_service',
      'data-period': '2026-11-27',
      'data-scope': 'status=offline',
      'data-baseline-indicator': 'sites_in_service',
      'data-baseline-period': '2026-11-20',
      'data-baseline-version': 'aaaa0000aaaa0000',
      'data-value': '-2',
      'data-recorded-of': 'sites_in_service',
      'data-recorded-value': '13',
    });
  });
});

describe('wall history strings', () => {
  it('English has exactly the keys of Indonesian', () => {
    expect(Object.keys(wallHistory.en).sort()).toEqual(Object.keys(wallHistory.id).sort());
  });
});
