// The narratives of the slides that show a panel — blankspot reduction, the regency map, the GSM repeater plan, the
// connectivity trend — and of the isolated villages, from catalog figures (and, for the isolated villages, the rows
// of their listing). Pure: figures in, sentences out.
import { INDICATORS } from '../../indicators/catalog.ts';
import type { FigureRef } from '../../indicators/figure.ts';
import { direction, extremes, hasValue, latest, previousComplete, regencyOf, scopeValue } from './figures.ts';
import type { IsolatedModel } from './isolated-model.ts';
import { delta, fig, list, period, say, term, text, uptimeSentence } from './narrative-programme.ts';
import type { Phrase, Sentence, Slot } from './sentence.ts';

const shown = (ref: FigureRef) =>
  ref.value === null ? null : Math.round(ref.value * 10 ** INDICATORS[ref.indicator].digits);

// ── Blankspot reduction ──────────────────────────────────────────────────────────────────────────────────────────

export interface BlankspotFigures {
  /** blankspot_villages by year. */
  blankspot: readonly FigureRef[];
  /** villages_served by year. */
  served: readonly FigureRef[];
}

export function blankspotNarrative(f: BlankspotFigures): Sentence[] {
  const current = latest(f.blankspot);
  if (!current) return [say('blankspot.none')];
  const p = period(current.period);
  const out: Sentence[] = [];
  const served = f.served.find((r) => r.period === current.period);
  if (current.value === 0) out.push(say('blankspot.zero', { period: p }));
  else if (!hasValue(served)) out.push(say('blankspot.remaining', { period: p, value: fig(current) }));
  else
    out.push(
      say(served.value === 0 ? 'blankspot.remainingServedNone' : 'blankspot.remainingServed', {
        period: p,
        value: fig(current),
        served: fig(served),
      }),
    );
  const previous = previousComplete(f.blankspot, current);
  if (!previous) out.push(say('blankspot.noPrevious'));
  else if (current.value === 0)
    out.push(
      say(previous.value === 0 ? 'blankspot.stillZero' : 'blankspot.fromPrevious', {
        previousPeriod: period(previous.period),
        previous: fig(previous),
      }),
    );
  else {
    const d = delta(current, previous);
    const dir = direction(d.value, 0);
    out.push(
      say(`blankspot.change.${dir}`, {
        ...(dir === 'same' ? {} : { delta: { kind: 'delta', delta: d } }),
        baseline: { kind: 'baseline', rule: INDICATORS.blankspot_villages.baseline },
        previousPeriod: period(previous.period),
        previous: fig(previous),
      }),
    );
  }
  return out;
}

// ── The regency map ───────────────────────────────────────────────────────────────────────────────────────────────

export interface MapFigures {
  /** blankspot_share by regency (latest survey year). */
  share: readonly FigureRef[];
  /** blankspot_villages by regency (latest survey year). */
  count: readonly FigureRef[];
  /** sites_per_100_villages by regency (at the data date). */
  density: readonly FigureRef[];
  names: Readonly<Record<string, string>>;
}

export function mapNarrative(f: MapFigures): Sentence[] {
  const out: Sentence[] = [];
  const name = (r: FigureRef) => {
    const code = regencyOf(r);
    return code ? (f.names[code] ?? code) : '';
  };
  const known = f.share.filter(hasValue);
  const first = known[0];
  if (!first) out.push(say('map.noCoverage'));
  else {
    const p = period(first.period);
    const top = extremes(known, shown, 'max');
    const best = top[0];
    if (!best || best.value === 0) out.push(say('map.noBlankspot', { period: p }));
    else {
      const count = f.count.find((c) => regencyOf(c) === regencyOf(best) && c.period === best.period);
      if (top.length > 1)
        out.push(say('map.mostShareTie', { period: p, names: list(top.map(name)), share: fig(best) }));
      else
        out.push(
          hasValue(count)
            ? say('map.mostShare', { period: p, name: text(name(best)), share: fig(best), count: fig(count) })
            : say('map.mostShareOnly', { period: p, name: text(name(best)), share: fig(best) }),
        );
      const free = known.filter((r) => r.value === 0);
      if (free.length > 0)
        out.push(say(free.length === 1 ? 'map.freeOne' : 'map.free', { period: p, names: list(free.map(name)) }));
    }
  }
  const dense = extremes(f.density.filter(hasValue), shown, 'max');
  const d = dense[0];
  if (d && (d.value ?? 0) > 0)
    out.push(
      dense.length > 1
        ? say('map.mostDensityTie', { period: period(d.period), names: list(dense.map(name)), value: fig(d, true) })
        : say('map.mostDensity', { period: period(d.period), name: text(name(d)), value: fig(d, true) }),
    );
  return out.slice(0, 3);
}

// ── The GSM repeater plan ─────────────────────────────────────────────────────────────────────────────────────────

export interface RepeaterFigures {
  /** repeaters_planned at the data date. */
  planned: FigureRef | null;
  /** repeaters_planned by status. */
  byStatus: readonly FigureRef[];
  /** repeater_progress. */
  progress: FigureRef | null;
  /** repeaters_active. */
  active: FigureRef | null;
  /** repeaters_planned by regency. */
  byRegency: readonly FigureRef[];
  names: Readonly<Record<string, string>>;
}

const STATUS_ORDER = ['active', 'offline', 'planned', 'decommissioned'] as const;

export function repeatersNarrative(f: RepeaterFigures): Sentence[] {
  if (!hasValue(f.planned) || f.planned.value === 0) return [say('repeaters.none')];
  const statuses = STATUS_ORDER.flatMap((s) => {
    const r = f.byStatus.find((x) => scopeValue(x, 'status') === s);
    return hasValue(r) && r.value > 0 ? [{ status: s, ref: r }] : [];
  });
  const out: Sentence[] = [];
  const only = statuses[0];
  if (statuses.length === 1 && only)
    out.push(
      say(f.planned.value === 1 ? 'repeaters.unitsOne' : 'repeaters.unitsAll', {
        total: f.planned.value === 1 ? fig(f.planned) : { kind: 'figure', ref: f.planned, collective: 'start' },
        status: term(`status.${only.status}`),
      }),
    );
  else
    out.push(
      say('repeaters.units', {
        total: fig(f.planned),
        breakdown: {
          kind: 'phrases',
          value: statuses.map(
            (s): Phrase => ({ key: 'repeaters.part', values: { n: fig(s.ref), status: term(`status.${s.status}`) } }),
          ),
        },
      }),
    );
  if (hasValue(f.progress) && hasValue(f.active))
    out.push(
      say(f.active.value === 0 ? 'repeaters.progressNone' : 'repeaters.progress', {
        period: period(f.progress.period),
        progress: fig(f.progress),
        active: fig(f.active),
      }),
    );
  const withUnits = f.byRegency.filter((r) => hasValue(r) && (r.value ?? 0) > 0);
  if (withUnits.length > 1) {
    const top = extremes(withUnits, (r) => r.value, 'max');
    const first = top[0];
    const name = (r: FigureRef) => f.names[regencyOf(r) ?? ''] ?? regencyOf(r) ?? '';
    if (first)
      out.push(
        top.length > 1
          ? say('repeaters.mostTie', { names: list(top.map(name)), count: fig(first) })
          : say('repeaters.most', { name: text(name(first)), count: fig(first) }),
      );
  }
  return out;
}

// ── Connectivity trend ───────────────────────────────────────────────────────────────────────────────────────────

export interface TrendsFigures {
  /** uptime over the headline window (30 days to the telemetry's as-of date), and the 30 days before. */
  uptime: FigureRef | null;
  uptimePrevious: FigureRef | null;
  /** uptime by programme over the headline window. */
  byProgramme: readonly FigureRef[];
}

export function trendsNarrative(f: TrendsFigures): Sentence[] {
  const out: Sentence[] = [uptimeSentence(f.uptime, f.uptimePrevious)];
  const known = f.byProgramme.filter(hasValue);
  const programme = (r: FigureRef) => scopeValue(r, 'programme') ?? '';
  const one = known[0];
  if (known.length === 1 && one) out.push(say('trends.only', { name: text(programme(one)), value: fig(one) }));
  else if (known.length > 1) {
    const best = extremes(known, shown, 'max');
    const worst = extremes(known, shown, 'min');
    const b = best[0];
    const w = worst[0];
    if (b && w && shown(b) === shown(w)) out.push(say('trends.allSame', { value: fig(b) }));
    else if (b && w)
      out.push(
        say('trends.bestWorst', {
          best: list(best.map(programme)),
          bestValue: fig(b),
          worst: list(worst.map(programme)),
          worstValue: fig(w),
        }),
      );
  }
  return out;
}

// ── Isolated villages ────────────────────────────────────────────────────────────────────────────────────────────

/** Isolated villages named in public reporting; named in the narrative when they are in the data. */
export const FEATURED_VILLAGES = ['Renah Kemumu', 'Air Liki'] as const;

export interface IsolatedPeriods {
  /** The as-of date of the villages list (the period of the counts of villages and of those served). */
  asOf: string;
  /** The period code of the latest survey year (null without coverage data). */
  coverage: string | null;
}

export function isolatedNarrative(
  model: IsolatedModel,
  periods: IsolatedPeriods,
  featured: readonly string[] = FEATURED_VILLAGES,
): Sentence[] {
  const all = model.villages;
  if (all.length === 0) return [say('isolated.none')];
  const count = (of: string, value: number, p = periods.asOf): Slot => ({
    kind: 'count',
    count: { of: `listing:isolated-villages${of}`, period: p, scope: '', value },
  });
  const served = all.filter((v) => v.servedSince !== null);
  const n = count('', all.length);
  const villageName = text(all[0]?.name ?? '');
  const out: Sentence[] = [];
  if (served.length === all.length)
    out.push(
      all.length === 1
        ? say('isolated.allServedOne', { name: villageName })
        : say(all.length === 2 ? 'isolated.allServedTwo' : 'isolated.allServed', {
            n: { ...(n as Extract<Slot, { kind: 'count' }>), collective: 'start' },
          }),
    );
  else if (served.length === 0)
    out.push(
      all.length === 1 ? say('isolated.noneServedOne', { name: villageName }) : say('isolated.noneServed', { n }),
    );
  else out.push(say('isolated.someServed', { n, served: count(':served', served.length) }));

  const named = featured
    .map((name) => all.find((v) => v.name.toLocaleLowerCase('id') === name.toLocaleLowerCase('id')))
    .filter((v): v is NonNullable<typeof v> => v !== undefined);
  if (named.length > 0)
    out.push(
      say('isolated.featured', {
        featured: {
          kind: 'phrases',
          value: named.map(
            (v): Phrase =>
              v.servedSince
                ? {
                    key: 'isolated.featuredServed',
                    values: {
                      name: text(v.name),
                      regency: text(v.regency),
                      date: { kind: 'date', value: v.servedSince },
                    },
                  }
                : { key: 'isolated.featuredNotServed', values: { name: text(v.name), regency: text(v.regency) } },
          ),
        },
      }),
    );

  const surveyed = all.filter((v) => v.signal !== null);
  if (periods.coverage === null || surveyed.length === 0) out.push(say('isolated.signalMissing'));
  else {
    const p = period(periods.coverage);
    const without = surveyed.filter((v) => v.signal === 'none');
    const s = count(':surveyed', surveyed.length, periods.coverage);
    if (without.length === surveyed.length)
      out.push(
        say(
          surveyed.length === 1
            ? 'isolated.signalNoneOne'
            : surveyed.length === 2
              ? 'isolated.signalNoneTwo'
              : 'isolated.signalNoneAll',
          { period: p, n: { ...(s as Extract<Slot, { kind: 'count' }>), collective: 'inner' } },
        ),
      );
    else if (without.length === 0) out.push(say('isolated.signalAll', { period: p }));
    else
      out.push(
        say(without.length === 1 ? 'isolated.signalSomeOne' : 'isolated.signalSome', {
          period: p,
          without: count(':without-signal', without.length, periods.coverage),
          n: s,
        }),
      );
  }
  return out;
}
