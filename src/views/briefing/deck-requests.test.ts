// The slides' requests: every one resolves in the catalog; the windows are the 30 days to the telemetry's as-of date
// and the 30 before; a regency's spotlight asks the same question as its row on the targets slide, so both get the
// same figure (indicator, period, scope); the deck asks each question once.
import { describe, expect, it } from 'vitest';
import { NO_FILTERS } from '../../filters/filters.ts';
import { resolve } from '../../indicators/catalog.ts';
import { toFigures } from '../../indicators/results.ts';
import { kpiRequests } from '../../panels/kpis/requests.ts';
import { buildDeck } from './deck.ts';
import { deckRequests, regencyRequests, statusRequests, targetsRequests, trendsRequests } from './deck-requests.ts';

const CTX = { telemetryAsOf: '2026-11-27', sitesAsOf: '2026-11-27', regencies: ['15.01', '15.02', '15.71'] };
const DECK = buildDeck([
  { code: '15.02', name: 'Merangin' },
  { code: '15.01', name: 'Kerinci' },
  { code: '15.71', name: 'Kota Jambi' },
]);
const AS_OF = '2026-11-27';

describe('deck requests', () => {
  it('all resolve in the catalog (every breakdown is allowed)', () => {
    const all = deckRequests(DECK, CTX);
    expect(() => all.map(resolve)).not.toThrow();
    // Status and targets share the province plan by year; each request appears once.
    expect(new Set(all.map((r) => JSON.stringify(resolve(r)))).size).toBe(all.length);
    // The province plan by year is asked once for the status and targets slides.
    expect(
      all.filter(
        (r) => r.indicator === 'planned_installations' && r.filters.regencies.length === 0 && r.by?.length === 1,
      ),
    ).toHaveLength(1);
  });

  it('use the 30 days up to the telemetry as-of date and the 30 days before', () => {
    const s = statusRequests(CTX);
    expect([s.uptime.range, s.uptimePrevious.range]).toEqual([
      { from: '2026-10-29', to: '2026-11-27' },
      { from: '2026-09-29', to: '2026-10-28' },
    ]);
    expect(resolve(trendsRequests(CTX).uptime)).toEqual(resolve(s.uptime));
  });

  it('ask the status slide’s questions exactly as the overview KPI cards do (one query, one cache key)', () => {
    const s = statusRequests(CTX);
    const kpis = kpiRequests(NO_FILTERS, { sites: '2026-11-27', telemetry: '2026-11-27' }).map((r) =>
      JSON.stringify(resolve(r)),
    );
    for (const role of [
      'blankspot',
      'target',
      'installed',
      'planned',
      'uptime',
      'uptimePrevious',
      'repeatersActive',
    ] as const)
      expect(kpis, role).toContain(JSON.stringify(resolve(s[role])));
    // Programme sites installed in the year so far: the incomplete year, labelled as such.
    expect(s.installed.range).toEqual({ from: '2026-01-01', to: '2026-11-27' });
  });

  it('add the regency plans up over every regency', () => {
    expect(targetsRequests(CTX).regencyPlanSum).toEqual({
      indicator: 'planned_installations',
      filters: expect.objectContaining({ regencies: ['15.01', '15.02', '15.71'] }),
      by: ['year'],
    });
  });

  it('give a regency the same figure on its spotlight as on the targets slide', () => {
    const spotlight = resolve(regencyRequests('15.02').installed);
    const targets = resolve(targetsRequests(CTX).regencyInstalled);
    const [a] = toFigures(spotlight, [{ year: 2024, value: 17 }], AS_OF);
    const [b] = toFigures(targets, [{ year: 2024, regency: '15.02', value: 17 }], AS_OF);
    expect(a && { indicator: a.indicator, period: a.period, scope: a.scope }).toEqual({
      indicator: 'plan_installations',
      period: '2024',
      scope: 'regency=15.02',
    });
    expect(b && { indicator: b.indicator, period: b.period, scope: b.scope }).toEqual({
      indicator: 'plan_installations',
      period: '2024',
      scope: 'regency=15.02',
    });
    // The current year is labelled as incomplete on both.
    const [c] = toFigures(spotlight, [{ year: 2026, value: 1 }], AS_OF);
    expect(c?.period).toBe('2026-01-01..2026-11-27');
  });
});
