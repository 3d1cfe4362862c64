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
import { ConnectivityTrendsPanel } from './panel.tsx';

stubElementSize(800, 400);

function renderPanel(engine: DataEngine) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <DataContext value={{ engine, manifest: sampleManifest() }}>
        <ConnectivityTrendsPanel filters={NO_FILTERS} />
      </DataContext>
    </QueryClientProvider>,
  );
}

const base = { grain: 'week', first_day: '2023-12-27', last_day: '2024-01-14', partial_weeks: true };
const rows: Row[] = [
  {
    ...base,
    dim: 'programme',
    grp: 'BAKTI Internet Desa',
    period: '2023-12-25',
    uptime: 97.25,
    downlink: 3,
    data_gb: 1234.5,
    users: 1200,
  },
  {
    ...base,
    dim: 'programme',
    grp: 'BAKTI Internet Desa',
    period: '2024-01-01',
    uptime: null,
    downlink: null,
    data_gb: null,
    users: null,
  },
  {
    ...base,
    dim: 'programme',
    grp: 'BAKTI Internet Desa',
    period: '2024-01-08',
    uptime: 99,
    downlink: 4,
    data_gb: 10,
    users: 8,
  },
  {
    ...base,
    dim: 'technology',
    grp: 'VSAT',
    period: '2023-12-25',
    uptime: 97.25,
    downlink: 3,
    data_gb: 1234.5,
    users: 1200,
  },
  {
    ...base,
    dim: 'technology',
    grp: 'VSAT',
    period: '2024-01-01',
    uptime: null,
    downlink: null,
    data_gb: null,
    users: null,
  },
  { ...base, dim: 'technology', grp: 'VSAT', period: '2024-01-08', uptime: 99, downlink: 4, data_gb: 10, users: 8 },
];

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('ConnectivityTrendsPanel', () => {
  it('is a section named by its heading, states grain, unit and as-of, and tables the drawn figures', async () => {
    renderPanel({ run: async () => rows });
    const section = await screen.findByRole('region', { name: 'Tren layanan titik konektivitas' });
    expect(await within(section).findByText(/per minggu \(ISO, mulai Senin\)/)).toBeInTheDocument();
    expect(
      within(section).getByText(/27 Des 2023 – 14 Jan 2024 · satuan: % · data per 27 Nov 2026/),
    ).toBeInTheDocument();
    expect(within(section).getByText(/^Sumber:/)).toBeInTheDocument();
    await waitFor(() => expect(section.querySelector('[data-chart-state="finished"]')).not.toBeNull());

    fireEvent.click(within(section).getByRole('button', { name: 'Lihat tabel' }));
    const table = within(section).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Minggu mulai', 'BAKTI Internet Desa (%)']);
    expect(cells(within(table).getByRole('row', { name: /25 Des 2023/ }))).toEqual(['97,3']);
    expect(cells(within(table).getByRole('row', { name: /1 Jan 2024/ }))).toEqual(['–']);
  });

  it('has labelled, keyboard-usable switches for the measure and the grouping', async () => {
    renderPanel({ run: async () => rows });
    const section = await screen.findByRole('region', { name: 'Tren layanan titik konektivitas' });
    const measure = await within(section).findByRole('group', { name: 'Ukuran' });
    const uptime = within(measure).getByRole('radio', { name: 'Uptime rata-rata' });
    expect(uptime).toBeChecked();
    uptime.focus(); // native radios: Tab reaches the group, arrow keys move within it
    expect(uptime).toHaveFocus();
    const data = within(measure).getByRole('radio', { name: 'Volume data' });
    fireEvent.click(data);
    expect(data).toBeChecked();
    expect(within(section).getByText(/Volume data per minggu .* satuan: GB/)).toBeInTheDocument();
    // Weekly sums and cut-short weeks are explained.
    expect(within(section).getByText(/jumlah angka harian dalam seminggu\. Minggu pertama/)).toBeInTheDocument();

    const group = within(section).getByRole('group', { name: 'Kelompokkan menurut' });
    fireEvent.click(within(group).getByRole('radio', { name: 'Teknologi' }));

    fireEvent.click(within(section).getByRole('button', { name: 'Lihat tabel' }));
    const table = within(section).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Minggu mulai', 'VSAT (GB)']);
    expect(cells(within(table).getByRole('row', { name: /25 Des 2023/ }))).toEqual(['1.234,5']);
  });

  it('says so when the selection has no telemetry', async () => {
    renderPanel({ run: async () => [] });
    expect(await screen.findByText('Tidak ada data untuk pilihan ini.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lihat tabel' })).toBeNull();
  });

  it('shows its own error with a retry that runs the query again', async () => {
    let calls = 0;
    const engine: DataEngine = {
      run: async () => {
        calls += 1;
        if (calls === 1) throw new Error('Berkas site_daily.parquet gagal dimuat: rusak');
        return rows;
      },
    };
    renderPanel(engine);
    expect(await screen.findByRole('alert')).toHaveTextContent('Berkas site_daily.parquet gagal dimuat: rusak');
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    await screen.findByRole('button', { name: 'Lihat tabel' });
    expect(calls).toBe(2);
  });
});
