// Pure: query rows → KPI model → the cards (formatted strings) and the table that shows exactly those figures.
// No chart here: the panel draws cards. Rounding happens once (shares and uptimes to 0,1 percentage point) so the
// differences shown are the differences of the values shown.
import type { TFunction } from 'i18next';
import type { Row } from '../../data/rows.ts';
import { formatDate, formatNumber, formatPercent, type Lang } from '../../i18n/format.ts';
import type { TableModel } from '../../ui/table-model.ts';

export interface CoverageYear {
  year: number;
  villages: number;
  blankspot: number;
  fourG: number;
}

export interface CoverageKpi {
  first: CoverageYear;
  latest: CoverageYear;
}

export interface InstallationsKpi {
  years: { year: number; sites: number }[];
  total: number;
}

export interface UptimeKpi {
  endDate: string;
  currentFrom: string;
  previousFrom: string;
  previousTo: string;
  /** Mean uptime in percent (0–100), null when there is no telemetry in the window. */
  current: number | null;
  /** Null when the data do not cover the whole previous window (fewer than 60 days). */
  previous: number | null;
}

export interface RepeatersKpi {
  planned: number;
  active: number;
}

export interface KpiModel {
  coverage: CoverageKpi | null;
  installations: InstallationsKpi;
  uptime: UptimeKpi | null;
  repeaters: RepeatersKpi;
}

const num = (v: unknown): number => Number(v ?? 0);
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const round1 = (x: number): number => Math.round(x * 10) / 10;

export function coverageModel(rows: readonly Row[]): CoverageKpi | null {
  const years: CoverageYear[] = rows
    .map((r) => ({ year: num(r.year), villages: num(r.villages), blankspot: num(r.blankspot), fourG: num(r.four_g) }))
    .sort((a, b) => a.year - b.year);
  const first = years[0];
  const latest = years[years.length - 1];
  return first && latest ? { first, latest } : null;
}

export function installationsModel(rows: readonly Row[]): InstallationsKpi {
  const years = rows
    .filter((r) => r.year !== null && num(r.sites) > 0)
    .map((r) => ({ year: num(r.year), sites: num(r.sites) }))
    .sort((a, b) => a.year - b.year);
  return { years, total: years.reduce((sum, y) => sum + y.sites, 0) };
}

export function uptimeModel(rows: readonly Row[]): UptimeKpi | null {
  const r = rows[0];
  if (!r || r.end_date === null || r.end_date === undefined) return null;
  const current = numOrNull(r.current_uptime);
  const previous = numOrNull(r.previous_uptime);
  return {
    endDate: String(r.end_date),
    currentFrom: String(r.current_from),
    previousFrom: String(r.previous_from),
    previousTo: String(r.previous_to),
    current: current === null ? null : round1(current),
    previous: previous === null ? null : round1(previous),
  };
}

export function repeatersModel(rows: readonly Row[]): RepeatersKpi {
  const r = rows[0];
  return { planned: num(r?.planned), active: num(r?.active) };
}

/** True when the filtered data hold nothing for any card. */
export function isEmpty(model: KpiModel): boolean {
  return (
    model.coverage === null &&
    model.installations.years.length === 0 &&
    model.uptime === null &&
    model.repeaters.planned === 0
  );
}

/** Share of villages with 4G in percent, rounded to 0,1; null without surveyed villages. */
export function fourGShare(y: CoverageYear): number | null {
  return y.villages > 0 ? round1((y.fourG / y.villages) * 100) : null;
}

export type KpiId = 'blankspot' | 'installed' | 'fourG' | 'uptime' | 'repeaters';

export interface KpiCardModel {
  id: KpiId;
  label: string;
  value: string;
  context?: string;
  /** The change in words ("turun 17 (6,0%)"), or "–" when there is nothing to compare with. */
  change: string;
  trend?: 'up' | 'down' | 'flat';
  sentiment?: 'good' | 'bad' | 'neutral';
  /** The line on the card saying what the value is compared with. */
  basisLine: string;
  /** For the table: the compared value and what it is. */
  comparison: string;
  basis: string;
  note?: string;
}

export interface KpiContext {
  lang: Lang;
  t: TFunction;
}

const DASH = '–';
const trendOf = (delta: number) => (delta > 0 ? 'up' : delta < 0 ? 'down' : 'flat') as 'up' | 'down' | 'flat';

/** "naik 3", "turun 17 (6,0%)", "tetap": the direction is written, not only coloured. */
function changeText(delta: number, magnitude: string, percent: string | null, ctx: KpiContext): string {
  if (delta === 0) return ctx.t('kpis.same');
  const change = ctx.t(delta > 0 ? 'kpis.up' : 'kpis.down', { value: magnitude });
  return percent === null ? change : ctx.t('kpis.withPercent', { change, percent });
}

function countChange(latest: number, first: number, ctx: KpiContext): string {
  const delta = latest - first;
  const percent = first > 0 ? formatPercent(Math.abs(delta) / first, ctx.lang) : null;
  return changeText(delta, formatNumber(Math.abs(delta), ctx.lang, 0), percent, ctx);
}

function pointsChange(delta: number, ctx: KpiContext): string {
  return changeText(delta, ctx.t('kpis.points', { value: formatNumber(Math.abs(delta), ctx.lang, 1) }), null, ctx);
}

const pct = (percentValue: number | null, lang: Lang) =>
  formatPercent(percentValue === null ? null : percentValue / 100, lang);

function blankspotCard(c: CoverageKpi | null, ctx: KpiContext): KpiCardModel {
  const label = ctx.t('kpis.blankspot.label');
  if (!c) return { id: 'blankspot', label, value: DASH, change: DASH, basisLine: DASH, comparison: DASH, basis: DASH };
  const base = {
    id: 'blankspot' as const,
    label,
    value: formatNumber(c.latest.blankspot, ctx.lang, 0),
    context: ctx.t('kpis.blankspot.context', { year: c.latest.year }),
  };
  if (c.first.year === c.latest.year) return { ...base, ...noComparison(ctx) };
  const delta = c.latest.blankspot - c.first.blankspot;
  const basis = ctx.t('kpis.vsYear', { year: c.first.year });
  const comparison = formatNumber(c.first.blankspot, ctx.lang, 0);
  return {
    ...base,
    change: countChange(c.latest.blankspot, c.first.blankspot, ctx),
    trend: trendOf(delta),
    sentiment: delta < 0 ? 'good' : delta > 0 ? 'bad' : 'neutral',
    basisLine: ctx.t('kpis.basisLine', { basis, value: comparison }),
    comparison,
    basis,
  };
}

function installedCard(m: InstallationsKpi, ctx: KpiContext): KpiCardModel {
  const label = ctx.t('kpis.installed.label');
  const latest = m.years[m.years.length - 1];
  const previous = m.years[m.years.length - 2];
  const first = m.years[0];
  if (!latest || !first) {
    return {
      id: 'installed',
      label,
      value: formatNumber(0, ctx.lang, 0),
      context: ctx.t('kpis.installed.none'),
      ...noComparison(ctx),
    };
  }
  const base = {
    id: 'installed' as const,
    label,
    value: formatNumber(latest.sites, ctx.lang, 0),
    context: ctx.t('kpis.installed.context', { year: latest.year }),
    note: ctx.t('kpis.installed.totalNote', {
      value: formatNumber(m.total, ctx.lang, 0),
      from: first.year,
      to: latest.year,
    }),
  };
  if (!previous) return { ...base, ...noComparison(ctx) };
  const basis = ctx.t('kpis.vsYear', { year: previous.year });
  const comparison = formatNumber(previous.sites, ctx.lang, 0);
  return {
    ...base,
    change: countChange(latest.sites, previous.sites, ctx),
    trend: trendOf(latest.sites - previous.sites),
    sentiment: 'neutral',
    basisLine: ctx.t('kpis.basisLine', { basis, value: comparison }),
    comparison,
    basis,
  };
}

function fourGCard(c: CoverageKpi | null, ctx: KpiContext): KpiCardModel {
  const label = ctx.t('kpis.fourG.label');
  if (!c) return { id: 'fourG', label, value: DASH, change: DASH, basisLine: DASH, comparison: DASH, basis: DASH };
  const latestShare = fourGShare(c.latest);
  const firstShare = fourGShare(c.first);
  const base = {
    id: 'fourG' as const,
    label,
    value: pct(latestShare, ctx.lang),
    context: ctx.t('kpis.fourG.context', {
      count: formatNumber(c.latest.fourG, ctx.lang, 0),
      villages: formatNumber(c.latest.villages, ctx.lang, 0),
      year: c.latest.year,
    }),
  };
  if (c.first.year === c.latest.year) return { ...base, ...noComparison(ctx) };
  const basis = ctx.t('kpis.vsYear', { year: c.first.year });
  const comparison = pct(firstShare, ctx.lang);
  const delta = latestShare !== null && firstShare !== null ? round1(latestShare - firstShare) : null;
  return {
    ...base,
    change: delta === null ? DASH : pointsChange(delta, ctx),
    trend: delta === null ? undefined : trendOf(delta),
    sentiment: delta === null ? undefined : delta > 0 ? 'good' : delta < 0 ? 'bad' : 'neutral',
    basisLine: ctx.t('kpis.basisLine', { basis, value: comparison }),
    comparison,
    basis,
  };
}

function uptimeCard(u: UptimeKpi | null, ctx: KpiContext): KpiCardModel {
  const label = ctx.t('kpis.uptime.label');
  if (!u) return { id: 'uptime', label, value: DASH, change: DASH, basisLine: DASH, comparison: DASH, basis: DASH };
  const delta = u.current !== null && u.previous !== null ? round1(u.current - u.previous) : null;
  const comparison = pct(u.previous, ctx.lang);
  return {
    id: 'uptime',
    label,
    value: pct(u.current, ctx.lang),
    context: ctx.t('kpis.uptime.context', {
      from: formatDate(u.currentFrom, ctx.lang),
      to: formatDate(u.endDate, ctx.lang),
    }),
    change: delta === null ? DASH : pointsChange(delta, ctx),
    trend: delta === null ? undefined : trendOf(delta),
    sentiment: delta === null ? undefined : delta > 0 ? 'good' : delta < 0 ? 'bad' : 'neutral',
    basisLine: ctx.t('kpis.basisLine', {
      basis: ctx.t('kpis.uptime.basisLong', {
        from: formatDate(u.previousFrom, ctx.lang),
        to: formatDate(u.previousTo, ctx.lang),
      }),
      value: comparison,
    }),
    comparison,
    basis: ctx.t('kpis.uptime.basis'),
  };
}

function repeatersCard(r: RepeatersKpi, ctx: KpiContext): KpiCardModel {
  const planned = formatNumber(r.planned, ctx.lang, 0);
  return {
    id: 'repeaters',
    label: ctx.t('kpis.repeaters.label'),
    value: formatNumber(r.active, ctx.lang, 0),
    context: ctx.t('kpis.repeaters.context'),
    change:
      r.planned > 0 ? ctx.t('kpis.repeaters.share', { percent: formatPercent(r.active / r.planned, ctx.lang) }) : DASH,
    basisLine: ctx.t('kpis.repeaters.basis', { count: planned }),
    comparison: planned,
    basis: ctx.t('kpis.repeaters.basisTable'),
  };
}

function noComparison(ctx: KpiContext) {
  const basis = ctx.t('kpis.noBasis');
  return { change: DASH, basisLine: basis, comparison: DASH, basis };
}

export function toCards(model: KpiModel, ctx: KpiContext): KpiCardModel[] {
  return [
    blankspotCard(model.coverage, ctx),
    installedCard(model.installations, ctx),
    fourGCard(model.coverage, ctx),
    uptimeCard(model.uptime, ctx),
    repeatersCard(model.repeaters, ctx),
  ];
}

/** One row per card (and one for the total of installed sites): exactly the figures on the cards. */
export function toTable(model: KpiModel, cards: readonly KpiCardModel[], ctx: KpiContext): TableModel {
  const rows: TableModel['rows'] = cards.map((c) => ({
    key: c.id,
    cells: [c.label, c.value, c.context ?? DASH, c.change, c.comparison, c.basis],
  }));
  const years = model.installations.years;
  const first = years[0];
  const latest = years[years.length - 1];
  if (first && latest) {
    const at = rows.findIndex((r) => r.key === 'installed') + 1;
    rows.splice(at, 0, {
      key: 'installed-total',
      cells: [
        ctx.t('kpis.installed.total'),
        formatNumber(model.installations.total, ctx.lang, 0),
        ctx.t('kpis.installed.totalBasis', { from: first.year, to: latest.year }),
        DASH,
        DASH,
        DASH,
      ],
    });
  }
  return {
    columns: [
      { key: 'name', label: ctx.t('kpis.table.name') },
      { key: 'value', label: ctx.t('kpis.table.value'), numeric: true },
      { key: 'context', label: ctx.t('kpis.table.context') },
      { key: 'change', label: ctx.t('kpis.table.change') },
      { key: 'comparison', label: ctx.t('kpis.table.comparison'), numeric: true },
      { key: 'basis', label: ctx.t('kpis.table.basis') },
    ],
    rows,
  };
}
