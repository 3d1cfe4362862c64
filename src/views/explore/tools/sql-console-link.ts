// The console's query in the page link: `sql=<text>`, `sqlchart=bar|line`, `sqllimit=<n>` beside the workspace's
// own parameters (filters, `v=` data version, drill, …), which are kept as they are. Pure, except the two small
// functions at the end that read and replace the hash.
//
// - The link pins the data version with the workspace's `v=` (docs/filters.md): opened on other data, the console
//   says so. A link without `v=` is read without a note.
// - At most MAX_LINK_SQL characters of SQL go into a link; a longer query is left out (the parameters are removed,
//   so the link never carries an older query) and the console says why. A hand-made link with a longer `sql=` is
//   ignored with a note.
// - Whatever a link holds goes through the same gate and lockdown as typed text.

export const SQL_PARAM = 'sql';
export const CHART_PARAM = 'sqlchart';
export const LIMIT_PARAM = 'sqllimit';
/** Characters of SQL a link may hold: URL-encoded about 3× that at worst, well within what chat apps keep. */
export const MAX_LINK_SQL = 4000;

export type QuickChartKind = 'none' | 'bar' | 'line';

export interface ConsoleLinkState {
  sql: string;
  chart: QuickChartKind;
  /** The row limit, or null for the default. */
  limit: number | null;
}

export type ConsoleLinkRead =
  | { kind: 'none' }
  | { kind: 'too-long'; length: number }
  | { kind: 'query'; state: ConsoleLinkState; staleVersion: string | null };

const VERSION = /^[0-9a-f]{8,64}$/;

export function readConsoleLink(params: URLSearchParams, currentVersion: string): ConsoleLinkRead {
  const sql = params.get(SQL_PARAM);
  if (sql === null || sql.trim() === '') return { kind: 'none' };
  if (sql.length > MAX_LINK_SQL) return { kind: 'too-long', length: sql.length };
  const chartRaw = params.get(CHART_PARAM);
  const chart: QuickChartKind = chartRaw === 'bar' || chartRaw === 'line' ? chartRaw : 'none';
  const limitRaw = params.get(LIMIT_PARAM);
  const limit = limitRaw !== null && /^\d{1,5}$/.test(limitRaw) ? Number(limitRaw) : null;
  const v = params.get('v');
  const staleVersion = v !== null && VERSION.test(v) && v !== currentVersion ? v : null;
  return { kind: 'query', state: { sql, chart, limit }, staleVersion };
}

/** The parameters with the console's state written in (or removed when the SQL is too long); others kept. */
export function writeConsoleLink(
  params: URLSearchParams,
  state: ConsoleLinkState,
  version: string,
  defaultLimit: number,
): { params: URLSearchParams; tooLong: boolean } {
  const out = new URLSearchParams();
  for (const [k, v] of params) if (![SQL_PARAM, CHART_PARAM, LIMIT_PARAM].includes(k)) out.append(k, v);
  const tooLong = state.sql.length > MAX_LINK_SQL;
  if (!tooLong && state.sql.trim() !== '') {
    out.set(SQL_PARAM, state.sql);
    if (state.chart !== 'none') out.set(CHART_PARAM, state.chart);
    if (state.limit !== null && state.limit !== defaultLimit) out.set(LIMIT_PARAM, String(state.limit));
    out.set('v', version);
  }
  return { params: out, tooLong };
}

/** The query string of the current hash route (`#/explore?…`). */
export function hashParams(): URLSearchParams {
  const raw = window.location.hash.replace(/^#/, '');
  const at = raw.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : raw.slice(at + 1));
}

/** Replaces the hash's query string (no reload, no new history entry; the route path is kept). */
export function replaceHashParams(params: URLSearchParams): void {
  const raw = window.location.hash.replace(/^#/, '');
  const at = raw.indexOf('?');
  const path = (at < 0 ? raw : raw.slice(0, at)) || '/explore';
  const search = params.toString();
  const url = `${window.location.pathname}${window.location.search}#${path}${search ? `?${search}` : ''}`;
  window.history.replaceState(window.history.state, '', url);
}
