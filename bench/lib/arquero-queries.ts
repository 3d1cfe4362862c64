// The telemetry indicators written in Arquero over the raw rows (site_daily, sites, villages), with the
// definitions of docs/indicators.md (as bench/lib/raw-queries.ts writes them in SQL): the baseline an analyst might
// otherwise pick. Returns rows shaped like the indicator rows (breakdown columns, value, period_from, period_to), so
// bench/queries.ts can check them against the app's figures key by key.
import { escape as aqEscape, type ColumnTable, op } from 'arquero';
import type { Row } from '../../src/data/rows.ts';
import { type Filters, normaliseFilters } from '../../src/filters/filters.ts';
import type { TelemetryAsk } from './raw-queries.ts';

export interface AqTables {
  daily: ColumnTable;
  sites: ColumnTable;
  villages: ColumnTable;
}

/** site_daily's first and last day as a whole (epoch ms): the periods are clipped to them. */
export interface Bounds {
  first: number;
  last: number;
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const toMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
/** Monday of the ISO week of a UTC day (epoch ms). */
const weekStart = (ms: number) => ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY;

export function dataBounds(t: AqTables): Bounds {
  const b = t.daily.rollup({ lo: op.min('date'), hi: op.max('date') }).object() as { lo: unknown; hi: unknown };
  return { first: Number(b.lo), last: Number(b.hi) };
}

type SiteRow = {
  programme: string;
  technology: string;
  status: string;
  regency_code: string | null | undefined;
  district_code: string | null | undefined;
};

/** Sites whose village is in `villages` and that pass the site and place filters. */
function passingSites(t: AqTables, f: Filters): ColumnTable {
  const sets = {
    regency: new Set(f.regencies),
    district: new Set(f.districts),
    programme: new Set(f.programmes),
    technology: new Set(f.technologies),
    status: new Set(f.statuses),
  };
  const ok = (s: SiteRow) =>
    s.regency_code != null &&
    (!sets.regency.size || sets.regency.has(s.regency_code)) &&
    (!sets.district.size || (s.district_code != null && sets.district.has(s.district_code))) &&
    (!sets.programme.size || sets.programme.has(s.programme)) &&
    (!sets.technology.size || sets.technology.has(s.technology)) &&
    (!sets.status.size || sets.status.has(s.status));
  return t.sites
    .lookup(t.villages, 'village_code', 'regency_code', 'district_code')
    .filter(aqEscape((s: SiteRow) => ok(s)));
}

const MEASURE = { uptime: 'uptime_pct', downlink: 'down_mbps', data_volume: 'data_gb', daily_users: 'users' } as const;
type SiteDim = 'programme' | 'technology' | 'status';
const SITE_DIMS: readonly SiteDim[] = ['programme', 'technology', 'status'];

/** One telemetry request (breakdowns week or day, and programme, technology, status). */
export function arqueroTelemetry(t: AqTables, ask: TelemetryAsk, bounds: Bounds): Row[] {
  const f = normaliseFilters(ask.filters);
  for (const b of ask.by)
    if (b !== 'week' && b !== 'day' && !SITE_DIMS.includes(b as SiteDim))
      throw new Error(`Arquero variant: breakdown ${b} not written`);
  const time = ask.by.includes('week') ? 'week' : ask.by.includes('day') ? 'day' : null;
  const dims = SITE_DIMS.filter((d) => ask.by.includes(d));

  // The days selected (year filter and range), which are also the clip of every row's period.
  let lo = bounds.first;
  let hi = bounds.last;
  if (f.yearFrom !== null) lo = Math.max(lo, Date.UTC(f.yearFrom, 0, 1));
  if (f.yearTo !== null) hi = Math.min(hi, Date.UTC(f.yearTo, 11, 31));
  if (ask.range) {
    lo = Math.max(lo, toMs(ask.range.from));
    hi = Math.min(hi, toMs(ask.range.to));
  }

  const sites = passingSites(t, f).select('site_id', ...dims);
  let days = t.daily
    .filter(aqEscape((d: { date: unknown }) => Number(d.date) >= lo && Number(d.date) <= hi))
    .semijoin(sites, 'site_id');
  if (dims.length) days = days.lookup(sites, 'site_id', ...dims);
  if (time)
    days = days.derive({
      t: aqEscape((d: { date: unknown }) => (time === 'week' ? weekStart(Number(d.date)) : Number(d.date))),
    });
  const keys = [...(time ? ['t'] : []), ...dims];
  if (keys.length === 0 && days.numRows() === 0) return [{ value: null, period_from: null, period_to: null }];

  const measure = MEASURE[ask.indicator];
  const agg = (keys.length ? days.groupby(...keys) : days).rollup({ n: op.count(), s: op.sum(measure) });
  const out: Row[] = [];
  for (const r of agg.objects() as Record<string, unknown>[]) {
    const start = time ? Number(r.t) : bounds.first;
    const end = time === 'week' ? start + 6 * DAY : time === 'day' ? start : bounds.last;
    const pf = Math.max(start, lo);
    const pt = Math.min(end, hi);
    const n = Number(r.n);
    const s = Number(r.s);
    const value =
      ask.indicator === 'data_volume' ? s : ask.indicator === 'daily_users' ? s / ((pt - pf) / DAY + 1) : s / n;
    const row: Row = {};
    if (time) row[time] = iso(start);
    for (const d of dims) row[d] = r[d] as string;
    out.push({ ...row, value, period_from: iso(pf), period_to: iso(pt) });
  }
  return out;
}
