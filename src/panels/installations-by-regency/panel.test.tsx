// @vitest-environment jsdom
// Component test: the thin panel with a fake query result, a real ECharts (canvas mocked) and the i18n layer.
import 'vitest-canvas-mock';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { DataEngine } from '../../data/engine-types.ts';
import { NO_FILTERS } from '../../filters/filters.ts';
import '../../i18n/i18n.ts';
import { stubElementSize } from '../../../tests/helpers/dom.ts';
import { sampleManifest } from '../../../tests/helpers/sample-manifest.ts';
import { DataContext } from '../../coordinator/data-context.tsx';
import { InstallationsByRegencyPanel } from './panel.tsx';

stubElementSize(800, 400);

function renderPanel(engine: DataEngine) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <DataContext value={{ engine, manifest: sampleManifest() }}>
        <InstallationsByRegencyPanel filters={NO_FILTERS} />
      </DataContext>
    </QueryClientProvider>,
  );
}

describe('InstallationsByRegencyPanel', () => {
  it('is a section named by its heading, with as-of, source and the table of drawn figures', async () => {
    const engine: DataEngine = {
      run: async () => [
        { regency_code: '15.02', regency_name: 'Merangin', year: 2023, sites: 30 },
        { regency_code: '15.02', regency_name: 'Merangin', year: 2024, sites: 25 },
        { regency_code: '15.01', regency_name: 'Kerinci', year: 2023, sites: 1200 },
      ],
    };
    renderPanel(engine);
    const section = await screen.findByRole('region', { name: 'Titik terpasang per kabupaten/kota' });
    expect(within(section).getByText(/data per 27 Nov 2026/)).toBeInTheDocument();
    expect(within(section).getByText(/^Sumber:/)).toBeInTheDocument();
    await waitFor(() => expect(section.querySelector('[data-chart-state="finished"]')).not.toBeNull());

    fireEvent.click(within(section).getByRole('button', { name: 'Lihat tabel' }));
    const table = within(section).getByRole('table');
    const merangin = within(table).getByRole('row', { name: /Merangin/ });
    expect(
      within(merangin)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['30', '25', '55']);
    const kerinci = within(table).getByRole('row', { name: /Kerinci/ });
    expect(
      within(kerinci)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1.200', '0', '1.200']);
  });

  it('shows its own error with a retry that runs the query again', async () => {
    let calls = 0;
    const engine: DataEngine = {
      run: async () => {
        calls += 1;
        if (calls === 1) throw new Error('Berkas sites.parquet gagal dimuat: rusak');
        return [{ regency_code: '15.01', regency_name: 'Kerinci', year: 2023, sites: 3 }];
      },
    };
    renderPanel(engine);
    expect(await screen.findByRole('alert')).toHaveTextContent('Berkas sites.parquet gagal dimuat: rusak');
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    await screen.findByRole('button', { name: 'Lihat tabel' });
    expect(calls).toBe(2);
  });
});
