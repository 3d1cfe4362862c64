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
import { BlankspotReductionPanel } from './panel.tsx';

stubElementSize(800, 400);

function renderPanel(engine: DataEngine) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <DataContext value={{ engine, manifest: sampleManifest() }}>
        <BlankspotReductionPanel filters={NO_FILTERS} />
      </DataContext>
    </QueryClientProvider>,
  );
}

const TITLE = 'Pengurangan desa blankspot';

describe('BlankspotReductionPanel', () => {
  it('is a section named by its heading, states the projection method and tables the drawn figures', async () => {
    const rows: Row[] = [
      { year: 2022, blankspot: 1288, served: 123, installations: 131, target: 1280 },
      { year: 2023, blankspot: null, served: null, installations: 88, target: 1270 },
      { year: 2024, blankspot: 12, served: 10, installations: 91, target: null },
      { year: 2025, blankspot: 4, served: 4, installations: 9, target: null },
    ];
    renderPanel({ run: async () => rows });
    const section = await screen.findByRole('region', { name: TITLE });
    // 2024: 12, 2025: 4 → −8 a year: zero in 2026
    expect(
      await within(section).findByText(
        /proyeksi linear 2 tahun terakhir \(2024–2025\): turun 8 desa\/tahun, mencapai nol sekitar 2026 · data per 27 Nov 2026/,
      ),
    ).toBeInTheDocument();
    expect(within(section).getByText(/^Sumber:/)).toBeInTheDocument();
    expect(within(section).getByText(/tidak menghapus status blankspot/)).toBeInTheDocument();
    await waitFor(() => expect(section.querySelector('[data-chart-state="finished"]')).not.toBeNull());

    fireEvent.click(within(section).getByRole('button', { name: 'Lihat tabel' }));
    const table = within(section).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual([
      'Tahun',
      'Desa tanpa sinyal',
      'Blankspot dilayani Internet Desa',
      'Titik terpasang',
      'Target sisa blankspot',
      'Proyeksi',
    ]);
    const cells = (name: string) =>
      within(within(table).getByRole('row', { name: new RegExp(`^${name}`) }))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells('2022')).toEqual(['1.288', '123', '131', '1.280', '–']);
    expect(cells('2023')).toEqual(['–', '–', '88', '1.270', '–']);
    expect(cells('2025')).toEqual(['4', '4', '9', '–', '4']);
    expect(cells('2026')).toEqual(['–', '–', '–', '–', '0']);
  });

  it('says that a rising count does not reach zero at this rate', async () => {
    renderPanel({
      run: async () => [
        { year: 2024, blankspot: 10, served: 0, installations: 0, target: null },
        { year: 2025, blankspot: 11, served: 0, installations: 1, target: null },
      ],
    });
    const section = await screen.findByRole('region', { name: TITLE });
    expect(
      await within(section).findByText(/naik 1 desa\/tahun, pada laju ini tidak mencapai nol/),
    ).toBeInTheDocument();
  });

  it('shows the empty state when the filters find nothing', async () => {
    renderPanel({
      run: async () => [{ year: 2024, blankspot: null, served: null, installations: 0, target: null }],
    });
    expect(await screen.findByText('Tidak ada data untuk pilihan ini.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lihat tabel' })).toBeNull();
  });

  it('shows its own error with a retry that runs the query again', async () => {
    let calls = 0;
    const engine: DataEngine = {
      run: async () => {
        calls += 1;
        if (calls === 1) throw new Error('Berkas village_coverage.parquet gagal dimuat: rusak');
        return [{ year: 2024, blankspot: 3, served: 1, installations: 1, target: 2 }];
      },
    };
    renderPanel(engine);
    expect(await screen.findByRole('alert')).toHaveTextContent('Berkas village_coverage.parquet gagal dimuat: rusak');
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    await screen.findByRole('button', { name: 'Lihat tabel' });
    expect(calls).toBe(2);
    expect(screen.getByText(/data cakupan baru ada untuk 2024, belum bisa diproyeksikan/)).toBeInTheDocument();
  });
});
