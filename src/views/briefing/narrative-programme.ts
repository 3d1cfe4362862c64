// The narratives of the programme slides — status, targets, regency spotlight — from catalog figures only:
// blankspot_villages with its previous complete period and blankspot_target; plan_installations against
// planned_installations with plan_progress; uptime over 30 days against the 30 days before; sites_in_service.
// Pure: figures in, sentences out. Every comparison names its baseline (BASELINE words of describe.ts).
import { INDICATORS } from '../../indicators/catalog.ts';
import type { FigureRef } from '../../indicators/figure.ts';
import { yearCode } from '../../indicators/period.ts';
import type { IndicatorId } from '../../indicators/types.ts';
import { varianceOf } from '../../panels/installations-by-regency/targets-option.ts';
import { atYear, direction, extremes, hasValue, latest, previousComplete, regencyOf, yearOf } from './figures.ts';
import type { Delta, Sentence, Slot } from './sentence.ts';

// ── Slot helpers ─────────────────────────────────────────────────────────────────────────────────────────────────

export const fig = (ref: FigureRef, unit = false): Slot => ({ kind: 'figure', ref, unit });
export const period = (code: string): Slot => ({ kind: 'period', code });
export const text = (value: string): Slot => ({ kind: 'text', value });
export const list = (value: readonly string[]): Slot =>
  value.length === 1 ? { kind: 'text', value: value[0] ?? '' } : { kind: 'list', value };
export const term = (key: string): Slot => ({ kind: 'term', key });
export const say = (key: string, values: Record<string, Slot> = {}): Sentence => ({ key, values });

export function delta(current: FigureRef & { value: number }, baseline: FigureRef & { value: number }): Delta {
  return {
    of: current.indicator,
    period: current.period,
    scope: current.scope,
    baselineIndicator: baseline.indicator,
    baselinePeriod: baseline.period,
    value: current.value - baseline.value,
  };
}

const digits = (id: IndicatorId) => INDICATORS[id].digits;

/** "turun 8 dibanding periode lengkap sebelumnya (2025: 276)": the change of a figure against its baseline. */
function change(
  keyBase: string,
  current: FigureRef & { value: number },
  baseline: FigureRef & { value: number },
  extra: Record<string, Slot> = {},
): Sentence {
  const d = delta(current, baseline);
  const dir = direction(d.value, digits(current.indicator));
  return say(`${keyBase}.${dir}`, {
    ...extra,
    period: period(current.period),
    value: fig(current),
    ...(dir === 'same' ? {} : { delta: { kind: 'delta', delta: d } }),
    baseline: { kind: 'baseline', rule: INDICATORS[current.indicator].baseline },
    previousPeriod: period(baseline.period),
    previous: fig(baseline),
  });
}

// ── Uptime over the headline window (status and trends slides) ────────────────────────────────────────────────────

export function uptimeSentence(current: FigureRef | null, previous: FigureRef | null): Sentence {
  if (!hasValue(current)) return say('uptime.none');
  if (!hasValue(previous)) return say('uptime.only', { period: period(current.period), value: fig(current) });
  return change('uptime', current, previous);
}

// ── Programme status ─────────────────────────────────────────────────────────────────────────────────────────────

/** A plan's three figures per year (and per regency for the regency breakdown). */
export interface PlanFigures {
  /** plan_installations. */
  installed: readonly FigureRef[];
  /** planned_installations. */
  planned: readonly FigureRef[];
  /** plan_progress. */
  progress: readonly FigureRef[];
}

export interface StatusFigures {
  /** blankspot_villages by year. */
  blankspot: readonly FigureRef[];
  /** blankspot_target by year. */
  target: readonly FigureRef[];
  /** The plan by year (province). */
  plan: PlanFigures;
  /** uptime over the 30 days up to the telemetry's as-of date, and over the 30 days before. */
  uptime: FigureRef | null;
  uptimePrevious: FigureRef | null;
  /** The as-of date of the sites (the current plan year and its label). */
  sitesAsOf: string;
}

export function blankspotAgainstTarget(blankspot: readonly FigureRef[], target: readonly FigureRef[]): Sentence | null {
  const current = latest(blankspot);
  if (!current) return say('status.blankspotNone');
  const goal = atYear(target, yearOf(current));
  const values = { period: period(current.period), value: fig(current) };
  if (!hasValue(goal)) return say('status.blankspotNoTarget', values);
  const gap = delta(current, goal);
  return gap.value > 0
    ? say('status.blankspotAbove', {
        ...values,
        gap: { kind: 'delta', delta: gap },
        targetPeriod: period(goal.period),
        target: fig(goal),
      })
    : say('status.blankspotWithin', { ...values, targetPeriod: period(goal.period), target: fig(goal) });
}

export function blankspotChange(blankspot: readonly FigureRef[], keyBase: string): Sentence | null {
  const current = latest(blankspot);
  if (!current) return null;
  const previous = previousComplete(blankspot, current);
  if (!previous) return say(`${keyBase}.noPrevious`);
  return change(keyBase, current, previous);
}

/**
 * The plan of year `year`: "2 dari rencana 10 titik (20%)". The installations of a year without any are not a row
 * of plan_installations: the sentence then says none was installed (plan_progress carries the 0 %).
 */
export function planSentence(
  keyBase: string,
  plan: PlanFigures,
  year: number,
  sitesAsOf: string,
  extra: Record<string, Slot> = {},
): Sentence {
  const installed = atYear(plan.installed, year);
  const planned = atYear(plan.planned, year);
  const progress = atYear(plan.progress, year);
  const when = period(installed?.period ?? yearCode(year, sitesAsOf));
  if (!hasValue(planned)) {
    return hasValue(installed)
      ? say(`${keyBase}.noPlan`, { ...extra, period: when, installed: fig(installed) })
      : say(`${keyBase}.noPlanNone`, { ...extra, period: when });
  }
  if (planned.value <= 0)
    return hasValue(installed)
      ? say(`${keyBase}.planZero`, { ...extra, period: when, installed: fig(installed), planned: fig(planned) })
      : say(`${keyBase}.planZeroNone`, { ...extra, period: when, planned: fig(planned) });
  const pct: Record<string, Slot> = hasValue(progress)
    ? { progress: fig(progress), class: term(`variance.${varianceOf(progress.value)}`) }
    : {};
  if (!hasValue(installed) || installed.value === 0)
    return say(`${keyBase}.none`, { ...extra, period: when, planned: fig(planned) });
  return say(`${keyBase}.progress`, {
    ...extra,
    period: when,
    installed: fig(installed),
    planned: fig(planned),
    ...pct,
  });
}

/** The latest year with a plan value up to `maxYear`. */
function planYear(planned: readonly FigureRef[], maxYear: number): number | null {
  const l = latest(planned, maxYear);
  return l ? yearOf(l) : null;
}

export function statusNarrative(f: StatusFigures): Sentence[] {
  const out: (Sentence | null)[] = [
    blankspotAgainstTarget(f.blankspot, f.target),
    blankspotChange(f.blankspot, 'status.change'),
  ];
  const dataYear = Number(f.sitesAsOf.slice(0, 4));
  const y = planYear(f.plan.planned, dataYear);
  out.push(y === null ? say('status.planNone') : planSentence('status.plan', f.plan, y, f.sitesAsOf));
  out.push(uptimeSentence(f.uptime, f.uptimePrevious));
  return out.filter((s): s is Sentence => s !== null);
}

// ── Targets: the province plan, the regency plans and their sum, progress per regency ─────────────────────────────

export interface TargetsFigures {
  /** By year. */
  province: PlanFigures;
  /** By year and regency. */
  regencies: PlanFigures;
  /** planned_installations of every regency together (the regency filter set to all of them), by year. */
  regencyPlanSum: readonly FigureRef[];
  /** Regency names by code. */
  names: Readonly<Record<string, string>>;
  sitesAsOf: string;
}

/** The latest year up to the data year with a regency plan, or null. */
export function regencyPlanYear(f: Pick<TargetsFigures, 'regencies' | 'sitesAsOf'>): number | null {
  return planYear(f.regencies.planned, Number(f.sitesAsOf.slice(0, 4)));
}

const nameOf = (ref: FigureRef, names: Readonly<Record<string, string>>) => {
  const code = regencyOf(ref);
  return code ? (names[code] ?? code) : '';
};

export function targetsNarrative(f: TargetsFigures): Sentence[] {
  const y = regencyPlanYear(f);
  if (y === null) {
    const py = planYear(f.province.planned, Number(f.sitesAsOf.slice(0, 4)));
    return [
      say('targets.none'),
      ...(py === null ? [] : [planSentence('targets.province', f.province, py, f.sitesAsOf)]),
    ];
  }
  const out: Sentence[] = [planSentence('targets.province', f.province, y, f.sitesAsOf)];

  // The regency plans added up, against the province plan of the same year.
  const province = atYear(f.province.planned, y);
  const sum = atYear(f.regencyPlanSum, y);
  const yp = period(String(y));
  if (!hasValue(sum)) out.push(say('targets.sumIncomplete', { year: yp }));
  else if (hasValue(province)) {
    const gap = delta(sum, province);
    const values = { year: yp, sum: fig(sum), province: fig(province) };
    out.push(
      gap.value < 0
        ? say('targets.sumLess', { ...values, gap: { kind: 'delta', delta: gap } })
        : gap.value > 0
          ? say('targets.sumMore', { ...values, gap: { kind: 'delta', delta: gap } })
          : say('targets.sumSame', values),
    );
  }

  // Regencies with a plan above 0 that year, by progress class (read from the shown whole percentage).
  const rows = f.regencies.progress.filter((r) => yearOf(r) === y && hasValue(r)) as (FigureRef & { value: number })[];
  const met = rows.filter((r) => varianceOf(r.value) === 'met');
  const count = (of: string, value: number): Slot => ({
    kind: 'count',
    count: { of, period: String(y), scope: '', value },
  });
  const n = count('regencies-with-plan:plan_progress', rows.length);
  const m = count('regencies-met:plan_progress', met.length);
  const names = (refs: readonly FigureRef[]) => list(refs.map((r) => nameOf(r, f.names)));
  if (rows.length === 0) out.push(say('targets.noneWithPlan', { year: yp }));
  else if (met.length === rows.length)
    out.push(
      rows.length === 1
        ? say('targets.allMetOne', { year: yp, name: names(met) })
        : say(rows.length === 2 ? 'targets.allMetTwo' : 'targets.allMet', { year: yp, n }),
    );
  else if (met.length === 0) out.push(say('targets.noneMet', { year: yp, n }));
  else out.push(say(met.length === 1 ? 'targets.someMetOne' : 'targets.someMet', { year: yp, n, met: m }));

  // The lowest (or, when every regency met its plan, the highest) progress, as shown.
  if (rows.length > 1) {
    const allMet = met.length === rows.length;
    const which = allMet ? 'highest' : 'lowest';
    const picked = extremes(rows, (r) => Math.round(r.value), allMet ? 'max' : 'min');
    const first = picked[0];
    if (first && picked.length === 1) {
      const code = regencyOf(first);
      const installed = f.regencies.installed.find((r) => yearOf(r) === y && regencyOf(r) === code);
      const planned = f.regencies.planned.find((r) => yearOf(r) === y && regencyOf(r) === code);
      out.push(
        hasValue(installed) && hasValue(planned)
          ? say(`targets.${which}`, {
              name: text(nameOf(first, f.names)),
              installed: fig(installed),
              planned: fig(planned),
              progress: fig(first),
              class: term(`variance.${varianceOf(first.value)}`),
            })
          : say(`targets.${which}None`, {
              name: text(nameOf(first, f.names)),
              progress: fig(first),
              class: term(`variance.${varianceOf(first.value)}`),
            }),
      );
    } else if (first) {
      out.push(
        say(`targets.${which}Tie`, {
          names: names(picked),
          progress: fig(first),
          class: term(`variance.${varianceOf(first.value)}`),
        }),
      );
    }
  }
  return out;
}

// ── Regency spotlight ─────────────────────────────────────────────────────────────────────────────────────────────

export interface SpotlightFigures {
  name: string;
  /** blankspot_villages by year, for this regency (regency filter). */
  blankspot: readonly FigureRef[];
  /** The plan by year, for this regency (regency filter): the same figures as its row on the targets slide. */
  plan: PlanFigures;
  /** sites_in_service of this regency at the data date. */
  inService: FigureRef | null;
  sitesAsOf: string;
}

function spotlightBlankspot(f: SpotlightFigures): Sentence {
  const name = text(f.name);
  const current = latest(f.blankspot);
  if (!current) return say('regency.noCoverage', { name });
  const previous = previousComplete(f.blankspot, current);
  if (current.value === 0) {
    if (!previous) return say('regency.zeroNoPrevious', { name, period: period(current.period) });
    return previous.value === 0
      ? say('regency.zeroStill', { name, period: period(current.period), previousPeriod: period(previous.period) })
      : say('regency.zeroNow', {
          name,
          period: period(current.period),
          previousPeriod: period(previous.period),
          previous: fig(previous),
        });
  }
  if (!previous) return say('regency.remaining', { name, period: period(current.period), value: fig(current) });
  return change('regency.change', current, previous, { name });
}

export function spotlightNarrative(f: SpotlightFigures): Sentence[] {
  const name = text(f.name);
  const out: Sentence[] = [spotlightBlankspot(f)];
  const dataYear = Number(f.sitesAsOf.slice(0, 4));
  const y = planYear(f.plan.planned, dataYear);
  if (y === null) out.push(say('regency.noPlan', { name }));
  else
    out.push(
      planSentence(y < dataYear ? 'regency.planOld' : 'regency.plan', f.plan, y, f.sitesAsOf, {
        name,
        year: period(String(y)),
      }),
    );
  if (hasValue(f.inService))
    out.push(
      say(f.inService.value === 0 ? 'regency.inServiceNone' : 'regency.inService', {
        name,
        period: period(f.inService.period),
        value: fig(f.inService),
      }),
    );
  return out;
}
