// Locale formatting for every number and date the user sees. Indonesian first: 1.234,5 · 27 Des 2023 · WIB.
export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];
export const TIME_ZONE = 'Asia/Jakarta';

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'id-ID');
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(lang: Lang, digits: number, style: 'decimal' | 'percent'): Intl.NumberFormat {
  const key = `${lang}|${digits}|${style}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale(lang), { style, minimumFractionDigits: 0, maximumFractionDigits: digits });
    numberFormats.set(key, f);
  }
  return f;
}

/** 1234.5 → "1.234,5" (id) or "1,234.5" (en). Missing values become an en dash, never 0. */
export function formatNumber(value: number | null | undefined, lang: Lang, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return numberFormat(lang, digits, 'decimal').format(value);
}

/** 0.257 → "25,7%" (id). */
export function formatPercent(ratio: number | null | undefined, lang: Lang, digits = 1): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '–';
  return numberFormat(lang, digits, 'percent').format(ratio);
}

function dateFormat(lang: Lang, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(opts)}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale(lang), { timeZone: TIME_ZONE, ...opts });
    dateFormats.set(key, f);
  }
  return f;
}

/** Calendar date 'YYYY-MM-DD' (a WIB date) → "27 Des 2023". */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '–';
  const d = new Date(`${iso.slice(0, 10)}T12:00:00+07:00`);
  if (Number.isNaN(d.getTime())) return iso;
  return dateFormat(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(d);
}

/** An instant → "08.02 WIB" (id) / "08:02 WIB" (en). */
export function formatTime(instant: Date, lang: Lang): string {
  return `${dateFormat(lang, { hour: '2-digit', minute: '2-digit', hour12: false }).format(instant)} WIB`;
}
