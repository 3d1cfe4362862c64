// @vitest-environment jsdom
// Component test: the thin panel with a fake query result, a real ECharts (canvas mocked) and the i18n layer.
import 'vitest-canvas-mock';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { DataEngine } from '../../data/engine-types.ts';
import type { Row } from '../../data/rows.ts';
import { NO_FILTERS } from '../../filters/filters.ts';
import '../../i18n/i18n.ts';
import { stubElementSize } from '../../../tests/helpers/dom.ts';
import { sampleManifest } from '../../../tests/helpers/sample-manifest.ts';
import { DataContext } from '../../coordinator/data-context.tsx';
import { RepeaterPlanPanel } from './panel.tsx';

stubElementSize(800, 400);

function renderPanel(engine: DataEngine) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <DataContext value={{ engine, manifest: sampleManifest() }}>
        <RepeaterPlanPanel filters={NO_FILTERS} />
      </DataContext>
    </QueryClientProvider>,
  );
}

const rows: Row[] = [
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

describe('RepeaterPlanPanel', () => {
  it('is a section named by its heading, with as-of, source and a table listing each unit', async () => {
    renderPanel({ run: async () => rows });
    const section = await screen.findByRole('region', { name: 'Rencana repeater GSM' });
    expect(within(section).getByText(/data per 27 Nov 2026/)).toBeInTheDocument();
    expect(within(section).getByText(/^Sumber:/)).toBeInTheDocument();
    await waitFor(() => expect(section.querySelector('[data-chart-state="finished"]')).not.toBeNull());

    fireEvent.click(within(section).getByRole('button', { name: 'Lihat tabel' }));
    const table = within(section).getByRole('table');
    const cells = (name: RegExp) =>
      within(within(table).getByRole('row', { name }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells(/Lempur/)).toEqual([
      'Gunung Raya',
      'Kerinci',
      'Direncanakan',
      '–',
      'Tidak ada sinyal (2026)',
      '–',
      'RPT24-03',
    ]);
    expect(cells(/Muara Madras/)).toEqual([
      'Jangkat',
      'Merangin',
      'Aktif',
      '20 Nov 2024',
      '–',
      '4G (2026)',
      'RPT24-01',
    ]);
  });

  it('says so when there is no repeater in the selection', async () => {
    renderPanel({ run: async () => [] });
    expect(await screen.findByText('Tidak ada data untuk pilihan ini.')).toBeInTheDocument();
  });

  it('shows its own error with a retry that runs the query again', async () => {
    let calls = 0;
    const engine: DataEngine = {
      run: async () => {
        calls += 1;
        if (calls === 1) throw new Error('Berkas sites.parquet gagal dimuat: rusak');
        return rows;
      },
    };
    renderPanel(engine);
    expect(await screen.findByRole('alert')).toHaveTextContent('Berkas sites.parquet gagal dimuat: rusak');
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    await screen.findByRole('button', { name: 'Lihat tabel' });
    expect(calls).toBe(2);
  });
});
