// The wall's operations view, its pure parts: the alerts settings of wall.json, which sites are newly down, which
// page the rotation shows next, the ages and levels of the status strip, the tiles marked for overdue data, and the
// prefetch of a page (which page is ready, which failed) through react-query with a fake engine.
import { readFileSync } from 'node:fs';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { sampleManifest } from '../../../tests/helpers/sample-manifest.ts';
import { type DataEngine, withRunEach } from '../../data/engine-types.ts';
import { NO_FILTERS } from '../../filters/filters.ts';
import { i18n, registerMessages } from '../../i18n/i18n.ts';
import { wallOps } from '../../i18n/views/wall-ops.ts';
import { ageText, checkAgeLevel, datasetAgeLevel, datasetAges, overduePanels } from './status-strip.tsx';
import { newlyDown } from './use-alerts.ts';
import { dropSupersededVersions, nextShowable, pageQueries, prefetchPage } from './use-prefetch.ts';
import { parseWallFile, resolveWallConfig, type WallConfigError } from './wall-config.ts';

registerMessages('wallOps', wallOps);

const shipped = JSON.parse(readFileSync('public/data/wall.json', 'utf8'));
const minimal = {
  version: 1,
  pages: [
    { id: 'a', title: { id: 'A', en: 'A' }, panels: ['kpis'] },
    { id: 'down', title: { id: 'Gangguan', en: 'Outages' }, panels: ['sites-down'] },
  ],
};

describe('wall.json alerts', () => {
  it('the shipped file has an alerts page that lists sites down, 7 days, interrupting', () => {
    const cfg = resolveWallConfig(parseWallFile(shipped), new URLSearchParams());
    expect(cfg.alerts).toEqual({ silentDays: 7, pageId: 'gangguan', interrupt: true });
    expect(cfg.pages.find((p) => p.id === 'gangguan')?.panels).toEqual(['sites-down']);
  });

  it('defaults: 7 days and interrupting once a page is named; no alerts page and no interrupt without one', () => {
    const named = resolveWallConfig(parseWallFile({ ...minimal, alerts: { page: 'down' } }), new URLSearchParams());
    expect(named.alerts).toEqual({ silentDays: 7, pageId: 'down', interrupt: true });
    const none = resolveWallConfig(parseWallFile(minimal), new URLSearchParams());
    expect(none.alerts).toEqual({ silentDays: 7, pageId: null, interrupt: false });
    const custom = parseWallFile({ ...minimal, alerts: { page: 'down', silent_days: 14, interrupt: false } });
    expect(resolveWallConfig(custom, new URLSearchParams()).alerts).toEqual({
      silentDays: 14,
      pageId: 'down',
      interrupt: false,
    });
  });

  it('refuses an unknown page, a threshold outside 1..365 or not whole, and unknown keys, readably', () => {
    const problems = (alerts: unknown) => {
      try {
        parseWallFile({ ...minimal, alerts });
      } catch (e) {
        return (e as WallConfigError).problems;
      }
      return [];
    };
    expect(problems({ page: 'nope' })).toEqual(['alerts.page: halaman "nope" tidak ada di pages']);
    expect(problems({ page: 'down', silent_days: 0 })).toEqual(['alerts.silent_days: minimal 1, bukan 0']);
    expect(problems({ page: 'down', silent_days: 400 })).toEqual(['alerts.silent_days: maksimal 365, bukan 400']);
    expect(problems({ page: 'down', silent_days: 2.5 })).toHaveLength(1);
    expect(problems({ page: 'down', interupt: true })[0]).toMatch(/^alerts: kunci tidak dikenal: interupt/);
  });
});

describe('sites newly down', () => {
  it('names the sites not down at the previous result, and none on the first result', () => {
    expect(newlyDown(null, ['A', 'B'])).toEqual([]);
    expect(newlyDown(['A', 'B'], ['A', 'B'])).toEqual([]);
    expect(newlyDown(['A', 'B'], ['B'])).toEqual([]);
    expect(newlyDown(['A'], ['C', 'A', 'D'])).toEqual(['C', 'D']);
  });
});

describe('the next page shown', () => {
  const ids = ['a', 'b', 'c', 'd'];
  it('skips the pages whose figures could not be fetched, and shows pending ones', () => {
    expect(nextShowable(0, ids, {})).toBe(1);
    expect(nextShowable(0, ids, { b: 'failed', c: 'pending' })).toBe(2);
    expect(nextShowable(1, ids, { c: 'failed', d: 'failed' })).toBe(0);
    expect(nextShowable(3, ids, { a: 'failed' })).toBe(1);
    // Every page failed: the next one, as without readiness.
    expect(nextShowable(2, ids, { a: 'failed', b: 'failed', c: 'failed', d: 'failed' })).toBe(3);
  });
});

describe('status strip', () => {
  it('levels a dataset age against its schedule: on time, overdue, more than twice the schedule', () => {
    expect([datasetAgeLevel(3, 3), datasetAgeLevel(4, 3), datasetAgeLevel(6, 3), datasetAgeLevel(7, 3)]).toEqual([
      'ok',
      'amber',
      'amber',
      'red',
    ]);
  });

  it('levels the last check against the polling interval (300 s): 450 s green, 600 s amber, beyond red', () => {
    expect([checkAgeLevel(450_000, 300), checkAgeLevel(450_001, 300), checkAgeLevel(600_000, 300)]).toEqual([
      'ok',
      'amber',
      'amber',
    ]);
    expect(checkAgeLevel(600_001, 300)).toBe('red');
  });

  it('says the age of the last check in whole units', () => {
    const id = i18n.getFixedT('id');
    const en = i18n.getFixedT('en');
    expect([ageText(12_900, id, 'id'), ageText(185_000, id, 'id'), ageText(7_300_000, id, 'id')]).toEqual([
      '12 dtk lalu',
      '3 mnt lalu',
      '2 jam lalu',
    ]);
    expect(ageText(2 * 86_400_000 + 5, en, 'en')).toBe('2 days ago');
  });

  it('ages every dataset of the manifest, and marks the tiles that read an overdue one', () => {
    // Every dataset as of 27 Nov 2026, seen on 4 Dec 2026: 7 days. site_daily is updated every 3 days (red: 7 > 6),
    // sites every 45 (on time); village_coverage every 400.
    const ages = datasetAges(sampleManifest('2026-11-27'), '2026-12-04');
    const level = Object.fromEntries(ages.map((a) => [a.id, [a.days, a.limitDays, a.level]]));
    expect(level.site_daily).toEqual([7, 3, 'red']);
    expect(level.sites).toEqual([7, 45, 'ok']);
    expect(level.village_coverage?.[2]).toBe('ok');
    const marks = overduePanels(
      ['sites-down', 'connectivity-trends', 'repeater-plan', 'installations-by-regency'],
      ages,
    );
    expect(marks.get('sites-down')?.map((a) => a.id)).toEqual(['site_daily']);
    expect(marks.get('connectivity-trends')?.map((a) => a.id)).toEqual(['site_daily']);
    expect(marks.get('repeater-plan')).toEqual([]);
    expect(marks.get('installations-by-regency')).toEqual([]);
  });
});

describe('prefetching a page', () => {
  const manifest = sampleManifest();
  const client = () => new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });

  it('asks for every figure and listing of its panels, once, and the page is ready', async () => {
    const asked: string[] = [];
    const engine: DataEngine = withRunEach({
      run: async (r) => {
        asked.push(r.sql);
        return [{ value: 1 }];
      },
    });
    const queries = pageQueries(['repeater-plan', 'sites-down'], NO_FILTERS, manifest, engine, 14);
    // repeater-plan: 5 figure requests and its units listing; sites-down: sites_down and its listing at 14 days.
    expect(queries).toHaveLength(8);
    expect(queries.map((q) => q.queryKey[0])).toEqual([
      'figure',
      'figure',
      'figure',
      'figure',
      'figure',
      'figure',
      'listing',
      'listing',
    ]);
    expect(queries[7]?.queryKey[1]).toBe('sites-down');
    expect(queries[7]?.queryKey[2]).toMatchObject({ silentDays: 14 });
    const c = client();
    expect(await prefetchPage(c, queries)).toBe('ready');
    const first = asked.length;
    expect(first).toBe(8);
    // Cached: a second round asks nothing.
    expect(await prefetchPage(c, queries)).toBe('ready');
    expect(asked.length).toBe(first);
  });

  it('is failed when a figure cannot be fetched and nothing is cached; ready again once it can', async () => {
    let offline = true;
    const engine: DataEngine = withRunEach({
      run: async () => {
        if (offline) throw new Error('net::ERR_INTERNET_DISCONNECTED');
        return [{ value: 1 }];
      },
    });
    const c = client();
    const queries = pageQueries(['sites-down'], NO_FILTERS, manifest, engine, 7);
    expect(await prefetchPage(c, queries)).toBe('failed');
    offline = false;
    expect(await prefetchPage(c, queries)).toBe('ready');
    // Cut again: what is cached stays, the page stays ready.
    offline = true;
    expect(await prefetchPage(c, queries)).toBe('ready');
  });

  it('is pending, not failed, when its fetch was cancelled (the page left the screen mid-fetch)', async () => {
    // The engine answers only when told to; meanwhile the fetch is cancelled, as react-query does when the last
    // panel showing a key unmounts.
    let release: (() => void) | undefined;
    const engine: DataEngine = withRunEach({
      run: () =>
        new Promise((resolve) => {
          release = () => resolve([{ value: 1 }]);
        }),
    });
    const c = client();
    const queries = pageQueries(['sites-down'], NO_FILTERS, manifest, engine, 7);
    const round = prefetchPage(c, queries);
    await new Promise((r) => setTimeout(r, 0));
    await Promise.all(queries.map((q) => c.cancelQueries({ queryKey: q.queryKey })));
    release?.();
    expect(await round).toBe('pending');
  });
});

describe('results of superseded data versions', () => {
  it('are dropped once the version on screen is fetched; what nothing keys by version stays', () => {
    const c = new QueryClient();
    const keys = [
      ['figure', { indicator: 'uptime' }, 'v1'],
      ['listing', 'sites-down', { silentDays: 7 }, 'v1'],
      ['figure', { indicator: 'uptime' }, 'v2'],
      ['listing', 'sites-down', { silentDays: 7 }, 'v2'],
      ['manifest'],
      ['map-support'],
    ];
    keys.forEach((k, i) => {
      c.setQueryData(k, i);
    });
    dropSupersededVersions(c, 'v2');
    const left = c
      .getQueryCache()
      .getAll()
      .map((q) => q.queryKey);
    expect(left).toEqual(keys.slice(2));
  });
});
