// @vitest-environment jsdom
// The indicators section of #/data in jsdom: every catalog indicator with its MS-Ind metadata and the screens that
// show it, and the published figures beside the dashboard's own, computed by DuckDB-WASM's Node build over the
// explore fixtures (src/indicators/listings/explore-fixtures.test-data.ts) plus a few published rows. Dashboard
// numbers are counted by hand in the comments.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import { createTestEngine, type TestEngine } from '../../../tests/helpers/duckdb-node.ts';
import { sampleManifest } from '../../../tests/helpers/sample-manifest.ts';
import { DataContext } from '../../coordinator/data-context.tsx';
import { setLang } from '../../i18n/i18n.ts';
import { INDICATORS } from '../../indicators/catalog.ts';
import { loadFixtures } from '../../indicators/listings/explore-fixtures.test-data.ts';
import { INDICATOR_TEXTS } from '../../indicators/texts.ts';
import { INDICATOR_IDS } from '../../indicators/types.ts';
import { IndicatorList } from './indicator-list.tsx';

const pub = (indicator: string, period: string, value: number, unit: string, published: string) => ({
  indicator,
  period,
  value,
  unit,
  subject: `${indicator} as reported`,
  producer: 'Dinas Kominfo Provinsi Jambi',
  published,
  source_title: 'Jambi Independent',
  source: 'jambiindependent.example/read/1',
});

let engine: TestEngine;
beforeAll(async () => {
  engine = await createTestEngine();
  loadFixtures(engine);
  engine.load('published_figures', [
    pub('blankspot_villages', '2023', 3, 'villages', '2023-05'),
    pub('blankspot_villages', '2022-07', 5, 'villages', '2022-07'),
    pub('sites_in_service', '2024', 10, 'points', '2024-12-27'),
    pub('installations', '2023..2024', 4, 'points', '2025'),
    pub('towers_total', '2024', 7, 'towers', '2024-12-27'),
  ]);
});
afterEach(() => act(() => setLang('id')));

function renderList() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      {/* Data as of the fixtures' last telemetry day: 2023 and 2024 are complete years. */}
      <DataContext value={{ engine, manifest: sampleManifest('2024-12-31') }}>
        <IndicatorList />
      </DataContext>
    </QueryClientProvider>,
  );
}

const field = (entry: HTMLElement, key: string) => entry.querySelector(`[data-field="${key}"] dd`)?.textContent;

describe('IndicatorList', () => {
  it('lists every indicator with its metadata in Indonesian and the screens that show it', async () => {
    const { container } = renderList();
    const entries = [...container.querySelectorAll<HTMLElement>('[data-indicator-entry]')];
    expect(entries.map((e) => e.dataset.indicatorEntry)).toEqual([...INDICATOR_IDS]);
    for (const e of entries) {
      const def = INDICATORS[e.dataset.indicatorEntry as keyof typeof INDICATORS];
      expect(within(e).getByRole('heading', { level: 3 })).toHaveTextContent(def.name.id);
      expect(field(e, 'id')).toBe(def.id);
      expect(field(e, 'definition')).toBe(INDICATOR_TEXTS[def.id].definition.id);
      expect(field(e, 'formula')).toBe(INDICATOR_TEXTS[def.id].formula.id);
      expect(field(e, 'producer')).toBe(def.producer);
    }
    const blankspot = screen.getByRole('region', { name: 'Desa tanpa sinyal seluler (blankspot)' });
    expect(field(blankspot, 'short')).toBe('Desa blankspot');
    expect(field(blankspot, 'unit')).toBe('desa');
    expect(field(blankspot, 'kind')).toBe('stok (keadaan pada akhir periode)');
    expect(field(blankspot, 'filters')).toBe('tahun, kabupaten/kota, kecamatan');
    expect(field(blankspot, 'breakdowns')).toBe('tahun, kabupaten/kota, kecamatan');
    expect(field(blankspot, 'period')).toMatch(/^Keadaan akhir tahun/);
    expect(field(blankspot, 'baseline')).toBe('dibanding periode lengkap sebelumnya');
    expect(field(blankspot, 'sources')).toBe(
      'Cakupan sinyal seluler per desa (village_coverage), Desa dan kelurahan (villages)',
    );
    const screens = within(blankspot.querySelector('[data-field="screens"]') as HTMLElement)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(screens).toContain('Eksplorasi: Telusuri wilayah');
    expect(screens).toContain('Briefing: status program terhadap target');
    const served = screen.getByRole('region', { name: 'Desa blankspot terlayani Internet Desa' });
    expect(field(served, 'counts')).toBe('Hanya program berjenis village_access (titik Internet Desa).');
  });

  it('puts each published figure beside the dashboard figure of the same period, with the difference', async () => {
    const { container } = renderList();
    const table = (id: string) => container.querySelector<HTMLElement>(`[data-published-for="${id}"]`);
    // Every comparison settled: no "…" left in any dashboard cell.
    await waitFor(
      () => {
        expect(container.querySelectorAll('[data-published-for]').length).toBe(4);
        expect(container.querySelector('[data-published-for] td.catalog-muted')?.textContent).not.toBe('…');
        expect(container.querySelectorAll('[data-published-for] [data-indicator]')).toHaveLength(3);
      },
      { timeout: 10_000 },
    );
    const row = (id: string, period: string) => table(id)?.querySelector(`tr[data-period="${period}"]`);
    const dashboard = (id: string, period: string) => row(id, period)?.querySelector('[data-indicator]');

    // 2023 survey: Alpha and Renah Kemumu without signal → 2 against the published 3.
    const y2023 = row('blankspot_villages', '2023');
    expect(y2023?.querySelector('th')).toHaveTextContent('2023');
    expect(y2023?.querySelector('[data-published-value]')).toHaveTextContent('3 villages');
    expect(dashboard('blankspot_villages', '2023')).toHaveAttribute('data-period', '2023');
    expect(dashboard('blankspot_villages', '2023')).toHaveAttribute('data-value', '2');
    expect(dashboard('blankspot_villages', '2023')).toHaveTextContent('2 desa');
    expect(y2023?.querySelector('[data-difference]')).toHaveTextContent('−1');
    expect(y2023).toHaveTextContent('Dinas Kominfo Provinsi Jambi · Mei 2023 · Jambi Independent');
    // July 2022: no survey year 2022 in the data → nothing to compare.
    const jul = row('blankspot_villages', '2022-07');
    expect(jul?.querySelector('th')).toHaveTextContent('Jul 2022');
    expect(jul).toHaveTextContent('tidak ada angka dasbor untuk periode ini');
    expect(jul?.querySelector('[data-difference]')).toHaveTextContent('–');

    // Installed in 2023–2024 (every programme): S-A1, S-A2, S-R1 → 3 against 4.
    expect(dashboard('installations', '2023..2024')).toHaveAttribute('data-period', '2023..2024');
    expect(dashboard('installations', '2023..2024')).toHaveAttribute('data-value', '3');
    expect(row('installations', '2023..2024')?.querySelector('[data-difference]')).toHaveTextContent('−1');

    // Sites in service are known only at the data date: shown with that period, no difference.
    const inService = dashboard('sites_in_service', '2024');
    expect(inService).toHaveAttribute('data-value', '3');
    expect(inService).toHaveAttribute('data-same-period', 'false');
    expect(inService).toHaveTextContent('3 titik (periode lain: 31 Des 2024; selisih tidak dihitung)');
    expect(row('sites_in_service', '2024')?.querySelector('[data-difference]')).toHaveTextContent('–');

    // A published row naming no catalog indicator is still shown, apart.
    expect(table('')).toHaveTextContent('towers_total as reported');
    expect(screen.getAllByText('Belum ada angka publikasi untuk indikator ini.')).toHaveLength(
      INDICATOR_IDS.length - 3,
    );
  });

  it('speaks English', async () => {
    act(() => setLang('en'));
    renderList();
    expect(screen.getByRole('heading', { level: 2, name: 'Indicators' })).toBeInTheDocument();
    const blankspot = screen.getByRole('region', { name: 'Villages without cellular signal (blankspot)' });
    expect(within(blankspot).getByText('Filters that apply')).toBeInTheDocument();
    expect(field(blankspot, 'filters')).toBe('year, regency, district');
    expect(field(blankspot, 'kind')).toBe('stock (state at the end of the period)');
    await waitFor(() => expect(blankspot.querySelector('[data-indicator]')).toBeInstanceOf(HTMLElement), {
      timeout: 10_000,
    });
    expect(blankspot.querySelector('[data-indicator]')).toHaveTextContent('2 villages');
  });
});
