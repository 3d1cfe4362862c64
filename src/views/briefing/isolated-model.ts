// Pure: the rows of the isolated-villages listing (src/indicators/listings/isolated-villages.ts) → a model → the
// slide's table (one row per village: where, served since, by what, signal in the latest survey year).
import type { Row } from '../../data/rows.ts';
import { formatDate, type Lang } from '../../i18n/format.ts';
import type { TableModel } from '../../ui/table-model.ts';

export interface IsolatedVillage {
  code: string;
  name: string;
  district: string;
  regencyCode: string;
  regency: string;
  /** First site in service (installed, active or offline); null when no site serves the village. */
  servedSince: string | null;
  programme: string | null;
  technology: string | null;
  /** Best cellular signal in the latest survey year ('none', '2G', …); null when the village has no row then. */
  signal: string | null;
}

export interface IsolatedModel {
  villages: IsolatedVillage[];
  /** Latest survey year of village_coverage; null when there is no coverage data. */
  coverageYear: number | null;
}

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function toIsolatedModel(rows: readonly Row[]): IsolatedModel {
  let coverageYear: number | null = null;
  const villages = rows.map((r): IsolatedVillage => {
    if (r.coverage_year !== null && r.coverage_year !== undefined) coverageYear = Number(r.coverage_year);
    return {
      code: str(r.village_code),
      name: str(r.village_name),
      district: str(r.district_name),
      regencyCode: str(r.regency_code),
      regency: str(r.regency_name),
      servedSince: strOrNull(r.installed_on),
      programme: strOrNull(r.programme),
      technology: strOrNull(r.technology),
      signal: strOrNull(r.best_signal),
    };
  });
  return { villages, coverageYear };
}

export interface IsolatedTableContext {
  lang: Lang;
  village: string;
  district: string;
  regency: string;
  servedSince: string;
  servedBy: string;
  signal: string;
  notServed: string;
  /** Signal names ('none' → "Tanpa sinyal"). */
  signalText: (signal: string | null) => string;
}

export function isolatedTable(model: IsolatedModel, ctx: IsolatedTableContext): TableModel {
  return {
    columns: [
      { key: 'village', label: ctx.village },
      { key: 'district', label: ctx.district },
      { key: 'regency', label: ctx.regency },
      { key: 'since', label: ctx.servedSince },
      { key: 'by', label: ctx.servedBy },
      { key: 'signal', label: ctx.signal },
    ],
    rows: model.villages.map((v) => ({
      key: v.code,
      cells: [
        v.name,
        v.district,
        v.regency,
        v.servedSince ? formatDate(v.servedSince, ctx.lang) : ctx.notServed,
        v.programme ? `${v.programme} (${v.technology ?? '–'})` : '–',
        ctx.signalText(v.signal),
      ],
    })),
  };
}
