// The KPI requests: the periods each card asks for, worked out by hand from the as-of dates.
import { sampleManifest } from '../../../tests/helpers/sample-manifest.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import { resolve } from '../../indicators/catalog.ts';
import { toFigures } from '../../indicators/results.ts';
import { focusYear, installationSpans, kpiDates, uptimeWindows } from '../periods.ts';
import { kpisPanel } from './definition.ts';
import { kpiRequestSlots, kpiRequests } from './requests.ts';

const manifest = sampleManifest('2026-11-27');
const dates = kpiDates(manifest);
const slot = (filters: Filters, name: string) => kpiRequestSlots(filters, dates).find(([s]) => s === name)?.[1];

describe('KPI requests', () => {
  it('ask for the year so far against the same span a year earlier, and the last 30 days against the 30 before', () => {
    expect(installationSpans(NO_FILTERS, '2026-11-27')).toEqual({
      current: { from: '2026-01-01', to: '2026-11-27' },
      baseline: { from: '2025-01-01', to: '2025-11-27' },
    });
    // 29 Oct–27 Nov is 3 + 27 = 30 days; the 30 before end on 28 Oct: 2 days of September's 29–30 + 28 of October.
    expect(uptimeWindows(NO_FILTERS, '2026-11-27')).toEqual({
      current: { from: '2026-10-29', to: '2026-11-27' },
      baseline: { from: '2026-09-29', to: '2026-10-28' },
    });
  });

  it('follow the year filter: its last year, whole once complete, and the window at that year’s end', () => {
    const y2024: Filters = { ...NO_FILTERS, yearFrom: 2024, yearTo: 2024 };
    expect(focusYear(y2024, '2026-11-27')).toBe(2024);
    expect(focusYear({ ...NO_FILTERS, yearFrom: 2025, yearTo: 2030 }, '2026-11-27')).toBe(2026);
    expect(installationSpans(y2024, '2026-11-27')).toEqual({
      current: { from: '2024-01-01', to: '2024-12-31' },
      baseline: { from: '2023-01-01', to: '2023-12-31' },
    });
    expect(uptimeWindows(y2024, '2026-11-27')).toEqual({
      current: { from: '2024-12-02', to: '2024-12-31' },
      baseline: { from: '2024-11-02', to: '2024-12-01' },
    });
    // The range carries the period, so the year filter that chose it is not also applied (it would hide 2023).
    expect(slot(y2024, 'installationsBaseline')).toEqual({
      indicator: 'installations',
      filters: NO_FILTERS,
      range: { from: '2023-01-01', to: '2023-12-31' },
    });
    // Per-year requests keep it.
    expect(slot(y2024, 'blankspot')?.filters).toMatchObject({ yearFrom: 2024, yearTo: 2024 });
  });

  it('label their figures with honest periods', () => {
    const period = (name: string) => {
      const req = slot(NO_FILTERS, name);
      if (!req) throw new Error(name);
      return toFigures(resolve(req), [{ value: 1 }], '2026-11-27')[0]?.period;
    };
    expect(period('installations')).toBe('2026-01-01..2026-11-27');
    expect(period('installationsBaseline')).toBe('2025-01-01..2025-11-27');
    expect(period('planInstallations')).toBe('2026-01-01..2026-11-27');
    expect(period('sitesInService')).toBe('2026-11-27');
  });

  it('are the definition’s requests', () => {
    expect(kpisPanel.requests(NO_FILTERS, { manifest })).toEqual(kpiRequests(NO_FILTERS, dates));
    expect(kpisPanel.requests(NO_FILTERS, { manifest })).toHaveLength(13);
  });
});
