// Words about an indicator, in Indonesian first and English: its value formatted with its unit, its period in
// words ("2026 s.d. 27 Nov"), its baseline rule next to a delta, the filters it ignores, and its definition.

import type { Filters } from '../filters/filters.ts';
import { formatDate, formatNumber, type Lang } from '../i18n/format.ts';
import type { DefinitionBody, DefinitionText } from '../ui/definition.tsx';
import { INDICATORS } from './catalog.ts';
import { parsePeriodCode, yearOf } from './period.ts';
import { ignoredFilters } from './resolve.ts';
import type { IndicatorTexts } from './texts.ts';
import type { BaselineRule, FilterDim, IndicatorDef, IndicatorId, IndicatorKind, PeriodRule, UnitId } from './types.ts';

type Bi = { id: string; en: string };
const pick = (b: Bi, lang: Lang) => b[lang];

export const UNIT: Record<UnitId, Bi> = {
  villages: { id: 'desa', en: 'villages' },
  sites: { id: 'titik', en: 'sites' },
  units: { id: 'unit', en: 'units' },
  percent: { id: '%', en: '%' },
  mbps: { id: 'Mbps', en: 'Mbps' },
  gb: { id: 'GB', en: 'GB' },
  users: { id: 'pengguna', en: 'users' },
  per100: { id: 'per 100 desa', en: 'per 100 villages' },
};

export const KIND: Record<IndicatorKind, Bi> = {
  stock: { id: 'stok (keadaan pada akhir periode)', en: 'stock (state at the end of the period)' },
  flow: { id: 'arus (kejadian selama periode)', en: 'flow (events during the period)' },
  rate: { id: 'rasio', en: 'rate' },
  mean: { id: 'rata-rata', en: 'mean' },
};

export const PERIOD_RULE: Record<PeriodRule, Bi> = {
  'year-end': {
    id: 'Keadaan akhir tahun; tahun berjalan ditulis "s.d." tanggal data',
    en: 'State at year end; the current year is labelled "to" its data date',
  },
  'year-flow': {
    id: 'Selama tahun kalender; tahun berjalan s.d. tanggal data, dibanding rentang yang sama tahun lalu',
    en: 'During the calendar year; the current year to its data date, compared with the same span a year earlier',
  },
  window: {
    id: 'Rentang tanggal telemetri; angka utama 30 hari s.d. hari terakhir telemetri',
    en: 'A range of telemetry days; the headline is the 30 days up to the last telemetry day',
  },
  'as-of': { id: 'Keadaan pada tanggal data', en: 'State at the data date' },
  'plan-year': { id: 'Rencana per tahun kalender', en: 'Plan per calendar year' },
};

export const BASELINE: Record<BaselineRule, Bi> = {
  'previous-complete': { id: 'dibanding periode lengkap sebelumnya', en: 'against the previous complete period' },
  'same-span': { id: 'dibanding rentang yang sama tahun lalu', en: 'against the same span a year earlier' },
  'previous-window': {
    id: 'dibanding rentang sebelumnya yang sama panjang',
    en: 'against the previous window of the same length',
  },
  plan: { id: 'dibanding rencana/target', en: 'against the plan or target' },
  none: { id: 'tanpa pembanding', en: 'no comparison' },
};

export const FILTER_NAME: Record<FilterDim, Bi> = {
  year: { id: 'tahun', en: 'year' },
  regency: { id: 'kabupaten/kota', en: 'regency' },
  district: { id: 'kecamatan', en: 'district' },
  programme: { id: 'program', en: 'programme' },
  technology: { id: 'teknologi', en: 'technology' },
  status: { id: 'status', en: 'status' },
};

/**
 * A value with the indicator's digits ("1.234", "95,1"); "–" when missing. The value is first taken to 12
 * significant digits: a sum of decimals such as 4674,5 arrives as 4674,499999… or 4674,500…1 depending on the order
 * of the additions (rollups, another engine), and must round the same way on every screen.
 */
export function formatValue(id: IndicatorId, value: number | null | undefined, lang: Lang): string {
  const snapped =
    value === null || value === undefined || !Number.isFinite(value) ? value : Number(value.toPrecision(12));
  return formatNumber(snapped, lang, INDICATORS[id].digits);
}

/** A value with its unit ("268 desa", "95,1%", "4,1 Mbps"). */
export function formatWithUnit(id: IndicatorId, value: number | null | undefined, lang: Lang): string {
  const def = INDICATORS[id];
  const n = formatValue(id, value, lang);
  if (n === '–') return n;
  return def.unit === 'percent' ? `${n}%` : `${n} ${pick(UNIT[def.unit], lang)}`;
}

/**
 * A period code in words: "2025"; "2026 s.d. 27 Nov" (incomplete year); "29 Okt 2026–27 Nov 2026" (a window);
 * "2022–2024" (whole years); "s.d. 27 Nov 2026" (open start); "27 Nov 2026" (one day).
 */
export function periodLabel(code: string, lang: Lang): string {
  const to = lang === 'en' ? 'to' : 's.d.';
  if (/^\d{4}$/.test(code)) return code;
  if (/^\d{4}\.\.\d{4}$/.test(code)) return code.replace('..', '–');
  if (/^\d{4}\.\.$/.test(code)) return `${code.slice(0, 4)}–`;
  if (code === 'all') return lang === 'en' ? 'all years' : 'semua tahun';
  const r = parsePeriodCode(code);
  if (!r) return code;
  if (r.from === null) return `${to} ${formatDate(r.to, lang)}`;
  if (r.from === r.to) return formatDate(r.to, lang);
  if (r.from.endsWith('-01-01') && yearOf(r.from) === yearOf(r.to)) {
    const day = formatDate(r.to, lang).replace(/\s\d{4}$/, '');
    return `${yearOf(r.from)} ${to} ${day}`;
  }
  return `${formatDate(r.from, lang)}–${formatDate(r.to, lang)}`;
}

/** Is a period code a calendar year still running (the latest, incomplete year)? */
export function isIncomplete(code: string): boolean {
  const r = parsePeriodCode(code);
  return (
    !!r && r.from !== null && r.from.endsWith('-01-01') && !r.to.endsWith('-12-31') && yearOf(r.from) === yearOf(r.to)
  );
}

/** "Filter program tidak berlaku untuk angka ini" when an active filter is not honoured; null otherwise. */
export function ignoredNote(id: IndicatorId, filters: Filters, lang: Lang): string | null {
  const dims = ignoredFilters(filters, INDICATORS[id].filters);
  if (dims.length === 0) return null;
  const names = dims.map((d) => pick(FILTER_NAME[d], lang)).join(', ');
  return lang === 'en'
    ? `The ${names} filter does not apply to this figure.`
    : `Filter ${names} tidak berlaku untuk angka ini.`;
}

/** The body of the definition from the catalog's texts (src/indicators/texts.ts). */
export function definitionBody(id: IndicatorId, lang: Lang, texts: IndicatorTexts): DefinitionBody {
  const def: IndicatorDef = INDICATORS[id];
  const l = (b: Bi) => pick(b, lang);
  const en = lang === 'en';
  return {
    definition: l(texts.definition),
    lines: [
      `${en ? 'Formula' : 'Rumus'}: ${l(texts.formula)}`,
      `${en ? 'Unit' : 'Satuan'}: ${l(UNIT[def.unit])} · ${l(KIND[def.kind])}`,
      `${en ? 'Period' : 'Periode'}: ${l(PERIOD_RULE[def.period])}`,
      `${en ? 'Comparison' : 'Pembanding'}: ${l(BASELINE[def.baseline])}`,
      `${en ? 'Filters that apply' : 'Filter yang berlaku'}: ${def.filters.map((d) => l(FILTER_NAME[d])).join(', ') || '–'}`,
      ...(texts.counts ? [`${en ? 'Counts' : 'Yang dihitung'}: ${l(texts.counts)}`] : []),
      `${en ? 'Indicator id' : 'Id indikator'}: ${def.id}`,
    ],
  };
}

/** The definition shown in place by the "Definisi" affordance (its body loads when first opened). */
export function definitionText(id: IndicatorId, lang: Lang, filters?: Filters): DefinitionText {
  const def: IndicatorDef = INDICATORS[id];
  return {
    label: lang === 'en' ? 'Definition' : 'Definisi',
    name: pick(def.name, lang),
    load: () => import('./texts.ts').then(({ INDICATOR_TEXTS }) => definitionBody(id, lang, INDICATOR_TEXTS[id])),
    ignored: filters ? (ignoredNote(id, filters, lang) ?? undefined) : undefined,
  };
}
