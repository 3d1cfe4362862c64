// Pure pieces of the sites-down panel: rows of the sites-down listing (src/indicators/listings/sites-down.ts) and
// the sites_down figure → the model on screen and its table. No DOM, no query.
import type { TFunction } from 'i18next';
import type { Row } from '../../data/rows.ts';
import { formatDate, formatNumber, type Lang } from '../../i18n/format.ts';
import { SILENT_DAYS } from '../../indicators/defs/operations.ts';
import { figureAttrs } from '../../indicators/figure.ts';
import type { Figure } from '../../indicators/results.ts';
import type { TableModel } from '../../ui/table-model.ts';

export interface DownSite {
  siteId: string;
  villageName: string;
  districtName: string;
  regencyCode: string;
  regencyName: string;
  programme: string;
  technology: string;
  status: string;
  /** The site's last telemetry day ('YYYY-MM-DD'); null when it never reported. */
  lastDate: string | null;
  /** Days from lastDate to the as-of date; null when it never reported. */
  daysSilent: number | null;
}

export interface SitesDownModel {
  silentDays: number;
  /** The sites down, as listed (longest silent first). */
  sites: DownSite[];
  /** site_daily's last day, from which days silent are counted (null when nothing is down: no row carries it). */
  asOf: string | null;
  /**
   * The sites_down figure when it counts the same sites as the list (threshold SILENT_DAYS and the same count):
   * the number on screen then carries the indicator's data-* attributes.
   */
  headline: Figure | null;
}

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export function toModel(figures: readonly Figure[] | undefined, rows: readonly Row[], silentDays: number) {
  const sites: DownSite[] = rows.map((r) => ({
    siteId: str(r.site_id),
    villageName: str(r.village_name),
    districtName: str(r.district_name),
    regencyCode: str(r.regency_code),
    regencyName: str(r.regency_name),
    programme: str(r.programme),
    technology: str(r.technology),
    status: str(r.status),
    lastDate: r.last_date === null || r.last_date === undefined ? null : str(r.last_date),
    daysSilent: numOrNull(r.days_silent),
  }));
  const figure = figures?.[0] ?? null;
  const headline = silentDays === SILENT_DAYS && figure && figure.value === sites.length ? figure : null;
  const asOf = rows.length ? str(rows[0]?.as_of) || null : null;
  return { silentDays, sites, asOf, headline } satisfies SitesDownModel;
}

/** "57 hari" / "57 days"; "tanpa telemetri" for a site that never reported. */
export function silentText(site: DownSite, t: TFunction, lang: Lang): string {
  if (site.daysSilent === null) return t('sitesDown.neverReported');
  return t('sitesDown.days', { count: site.daysSilent, n: formatNumber(site.daysSilent, lang, 0) });
}

/** The count shown: with the indicator's attributes when the list is the indicator's. */
export function countCell(model: SitesDownModel, lang: Lang) {
  const text = formatNumber(model.sites.length, lang, 0);
  return model.headline ? { text, attrs: figureAttrs(model.headline) } : { text };
}

export function toTable(model: SitesDownModel, ctx: { t: TFunction; lang: Lang }): TableModel {
  const { t, lang } = ctx;
  return {
    columns: [
      { key: 'days', label: t('sitesDown.table.days'), numeric: true },
      { key: 'site', label: t('sitesDown.table.site') },
      { key: 'village', label: t('sitesDown.table.village') },
      { key: 'regency', label: t('sitesDown.table.regency') },
      { key: 'programme', label: t('sitesDown.table.programme') },
      { key: 'status', label: t('sitesDown.table.status') },
      { key: 'last', label: t('sitesDown.table.lastDate') },
    ],
    rows: model.sites.map((s) => ({
      key: s.siteId,
      cells: [
        silentText(s, t, lang),
        s.siteId,
        s.villageName,
        s.regencyName,
        s.programme,
        t(`sitesDown.status.${s.status}`, { defaultValue: s.status }),
        s.lastDate ? formatDate(s.lastDate, lang) : '–',
      ],
    })),
  };
}
