// The wall playlist: public/data/wall.json (validated with a readable message) overridden by the URL
// (#/wall?pages=<ids>&dwell=<seconds>&theme=dark|light&lang=id|en&poll=<seconds>&screen=<name>).
// A page names panels by the ids of the panel registry (PANEL_IDS): every panel a page shows is drawn by the one
// PanelHost, from its indicator figures, so every value on the wall carries its data-* attributes.
import { z } from 'zod/mini';
import { MAX_SILENT_DAYS, SILENT_DAYS } from '../../indicators/defs/operations.ts';
import { PANEL_IDS } from '../../panels/define-panel.ts';

const text = z.strictObject({
  id: z.string().check(z.minLength(1, 'teks Indonesia tidak boleh kosong')),
  en: z.string().check(z.minLength(1, 'teks Inggris tidak boleh kosong')),
});
const pageId = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/, '1–40 huruf kecil, angka atau tanda hubung'));
const seconds = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));

// One page shape: a grid of 1–4 tiles (wall.css lays out each page's template), one panel per tile. Every regency at
// once is the panel "regency-spotlight" (small multiples on one scale); the former `spotlight` key that stepped
// through the regencies one page each is gone (an old file names it as an unknown key).
const page = z.strictObject({
  id: pageId,
  title: text,
  panels: z
    .array(z.enum(PANEL_IDS))
    .check(z.minLength(1, 'minimal 1 panel'), z.maxLength(4, 'maksimal 4 panel per halaman')),
  dwell_seconds: z.optional(seconds(3, 3600)),
});

export const wallFileSchema = z.strictObject({
  version: z.literal(1),
  dwell_seconds: z._default(seconds(3, 3600), 30),
  poll_seconds: z._default(seconds(5, 86400), 300),
  theme: z._default(z.enum(['dark', 'light']), 'dark'),
  lang: z._default(z.enum(['id', 'en']), 'id'),
  /** Hour (WIB, 0–23) for the daily soft reload, only after a healthy fetch; null = never. */
  quiet_hour: z._default(z.nullable(z.int().check(z.gte(0), z.lte(23))), 3),
  /** Playlists by screen name (`#/wall?screen=<name>`); `default` is used when the URL names none. */
  screens: z.optional(
    z.record(
      z.string().check(z.regex(/^[a-z0-9-]{1,40}$/, 'nama layar: 1–40 huruf kecil, angka atau tanda hubung')),
      z.array(pageId).check(z.minLength(1, 'minimal 1 halaman')),
    ),
  ),
  pages: z.array(page).check(z.minLength(1, 'minimal 1 halaman')),
  /** Sites down (docs/wall-setup.md "Status strip and alerts"): the alerts page, the threshold, the interrupt. */
  alerts: z.optional(
    z.strictObject({
      page: pageId,
      silent_days: z._default(z.int().check(z.gte(1), z.lte(MAX_SILENT_DAYS)), SILENT_DAYS),
      interrupt: z._default(z.boolean(), true),
    }),
  ),
});

const TYPE_NAMES: Record<string, string> = {
  number: 'angka',
  string: 'teks',
  object: 'objek { … }',
  array: 'daftar [ … ]',
  boolean: 'true/false',
  null: 'null',
  undefined: 'tidak ada',
};

function describe(value: unknown): string {
  if (value === undefined) return 'tidak ada';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'daftar';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'objek';
  return String(value);
}

/** Indonesian messages for wall.json problems: what was expected and what was found. */
function wallIssueMessage(issue: z.core.$ZodRawIssue): string | undefined {
  const found = 'input' in issue ? describe(issue.input) : '';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `wajib diisi (${TYPE_NAMES[issue.expected] ?? issue.expected})`
        : `harus ${TYPE_NAMES[issue.expected] ?? issue.expected}, bukan ${found}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `harus ${JSON.stringify(issue.values[0])}, bukan ${found}`
        : `harus salah satu dari ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; bukan ${found}`;
    case 'too_small':
      return issue.origin === 'number' ? `minimal ${issue.minimum}, bukan ${found}` : undefined;
    case 'too_big':
      return issue.origin === 'number' ? `maksimal ${issue.maximum}, bukan ${found}` : undefined;
    case 'unrecognized_keys':
      return `kunci tidak dikenal: ${issue.keys.join(', ')} (periksa ejaan; lihat docs/wall-setup.md)`;
    default:
      return undefined;
  }
}

export type WallFile = z.infer<typeof wallFileSchema>;
export type WallPage = WallFile['pages'][number];

export interface WallConfig {
  pages: WallPage[];
  /** Seconds per page (a page's own dwell_seconds wins unless the URL overrides). */
  dwell: (page: WallPage) => number;
  pollSeconds: number;
  theme: 'dark' | 'light';
  lang: 'id' | 'en';
  quietHour: number | null;
  /** Sites down: the threshold in days, and the alerts page the rotation jumps to when a new site goes down. */
  alerts: WallAlerts;
  /** Readable problems with URL overrides (the wall still runs with the file's values). */
  notes: string[];
}

export interface WallAlerts {
  /** Days without telemetry after which a site that used to report counts as down (the sites-down panel's list). */
  silentDays: number;
  /** The page listing the sites down, when the file names one. */
  pageId: string | null;
  /** Jump to that page (when it is in the playlist) as soon as a site goes down that was not down at the last poll. */
  interrupt: boolean;
}

export class WallConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`wall.json tidak valid: ${problems.join('; ')}`);
    this.name = 'WallConfigError';
  }
}

export function parseWallFile(json: unknown): WallFile {
  const r = wallFileSchema.safeParse(json, { error: wallIssueMessage });
  if (!r.success) throw new WallConfigError(r.error.issues.map((i) => `${i.path.join('.') || '(akar)'}: ${i.message}`));
  const ids = new Set<string>();
  const problems: string[] = [];
  for (const p of r.data.pages) {
    if (ids.has(p.id)) problems.push(`pages: id "${p.id}" muncul dua kali`);
    ids.add(p.id);
  }
  if (r.data.alerts && !ids.has(r.data.alerts.page))
    problems.push(`alerts.page: halaman "${r.data.alerts.page}" tidak ada di pages`);
  for (const [screen, list] of Object.entries(r.data.screens ?? {})) {
    for (const id of list) if (!ids.has(id)) problems.push(`screens.${screen}: halaman "${id}" tidak ada di pages`);
  }
  if (problems.length) throw new WallConfigError(problems);
  return r.data;
}

/** Applies URL overrides; a bad value is reported in `notes` and ignored. */
export function resolveWallConfig(file: WallFile, params: URLSearchParams): WallConfig {
  const notes: string[] = [];
  const byId = new Map(file.pages.map((p) => [p.id, p]));
  let pages = file.pages;

  const screen = params.get('screen');
  const playlist = (list: string[]) => list.map((id) => byId.get(id)).filter((p): p is WallPage => p !== undefined);
  if (screen !== null) {
    const list = file.screens?.[screen];
    if (list) pages = playlist(list);
    else {
      notes.push(`screen="${screen}" tidak dikenal; memakai daftar bawaan`);
      if (file.screens?.default) pages = playlist(file.screens.default);
    }
  } else if (file.screens?.default) {
    pages = playlist(file.screens.default);
  }

  const pagesParam = params.get('pages');
  if (pagesParam !== null) {
    const wanted = pagesParam
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = wanted.filter((id) => !byId.has(id));
    const chosen = wanted.map((id) => byId.get(id)).filter((p): p is WallPage => p !== undefined);
    if (unknown.length) notes.push(`pages: halaman tidak dikenal: ${unknown.join(', ')}`);
    if (chosen.length) pages = chosen;
    else notes.push('pages: tidak ada halaman yang dikenal; memakai daftar bawaan');
  }

  let dwellOverride: number | null = null;
  const dwellParam = params.get('dwell');
  if (dwellParam !== null) {
    const n = Number(dwellParam);
    if (Number.isFinite(n) && n >= 0.2 && n <= 3600) dwellOverride = n;
    else notes.push(`dwell="${dwellParam}" bukan angka detik antara 0,2 dan 3600; memakai ${file.dwell_seconds}`);
  }

  let pollSeconds = file.poll_seconds;
  const pollParam = params.get('poll');
  if (pollParam !== null) {
    const n = Number(pollParam);
    if (Number.isFinite(n) && n >= 1 && n <= 86400) pollSeconds = n;
    else notes.push(`poll="${pollParam}" bukan angka detik antara 1 dan 86400; memakai ${file.poll_seconds}`);
  }

  let theme = file.theme;
  const themeParam = params.get('theme');
  if (themeParam !== null) {
    if (themeParam === 'dark' || themeParam === 'light') theme = themeParam;
    else notes.push(`theme="${themeParam}" harus dark atau light`);
  }

  let lang = file.lang;
  const langParam = params.get('lang');
  if (langParam !== null) {
    if (langParam === 'id' || langParam === 'en') lang = langParam;
    else notes.push(`lang="${langParam}" harus id atau en`);
  }

  return {
    pages,
    dwell: (page) => dwellOverride ?? page.dwell_seconds ?? file.dwell_seconds,
    pollSeconds,
    theme,
    lang,
    quietHour: file.quiet_hour,
    alerts: {
      silentDays: file.alerts?.silent_days ?? SILENT_DAYS,
      pageId: file.alerts?.page ?? null,
      interrupt: file.alerts?.interrupt ?? false,
    },
    notes,
  };
}
