// The wall's status strip, always on screen: the last successful data check with its age, a heartbeat that pulses
// on every poll (data-heartbeat counts them, successful or not), and one chip per dataset with the age of its data
// against its update schedule (the manifest's stale_after_days): green on time, amber overdue, red more than twice
// the schedule. Also the tile marks: a tile whose panel reads an overdue dataset is marked amber, and every tile is
// marked as showing its last good figures while the data check fails.
import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import type { DatasetId } from '../../data/contract.ts';
import type { DatasetFailure } from '../../data/engine-types.ts';
import type { Manifest } from '../../data/manifest.ts';
import { formatDate, formatNumber, formatTime, type Lang } from '../../i18n/format.ts';
import { registerMessages } from '../../i18n/i18n.ts';
import { wallOps } from '../../i18n/views/wall-ops.ts';
import { INDICATORS } from '../../indicators/catalog.ts';
import type { PanelId } from '../../panels/define-panel.ts';
import { PANELS } from '../../panels/registry.ts';
import { daysBetween } from './freshness.ts';
import './wall-ops.css';

registerMessages('wallOps', wallOps);

export type AgeLevel = 'ok' | 'amber' | 'red';

/** A dataset's age against its schedule: on time, overdue, or more than twice the schedule. */
export function datasetAgeLevel(days: number, limitDays: number): AgeLevel {
  if (days <= limitDays) return 'ok';
  return days <= 2 * limitDays ? 'amber' : 'red';
}

/**
 * The last successful check against the polling interval: green within one and a half intervals (a poll may take a
 * while), amber up to two, red beyond (the wall's stale badge: freshness.ts isFetchStale).
 */
export function checkAgeLevel(ageMs: number, pollSeconds: number): AgeLevel {
  if (ageMs <= 1.5 * pollSeconds * 1000) return 'ok';
  return ageMs <= 2 * pollSeconds * 1000 ? 'amber' : 'red';
}

/** "12 dtk lalu", "3 mnt lalu", "2 jam lalu", "4 hari lalu" (whole units, rounded down). */
export function ageText(ageMs: number, t: TFunction, lang: Lang): string {
  const s = Math.max(0, Math.floor(ageMs / 1000));
  const n = (x: number) => formatNumber(x, lang, 0);
  if (s < 60) return t('wallOps.age.seconds', { n: n(s) });
  if (s < 3600) return t('wallOps.age.minutes', { n: n(Math.floor(s / 60)) });
  if (s < 86_400) return t('wallOps.age.hours', { n: n(Math.floor(s / 3600)) });
  return t('wallOps.age.days', { n: n(Math.floor(s / 86_400)) });
}

export interface DatasetAge {
  id: DatasetId;
  title: { id: string; en: string };
  asOf: string;
  days: number;
  limitDays: number;
  level: AgeLevel;
}

export function datasetAges(manifest: Pick<Manifest, 'datasets'>, today: string): DatasetAge[] {
  return manifest.datasets.map((d) => {
    const days = daysBetween(d.as_of, today);
    return {
      id: d.id,
      title: d.title,
      asOf: d.as_of,
      days,
      limitDays: d.stale_after_days,
      level: datasetAgeLevel(days, d.stale_after_days),
    };
  });
}

/** The datasets a panel's figures are built from (its indicators' sources). */
export function panelSources(id: PanelId): DatasetId[] {
  return [...new Set(PANELS[id].indicators.flatMap((i) => INDICATORS[i].sources))];
}

/**
 * The panels of a page that read a dataset whose newly published file was refused while its last good version stays
 * on screen (the engine's failure list, src/data/duckdb-browser.ts): their tiles are marked as showing last good figures.
 */
export function lastGoodPanels(panels: readonly PanelId[], failures: readonly DatasetFailure[]): PanelId[] {
  const held = failures.filter((f) => f.lastGood && f.refused).map((f) => f.dataset);
  return panels.filter((p) => panelSources(p).some((s) => held.includes(s)));
}

/** Per panel, the overdue datasets it reads (empty when none). */
export function overduePanels(panels: readonly PanelId[], ages: readonly DatasetAge[]): Map<PanelId, DatasetAge[]> {
  const late = ages.filter((a) => a.level !== 'ok');
  return new Map(panels.map((p) => [p, late.filter((a) => panelSources(p).includes(a.id))]));
}

export interface StatusStripProps {
  ages: readonly DatasetAge[];
  /** When the manifest was last fetched successfully (ms since the epoch; 0 when never). */
  lastSuccessMs: number;
  /** Polls completed (successful or failed): the heartbeat. */
  polls: number;
  pollSeconds: number;
  now: number;
  t: TFunction;
  lang: Lang;
}

export function StatusStrip({ ages, lastSuccessMs, polls, pollSeconds, now, t, lang }: StatusStripProps) {
  const age = now - lastSuccessMs;
  const level = lastSuccessMs > 0 ? checkAgeLevel(age, pollSeconds) : 'red';
  const last = new Date(lastSuccessMs);
  return (
    <section className="wall-status" aria-label={t('wallOps.stripLabel')} data-check-level={level}>
      <span
        key={polls}
        className="wall-heartbeat"
        data-heartbeat={polls}
        role="img"
        aria-label={t('wallOps.heartbeat', { n: polls })}
      />
      <span className={`wall-check wall-level-${level}`} data-last-check={lastSuccessMs || ''}>
        {lastSuccessMs > 0 ? (
          <>
            {t('wallOps.lastCheck', { time: formatTime(last, lang) })} · {ageText(age, t, lang)}
          </>
        ) : (
          t('wallOps.noCheck')
        )}
      </span>
      <ul className="wall-chips" aria-label={t('wallOps.datasetsLabel')}>
        {ages.map((a) => (
          <li
            key={a.id}
            className={`wall-chip wall-level-${a.level}`}
            data-dataset={a.id}
            data-level={a.level}
            title={t('wallOps.chipTitle', {
              title: a.title[lang],
              date: formatDate(a.asOf, lang),
              days: a.days,
              limit: a.limitDays,
            })}
          >
            {t('wallOps.chip', {
              name: t(`wallOps.dataset.${a.id}`, { defaultValue: a.title[lang] }),
              days: formatNumber(a.days, lang, 0),
            })}
            <span className="wall-chip-level"> ({t(`wallOps.level.${a.level}`)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The stale badge of a published file that failed validation as a whole (the contract check, bytes unlike the
 * manifest's): names the file first, then why (cut at the header's width; the whole text in its title). The tiles
 * still showing the last good version of its dataset carry their own mark (useTileMarks). A file that could not be
 * fetched is not named here: the data check's own stale badge says the data cannot be reached.
 */
export function FailedFileBadges({ failures, t }: { failures: readonly DatasetFailure[]; t: TFunction }) {
  return failures
    .filter((f) => f.refused && f.refusedRows === undefined)
    .map((f) => {
      const text = t('errors.dataset', { file: f.file, message: f.message });
      return (
        <span
          key={f.dataset}
          className="wall-badge wall-stale wall-failed-file"
          role="status"
          data-failed-file={f.file}
          title={text}
        >
          {text}
        </span>
      );
    });
}

/**
 * Marks the tiles of the page on screen (the wall grid's panels, by data-panel): data-tile-overdue and a badge
 * naming the overdue datasets a tile reads; data-tile-stale while the data check fails (`stale` true: every tile
 * shows its last good figures) or for the tiles listed in `stale` (they read a dataset whose new file was refused).
 * The marks are attributes on the panels' own sections, applied again whenever the grid's tiles change.
 */
export function useTileMarks(
  overdue: Map<PanelId, DatasetAge[]>,
  stale: boolean | readonly PanelId[],
  page: string,
  t: TFunction,
  lang: Lang,
) {
  const marks = [...overdue].map(
    ([id, list]) =>
      [
        id,
        list.map((a) => a.id).join(' '),
        list.map((a) => t(`wallOps.dataset.${a.id}`, { defaultValue: a.title[lang] })).join(', '),
      ] as const,
  );
  const key = JSON.stringify([marks, stale, page]);
  const staleText = t('wallOps.tileStale');
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the marks' value
  useEffect(() => {
    const byId = new Map(marks.map(([id, ids, names]) => [id as string, { ids, names }]));
    const apply = () => {
      for (const el of document.querySelectorAll<HTMLElement>('.wall-grid > .panel[data-panel]')) {
        const m = byId.get(el.dataset.panel ?? '');
        const badges: string[] = [];
        if (m?.ids) {
          el.dataset.tileOverdue = m.ids;
          badges.push(t('wallOps.tileOverdue', { names: m.names }));
        } else delete el.dataset.tileOverdue;
        if (stale === true || (Array.isArray(stale) && stale.includes(el.dataset.panel as PanelId))) {
          el.dataset.tileStale = 'true';
          badges.push(staleText);
        } else delete el.dataset.tileStale;
        if (badges.length) el.dataset.tileBadge = badges.join(' · ');
        else delete el.dataset.tileBadge;
      }
    };
    apply();
    const grid = document.querySelector('.wall-grid');
    if (!grid) return;
    const observer = new MutationObserver(apply);
    observer.observe(grid, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [key]);
}
