// @vitest-environment jsdom
// Component test: the leadership panel with a fake engine that answers exactly the panel's own requests (its
// registry definition with the manifest) with hand-written rows. Data as of 27 Nov 2026; the test manifest's
// datasets start on 1 Jan 2021, so the plan "began" in 2021.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { fakeFiguresEngine, planRows, yearRows } from '../../../tests/helpers/fake-engine.ts';
import { sampleManifest } from '../../../tests/helpers/sample-manifest.ts';
import { DataContext } from '../../coordinator/data-context.tsx';
import type { Row } from '../../data/rows.ts';
import { NO_FILTERS } from '../../filters/filters.ts';
import '../../i18n/i18n.ts';
import { leadershipDates, uptimeNowWindows } from '../periods.ts';
import { leadershipPanel } from './definition.ts';
import { type LeadershipSlot, leadershipRequestSlots } from './requests.ts';

const manifest = sampleManifest('2026-11-27');

describe('leadership requests', () => {
  it('the year so far, since the first year of targets, the last telemetry day and the 30 days up to it', () => {
    const dates = leadershipDates(manifest);
    expect(dates.planStart).toBe(2021);
    const slots = new Map(leadershipRequestSlots(NO_FILTERS, dates));
    expect(slots.get('planInstallations')?.range).toEqual({ from: '2026-01-01', to: '2026-11-27' });
    expect(slots.get('planCumulative')?.range).toEqual({ from: '2021-01-01', to: '2026-11-27' });
    expect(slots.get('plannedCumulative')?.range).toEqual({ from: '2021-01-01', to: '2026-11-27' });
    expect(slots.get('uptimeNow')?.range).toEqual({ from: '2026-11-27', to: '2026-11-27' });
    // 30 days counted by hand: 29 Oct … 31 Oct (3) + 1 … 27 Nov (27).
    expect(slots.get('uptimeNorm')?.range).toEqual({ from: '2026-10-29', to: '2026-11-27' });
    expect(uptimeNowWindows('2024-03-01').baseline).toEqual({ from: '2024-02-01', to: '2024-03-01' });
    expect([...slots.values()]).toEqual(leadershipPanel.requests(NO_FILTERS, { manifest }));
  });

  it('without targets in the manifest: no cumulative pair', () => {
    const noTargets = { ...manifest, datasets: manifest.datasets.filter((d) => d.id !== 'targets') };
    const slots = leadershipRequestSlots(NO_FILTERS, leadershipDates(noTargets)).map(([s]) => s);
    expect(slots).not.toContain('planCumulative');
    expect(slots).not.toContain('plannedCumulative');
  });
});

const ANSWERS: Partial<Record<LeadershipSlot, Row[]>> = {
  planInstallations: [{ value: 2 }],
  plannedInstallations: planRows({ 2025: 10, 2026: 10 }),
  planCumulative: [{ value: 293 }],
  plannedCumulative: [{ value: 315, period_from: '2021-01-01', period_to: '2026-12-31' }],
  repeatersActive: [{ value: 8 }],
  repeatersPlanned: [{ value: 10 }],
  blankspot: yearRows({ 2025: 276, 2026: 268 }),
  blankspotTarget: planRows({ 2025: 240, 2026: 225 }),
  villagesServed: yearRows({ 2024: 250, 2025: 263, 2026: 254 }),
  uptimeNow: [{ value: 93.3, period_from: '2026-11-27', period_to: '2026-11-27' }],
  uptimeNorm: [{ value: 93.44, period_from: '2026-10-29', period_to: '2026-11-27' }],
};

function renderPanel() {
  const slots = leadershipRequestSlots(NO_FILTERS, leadershipDates(manifest));
  const { engine, calls } = fakeFiguresEngine(slots, (slot) => ANSWERS[slot] ?? []);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const Panel = leadershipPanel.Component;
  render(
    <QueryClientProvider client={client}>
      <DataContext value={{ engine, manifest }}>
        <Panel filters={NO_FILTERS} />
      </DataContext>
    </QueryClientProvider>,
  );
  return calls;
}

describe('LeadershipPanel', () => {
  it('six cards in reading order, each with its period, its plan or comparison, and the figures marked', async () => {
    const calls = renderPanel();
    const section = await screen.findByRole('region', { name: 'Capaian terhadap rencana dan target' });
    const row = await within(section).findByRole('list', { name: 'Kartu angka utama' });
    const names = [
      'Titik program terpasang, 2026 s.d. 27 Nov',
      'Titik program sejak awal rencana, 1 Jan 2021–27 Nov 2026',
      'Repeater GSM aktif, 27 Nov 2026',
      'Desa blankspot, 2026 s.d. 27 Nov',
      'Desa blankspot terlayani, 2026 s.d. 27 Nov',
      'Uptime titik hari terakhir, 27 Nov 2026',
    ];
    const cards = names.map((name) => within(row).getByRole('article', { name }));
    // In this order on screen.
    expect(cards).toEqual(within(row).getAllByRole('article'));
    const [plan, since, repeaters, blankspot, served, uptime] = cards as HTMLElement[];

    expect(plan).toHaveTextContent('dari rencana 10 untuk 2026');
    const total = within(since as HTMLElement).getByText('293');
    expect(total).toHaveAttribute('data-indicator', 'plan_installations');
    expect(total).toHaveAttribute('data-period', '2021-01-01..2026-11-27');
    expect(since).toHaveTextContent('terpasang sejak 2021, program dalam rencana');
    expect(since).toHaveTextContent('dari rencana 315 untuk 2021–2026');
    expect(within(since as HTMLElement).getByText('315')).toHaveAttribute('data-period', '2021..2026');
    // A plan is not a "change": no up or down on the plan cards.
    expect((since as HTMLElement).querySelector('.kpi-change')).toBeNull();

    expect(repeaters).toHaveTextContent('dari 10 unit dalam rencana (semua status)');
    expect(blankspot).toHaveTextContent('Target 2026: 225');
    // 254 against 263 in 2025: down 9, 9 / 263 = 3,4 %.
    expect(within(served as HTMLElement).getByText('turun 9 (3,4%)')).toBeInTheDocument();
    expect(within(served as HTMLElement).getByText('254')).toHaveAttribute('data-indicator', 'villages_served');

    // 93,3 against the 30-day mean shown as 93,4: down 0,1 point (the difference of the values as shown).
    expect(within(uptime as HTMLElement).getByText('93,3%')).toHaveAttribute('data-period', '2026-11-27');
    expect(within(uptime as HTMLElement).getByText('turun 0,1 poin persen')).toBeInTheDocument();
    expect(uptime).toHaveTextContent('dibanding rata-rata 30 hari (29 Okt 2026–27 Nov 2026): 93,4%');
    expect(within(uptime as HTMLElement).getByText('93,4%')).toHaveAttribute('data-period', '2026-10-29..2026-11-27');

    expect(calls).toHaveLength(11);
  });
});
