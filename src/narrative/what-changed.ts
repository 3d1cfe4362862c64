// What changed between two published data versions, from the headline history (public/data/history.jsonl,
// src/indicators/history.ts): per headline figure the value then, the value now and the difference, and short
// sentences that say it (rendered in Indonesian or English by what-changed-text.ts). Pure: history in, changes and
// sentences out; every number in a sentence is a recorded figure or the difference of two.
//
// The baseline is the version a previous briefing was pinned to when given and recorded, else the previous
// publication: the entry before the current one, or — when the current version is not the latest recorded, i.e.
// the data were rolled back — the latest recorded version. A baseline published after the current version is a
// rollback and is said so before any change. A change is what shows at the indicator's digits: two values that
// round to the same figure are "not changed", and a flow of another year is a new period, not a rise or a fall.
import { INDICATORS } from '../indicators/catalog.ts';
import type { FigureRef } from '../indicators/figure.ts';
import type { HistoryEntry, HistoryFigure } from '../indicators/history.ts';
import { HEADLINE_KEYS, type HeadlineKey } from '../indicators/history-headlines.ts';
import { parsePeriodCode } from '../indicators/period.ts';
import type { IndicatorId, UnitId } from '../indicators/types.ts';

export type ChangeStatus = 'up' | 'down' | 'same' | 'new-period' | 'missing-then' | 'missing-now';

/** One headline figure (a key and a scope) in the baseline and now. */
export interface FigureChange {
  key: HeadlineKey;
  indicator: IndicatorId;
  scope: string;
  unit: UnitId;
  then: HistoryFigure | null;
  now: HistoryFigure | null;
  /** now − then as shown (both values rounded to the indicator's digits); null unless both exist, same period kind. */
  difference: number | null;
  status: ChangeStatus;
}

export type WhatChanged =
  /** The current data version is not in the history: nothing can be compared. */
  | { kind: 'no-history'; version: string }
  /** The current version is the only one recorded (or the first, with nothing newer). */
  | { kind: 'first'; current: HistoryEntry }
  /** The previous briefing was pinned to the version shown now. */
  | { kind: 'same'; current: HistoryEntry }
  | {
      kind: 'compared';
      current: HistoryEntry;
      baseline: HistoryEntry;
      /** The baseline was published after the current version: the data were rolled back. */
      rollback: boolean;
      /** The pinned version was asked for but is not in the history (the previous publication is used). */
      pinnedMissing: string | null;
      /** Every headline figure, in the catalog's headline order. */
      changes: FigureChange[];
    };

/** A value as shown: the indicator's digits, after snapping float noise (formatValue in describe.ts does the same). */
function shown(id: IndicatorId, value: number): number {
  const digits = INDICATORS[id].digits;
  return Number((Math.round(Number(value.toPrecision(12)) * 10 ** digits) / 10 ** digits).toFixed(digits));
}

/** The year a period starts in; null for an open start ("..2026-11-27": everything up to a date). */
function startYear(code: string): number | null {
  const r = parsePeriodCode(code);
  return r?.from ? Number(r.from.slice(0, 4)) : null;
}

/** Whether two periods of a figure can be compared as a rise or fall: a flow or plan must be of the same year. */
function comparable(id: IndicatorId, then: string, now: string): boolean {
  const rule = INDICATORS[id].period;
  if (rule !== 'year-flow' && rule !== 'plan-year') return true;
  return startYear(then) === startYear(now);
}

function compareFigure(key: HeadlineKey, then: HistoryFigure | null, now: HistoryFigure | null): FigureChange {
  const ref = (now ?? then) as HistoryFigure;
  const base = { key, indicator: ref.indicator, scope: ref.scope, unit: INDICATORS[ref.indicator].unit, then, now };
  const a = then?.value ?? null;
  const b = now?.value ?? null;
  if (a === null && b === null) return { ...base, difference: null, status: 'same' };
  if (b === null) return { ...base, difference: null, status: 'missing-now' };
  if (a === null) return { ...base, difference: null, status: 'missing-then' };
  if (!comparable(ref.indicator, (then as HistoryFigure).period, (now as HistoryFigure).period))
    return { ...base, difference: null, status: 'new-period' };
  const digits = INDICATORS[ref.indicator].digits;
  const difference = Number((shown(ref.indicator, b) - shown(ref.indicator, a)).toFixed(digits));
  return { ...base, difference, status: difference === 0 ? 'same' : difference < 0 ? 'down' : 'up' };
}

/** Every headline figure of two entries, matched by key and scope, in headline order (scopes sorted). */
export function compareEntries(baseline: HistoryEntry, current: HistoryEntry): FigureChange[] {
  const id = (f: HistoryFigure) => `${f.key}\u0000${f.scope}`;
  const then = new Map(baseline.figures.map((f) => [id(f), f]));
  const now = new Map(current.figures.map((f) => [id(f), f]));
  const out: FigureChange[] = [];
  for (const key of HEADLINE_KEYS) {
    const scopes = new Set([...baseline.figures, ...current.figures].filter((f) => f.key === key).map((f) => f.scope));
    for (const scope of [...scopes].sort()) {
      const k = `${key}\u0000${scope}`;
      out.push(compareFigure(key, then.get(k) ?? null, now.get(k) ?? null));
    }
  }
  return out;
}

/**
 * What changed in the data shown (`version`) against the previous briefing's version (`pinned`, when there was
 * one) or the previous publication. `history` is in file order (the order versions were first published).
 */
export function whatChanged(
  history: readonly HistoryEntry[],
  version: string,
  pinned: string | null = null,
): WhatChanged {
  const at = history.findIndex((e) => e.version === version);
  const current = history[at];
  if (!current) return { kind: 'no-history', version };
  let pinnedMissing: string | null = null;
  if (pinned !== null) {
    if (pinned === version) return { kind: 'same', current };
    const p = history.findIndex((e) => e.version === pinned);
    const baseline = history[p];
    if (baseline)
      return {
        kind: 'compared',
        current,
        baseline,
        rollback: p > at,
        pinnedMissing,
        changes: compareEntries(baseline, current),
      };
    pinnedMissing = pinned;
  }
  const last = history.length - 1;
  // The previous publication: the one before, unless the data were rolled back to an older version (then the
  // latest recorded version is the one that was published before it).
  const p = at === last ? at - 1 : last;
  const baseline = history[p];
  if (!baseline) return { kind: 'first', current };
  return {
    kind: 'compared',
    current,
    baseline,
    rollback: p > at,
    pinnedMissing,
    changes: compareEntries(baseline, current),
  };
}

// ── Sentences ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** The difference between a figure now and the same figure of the baseline version. */
export interface VersionDelta {
  of: IndicatorId;
  period: string;
  scope: string;
  baselinePeriod: string;
  baselineVersion: string;
  /** now − then as shown (signed). */
  value: number;
}

export type Slot =
  /**
   * A recorded figure, with its unit. `version`: the publication it was recorded in when that is not the data shown
   * (the baseline's value): it is then marked as a recorded value of that version, not as a figure of the data.
   */
  | { kind: 'figure'; ref: FigureRef; version?: string }
  /** The size of a difference (always positive in the text; the key says the direction). */
  | { kind: 'delta'; delta: VersionDelta }
  /** How many headline figures changed. */
  | { kind: 'count'; value: number }
  | { kind: 'period'; code: string }
  | { kind: 'date'; value: string }
  | { kind: 'version'; value: string }
  /** The words of a headline (lower case), under whatChanged.label. */
  | { kind: 'label'; key: HeadlineKey; programme: string | null }
  /** A phrase of its own template (the "since …" opening, a change inside the one-change sentence). */
  | { kind: 'phrase'; phrase: Sentence };

/** An i18n key under whatChanged and its slots. */
export interface Sentence {
  key: string;
  values: Readonly<Record<string, Slot>>;
}

const say = (key: string, values: Record<string, Slot> = {}): Sentence => ({ key, values });
const figure = (f: HistoryFigure): Slot => ({ kind: 'figure', ref: f });

/** Whether a figure's change is claimed in a sentence (a rise, a fall, a new period, a figure come or gone). */
export const isChange = (c: FigureChange): boolean => c.status !== 'same';

function programmeOf(scope: string): string | null {
  const m = /(?:^|;)programme=([^;]+)/.exec(scope);
  return m?.[1] ?? null;
}

const STATUS_KEY: Record<Exclude<ChangeStatus, 'same'>, string> = {
  up: 'up',
  down: 'down',
  'new-period': 'newPeriod',
  'missing-then': 'missingThen',
  'missing-now': 'missingNow',
};

/** "desa tanpa sinyal seluler turun 12 dari 268 menjadi 256 desa (2026 s.d. 4 Des)." */
export function changeSentence(c: FigureChange, baselineVersion: string): Sentence {
  if (c.status === 'same') throw new Error(`changeSentence: ${c.key} did not change`);
  const points = c.unit === 'percent' && (c.status === 'up' || c.status === 'down');
  const values: Record<string, Slot> = { label: { kind: 'label', key: c.key, programme: programmeOf(c.scope) } };
  if (c.now) {
    values.value = figure(c.now);
    values.period = { kind: 'period', code: c.now.period };
  }
  if (c.then) {
    values.previous = { kind: 'figure', ref: c.then, version: baselineVersion };
    values.previousPeriod = { kind: 'period', code: c.then.period };
  }
  if (c.now && c.then && c.difference !== null)
    values.delta = {
      kind: 'delta',
      delta: {
        of: c.indicator,
        period: c.now.period,
        scope: c.scope,
        baselinePeriod: c.then.period,
        baselineVersion,
        value: c.difference,
      },
    };
  return say(`change.${STATUS_KEY[c.status]}${points ? 'Points' : ''}`, values);
}

/** "sejak 27 Nov 2026" — or the version too when both publications have the same data date; "dibanding …" after a rollback. */
function since(current: HistoryEntry, baseline: HistoryEntry, rollback: boolean): Slot {
  const key = rollback ? 'since.rollback' : baseline.as_of === current.as_of ? 'since.version' : 'since.date';
  return {
    kind: 'phrase',
    phrase: say(key, {
      date: { kind: 'date', value: baseline.as_of },
      version: { kind: 'version', value: baseline.version },
    }),
  };
}

/**
 * The sentences of a comparison: a rollback or a missing pinned version first, then nothing changed / the one
 * change / how many changed and each change, and whether the other headline figures stayed the same.
 */
export function whatChangedSentences(w: WhatChanged): Sentence[] {
  if (w.kind === 'no-history') return [say('noHistory', { version: { kind: 'version', value: w.version } })];
  const dated = (e: HistoryEntry) => ({
    version: { kind: 'version', value: e.version } as Slot,
    date: { kind: 'date', value: e.as_of } as Slot,
  });
  if (w.kind === 'first') return [say('first', dated(w.current))];
  if (w.kind === 'same') return [say('same', dated(w.current))];
  const out: Sentence[] = [];
  if (w.pinnedMissing !== null) out.push(say('pinnedMissing', { pinned: { kind: 'version', value: w.pinnedMissing } }));
  if (w.rollback)
    out.push(
      say('rollback', {
        ...dated(w.current),
        baselineVersion: { kind: 'version', value: w.baseline.version },
        baselineDate: { kind: 'date', value: w.baseline.as_of },
      }),
    );
  const from = since(w.current, w.baseline, w.rollback);
  const changed = w.changes.filter(isChange);
  const unchanged = w.changes.length - changed.length;
  const [only] = changed;
  if (!only) out.push(say('lead.none', { since: from }));
  else if (changed.length === 1)
    out.push(say('one', { since: from, change: { kind: 'phrase', phrase: changeSentence(only, w.baseline.version) } }));
  else {
    out.push(say('lead.many', { since: from, count: { kind: 'count', value: changed.length } }));
    for (const c of changed) out.push(changeSentence(c, w.baseline.version));
  }
  if (changed.length > 0 && unchanged > 0) out.push(say('lead.rest'));
  return out;
}
