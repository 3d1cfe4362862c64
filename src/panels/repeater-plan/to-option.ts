// Pure: the repeater figures (repeaters_planned, repeaters_active, repeater_progress; repeaters_planned per regency
// and status, and per regency) and the rows of the repeater-units listing → a model → the ECharts option (units by
// status per regency), the table of exactly those figures, and the list of units (village, status, signal before
// → after). The briefing reuses these builders.
import type { TFunction } from 'i18next';
import type { FigureSet } from '../../coordinator/use-figures.ts';
import { SITE_STATUSES } from '../../data/contract.ts';
import type { Row } from '../../data/rows.ts';
import { formatDate, formatNumber, type Lang } from '../../i18n/format.ts';
import { formatValue, formatWithUnit } from '../../indicators/describe.ts';
import { type FigureRef, figureAttrs, scopeCode } from '../../indicators/figure.ts';
import type { ChartOption } from '../../ui/chart-types.ts';
import { escapeHtml } from '../../ui/escape.ts';
import type { TableModel } from '../../ui/table-model.ts';
import { topLegend } from '../legend.ts';

export type Status = (typeof SITE_STATUSES)[number];

export interface SignalAt {
  year: number | null;
  /** 'none' | '2G' | '3G' | '4G', or null when the village has no coverage row for that year. */
  signal: string | null;
}

export interface RepeaterUnit {
  siteId: string;
  status: string;
  installedOn: string | null;
  villageCode: string;
  villageName: string;
  districtName: string;
  regencyCode: string;
  regencyName: string;
  before: SignalAt;
  after: SignalAt;
}

export interface RegencyUnits {
  code: string;
  name: string;
  /** repeaters_planned of the regency with that status (0, with its attributes, when none). */
  byStatus: Record<Status, FigureRef>;
  /** repeaters_planned of the regency. */
  total: FigureRef;
  /** Village names per status, for the tooltip. */
  villages: Record<Status, string[]>;
}

export interface RepeaterPlanModel {
  planned: FigureRef | null;
  active: FigureRef | null;
  progress: FigureRef | null;
  /** Regencies with at least one unit, most units first, then by code. */
  regencies: RegencyUnits[];
  /** The listing's rows, in its order: regency, village name, unit code. */
  units: RepeaterUnit[];
}

export interface RepeaterSets {
  planned: FigureSet;
  active: FigureSet;
  progress: FigureSet;
  /** repeaters_planned by ['regency', 'status']. */
  byStatus: FigureSet;
  /** repeaters_planned by ['regency']. */
  byRegency: FigureSet;
}

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const isStatus = (s: string): s is Status => (SITE_STATUSES as readonly string[]).includes(s);
const perStatus = <T>(make: (s: Status) => T) =>
  Object.fromEntries(SITE_STATUSES.map((s) => [s, make(s)])) as Record<Status, T>;
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function toUnits(rows: readonly Row[]): RepeaterUnit[] {
  return rows.map((r) => ({
    siteId: str(r.site_id),
    status: str(r.status),
    installedOn: strOrNull(r.installed_on),
    villageCode: str(r.village_code),
    villageName: str(r.village_name),
    districtName: str(r.district_name),
    regencyCode: str(r.regency_code),
    regencyName: str(r.regency_name),
    before: { year: numOrNull(r.before_year), signal: strOrNull(r.before_signal) },
    after: { year: numOrNull(r.after_year), signal: strOrNull(r.after_signal) },
  }));
}

export function toModel(sets: RepeaterSets, unitRows: readonly Row[]): RepeaterPlanModel {
  const units = toUnits(unitRows);
  const names = new Map(units.map((u) => [u.regencyCode, u.regencyName]));
  const statusFigures = sets.byStatus.figures ?? [];
  const regencyFigures = sets.byRegency.figures ?? [];
  const period = regencyFigures[0]?.period ?? statusFigures[0]?.period ?? '';
  const zero = (set: FigureSet, coords: { regency: string; status?: string }): FigureRef => ({
    indicator: set.request.indicator,
    period,
    scope: scopeCode(set.request.filters, coords),
    value: 0,
  });
  const regencies: RegencyUnits[] = regencyFigures
    .filter((f) => (f.value ?? 0) > 0)
    .map((total) => {
      const code = String(total.row.regency);
      const villages = perStatus((): string[] => []);
      for (const u of units) if (u.regencyCode === code && isStatus(u.status)) villages[u.status].push(u.villageName);
      return {
        code,
        name: names.get(code) ?? code,
        total,
        villages,
        byStatus: perStatus(
          (s) =>
            statusFigures.find((f) => f.row.regency === code && f.row.status === s) ??
            zero(sets.byStatus, { regency: code, status: s }),
        ),
      };
    });
  regencies.sort((a, b) => (b.total.value ?? 0) - (a.total.value ?? 0) || byCode(a.code, b.code));
  return {
    planned: sets.planned.figures?.[0] ?? null,
    active: sets.active.figures?.[0] ?? null,
    progress: sets.progress.figures?.[0] ?? null,
    regencies,
    units,
  };
}

export const isEmpty = (model: RepeaterPlanModel): boolean => (model.planned?.value ?? 0) === 0;

export interface OptionContext {
  lang: Lang;
  t: TFunction;
  /** Presentation mode (wall, briefing): a legend that neither pages nor toggles. */
  present?: boolean;
}

const statusLabel = (s: string, ctx: OptionContext) => (isStatus(s) ? ctx.t(`repeaterPlan.status.${s}`) : s);
const count = (f: FigureRef, lang: Lang) => formatValue(f.indicator, f.value, lang);

export function toOption(model: RepeaterPlanModel, ctx: OptionContext): ChartOption {
  return {
    aria: { enabled: true, label: { description: ctx.t('repeaterPlan.aria') } },
    animationDuration: 300,
    animationDurationUpdate: 200,
    grid: { left: 8, right: 40, top: 36, bottom: 8, outerBoundsMode: 'same' },
    legend: topLegend(ctx.present),
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: unknown) => tooltipHtml(params, model, ctx),
    },
    xAxis: {
      type: 'value',
      minInterval: 1,
      name: ctx.t('repeaterPlan.unitsAxis'),
      axisLabel: { formatter: (v: number) => formatNumber(v, ctx.lang, 0) },
    },
    yAxis: { type: 'category', data: model.regencies.map((r) => r.name), inverse: true, axisTick: { show: false } },
    // One series per status in the contract's order (planned → active → offline → decommissioned), always all four,
    // so a status keeps its colour and place whatever the filters.
    series: SITE_STATUSES.map((status, i) => ({
      type: 'bar',
      name: statusLabel(status, ctx),
      stack: 'units',
      emphasis: { focus: 'series' },
      data: model.regencies.map((r) => r.byStatus[status].value ?? 0),
      label:
        i === SITE_STATUSES.length - 1
          ? {
              show: true,
              position: 'right',
              formatter: (p: { dataIndex: number }) => {
                const r = model.regencies[p.dataIndex];
                return r ? count(r.total, ctx.lang) : '';
              },
            }
          : undefined,
    })),
  };
}

function tooltipHtml(params: unknown, model: RepeaterPlanModel, ctx: OptionContext): string {
  const list = Array.isArray(params) ? params : [params];
  const first = list[0] as { dataIndex?: number } | undefined;
  const r = first?.dataIndex !== undefined ? model.regencies[first.dataIndex] : undefined;
  if (!r) return '';
  const lines = SITE_STATUSES.filter((s) => (r.byStatus[s].value ?? 0) > 0).map(
    (s) =>
      `${escapeHtml(statusLabel(s, ctx))}: <b>${count(r.byStatus[s], ctx.lang)}</b>` +
      (r.villages[s].length ? ` (${r.villages[s].map(escapeHtml).join(', ')})` : ''),
  );
  const total = formatWithUnit('repeaters_planned', r.total.value, ctx.lang);
  return `<b>${escapeHtml(r.name)}</b> · ${escapeHtml(total)}<br/>${lines.join('<br/>')}`;
}

/** The regency under a clicked bar, for cross-filtering. */
export function regencyAt(model: RepeaterPlanModel, dataIndex: number | undefined): string | null {
  return dataIndex === undefined ? null : (model.regencies[dataIndex]?.code ?? null);
}

/** The chart's figures: one row per regency, a column per status and the total, each cell with its attributes. */
export function toTable(model: RepeaterPlanModel, ctx: OptionContext): TableModel {
  const cell = (f: FigureRef) => ({ text: count(f, ctx.lang), attrs: figureAttrs(f) });
  return {
    columns: [
      { key: 'regency', label: ctx.t('repeaterPlan.table.regency') },
      ...SITE_STATUSES.map((s) => ({ key: s, label: statusLabel(s, ctx), numeric: true })),
      { key: 'total', label: ctx.t('repeaterPlan.table.total'), numeric: true },
    ],
    rows: model.regencies.map((r) => ({
      key: r.code,
      cells: [r.name, ...SITE_STATUSES.map((s) => cell(r.byStatus[s])), cell(r.total)],
    })),
  };
}

function signalText(at: SignalAt, ctx: OptionContext): string {
  if (at.signal === null || at.year === null) return '–';
  return ctx.t('repeaterPlan.signalInYear', { signal: ctx.t(`repeaterPlan.signal.${at.signal}`), year: at.year });
}

/** The list of units (a listing, not figures): village, district, regency, status, dates and signals. */
export function toUnitTable(model: RepeaterPlanModel, ctx: OptionContext): TableModel {
  return {
    columns: [
      { key: 'village', label: ctx.t('repeaterPlan.table.village') },
      { key: 'district', label: ctx.t('repeaterPlan.table.district') },
      { key: 'regency', label: ctx.t('repeaterPlan.table.regency') },
      { key: 'status', label: ctx.t('repeaterPlan.table.status') },
      { key: 'installedOn', label: ctx.t('repeaterPlan.table.installedOn') },
      { key: 'before', label: ctx.t('repeaterPlan.table.before') },
      { key: 'after', label: ctx.t('repeaterPlan.table.after') },
      { key: 'site', label: ctx.t('repeaterPlan.table.site') },
    ],
    rows: model.units.map((u) => ({
      key: u.siteId,
      cells: [
        u.villageName,
        u.districtName,
        u.regencyName,
        statusLabel(u.status, ctx),
        formatDate(u.installedOn, ctx.lang),
        signalText(u.before, ctx),
        signalText(u.after, ctx),
        u.siteId,
      ],
    })),
  };
}
