// Pure: the rows of villageSitesQuery → one entry per site (its facts, monthly uptime, 12-month mean) → the small
// line chart of monthly uptime per site and the month labels.
import type { Row } from '../../data/rows.ts';
import { formatNumber, type Lang, TIME_ZONE } from '../../i18n/format.ts';
import { SUMMARY_MONTHS } from '../../indicators/listings/village-history.ts';
import type { ChartOption } from '../../ui/chart-types.ts';
import { escapeHtml } from '../../ui/escape.ts';

export interface VillageSite {
  siteId: string;
  programme: string;
  technology: string;
  status: string;
  budgetYear: number | null;
  installedOn: string | null;
  bandwidth: number | null;
  /** Mean uptime over the site-days of the window; null without telemetry. */
  uptime12m: number | null;
  /** Month ('YYYY-MM') → mean uptime that month. */
  monthly: Record<string, number>;
}

export interface VillageSitesModel {
  /** The window's months, oldest first ('YYYY-MM'); empty when there is no telemetry at all. */
  months: string[];
  sites: VillageSite[];
}

const num = (v: Row[string] | undefined) => (v === null || v === undefined ? null : Number(v));

/** 'YYYY-MM' plus n months. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

export function toVillageSites(rows: readonly Row[]): VillageSitesModel {
  const first = rows.find((r) => r.first_month !== null && r.first_month !== undefined)?.first_month;
  const months = first ? Array.from({ length: SUMMARY_MONTHS }, (_, i) => addMonths(String(first), i)) : [];
  const bySite = new Map<string, VillageSite>();
  for (const r of rows) {
    const id = String(r.site_id);
    let s = bySite.get(id);
    if (!s) {
      s = {
        siteId: id,
        programme: String(r.programme),
        technology: String(r.technology),
        status: String(r.status),
        budgetYear: num(r.budget_year),
        installedOn: r.installed_on === null || r.installed_on === undefined ? null : String(r.installed_on),
        bandwidth: num(r.bandwidth_mbps),
        uptime12m: num(r.uptime_12m),
        monthly: {},
      };
      bySite.set(id, s);
    }
    if (r.month !== null && r.month !== undefined && r.uptime !== null) s.monthly[String(r.month)] = Number(r.uptime);
  }
  return { months, sites: [...bySite.values()] };
}

const monthFormats = new Map<Lang, Intl.DateTimeFormat>();

/** 'YYYY-MM' → "Des 2024" (id) / "Dec 2024" (en), like formatDate without the day. */
export function formatMonth(month: string, lang: Lang): string {
  let f = monthFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
      month: 'short',
      year: 'numeric',
      timeZone: TIME_ZONE,
    });
    monthFormats.set(lang, f);
  }
  const d = new Date(`${month}-15T12:00:00+07:00`);
  return Number.isNaN(d.getTime()) ? month : f.format(d);
}

export function hasTelemetry(model: VillageSitesModel): boolean {
  return model.sites.some((s) => Object.keys(s.monthly).length > 0);
}

export function uptimeOption(
  model: VillageSitesModel,
  ctx: { lang: Lang; unit: string; ariaDescription: string },
): ChartOption {
  const labels = model.months.map((m) => formatMonth(m, ctx.lang));
  const sites = model.sites.filter((s) => Object.keys(s.monthly).length > 0);
  return {
    aria: { enabled: true, label: { description: ctx.ariaDescription } },
    animationDuration: 200,
    animationDurationUpdate: 150,
    grid: { left: 8, right: 16, top: 32, bottom: 8, outerBoundsMode: 'same' },
    legend: { top: 0, type: 'scroll' },
    tooltip: {
      trigger: 'axis',
      formatter: (params: unknown) => {
        const list = (Array.isArray(params) ? params : [params]) as {
          dataIndex?: number;
          seriesName?: string;
          value?: number | null;
        }[];
        const i = list[0]?.dataIndex ?? 0;
        const lines = list.map(
          (p) => `${escapeHtml(p.seriesName ?? '')}: <b>${formatNumber(p.value ?? null, ctx.lang, 1)}</b>`,
        );
        return `<b>${escapeHtml(labels[i] ?? '')}</b><br/>${lines.join('<br/>')}`;
      },
    },
    xAxis: { type: 'category', data: labels, boundaryGap: false, axisLabel: { hideOverlap: true } },
    yAxis: {
      type: 'value',
      name: ctx.unit,
      max: 100,
      scale: true,
      axisLabel: { formatter: (v: number) => formatNumber(v, ctx.lang, 0) },
    },
    series: sites.map((s) => ({
      type: 'line',
      name: s.siteId,
      data: model.months.map((m) => s.monthly[m] ?? null),
      connectNulls: false,
      showSymbol: true,
      symbolSize: 5,
    })),
  };
}
