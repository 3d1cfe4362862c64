// The narrative of each slide, built from the same models the charts draw: pure functions rows/model → sentences.
// A sentence is an i18n key (under briefing.say) and its facts; a fact is a figure from the data with a name (its
// row in the slide's table) and a kind that says how to format it in the active language. No number is typed
// here: every one comes from a model. The builder picks the key for the case (zero, one, missing, tie…), so the
// Indonesian and English files keep the same keys and each language words each case naturally.
import type { TFunction } from 'i18next';
import { formatDate, formatNumber, formatPercent, type Lang } from '../../i18n/format.ts';
import type { BlankspotModel } from '../../panels/blankspot-reduction/to-option.ts';
import type { TrendsModel } from '../../panels/connectivity-trends/to-option.ts';
import type { MapModel } from '../../panels/regency-map/to-option.ts';
import type { RepeaterPlanModel } from '../../panels/repeater-plan/to-option.ts';
import type { TableModel } from '../../ui/table-model.ts';
import type { IsolatedModel } from './isolated-model.ts';
import {
  provinceUpTo,
  regenciesIn,
  regencyTargetYear,
  statusYear,
  type TargetRow,
  type TargetsModel,
  type Variance,
} from './targets-model.ts';

// ── Facts and sentences ──────────────────────────────────────────────────────────────────────────────────────────

export interface PartValue {
  /** i18n key under briefing.say. */
  key: string;
  values: Record<string, FactValue>;
}

export type FactValue =
  | { kind: 'count'; value: number }
  | { kind: 'decimal'; value: number; digits: number }
  /** A whole percentage (90 → "90%"). */
  | { kind: 'percent'; value: number; digits?: number }
  | { kind: 'year'; value: number }
  | { kind: 'date'; value: string }
  /** Text from the data (a name). */
  | { kind: 'text'; value: string }
  /** Names joined with the language's "and". */
  | { kind: 'list'; value: string[] }
  /** A word from the i18n files (a status, a class), by key under briefing.term. */
  | { kind: 'term'; key: string }
  /** Small phrases ("8 aktif"), each an i18n template of its own, joined with the language's "and". */
  | { kind: 'parts'; value: PartValue[] };

export interface Fact {
  /** Stable name of the figure: the row of the slide's table and the data-fact attribute of its text. */
  id: string;
  /** i18n key under briefing.fact naming the figure, with its values (years, names). */
  label: string;
  labelValues?: Record<string, string | number>;
  value: FactValue;
}

export interface Sentence {
  /** i18n key under briefing.say. */
  key: string;
  values: Record<string, Fact>;
}

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'id-ID');

export function joinList(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(locale(lang), { type: 'conjunction', style: 'long' }).format(items);
}

export function formatFactValue(v: FactValue, t: TFunction, lang: Lang): string {
  switch (v.kind) {
    case 'count':
      return formatNumber(v.value, lang, 0);
    case 'decimal':
      return formatNumber(v.value, lang, v.digits);
    case 'percent':
      return formatPercent(v.value / 100, lang, v.digits ?? 0);
    case 'year':
      return String(v.value);
    case 'date':
      return formatDate(v.value, lang);
    case 'text':
      return v.value;
    case 'list':
      return joinList(v.value, lang);
    case 'term':
      return t(`briefing.term.${v.key}`);
    case 'parts':
      return joinList(
        v.value.map((p) =>
          t(
            `briefing.say.${p.key}`,
            Object.fromEntries(Object.entries(p.values).map(([k, x]) => [k, formatFactValue(x, t, lang)])),
          ),
        ),
        lang,
      );
  }
}

export type SentencePart = string | { fact: Fact; text: string };

const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARK = /\uE000(\d+)\uE001/;

/** The sentence as text runs and facts (so a view can mark each figure), in the active language. */
export function sentenceParts(sentence: Sentence, t: TFunction, lang: Lang): SentencePart[] {
  const names = Object.keys(sentence.values);
  const marks = Object.fromEntries(names.map((name, i) => [name, `${OPEN}${i}${CLOSE}`]));
  const template = t(`briefing.say.${sentence.key}`, marks);
  const pieces = template.split(MARK);
  const out: SentencePart[] = [];
  pieces.forEach((piece, i) => {
    if (i % 2 === 0) {
      if (piece) out.push(piece);
      return;
    }
    const fact = sentence.values[names[Number(piece)] ?? ''];
    if (fact) out.push({ fact, text: formatFactValue(fact.value, t, lang) });
  });
  return out;
}

export function sentenceText(sentence: Sentence, t: TFunction, lang: Lang): string {
  return sentenceParts(sentence, t, lang)
    .map((p) => (typeof p === 'string' ? p : p.text))
    .join('');
}

export function narrativeText(sentences: readonly Sentence[], t: TFunction, lang: Lang): string {
  return sentences.map((s) => sentenceText(s, t, lang)).join(' ');
}

/** Every fact of the sentences once, in order of appearance. */
export function factsOf(sentences: readonly Sentence[]): Fact[] {
  const seen = new Map<string, Fact>();
  for (const s of sentences) for (const f of Object.values(s.values)) if (!seen.has(f.id)) seen.set(f.id, f);
  return [...seen.values()];
}

/** The slide's table of figures: one row per fact (name, value as written in the sentences). */
export function factsTable(
  sentences: readonly Sentence[],
  t: TFunction,
  lang: Lang,
  labels: { name: string; value: string },
): TableModel {
  return {
    columns: [
      { key: 'name', label: labels.name },
      { key: 'value', label: labels.value, numeric: true },
    ],
    rows: factsOf(sentences).map((f) => ({
      key: f.id,
      cells: [t(`briefing.fact.${f.label}`, f.labelValues ?? {}), formatFactValue(f.value, t, lang)],
    })),
  };
}

// ── Fact constructors ────────────────────────────────────────────────────────────────────────────────────────────

type LabelValues = Record<string, string | number>;
const fact = (id: string, label: string, value: FactValue, labelValues?: LabelValues): Fact => ({
  id,
  label,
  value,
  ...(labelValues ? { labelValues } : {}),
});
const count = (id: string, label: string, value: number, lv?: LabelValues) =>
  fact(id, label, { kind: 'count', value }, lv);
const year = (id: string, label: string, value: number, lv?: LabelValues) =>
  fact(id, label, { kind: 'year', value }, lv);
const percent = (id: string, label: string, value: number, lv?: LabelValues, digits?: number) =>
  fact(id, label, { kind: 'percent', value, ...(digits === undefined ? {} : { digits }) }, lv);
const names = (id: string, label: string, value: readonly string[], lv?: LabelValues) =>
  value.length === 1
    ? fact(id, label, { kind: 'text', value: value[0] ?? '' }, lv)
    : fact(id, label, { kind: 'list', value: [...value] }, lv);
const term = (id: string, label: string, key: string, lv?: LabelValues) => fact(id, label, { kind: 'term', key }, lv);
const say = (key: string, values: Record<string, Fact> = {}): Sentence => ({ key, values });

/** The items with the largest (or smallest) value; several when tied. */
function extremes<T>(items: readonly T[], value: (item: T) => number | null, pick: 'max' | 'min'): T[] {
  const known = items.filter((i) => value(i) !== null);
  if (!known.length) return [];
  const values = known.map((i) => value(i) as number);
  const best = pick === 'max' ? Math.max(...values) : Math.min(...values);
  return known.filter((i) => value(i) === best);
}

// ── Programme status against targets ────────────────────────────────────────────────────────────────────────────

export interface StatusInput {
  targets: TargetsModel;
  /** The year being reported on: the year of the data's as-of date. */
  dataYear: number;
  /** As-of date of the installations data ('YYYY-MM-DD'). */
  asOf: string;
}

const classTerm = (v: Variance) => `variance.${v}`;

function progressFacts(r: TargetRow, prefix: string): Record<string, Fact> {
  const lv = { year: r.year };
  return {
    year: year(`${prefix}.year`, 'targetYear', r.year),
    installed: count(`${prefix}.installed`, 'installedIn', r.installed, lv),
    planned: count(`${prefix}.planned`, 'plannedIn', r.planned ?? 0, lv),
    percent: percent(`${prefix}.percent`, 'progressIn', r.percent ?? 0, lv),
    class: term(`${prefix}.class`, 'classIn', classTerm(r.variance), lv),
  };
}

function progressSentence(r: TargetRow, prefix: string, keyBase: string, extra: Record<string, Fact> = {}): Sentence {
  const f = progressFacts(r, prefix);
  if (r.planned === null || r.planned <= 0)
    return say(`${keyBase}NoPlan`, { year: f.year as Fact, installed: f.installed as Fact, ...extra });
  if (r.installed === 0) return say(`${keyBase}Zero`, { year: f.year as Fact, planned: f.planned as Fact, ...extra });
  return say(keyBase, { ...f, ...extra });
}

export function statusNarrative({ targets, dataYear, asOf }: StatusInput): Sentence[] {
  const y = statusYear(targets, dataYear);
  if (y === null) return [say('status.noTarget', { year: year('status.dataYear', 'dataYear', dataYear) })];
  const rows = provinceUpTo(targets, dataYear);
  const current = rows.find((r) => r.year === y);
  if (!current) return [];
  const out: Sentence[] = [
    progressSentence(current, 'status', 'status.progress', {
      date: fact('asOf', 'asOf', { kind: 'date', value: asOf }),
    }),
  ];

  const yf = year('status.year', 'targetYear', y);
  const lv = { year: y };
  if (current.blankspot === null) out.push(say('status.blankspotMissing', { year: yf }));
  else {
    const blank = count('status.blankspot', 'blankspotIn', current.blankspot, lv);
    if (current.blankspotTarget === null) out.push(say('status.blankspotNoTarget', { year: yf, blankspot: blank }));
    else {
      const target = count('status.blankspotTarget', 'blankspotTargetIn', current.blankspotTarget, lv);
      const gap = current.blankspot - current.blankspotTarget;
      out.push(
        gap > 0
          ? say('status.blankspotAbove', {
              year: yf,
              blankspot: blank,
              target,
              gap: count('status.blankspotGap', 'blankspotGapIn', gap, lv),
            })
          : say('status.blankspotWithin', { year: yf, blankspot: blank, target }),
      );
    }
  }

  const previous = rows.filter((r) => r.year < y).at(-1);
  if (previous) out.push(progressSentence(previous, 'status.previous', 'status.previous'));
  return out;
}

// ── Targets per regency ──────────────────────────────────────────────────────────────────────────────────────────

export function targetsNarrative({ targets, dataYear }: { targets: TargetsModel; dataYear: number }): Sentence[] {
  const y = regencyTargetYear(targets, dataYear);
  if (y === null) return [say('targets.none')];
  const rows = regenciesIn(targets, y);
  const yf = year('targets.year', 'targetYear', y);
  const lv = { year: y };
  const withTarget = rows.filter((r) => r.variance !== 'none');
  const without = rows.filter((r) => r.variance === 'none');
  const out: Sentence[] = [];
  const n = count('targets.withTarget', 'regenciesWithTarget', withTarget.length, lv);
  const met = withTarget.filter((r) => r.variance === 'met');
  if (withTarget.length === 0) out.push(say('targets.noneWithTarget', { year: yf }));
  else if (met.length === withTarget.length)
    out.push(
      withTarget.length === 1
        ? say('targets.allMetOne', { year: yf, name: names('targets.met', 'regenciesMet', names1(met), lv) })
        : say(withTarget.length === 2 ? 'targets.allMetTwo' : 'targets.allMet', { year: yf, n }),
    );
  else if (met.length === 0) out.push(say('targets.noneMet', { year: yf, n }));
  else
    out.push(
      say('targets.someMet', { year: yf, n, met: count('targets.metCount', 'regenciesMetCount', met.length, lv) }),
    );

  if (withTarget.length > 0) {
    const allMet = met.length === withTarget.length;
    const picked = extremes(withTarget, (r) => r.percent, allMet ? 'max' : 'min');
    const which = allMet ? 'highest' : 'lowest';
    const first = picked[0];
    if (first && picked.length === 1) {
      out.push(
        say(`targets.${which}`, {
          name: names(`targets.${which}.name`, `${which}Name`, names1(picked), lv),
          installed: count(`targets.${which}.installed`, 'installedOf', first.installed, {
            name: first.regencyName ?? '',
            year: y,
          }),
          planned: count(`targets.${which}.planned`, 'plannedOf', first.planned ?? 0, {
            name: first.regencyName ?? '',
            year: y,
          }),
          percent: percent(`targets.${which}.percent`, 'progressOf', first.percent ?? 0, {
            name: first.regencyName ?? '',
            year: y,
          }),
          class: term(`targets.${which}.class`, 'classOf', classTerm(first.variance), {
            name: first.regencyName ?? '',
            year: y,
          }),
        }),
      );
    } else if (first) {
      out.push(
        say(`targets.${which}Tie`, {
          names: names(`targets.${which}.name`, `${which}Name`, names1(picked), lv),
          percent: percent(`targets.${which}.percent`, `${which}Percent`, first.percent ?? 0, lv),
          class: term(`targets.${which}.class`, `${which}Class`, classTerm(first.variance), lv),
        }),
      );
    }
  }
  if (without.length > 0)
    out.push(
      say('targets.noPlan', { year: yf, names: names('targets.noPlan', 'regenciesNoPlan', names1(without), lv) }),
    );
  return out;
}

function names1(rows: readonly TargetRow[]): string[] {
  return rows.map((r) => r.regencyName ?? r.regencyCode ?? '');
}

// ── Blankspot reduction (province) and its projection ────────────────────────────────────────────────────────────

interface Actual {
  year: number;
  blankspot: number;
  served: number | null;
}

function actuals(model: BlankspotModel): Actual[] {
  return model.years
    .filter((y) => y.blankspot !== null)
    .map((y) => ({ year: y.year, blankspot: y.blankspot as number, served: y.served }));
}

/** A year up to the data year that the query returned (installations, targets) but without coverage data. */
function missingYear(model: BlankspotModel, lastActual: number | null, dataYear: number): number | null {
  const rows = model.years.filter((y) => y.installations !== null && y.year <= dataYear);
  const last = rows.at(-1)?.year ?? null;
  if (last === null) return null;
  return lastActual === null || last > lastActual ? last : null;
}

export function blankspotNarrative(model: BlankspotModel, dataYear: number): Sentence[] {
  const list = actuals(model);
  const last = list.at(-1);
  const prev = list.at(-2);
  const missing = missingYear(model, last?.year ?? null, dataYear);
  if (!last) {
    return [
      missing === null
        ? say('blankspot.none')
        : say('blankspot.noneYear', { year: year('blankspot.missingYear', 'missingYear', missing) }),
    ];
  }
  const yf = year('blankspot.year', 'latestYear', last.year);
  const lv = { year: last.year };
  const remaining = count('blankspot.remaining', 'blankspotIn', last.blankspot, lv);
  const out: Sentence[] = [];
  if (missing !== null) {
    const m = year('blankspot.missingYear', 'missingYear', missing);
    out.push(
      last.blankspot === 0
        ? say('blankspot.zeroMissing', { missing: m, year: yf })
        : say('blankspot.remainingMissing', { missing: m, year: yf, count: remaining }),
    );
  } else if (last.blankspot === 0) out.push(say('blankspot.zero', { year: yf }));
  else if (last.served === null) out.push(say('blankspot.remaining', { year: yf, count: remaining }));
  else
    out.push(
      say(last.served === 0 ? 'blankspot.remainingServedNone' : 'blankspot.remainingServed', {
        year: yf,
        count: remaining,
        served: count('blankspot.served', 'servedIn', last.served, lv),
      }),
    );

  if (!prev) out.push(say('blankspot.noPrevious'));
  else {
    const diff = last.blankspot - prev.blankspot;
    const pf = year('blankspot.previousYear', 'previousYear', prev.year);
    const pv = count('blankspot.previous', 'blankspotIn', prev.blankspot, { year: prev.year });
    const df = count('blankspot.change', 'changeBetween', Math.abs(diff), { from: prev.year, to: last.year });
    out.push(
      last.blankspot === 0
        ? say('blankspot.fromPrevious', { previousYear: pf, previous: pv })
        : diff < 0
          ? say('blankspot.fewer', { diff: df, previousYear: pf, previous: pv })
          : diff > 0
            ? say('blankspot.more', { diff: df, previousYear: pf, previous: pv })
            : say('blankspot.same', { previousYear: pf }),
    );
  }

  const p = model.projection;
  if (p.kind === 'falling' || p.kind === 'rising') {
    const range = { from: p.fromYear, to: p.lastYear };
    const values = {
      from: year('projection.from', 'projectionFrom', p.fromYear),
      to: year('projection.to', 'projectionTo', p.lastYear),
      rate: fact('projection.rate', 'rateBetween', { kind: 'decimal', value: Math.abs(p.slope), digits: 1 }, range),
    };
    out.push(
      p.kind === 'falling'
        ? say('blankspot.falling', { ...values, zeroYear: year('projection.zeroYear', 'zeroYear', p.zeroYear) })
        : say('blankspot.rising', values),
    );
  } else if (p.kind === 'flat') {
    out.push(
      say('blankspot.flat', {
        from: year('projection.from', 'projectionFrom', p.fromYear),
        to: year('projection.to', 'projectionTo', p.lastYear),
      }),
    );
  }
  return out.slice(0, 3);
}

// ── Installations and remaining blankspots per regency (map) ─────────────────────────────────────────────────────

export function mapNarrative({ blankspot, sites }: { blankspot: MapModel; sites: MapModel }): Sentence[] {
  const out: Sentence[] = [];
  const y = blankspot.coverageYear;
  if (y === null || blankspot.areas.every((a) => a.value === null)) out.push(say('map.noCoverage'));
  else {
    const yf = year('map.year', 'latestYear', y);
    const lv = { year: y };
    const top = extremes(blankspot.areas, (a) => a.value, 'max');
    const value = top[0]?.value ?? 0;
    if (value === 0) out.push(say('map.noBlankspot', { year: yf }));
    else {
      const nameFact = names(
        'map.mostBlankspot',
        'mostBlankspot',
        top.map((a) => a.name),
        lv,
      );
      const countFact = count('map.mostBlankspotCount', 'mostBlankspotCount', value, lv);
      out.push(
        say(top.length > 1 ? 'map.mostBlankspotTie' : 'map.mostBlankspot', {
          year: yf,
          name: nameFact,
          count: countFact,
        }),
      );
      const free = blankspot.areas.filter((a) => a.value === 0).map((a) => a.name);
      if (free.length > 0) out.push(say('map.free', { year: yf, names: names('map.free', 'blankspotFree', free, lv) }));
    }
  }
  const topSites = extremes(sites.areas, (a) => a.value, 'max');
  const most = topSites[0]?.value ?? 0;
  if (most === 0) out.push(say('map.noSites'));
  else {
    const nameFact = names(
      'map.mostSites',
      'mostSites',
      topSites.map((a) => a.name),
    );
    const countFact = count('map.mostSitesCount', 'mostSitesCount', most);
    out.splice(
      1,
      0,
      say(topSites.length > 1 ? 'map.mostSitesTie' : 'map.mostSites', { name: nameFact, count: countFact }),
    );
  }
  return out.slice(0, 3);
}

// ── GSM repeater plan ────────────────────────────────────────────────────────────────────────────────────────────

const STATUS_ORDER = ['active', 'offline', 'planned', 'decommissioned'] as const;

export function repeaterNarrative(model: RepeaterPlanModel): Sentence[] {
  const units = model.units;
  if (units.length === 0) return [say('repeaters.none')];
  const parts: PartValue[] = STATUS_ORDER.map((s) => ({ s, n: units.filter((u) => u.status === s).length }))
    .filter((x) => x.n > 0)
    .map((x) => ({
      key: 'repeaters.part',
      values: { n: { kind: 'count', value: x.n }, status: { kind: 'term', key: `status.${x.s}` } },
    }));
  const total = count('repeaters.total', 'repeaterUnits', units.length);
  const only = units.length === 1 ? units[0] : undefined;
  const out: Sentence[] = [
    only
      ? say('repeaters.unitsOne', {
          total,
          status: term('repeaters.status', 'repeaterStatus', `status.${only.status}`),
        })
      : say('repeaters.units', {
          total,
          breakdown: fact('repeaters.byStatus', 'repeaterByStatus', { kind: 'parts', value: parts }),
        }),
  ];

  const installed = units.filter((u) => u.installedOn !== null && u.after.year !== null && u.after.signal !== null);
  if (units.every((u) => u.installedOn === null)) out.push(say('repeaters.noneInstalled'));
  else if (installed.length > 0) {
    const y = Math.max(...installed.map((u) => u.after.year as number));
    const lv = { year: y };
    const withSignal = installed.filter((u) => u.after.signal !== 'none');
    const fourG = installed.filter((u) => u.after.signal === '4G');
    const values = {
      year: year('repeaters.surveyYear', 'surveyYear', y),
      installed: count('repeaters.installed', 'repeaterVillagesSurveyed', installed.length, lv),
      withSignal: count('repeaters.withSignal', 'repeaterVillagesWithSignal', withSignal.length, lv),
      fourG: count('repeaters.fourG', 'repeaterVillages4G', fourG.length, lv),
    };
    const single = installed.length === 1 ? installed[0] : undefined;
    if (single && withSignal.length === 1) {
      out.push(
        say('repeaters.signalOne', {
          year: values.year,
          signal: term('repeaters.signal', 'repeaterSignal', `signal.${single.after.signal}`, lv),
        }),
      );
    } else {
      const key =
        withSignal.length === 0
          ? 'repeaters.signalNone'
          : withSignal.length === installed.length
            ? installed.length === 2
              ? 'repeaters.signalTwo'
              : 'repeaters.signalAll'
            : 'repeaters.signalSome';
      out.push(say(key, values));
    }
  }

  const top = extremes(model.regencies, (r) => r.total, 'max');
  const first = top[0];
  if (first && model.regencies.length > 1) {
    out.push(
      say(top.length > 1 ? 'repeaters.mostTie' : 'repeaters.most', {
        name: names(
          'repeaters.most',
          'repeaterMostRegency',
          top.map((r) => r.name),
        ),
        count: count('repeaters.mostCount', 'repeaterMostCount', first.total),
      }),
    );
  }
  return out.slice(0, 3);
}

// ── Connectivity trend (uptime by programme) ─────────────────────────────────────────────────────────────────────

export function trendsNarrative(model: TrendsModel): Sentence[] {
  const groups = model.groups.programme;
  const uptimeAt = (i: number) =>
    groups.map((g) => ({ name: g.name, value: g.values.uptime[i] ?? null })).filter((x) => x.value !== null);
  let i = model.periods.length - 1;
  while (i >= 0 && uptimeAt(i).length === 0) i--;
  const period = model.periods[i];
  if (i < 0 || period === undefined) return [say('trends.none')];
  const grain = model.grain === 'day' ? 'Day' : 'Week';
  const date = fact('trends.period', `period${grain}`, { kind: 'date', value: period });
  const at = uptimeAt(i);
  const out: Sentence[] = [];
  const one = at[0];
  if (at.length === 1 && one) {
    out.push(
      say(`trends.only${grain}`, {
        date,
        name: names('trends.only', 'programme', [one.name]),
        value: percent('trends.onlyValue', 'uptimeOf', one.value as number, { name: one.name }, 1),
      }),
    );
  } else {
    const best = extremes(at, (x) => x.value, 'max');
    const worst = extremes(at, (x) => x.value, 'min');
    const b = best[0];
    const w = worst[0];
    if (b && w && b.value === w.value) {
      out.push(
        say(`trends.allSame${grain}`, {
          date,
          value: percent('trends.sameValue', 'sameUptime', b.value as number, undefined, 1),
        }),
      );
    } else if (b && w) {
      out.push(
        say(`trends.bestWorst${grain}`, {
          date,
          best: names(
            'trends.best',
            'bestProgramme',
            best.map((x) => x.name),
          ),
          bestValue: percent('trends.bestValue', 'bestUptime', b.value as number, undefined, 1),
          worst: names(
            'trends.worst',
            'worstProgramme',
            worst.map((x) => x.name),
          ),
          worstValue: percent('trends.worstValue', 'worstUptime', w.value as number, undefined, 1),
        }),
      );
    }
  }

  // The lowest period value in the last year of the range (the window the chart opens on).
  const last = model.lastDay ?? period;
  const cutoff = `${Number(last.slice(0, 4)) - 1}${last.slice(4)}`;
  let low: { name: string; value: number; period: string } | null = null;
  model.periods.forEach((p, k) => {
    if (p < cutoff) return;
    for (const g of groups) {
      const v = g.values.uptime[k];
      if (v === null || v === undefined) continue;
      if (!low || v < low.value) low = { name: g.name, value: v, period: p };
    }
  });
  const lowest = low as { name: string; value: number; period: string } | null;
  if (lowest) {
    out.push(
      say(`trends.lowest${grain}`, {
        value: percent('trends.lowestValue', 'lowestUptime', lowest.value, undefined, 1),
        name: names('trends.lowestName', 'lowestProgramme', [lowest.name]),
        date: fact('trends.lowestPeriod', `lowest${grain}`, { kind: 'date', value: lowest.period }),
      }),
    );
  }
  return out;
}

// ── Isolated villages ────────────────────────────────────────────────────────────────────────────────────────────

/** Isolated villages named in public reporting; named in the narrative when they are in the data. */
export const FEATURED_VILLAGES = ['Renah Kemumu', 'Air Liki'] as const;

export function isolatedNarrative(model: IsolatedModel, featured: readonly string[] = FEATURED_VILLAGES): Sentence[] {
  const all = model.villages;
  if (all.length === 0) return [say('isolated.none')];
  const served = all.filter((v) => v.servedSince !== null);
  const n = count('isolated.count', 'isolatedVillages', all.length);
  const out: Sentence[] = [];
  const one = all.length === 1;
  if (served.length === all.length)
    out.push(
      one
        ? say('isolated.allServedOne', {
            name: names(
              'isolated.name',
              'isolatedVillage',
              all.map((v) => v.name),
            ),
          })
        : say(all.length === 2 ? 'isolated.allServedTwo' : 'isolated.allServed', { n }),
    );
  else if (served.length === 0)
    out.push(
      one
        ? say('isolated.noneServedOne', {
            name: names(
              'isolated.name',
              'isolatedVillage',
              all.map((v) => v.name),
            ),
          })
        : say('isolated.noneServed', { n }),
    );
  else out.push(say('isolated.someServed', { n, served: count('isolated.served', 'isolatedServed', served.length) }));

  const named = featured
    .map((name) => all.find((v) => v.name.toLocaleLowerCase('id') === name.toLocaleLowerCase('id')))
    .filter((v): v is NonNullable<typeof v> => v !== undefined);
  if (named.length > 0) {
    const parts: PartValue[] = named.map(
      (v): PartValue =>
        v.servedSince
          ? {
              key: 'isolated.featuredServed',
              values: {
                name: { kind: 'text', value: v.name },
                regency: { kind: 'text', value: v.regency },
                date: { kind: 'date', value: v.servedSince },
              },
            }
          : {
              key: 'isolated.featuredNotServed',
              values: { name: { kind: 'text', value: v.name }, regency: { kind: 'text', value: v.regency } },
            },
    );
    out.push(
      say('isolated.featured', {
        featured: fact('isolated.featured', 'featuredVillages', { kind: 'parts', value: parts }),
      }),
    );
  }

  const y = model.coverageYear;
  const surveyed = all.filter((v) => v.signal !== null);
  if (y === null || surveyed.length === 0) out.push(say('isolated.signalMissing'));
  else {
    const lv = { year: y };
    const yf = year('isolated.year', 'surveyYear', y);
    const without = surveyed.filter((v) => v.signal === 'none');
    if (without.length === surveyed.length)
      out.push(
        say(
          surveyed.length === 1
            ? 'isolated.signalNoneOne'
            : surveyed.length === 2
              ? 'isolated.signalNoneTwo'
              : 'isolated.signalNoneAll',
          {
            year: yf,
            n: count('isolated.surveyed', 'isolatedSurveyed', surveyed.length, lv),
          },
        ),
      );
    else if (without.length === 0) out.push(say('isolated.signalAll', { year: yf }));
    else
      out.push(
        say(without.length === 1 ? 'isolated.signalSomeOne' : 'isolated.signalSome', {
          year: yf,
          without: count('isolated.withoutSignal', 'isolatedWithoutSignal', without.length, lv),
          n: count('isolated.surveyed', 'isolatedSurveyed', surveyed.length, lv),
        }),
      );
  }
  return out;
}

// ── Regency spotlight ────────────────────────────────────────────────────────────────────────────────────────────

export interface SpotlightInput {
  code: string;
  name: string;
  /** The blankspot-reduction model for this regency alone (the chart on the slide). */
  blankspot: BlankspotModel;
  targets: TargetsModel;
  dataYear: number;
}

export function spotlightNarrative({ code, name, blankspot, targets, dataYear }: SpotlightInput): Sentence[] {
  const nf = fact('regency.name', 'regencyName', { kind: 'text', value: name });
  const list = actuals(blankspot);
  const last = list.at(-1);
  const prev = list.at(-2);
  const missing = missingYear(blankspot, last?.year ?? null, dataYear);
  const out: Sentence[] = [];

  if (!last) out.push(say('regency.noCoverage', { name: nf }));
  else {
    const lv = { year: last.year };
    const yf = year('regency.year', 'latestYear', last.year);
    const c = count('regency.blankspot', 'blankspotIn', last.blankspot, lv);
    if (missing !== null)
      out.push(
        say('regency.missing', {
          name: nf,
          missing: year('regency.missingYear', 'missingYear', missing),
          year: yf,
          count: c,
        }),
      );
    else if (last.blankspot === 0)
      out.push(
        prev
          ? say('regency.zero', {
              name: nf,
              year: yf,
              previousYear: year('regency.previousYear', 'previousYear', prev.year),
              previous: count('regency.previous', 'blankspotIn', prev.blankspot, { year: prev.year }),
            })
          : say('regency.zeroNoPrevious', { name: nf, year: yf }),
      );
    else if (!prev) out.push(say('regency.remaining', { name: nf, year: yf, count: c }));
    else {
      const diff = last.blankspot - prev.blankspot;
      const pf = year('regency.previousYear', 'previousYear', prev.year);
      const df = count('regency.change', 'changeBetween', Math.abs(diff), { from: prev.year, to: last.year });
      out.push(
        diff < 0
          ? say('regency.fewer', { name: nf, year: yf, count: c, diff: df, previousYear: pf })
          : diff > 0
            ? say('regency.more', { name: nf, year: yf, count: c, diff: df, previousYear: pf })
            : say('regency.same', { name: nf, year: yf, count: c, previousYear: pf }),
      );
    }
  }

  const installedYears = blankspot.years.filter((y) => (y.installations ?? 0) > 0);
  const total = installedYears.reduce((sum, y) => sum + (y.installations ?? 0), 0);
  const firstYear = installedYears[0];
  const latestYear = installedYears.at(-1);
  if (!firstYear || !latestYear) out.push(say('regency.noSites', { name: nf }));
  else {
    const tf = count('regency.sitesTotal', 'sitesSince', total, { year: firstYear.year });
    if (firstYear.year === latestYear.year)
      out.push(
        say('regency.sitesOneYear', {
          name: nf,
          total: tf,
          year: year('regency.sitesYear', 'sitesYear', firstYear.year),
        }),
      );
    else
      out.push(
        say('regency.sites', {
          name: nf,
          total: tf,
          firstYear: year('regency.sitesFirstYear', 'sitesFirstYear', firstYear.year),
          latest: count('regency.sitesLatest', 'installedIn', latestYear.installations ?? 0, { year: latestYear.year }),
          latestYear: year('regency.sitesLatestYear', 'sitesLatestYear', latestYear.year),
        }),
      );
  }

  const ty = regencyTargetYear(targets, dataYear);
  if (ty === null) out.push(say('regency.noTargets'));
  else {
    const row = targets.regencies.find((r) => r.year === ty && r.regencyCode === code);
    if (!row || row.planned === null || row.planned <= 0)
      out.push(say('regency.noPlan', { name: nf, year: year('regency.targetYear', 'targetYear', ty) }));
    else out.push(progressSentence(row, 'regency.target', 'regency.target'));
  }
  return out;
}
