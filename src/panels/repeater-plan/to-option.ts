// Pure: query rows → a model of repeater units → the ECharts option (units by status per regency) and the table
// (one row per unit, with the village's signal before → after).
import type { TFunction } from 'i18next';
import { SITE_STATUSES } from '../../data/contract.ts';
import type { Row } from '../../data/rows.ts';
import { formatDate, formatNumber, type Lang } from '../../i18n/format.ts';
import type { ChartOption } from '../../ui/chart-types.ts';
import { escapeHtml } from '../../ui/escape.ts';
import type { TableModel } from '../../ui/table-model.ts';

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
  byStatus: Record<Status, number>;
  /** Village names per status, for the tooltip. */
  villages: Record<Status, string[]>;
  total: number;
}

export interface RepeaterPlanModel {
  /** In query order: regency, village name, unit code. */
  units: RepeaterUnit[];
  /** Regencies with at least one unit, most units first, then by code. */
  regencies: RegencyUnits[];
}

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const isStatus = (s: string): s is Status => (SITE_STATUSES as readonly string[]).includes(s);
const perStatus = <T>(make: () => T) => Object.fromEntries(SITE_STATUSES.map((s) => [s, make()])) as Record<Status, T>;

export function toModel(rows: readonly Row[]): RepeaterPlanModel {
  const units: RepeaterUnit[] = rows.map((r) => ({
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
  const byCode = new Map<string, RegencyUnits>();
  for (const u of units) {
    let reg = byCode.get(u.regencyCode);
    if (!reg) {
      reg = {
        code: u.regencyCode,
        name: u.regencyName,
        byStatus: perStatus(() => 0),
        villages: perStatus(() => []),
        total: 0,
      };
      byCode.set(u.regencyCode, reg);
    }
    if (isStatus(u.status)) {
      reg.byStatus[u.status] += 1;
      reg.villages[u.status].push(u.villageName);
    }
    reg.total += 1;
  }
  const regencies = [...byCode.values()].sort((a, b) => b.total - a.total || a.code.localeCompare(b.code));
  return { units, regencies };
}

export interface OptionContext {
  lang: Lang;
  t: TFunction;
}

const statusLabel = (s: string, ctx: OptionContext) => (isStatus(s) ? ctx.t(`repeaterPlan.status.${s}`) : s);

export function toOption(model: RepeaterPlanModel, ctx: OptionContext): ChartOption {
  return {
    aria: { enabled: true, label: { description: ctx.t('repeaterPlan.aria') } },
    animationDuration: 300,
    animationDurationUpdate: 200,
    grid: { left: 8, right: 40, top: 36, bottom: 8, outerBoundsMode: 'same' },
    legend: { top: 0, type: 'scroll' },
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
      data: model.regencies.map((r) => r.byStatus[status]),
      label:
        i === SITE_STATUSES.length - 1
          ? {
              show: true,
              position: 'right',
              formatter: (p: { dataIndex: number }) =>
                formatNumber(model.regencies[p.dataIndex]?.total ?? 0, ctx.lang, 0),
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
  const lines = SITE_STATUSES.filter((s) => r.byStatus[s] > 0).map(
    (s) =>
      `${escapeHtml(statusLabel(s, ctx))}: <b>${formatNumber(r.byStatus[s], ctx.lang, 0)}</b>` +
      ` (${r.villages[s].map(escapeHtml).join(', ')})`,
  );
  return `<b>${escapeHtml(r.name)}</b> · ${escapeHtml(ctx.t('repeaterPlan.units', { count: r.total }))}<br/>${lines.join('<br/>')}`;
}

/** The regency under a clicked bar, for cross-filtering. */
export function regencyAt(model: RepeaterPlanModel, dataIndex: number | undefined): string | null {
  return dataIndex === undefined ? null : (model.regencies[dataIndex]?.code ?? null);
}

function signalText(at: SignalAt, ctx: OptionContext): string {
  if (at.signal === null || at.year === null) return '–';
  return ctx.t('repeaterPlan.signalInYear', { signal: ctx.t(`repeaterPlan.signal.${at.signal}`), year: at.year });
}

export function toTable(model: RepeaterPlanModel, ctx: OptionContext): TableModel {
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
