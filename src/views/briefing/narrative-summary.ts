// The opening summary slide in sentences: where the province stands against each target (villages without signal
// against the blankspot target, programme sites against the plan of the year, GSM repeaters against their plan),
// the sites down, where the count of villages without signal is heading (the blankspot panel's projection, with its
// range), the regencies furthest from their own target (saying how old that target is), and what needs a decision.
// Pure: catalog figures in, sentences out; every number a figure, a difference of two figures, or a count derived
// from figures (the projection's range). What changed since the last publication comes from
// src/narrative/what-changed.ts.

import { isIncomplete } from '../../indicators/describe.ts';
import type { FigureRef } from '../../indicators/figure.ts';
import { yearCode } from '../../indicators/period.ts';
import { type Projection, projectBlankspot } from '../../panels/blankspot-reduction/projection.ts';
import { varianceOf } from '../../panels/installations-by-regency/targets-option.ts';
import { atYear, hasValue, latest, regencyOf, yearOf } from './figures.ts';
import {
  blankspotAgainstTarget,
  delta,
  fig,
  type PlanFigures,
  period,
  planSentence,
  say,
  text,
} from './narrative-programme.ts';
import type { Phrase, Sentence, Slot } from './sentence.ts';

export interface SummaryFigures {
  /** blankspot_villages by year (province). */
  blankspot: readonly FigureRef[];
  /** blankspot_target by year (province). */
  target: readonly FigureRef[];
  /** The province plan by year. */
  plan: PlanFigures;
  repeatersActive: FigureRef | null;
  repeatersPlanned: FigureRef | null;
  repeaterProgress: FigureRef | null;
  /** sites_down at the telemetry's as-of date (null: no figure). */
  sitesDown: FigureRef | null;
  /** blankspot_villages by regency (the latest survey year). */
  regencyBlankspot: readonly FigureRef[];
  /** blankspot_target by year and regency. */
  regencyTarget: readonly FigureRef[];
  names: Readonly<Record<string, string>>;
  sitesAsOf: string;
}

/** How many regencies furthest from their target the summary names. */
export const FURTHEST = 3;

export interface RegencyGap {
  code: string;
  name: string;
  value: FigureRef & { value: number };
  target: FigureRef & { value: number };
  /** value − target. */
  gap: number;
}

/** The latest year (up to `maxYear`) with a regency blankspot target. */
export function regencyTargetYear(targets: readonly FigureRef[], maxYear: number): number | null {
  const l = latest(targets, maxYear);
  return l ? yearOf(l) : null;
}

/**
 * Every regency with a figure and a target of `year`: villages without signal now against that target, furthest
 * first (ties by name).
 */
export function regencyGaps(f: Pick<SummaryFigures, 'regencyBlankspot' | 'regencyTarget' | 'names'>, year: number) {
  const out: RegencyGap[] = [];
  for (const v of f.regencyBlankspot) {
    const code = regencyOf(v);
    if (!code || !hasValue(v)) continue;
    const target = f.regencyTarget.find((t) => yearOf(t) === year && regencyOf(t) === code);
    if (!hasValue(target)) continue;
    out.push({ code, name: f.names[code] ?? code, value: v, target, gap: v.value - target.value });
  }
  return out.sort((a, b) => b.gap - a.gap || a.name.localeCompare(b.name));
}

/** The blankspot panel's projection over the complete years of the province series. */
export function summaryProjection(blankspot: readonly FigureRef[]): Projection {
  return projectBlankspot(
    blankspot
      .filter((r) => !isIncomplete(r.period) && /^\d{4}$/.test(r.period))
      .map((r) => ({ year: yearOf(r), value: r.value })),
  );
}

const year = (y: number): Slot => period(String(y));

function projectionCount(of: 'projection-low' | 'projection-high', y: number, value: number): Slot {
  return { kind: 'count', count: { of: `${of}:blankspot_villages`, period: String(y), scope: '', value } };
}

/** "Dengan laju 2021–2025, desa tanpa sinyal seluler diperkirakan habis sekitar 2031 (rentang 2029–2035)." */
export function projectionSentence(p: Projection): Sentence {
  switch (p.kind) {
    case 'none':
      return say('summary.projection.none');
    case 'insufficient':
      return say('summary.projection.insufficient');
    case 'reached':
      return say('summary.projection.reached', { year: year(p.lastYear) });
    case 'trend': {
      const fit = period(`${p.fromYear}..${p.toYear}`);
      const { central, fast, slow } = p.zero;
      if (fast !== null && slow !== null)
        return fast === slow
          ? say('summary.projection.around', { fit, year: year(slow) })
          : say('summary.projection.between', {
              fit,
              central: year(central ?? slow),
              fast: year(fast),
              slow: year(slow),
            });
      if (fast !== null)
        return say('summary.projection.earliest', { fit, fast: year(fast), horizon: year(p.horizonYear) });
      const last = p.points[p.points.length - 1];
      if (!last) return say('summary.projection.none');
      return say('summary.projection.notReached', {
        fit,
        horizon: year(p.horizonYear),
        low: projectionCount('projection-low', p.horizonYear, last.low),
        high: projectionCount('projection-high', p.horizonYear, last.high),
      });
    }
  }
}

function repeatersSentence(f: SummaryFigures): Sentence | null {
  if (!hasValue(f.repeatersPlanned) || f.repeatersPlanned.value <= 0) return null;
  if (!hasValue(f.repeatersActive) || !hasValue(f.repeaterProgress)) return null;
  return say(f.repeatersActive.value === 0 ? 'summary.repeatersNone' : 'summary.repeaters', {
    period: period(f.repeatersActive.period),
    active: fig(f.repeatersActive),
    planned: fig(f.repeatersPlanned),
    progress: fig(f.repeaterProgress),
  });
}

function sitesDownSentence(down: FigureRef | null): Sentence | null {
  if (!hasValue(down)) return null;
  return say(down.value === 0 ? 'summary.sitesDownNone' : 'summary.sitesDown', {
    period: period(down.period),
    value: fig(down),
  });
}

function furthestSentence(
  f: Pick<SummaryFigures, 'regencyBlankspot' | 'regencyTarget' | 'names'>,
  dataYear: number,
): { sentence: Sentence | null; picked: RegencyGap[] } {
  const ty = regencyTargetYear(f.regencyTarget, dataYear);
  if (ty === null) return { sentence: null, picked: [] };
  const gaps = regencyGaps(f, ty);
  if (gaps.length === 0) return { sentence: null, picked: [] };
  const above = gaps.filter((g) => g.gap > 0).slice(0, FURTHEST);
  const old = ty < dataYear ? 'Old' : '';
  if (above.length === 0) return { sentence: say(`summary.furthest.none${old}`, { year: year(ty) }), picked: [] };
  const items: Phrase[] = above.map((g) => ({
    key: 'summary.furthest.item',
    values: {
      name: text(g.name),
      value: fig(g.value),
      gap: { kind: 'delta', delta: delta(g.value, g.target) },
      target: fig(g.target),
    },
  }));
  return {
    sentence: say(`summary.furthest.list${old}`, {
      year: year(ty),
      period: period(above[0]?.value.period ?? String(ty)),
      items: { kind: 'phrases', value: items },
    }),
    picked: above,
  };
}

export interface SummaryNarrative {
  /** Where the province stands: short sentences, one per target, then sites down, the outlook, the regencies. */
  sentences: Sentence[];
  /** What needs a decision, one phrase each (empty: nothing). */
  decisions: Sentence[];
}

export function summaryNarrative(f: SummaryFigures): SummaryNarrative {
  const dataYear = Number(f.sitesAsOf.slice(0, 4));
  const out: (Sentence | null)[] = [blankspotAgainstTarget(f.blankspot, f.target)];
  const plannedNow = latest(f.plan.planned, dataYear);
  const planYear = plannedNow ? yearOf(plannedNow) : null;
  if (planYear !== null) out.push(planSentence('status.plan', f.plan, planYear, f.sitesAsOf));
  out.push(repeatersSentence(f));
  out.push(sitesDownSentence(f.sitesDown));
  out.push(projectionSentence(summaryProjection(f.blankspot)));
  const furthest = furthestSentence(f, dataYear);
  out.push(furthest.sentence);

  // What needs a decision: each target missed, the sites down, a regency target past its last year.
  const decisions: Sentence[] = [];
  const current = latest(f.blankspot);
  const goal = current ? atYear(f.target, yearOf(current)) : null;
  if (current && hasValue(goal) && current.value > goal.value) {
    decisions.push(
      furthest.picked.length
        ? say('summary.decide.blankspotWhere', {
            gap: { kind: 'delta', delta: delta(current, goal) },
            names: { kind: 'list', value: furthest.picked.map((g) => g.name) },
          })
        : say('summary.decide.blankspot', { gap: { kind: 'delta', delta: delta(current, goal) } }),
    );
  }
  if (planYear !== null) {
    const progress = atYear(f.plan.progress, planYear);
    const planned = atYear(f.plan.planned, planYear);
    if (hasValue(progress) && hasValue(planned) && planned.value > 0 && varianceOf(progress.value) !== 'met') {
      const installed = atYear(f.plan.installed, planYear);
      const when = period(installed?.period ?? yearCode(planYear, f.sitesAsOf));
      decisions.push(
        hasValue(installed)
          ? say('summary.decide.plan', { period: when, installed: fig(installed), planned: fig(planned) })
          : say('summary.decide.planNone', { period: when, planned: fig(planned) }),
      );
    }
  }
  if (hasValue(f.sitesDown) && f.sitesDown.value > 0)
    decisions.push(say('summary.decide.sitesDown', { value: fig(f.sitesDown), period: period(f.sitesDown.period) }));
  if (hasValue(f.repeatersActive) && hasValue(f.repeatersPlanned) && f.repeatersPlanned.value > f.repeatersActive.value)
    decisions.push(
      say('summary.decide.repeaters', {
        gap: { kind: 'delta', delta: delta(f.repeatersActive, f.repeatersPlanned) },
        planned: fig(f.repeatersPlanned),
      }),
    );
  const ty = regencyTargetYear(f.regencyTarget, dataYear);
  if (ty !== null && ty < dataYear) decisions.push(say('summary.decide.targetsOld', { year: year(ty) }));
  return { sentences: out.filter((s): s is Sentence => s !== null), decisions };
}

// ── The ranked regencies page ─────────────────────────────────────────────────────────────────────────────────────

export interface RegenciesFigures {
  /** blankspot_villages by regency and year (the small multiples' own request). */
  blankspot: readonly FigureRef[];
  /** blankspot_target by year and regency. */
  target: readonly FigureRef[];
  names: Readonly<Record<string, string>>;
  /** The data year (the sites' as-of): a regency target of an earlier year is said to be old. */
  sitesAsOf: string;
}

/** How many regencies the ranked page names by their count. */
export const MOST = 3;

/**
 * The ranked page: the regencies with the most villages without signal in the latest survey year, the regencies
 * furthest from their own target (saying the year of that target), and those without any.
 */
export function regenciesNarrative(f: RegenciesFigures): Sentence[] {
  const latestYear = latest(f.blankspot);
  if (!latestYear) return [say('map.noCoverage')];
  const y = yearOf(latestYear);
  const now = f.blankspot.filter((r) => yearOf(r) === y && hasValue(r)) as (FigureRef & { value: number })[];
  const name = (r: FigureRef) => f.names[regencyOf(r) ?? ''] ?? regencyOf(r) ?? '';
  const ranked = [...now].sort((a, b) => b.value - a.value || name(a).localeCompare(name(b)));
  const out: Sentence[] = [];
  const most = ranked.filter((r) => r.value > 0).slice(0, MOST);
  if (most.length === 0) out.push(say('map.noBlankspot', { period: period(latestYear.period) }));
  else
    out.push(
      say('summary.regencies.most', {
        period: period(latestYear.period),
        items: {
          kind: 'phrases',
          value: most.map(
            (r): Phrase => ({ key: 'summary.regencies.item', values: { name: text(name(r)), value: fig(r) } }),
          ),
        },
      }),
    );
  const dataYear = Number(f.sitesAsOf.slice(0, 4));
  const furthest = furthestSentence({ regencyBlankspot: now, regencyTarget: f.target, names: f.names }, dataYear);
  if (furthest.sentence) out.push(furthest.sentence);
  const free = ranked.filter((r) => r.value === 0).map(name);
  if (free.length)
    out.push(
      say(free.length === 1 ? 'map.freeOne' : 'map.free', {
        names: free.length === 1 ? text(free[0] ?? '') : { kind: 'list', value: free },
        period: period(latestYear.period),
      }),
    );
  return out;
}
