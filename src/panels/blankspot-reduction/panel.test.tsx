// @vitest-environment jsdom
// Component test: the thin panel with a fake engine that answers exactly the panel's own requests (from its registry
// definition) with hand-written rows, a real ECharts (canvas mocked) and the i18n layer. Data as of 27 Nov 2026.
import 'vitest-canvas-mock';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { DataEngine } from '../../data/engine-types.ts';
import type { Row } from '../../data/rows.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import '../../i18n/i18n.ts';
import { stubElementSize } from '../../../tests/helpers/dom.ts';
import { fakeFiguresEngine, planRows, yearRows } from '../../../tests/helpers/fake-engine.ts';
import { sampleManifest } from '../../../tests/helpers/sample-manifest.ts';
import { DataContext } from '../../coordinator/data-context.tsx';
import type { IndicatorId } from '../../indicators/types.ts';
import { blankspotReductionPanel } from './definition.ts';

stubElementSize(800, 400);

type Answers = Partial<Record<IndicatorId, Row[]>>;

/** Answers the definition's requests for `filters` (and nothing else) with `answers[indicator]`. */
function fakeEngine(filters: Filters, answers: Answers, fail = 0) {
  const requests = blankspotReductionPanel
    .requests(filters, { manifest: sampleManifest('2026-11-27') })
    .map((r) => [r.indicator, r] as const);
  return fakeFiguresEngine(requests, (indicator) => answers[indicator] ?? [], {
    fail,
    error: 'Berkas village_coverage.parquet gagal dimuat: rusak',
  });
}

function renderPanel(engine: DataEngine, filters: Filters = NO_FILTERS) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const Panel = blankspotReductionPanel.Component;
  return render(
    <QueryClientProvider client={client}>
      <DataContext value={{ engine, manifest: sampleManifest('2026-11-27') }}>
        <Panel filters={filters} />
      </DataContext>
    </QueryClientProvider>,
  );
}

const SAMPLE: Answers = {
  blankspot_villages: yearRows({ 2021: 285, 2022: 288, 2023: 286, 2024: 281, 2025: 276, 2026: 268 }),
  villages_served: yearRows({ 2021: 0, 2022: 110, 2023: 150, 2024: 200, 2025: 203, 2026: 205 }),
  blankspot_target: planRows({ 2022: 280, 2023: 270, 2024: 255, 2025: 240, 2026: 225 }),
};

const TITLE = 'Pengurangan desa blankspot';

describe('BlankspotReductionPanel', () => {
  it('states the projection method and range, labels the incomplete year and tables the figures drawn', async () => {
    renderPanel(fakeEngine(NO_FILTERS, SAMPLE).engine);
    const section = await screen.findByRole('region', { name: TITLE });
    expect(
      await within(section).findByText(
        /proyeksi garis kuadrat terkecil atas 5 tahun lengkap terakhir \(2021–2025\): laju −2,5 desa\/tahun \(rentang ±1 galat baku: −3,5 s\.d\. −1,5\); belum mencapai nol s\.d\. 2035 .* · data per 27 Nov 2026/,
      ),
    ).toBeInTheDocument();
    expect(within(section).getByText(/2026 s\.d\. 27 Nov: keadaan s\.d\. tanggal data/)).toBeInTheDocument();
    expect(within(section).getByText(/tidak menghapus status blankspot/)).toBeInTheDocument();
    // One "Definisi" beside the title, one for each other indicator drawn; no filter note without filters.
    expect(within(section).getByText('Definisi', { selector: 'summary' })).toHaveAccessibleName(
      'Definisi: Desa tanpa sinyal seluler (blankspot)',
    );
    expect(within(section).getByText('Definisi Target blankspot')).toBeInTheDocument();
    expect(section.querySelector('.panel-ignored')).toBeNull();
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
      'Target sisa blankspot',
      'Tren (kuadrat terkecil)',
      'Rentang tren (±1 galat baku)',
    ]);
    const row = (name: string) => within(table).getByRole('row', { name: new RegExp(`^${name}`) });
    const cells = (name: string) =>
      within(row(name))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells('2022')).toEqual(['288', '110', '280', '285,7', '284,7–286,7']);
    expect(cells('2026 s.d. 27 Nov')).toEqual(['268', '205', '225', '275,7', '272,8–278,6']);
    const cell = within(row('2026 s.d. 27 Nov')).getByText('268');
    expect(cell).toHaveAttribute('data-indicator', 'blankspot_villages');
    expect(cell).toHaveAttribute('data-period', '2026-01-01..2026-11-27');
    expect(cell).toHaveAttribute('data-scope', '');
    expect(cell).toHaveAttribute('data-value', '268');
    // The horizon year the sentence names is in the table (and on the axis).
    expect(cells('2035')).toEqual(['–', '–', '–', '253,2', '241,5–264,9']);
  });

  it('says which filters do not apply to which figures, and asks only its own requests', async () => {
    const filters: Filters = { ...NO_FILTERS, regencies: ['15.02'], programmes: ['Dumisake Internet Desa'] };
    const { engine, calls } = fakeEngine(filters, {
      blankspot_villages: yearRows({ 2021: 70, 2022: 70, 2023: 67, 2024: 64, 2025: 63, 2026: 63 }),
      villages_served: yearRows({ 2023: 20, 2024: 36, 2025: 36, 2026: 36 }),
    });
    renderPanel(engine, filters);
    const section = await screen.findByRole('region', { name: TITLE });
    expect(
      await within(section).findByText(
        'Desa blankspot, Target blankspot: Filter program tidak berlaku untuk angka ini.',
      ),
    ).toBeInTheDocument();
    // 70 70 67 64 63: mean 66,8, Sxy = −2·3,2 − 3,2 + 0 − 2,8 − 2·3,8 = −20 → −2 a year.
    expect(within(section).getByText(/laju −2 desa\/tahun/)).toBeInTheDocument();
    fireEvent.click(within(section).getByRole('button', { name: 'Lihat tabel' }));
    const cell = within(section)
      .getByRole('table')
      .querySelector('[data-indicator="villages_served"][data-value="36"]');
    expect(cell).toHaveAttribute('data-scope', 'regency=15.02;programme=Dumisake Internet Desa');
    const blankspot = within(section).getByRole('table').querySelector('[data-indicator="blankspot_villages"]');
    expect(blankspot).toHaveAttribute('data-scope', 'regency=15.02');
    expect(calls).toHaveLength(3);
  });

  it('shows the empty state when the filters find nothing', async () => {
    renderPanel(fakeEngine(NO_FILTERS, {}).engine);
    expect(await screen.findByText('Tidak ada data untuk pilihan ini.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lihat tabel' })).toBeNull();
  });

  it('shows its own error with a retry that runs the failed query again', async () => {
    const { engine, calls } = fakeEngine(NO_FILTERS, SAMPLE, 1);
    renderPanel(engine);
    expect(await screen.findByRole('alert')).toHaveTextContent('Berkas village_coverage.parquet gagal dimuat: rusak');
    const before = calls.length;
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    await screen.findByRole('button', { name: 'Lihat tabel' });
    expect(calls.length).toBe(before + 1);
  });
});
