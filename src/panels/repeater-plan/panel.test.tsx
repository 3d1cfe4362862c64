// @vitest-environment jsdom
// Component test: the thin panel with a fake engine that answers the definition's own requests and the units
// listing with hand-written rows, a real ECharts (canvas mocked) and the i18n layer.
import 'vitest-canvas-mock';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { type DataEngine, type QueryRequest, withRunEach } from '../../data/engine-types.ts';
import type { Row } from '../../data/rows.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import '../../i18n/i18n.ts';
import { stubElementSize } from '../../../tests/helpers/dom.ts';
import { sampleManifest } from '../../../tests/helpers/sample-manifest.ts';
import { DataContext } from '../../coordinator/data-context.tsx';
import { indicatorQuery } from '../../indicators/catalog.ts';
import { repeaterUnitsListing } from '../../indicators/listings/repeater-units.ts';
import { repeaterPlanPanel } from './definition.ts';

stubElementSize(800, 400);

const same = (a: QueryRequest, b: QueryRequest) =>
  a.sql === b.sql && JSON.stringify(a.params) === JSON.stringify(b.params);

const UNITS: Row[] = [
  {
    site_id: 'RPT24-03',
    status: 'planned',
    installed_on: null,
    village_code: '15.01.01.2001',
    village_name: 'Lempur',
    district_name: 'Gunung Raya',
    regency_code: '15.01',
    regency_name: 'Kerinci',
    before_year: 2026,
    before_signal: 'none',
    after_year: null,
    after_signal: null,
  },
  {
    site_id: 'RPT24-01',
    status: 'active',
    installed_on: '2024-11-20',
    village_code: '15.02.01.2002',
    village_name: 'Muara Madras',
    district_name: 'Jangkat',
    regency_code: '15.02',
    regency_name: 'Merangin',
    before_year: 2023,
    before_signal: null,
    after_year: 2026,
    after_signal: '4G',
  },
];
// In the definition's order: planned, active, progress, planned by regency × status, planned by regency.
const FIGURES: Row[][] = [
  [{ value: 2 }],
  [{ value: 1 }],
  [{ value: 50, numerator: 1, denominator: 2 }],
  [
    { regency: '15.01', status: 'planned', value: 1 },
    { regency: '15.02', status: 'active', value: 1 },
  ],
  [
    { regency: '15.01', value: 1 },
    { regency: '15.02', value: 1 },
  ],
];

function fakeEngine(filters: Filters, figures = FIGURES, units = UNITS, fail = 0) {
  let failures = fail;
  const calls: QueryRequest[] = [];
  const engine: DataEngine = withRunEach({
    run: async (request) => {
      calls.push(request);
      if (failures > 0) {
        failures -= 1;
        throw new Error('Berkas sites.parquet gagal dimuat: rusak');
      }
      if (same(request, repeaterUnitsListing(filters))) return units;
      const i = repeaterPlanPanel
        .requests(filters, { manifest: sampleManifest() })
        .findIndex((r) => same(request, indicatorQuery(r)));
      if (i < 0) throw new Error(`unexpected query: ${request.sql}`);
      return figures[i] ?? [];
    },
  });
  return { engine, calls };
}

function renderPanel(engine: DataEngine, filters: Filters = NO_FILTERS) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const Panel = repeaterPlanPanel.Component;
  return render(
    <QueryClientProvider client={client}>
      <DataContext value={{ engine, manifest: sampleManifest() }}>
        <Panel filters={filters} />
      </DataContext>
    </QueryClientProvider>,
  );
}

const texts = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((c) => c.textContent);

describe('RepeaterPlanPanel', () => {
  it('shows the headline figures with their attributes, the chart, and a list of every unit', async () => {
    renderPanel(fakeEngine(NO_FILTERS).engine);
    const section = await screen.findByRole('region', { name: 'Rencana repeater GSM' });
    expect(within(section).getByText(/data per 27 Nov 2026/)).toBeInTheDocument();
    expect(within(section).getByText(/^Sumber:/)).toBeInTheDocument();
    expect(within(section).getByText('Definisi')).toBeInTheDocument();
    await waitFor(() => expect(section.querySelector('[data-chart-state="finished"]')).not.toBeNull());

    const headline = section.querySelector('.repeater-headline') as HTMLElement;
    expect(headline.textContent).toBe(
      '2 unit direncanakan (semua status) · 1 unit aktif · capaian 50% (unit aktif dibanding rencana)',
    );
    expect([...headline.querySelectorAll('[data-indicator]')].map((e) => ({ ...(e as HTMLElement).dataset }))).toEqual([
      { indicator: 'repeaters_planned', period: '2026-11-27', scope: '', value: '2' },
      { indicator: 'repeaters_active', period: '2026-11-27', scope: '', value: '1' },
      { indicator: 'repeater_progress', period: '2026-11-27', scope: '', value: '50' },
    ]);

    const list = within(section).getByRole('table', { name: 'Daftar unit repeater GSM' });
    const rows = within(list).getAllByRole('row').slice(1);
    expect(rows.map(texts)).toEqual([
      ['Lempur', 'Gunung Raya', 'Kerinci', 'Direncanakan', '–', 'Tidak ada sinyal (2026)', '–', 'RPT24-03'],
      ['Muara Madras', 'Jangkat', 'Merangin', 'Aktif', '20 Nov 2024', '–', '4G (2026)', 'RPT24-01'],
    ]);

    fireEvent.click(within(section).getByRole('button', { name: 'Lihat tabel' }));
    const table = within(section).getByRole('table', { name: 'Rencana repeater GSM' });
    expect(within(table).getAllByRole('row').slice(1).map(texts)).toEqual([
      ['Kerinci', '1', '0', '0', '0', '1'],
      ['Merangin', '0', '1', '0', '0', '1'],
    ]);
  });

  it('says which active filters do not apply, and does not rerun the list for them', async () => {
    const filters = { ...NO_FILTERS, statuses: ['active'], yearFrom: 2025, yearTo: 2025 };
    const { engine, calls } = fakeEngine(filters);
    renderPanel(engine, filters);
    const section = await screen.findByRole('region', { name: 'Rencana repeater GSM' });
    await waitFor(() => expect(section.querySelector('[data-chart-state="finished"]')).not.toBeNull());
    // Under the subtitle, and inside the Definisi.
    expect(section.querySelector('.panel-ignored')?.textContent).toBe(
      'Filter tahun, status tidak berlaku untuk angka ini.',
    );
    expect(section.querySelector('.definition-ignored')?.textContent).toBe(
      'Filter tahun, status tidak berlaku untuk angka ini.',
    );
    // The list's query carries no parameter for the ignored filters.
    expect(calls.find((c) => c.sql.includes('before_year'))?.params).toEqual([]);
  });

  it('says so when there is no repeater in the selection', async () => {
    renderPanel(fakeEngine(NO_FILTERS, [[{ value: 0 }], [{ value: 0 }], [{ value: null }], [], []], []).engine);
    expect(await screen.findByText('Tidak ada data untuk pilihan ini.')).toBeInTheDocument();
  });

  it('shows its own error with a retry that runs the queries again', async () => {
    const { engine, calls } = fakeEngine(NO_FILTERS, FIGURES, UNITS, 6);
    renderPanel(engine);
    expect(await screen.findByRole('alert')).toHaveTextContent('Berkas sites.parquet gagal dimuat: rusak');
    const before = calls.length;
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    await screen.findByRole('button', { name: 'Lihat tabel' });
    expect(calls.length).toBeGreaterThan(before);
  });
});
