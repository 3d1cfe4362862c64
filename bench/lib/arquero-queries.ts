// The two telemetry panels' queries written in Arquero over the raw rows (site_daily, sites, villages), with the
// semantics of trendsRawQuery and uptimeRawQuery: the baseline an analyst might otherwise pick. Returns the drawn
// cells only (the DuckDB queries also list the empty periods), so bench/queries.ts can check them cell by cell.
import { escape as aqEscape, type ColumnTable, op } from 'arquero';
import type { Row } from '../../src/data/rows.ts';
import type { Filters } from '../../src/filters/filters.ts';

export interface AqTables {
  daily: ColumnTable;
  sites: ColumnTable;
  villages: ColumnTable;
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const utcYear = (ms: number) => new Date(ms).getUTCFullYear();
/** Monday of the ISO week of a UTC day (epoch ms). */
const weekStart = (ms: number) => ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY;

type SiteRow = {
  programme: string;
  technology: string;
  status: string;
  regency_code: string | null;
  district_code: string | null;
};

function yearTest(f: Filters) {
  return (ms: number) => {
    const y = utcYear(ms);
    return (f.yearFrom === null || y >= f.yearFrom) && (f.yearTo === null || y <= f.yearTo);
  };
}

/** Sites (with their village's regency and district) that pass the site filters. */
function passingSites(t: AqTables, f: Filters, requireVillage: boolean): ColumnTable {
  const sets = {
    regency: new Set(f.regencies),
    district: new Set(f.districts),
    programme: new Set(f.programmes),
    technology: new Set(f.technologies),
    status: new Set(f.statuses),
  };
  const place = sets.regency.size > 0 || sets.district.size > 0;
  const ok = (s: SiteRow) =>
    (!requireVillage || s.regency_code != null) &&
    (!sets.regency.size || (s.regency_code != null && sets.regency.has(s.regency_code))) &&
    (!sets.district.size || (s.district_code != null && sets.district.has(s.district_code))) &&
    (!sets.programme.size || sets.programme.has(s.programme)) &&
    (!sets.technology.size || sets.technology.has(s.technology)) &&
    (!sets.status.size || sets.status.has(s.status)) &&
    (!place || s.regency_code != null);
  return t.sites
    .lookup(t.villages, 'village_code', 'regency_code', 'district_code')
    .filter(aqEscape((s: SiteRow) => ok(s)));
}

export function arquerotrends(t: AqTables, f: Filters): Row[] {
  const inYear = yearTest(f);
  const days = t.daily.filter(aqEscape((d: { date: number }) => inYear(d.date)));
  const b = days.rollup({ lo: op.min('date'), hi: op.max('date') }).object() as { lo: number | null; hi: number };
  if (b.lo === null || b.lo === undefined) return [];
  const daily = (b.hi - b.lo) / DAY + 1 <= 120;
  const sites = passingSites(t, f, false).select('site_id', 'programme', 'technology');
  const rows = days
    .semijoin(sites, 'site_id')
    .lookup(sites, 'site_id', 'programme', 'technology')
    .derive({ period: aqEscape((d: { date: number }) => (daily ? d.date : weekStart(d.date))) });
  const out: Row[] = [];
  for (const dim of ['programme', 'technology'] as const) {
    const agg = rows.groupby('period', dim).rollup({
      n: op.count(),
      up: op.sum('uptime_pct'),
      dn: op.sum('down_mbps'),
      gb: op.sum('data_gb'),
      us: op.sum('users'),
    });
    for (const r of agg.objects() as { period: number; n: number; up: number; dn: number; gb: number; us: number }[]) {
      const g = (r as unknown as Record<string, string>)[dim] as string;
      out.push({
        dim,
        grp: g,
        period: iso(r.period),
        uptime: r.up / r.n,
        downlink: r.dn / r.n,
        data_gb: r.gb,
        users: r.us,
      });
    }
  }
  return out;
}

export function arqueroUptime(t: AqTables, f: Filters): Row[] {
  const inYear = yearTest(f);
  const all = t.daily.filter(aqEscape((d: { date: number }) => inYear(d.date)));
  const end = (all.rollup({ e: op.max('date') }).object() as { e: number | null }).e;
  if (end === null || end === undefined) return [];
  const sites = passingSites(t, f, true).select('site_id');
  const days = all.semijoin(sites, 'site_id');
  if (days.numRows() === 0) return [];
  const first = (days.rollup({ f: op.min('date') }).object() as { f: number }).f;
  const cur = days
    .filter(aqEscape((d: { date: number }) => d.date > end - 30 * DAY))
    .rollup({ m: op.mean('uptime_pct'), n: op.count() })
    .object() as { m: number | null; n: number };
  const prev = days
    .filter(aqEscape((d: { date: number }) => d.date > end - 60 * DAY && d.date <= end - 30 * DAY))
    .rollup({ m: op.mean('uptime_pct') })
    .object() as { m: number | null };
  const full = first <= end - 59 * DAY;
  return [
    {
      current_uptime: cur.n > 0 ? (cur.m ?? null) : null,
      previous_uptime: full ? (prev.m ?? null) : null,
      current_site_days: cur.n,
    },
  ];
}
