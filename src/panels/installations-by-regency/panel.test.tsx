// @vitest-environment jsdom
// Component test: the thin panel with a fake engine that answers the panel definition's own requests (and the
// regencies listing) with hand-written rows, a real ECharts (canvas mocked) and the i18n layer.
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
import { regenciesListing } from '../../indicators/listings/regencies.ts';
import { installationsByRegencyPanel } from './definition.ts';

stubElementSize(800, 400);

const same = (a: QueryRequest, b: QueryRequest) =>
  a.sql === b.sql && JSON.stringify(a.params) === JSON.stringify(b.params);

/** Answers exactly the definition's requests for `filters` (by position) and the regencies listing. */
function fakeEngine(filters: Filters, answers: Row[][], fail = 0) {
  const calls: QueryRequest[] = [];
  let failures = fail;
  const engine: DataEngine = withRunEach({
    run: async (request) => {
      calls.push(request);
      if (failures > 0) {
        failures -= 1;
        throw new Error('Berkas sites.parquet gagal dimuat: rusak');
      }
      if (same(request, regenciesListing()))
        return [
          { code: '15.01', name: 'Kerinci' },
          { code: '15.02', name: 'Merangin' },
          { code: '15.71', name: 'Kota Jambi' },
        ];
      const i = installationsByRegencyPanel
        .requests(filters, { manifest: sampleManifest() })
        .findIndex((r) => same(request, indicatorQuery(r)));
      if (i < 0) throw new Error(`unexpected query: ${request.sql}`);
      return answers[i] ?? [];
    },
  });
  return { engine, calls };
}

function renderPanel(engine: DataEngine, filters: Filters = NO_FILTERS) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const Panel = installationsByRegencyPanel.Component;
  return render(
    <QueryClientProvider client={client}>
      <DataContext value={{ engine, manifest: sampleManifest() }}>
        <Panel filters={filters} />
      </DataContext>
    </QueryClientProvider>,
  );
}

const ANSWERS: Row[][] = [
  [
    { year: 2025, regency: '15.02', value: 30 },
    { year: 2026, regency: '15.02', value: 25 },
    { year: 2025, regency: '15.01', value: 1200 },
  ],
  [
    { regency: '15.01', value: 1200 },
    { regency: '15.02', value: 55 },
  ],
];

const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((c) => c.textContent);

describe('InstallationsByRegencyPanel', () => {
  it('is a section named by its heading, with a Definisi, as-of, source and the table of drawn figures', async () => {
    renderPanel(fakeEngine(NO_FILTERS, ANSWERS).engine);
    const section = await screen.findByRole('region', { name: 'Titik terpasang (semua program)' });
    expect(within(section).getByText(/data per 27 Nov 2026/)).toBeInTheDocument();
    expect(within(section).getByText(/^Sumber:/)).toBeInTheDocument();
    expect(within(section).getByText('Definisi')).toBeInTheDocument();
    await waitFor(() => expect(section.querySelector('[data-chart-state="finished"]')).not.toBeNull());
    expect(within(section).getByText('2026 s.d. 27 Nov: tahun berjalan, belum lengkap.')).toBeInTheDocument();

    fireEvent.click(within(section).getByRole('button', { name: 'Lihat tabel' }));
    const table = within(section).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Kabupaten/kota', '2025', '2026 s.d. 27 Nov', 'Total s.d. 27 Nov 2026']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(cells)).toEqual([
      ['Kerinci', '1.200', '0', '1.200'],
      ['Merangin', '30', '25', '55'],
      ['Kota Jambi', '0', '0', '0'],
    ]);
    // Every value names its indicator, period, scope and raw value.
    const merangin = rows[1] as HTMLElement;
    const values = [...merangin.querySelectorAll('td')].map((td) => ({ ...td.dataset }));
    expect(values).toEqual([
      { indicator: 'installations', period: '2025', scope: 'regency=15.02', value: '30' },
      { indicator: 'installations', period: '2026-01-01..2026-11-27', scope: 'regency=15.02', value: '25' },
      { indicator: 'installations', period: '..2026-11-27', scope: 'regency=15.02', value: '55' },
    ]);
    expect(((rows[2] as HTMLElement).querySelector('td') as HTMLElement).dataset).toMatchObject({
      scope: 'regency=15.71',
      value: '0',
    });
  });

  it('honours every filter: no "does not apply" note, and the figures follow the filter', async () => {
    const filters = { ...NO_FILTERS, programmes: ['Dumisake Internet Desa'], regencies: ['15.02'] };
    renderPanel(
      fakeEngine(filters, [[{ year: 2025, regency: '15.02', value: 3 }], [{ regency: '15.02', value: 3 }]]).engine,
      filters,
    );
    const section = await screen.findByRole('region', { name: 'Titik terpasang (semua program)' });
    await waitFor(() => expect(section.querySelector('[data-chart-state="finished"]')).not.toBeNull());
    expect(within(section).queryByText(/tidak berlaku/)).toBeNull();
    fireEvent.click(within(section).getByRole('button', { name: 'Lihat tabel' }));
    const rows = within(within(section).getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map(cells)).toEqual([['Merangin', '3', '3']]);
    expect(((rows[0] as HTMLElement).querySelector('td') as HTMLElement).dataset.scope).toBe(
      'regency=15.02;programme=Dumisake Internet Desa',
    );
  });

  it('shows its own error with a retry that runs the queries again', async () => {
    const { engine, calls } = fakeEngine(NO_FILTERS, ANSWERS, 3);
    renderPanel(engine);
    expect(await screen.findByRole('alert')).toHaveTextContent('Berkas sites.parquet gagal dimuat: rusak');
    const before = calls.length;
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    await screen.findByRole('button', { name: 'Lihat tabel' });
    expect(calls.length).toBeGreaterThan(before);
  });
});
