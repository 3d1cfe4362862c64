// @vitest-environment jsdom
// The drill-down in jsdom over the real catalog queries and listings, run by DuckDB-WASM's Node build on the
// hand-made explore fixtures (src/indicators/listings/explore-fixtures.test-data.ts). With a regency and a programme
// filter, each number is an indicator figure carrying its data-* attributes; the blankspot and villages columns say
// that the programme filter does not apply to them. Expected numbers are counted by hand in the comments.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { createTestEngine, type TestEngine } from '../../../tests/helpers/duckdb-node.ts';
import { sampleManifest } from '../../../tests/helpers/sample-manifest.ts';
import { DataContext } from '../../coordinator/data-context.tsx';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import type { KnownValuesWithLabels } from '../../filters/known-values.ts';
import '../../i18n/i18n.ts';
import { loadFixtures } from '../../indicators/listings/explore-fixtures.test-data.ts';
import { DrillDown } from './drill-down.tsx';

let engine: TestEngine;
beforeAll(async () => {
  engine = await createTestEngine();
  loadFixtures(engine);
});

const known: KnownValuesWithLabels = {
  years: [2023, 2024],
  regencies: ['15.01', '15.02'],
  districts: ['15.01.01', '15.02.01', '15.02.02'],
  programmes: ['Dumisake Internet Desa'],
  technologies: [],
  statuses: [],
  labels: { 'regency:15.02': 'Merangin', 'district:15.02.01': 'Jangkat' },
};

// Merangin with the Dumisake Internet Desa programme.
const FILTERS: Filters = { ...NO_FILTERS, regencies: ['15.02'], programmes: ['Dumisake Internet Desa'] };

function renderDrill(drill: string | null, filters = FILTERS) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      {/* The data as of the last telemetry day of the fixtures: 2024 is a complete year. */}
      <DataContext value={{ engine, manifest: sampleManifest('2024-12-31') }}>
        <DrillDown filters={filters} drill={drill} known={known} onDrill={() => {}} />
      </DataContext>
    </QueryClientProvider>,
  );
}

const attrs = (el: Element | null | undefined) =>
  el
    ? {
        indicator: el.getAttribute('data-indicator'),
        period: el.getAttribute('data-period'),
        scope: el.getAttribute('data-scope'),
        value: el.getAttribute('data-value'),
        text: el.textContent,
      }
    : null;

async function settled() {
  const region = screen.getByRole('region', { name: 'Telusuri wilayah' });
  await waitFor(() => expect(region.querySelector('[data-xf-state="ready"]')).not.toBeNull(), { timeout: 10_000 });
  return region;
}

describe('DrillDown', () => {
  it('province level: figures per regency and in total, with their attributes and the filters they ignore', async () => {
    renderDrill(null);
    const region = await settled();
    const row = region.querySelector('tbody tr[data-key="15.02"]');
    expect(row?.querySelector('th')).toHaveTextContent('Merangin');
    const cells = [...(row?.querySelectorAll('td') ?? [])].map(attrs);
    expect(cells).toEqual([
      // Renah Kemumu and Kota Bangko; the programme filter does not apply.
      { indicator: 'villages_total', period: '2024-12-31', scope: 'regency=15.02', value: '2', text: '2' },
      // 2024 survey: Renah Kemumu is blankspot (Kota Bangko has no 2024 row).
      { indicator: 'blankspot_villages', period: '2024', scope: 'regency=15.02', value: '1', text: '1' },
      // Dumisake Internet Desa in Merangin: S-R1 (offline, in service); S-R2 is another programme.
      {
        indicator: 'sites_in_service',
        period: '2024-12-31',
        scope: 'regency=15.02;programme=Dumisake Internet Desa',
        value: '1',
        text: '1',
      },
    ]);
    expect(region.querySelectorAll('tbody tr')).toHaveLength(1);
    const total = [...(region.querySelector('tfoot tr')?.querySelectorAll('td') ?? [])].map((td) => [
      td.getAttribute('data-indicator'),
      td.getAttribute('data-value'),
    ]);
    expect(total).toEqual([
      ['villages_total', '2'],
      ['blankspot_villages', '1'],
      ['sites_in_service', '1'],
    ]);
    expect(within(region).getByRole('columnheader', { name: 'Desa blankspot (2024)' })).toBeInTheDocument();
    // The columns that ignore the programme filter say so; sites in service honours it.
    const ignored = [...region.querySelectorAll('[data-ignored]')].map((el) => [
      el.getAttribute('data-ignored'),
      el.textContent,
    ]);
    expect(ignored).toEqual([
      ['villages_total', 'Filter program tidak berlaku untuk angka ini.'],
      ['blankspot_villages', 'Filter program tidak berlaku untuk angka ini.'],
    ]);
    expect(within(region).getAllByText('Definisi')).toHaveLength(3);
  });

  it('regency level: a district without sites shows 0, one without a survey row shows no figure', async () => {
    renderDrill('15.02');
    const region = await settled();
    const cells = (key: string) =>
      [...(region.querySelector(`tbody tr[data-key="${key}"]`)?.querySelectorAll('td') ?? [])].map((td) => [
        td.textContent,
        td.getAttribute('data-scope'),
      ]);
    expect(cells('15.02.01')).toEqual([
      ['1', 'regency=15.02;district=15.02.01'],
      ['1', 'regency=15.02;district=15.02.01'],
      ['1', 'regency=15.02;district=15.02.01;programme=Dumisake Internet Desa'],
    ]);
    // Bangko: one kelurahan, no 2024 survey row (no figure, not 0), no Dumisake site (0).
    expect(cells('15.02.02')).toEqual([
      ['1', 'regency=15.02;district=15.02.02'],
      ['–', null],
      ['0', 'regency=15.02;district=15.02.02;programme=Dumisake Internet Desa'],
    ]);
  });

  it('district level: one row per village with its facts, the total row as figures', async () => {
    renderDrill('15.02.01', NO_FILTERS);
    const region = await settled();
    const row = region.querySelector('tbody tr[data-key="15.02.01.2001"]');
    expect([...(row?.querySelectorAll('th, td') ?? [])].map((c) => c.textContent)).toEqual([
      'Renah Kemumu',
      'Desa',
      'Ya',
      'Tidak ada',
      'Ya',
      // S-R1 offline counts; S-R2 is planned.
      '1',
    ]);
    const total = region.querySelector('tfoot tr');
    expect([...(total?.querySelectorAll('td') ?? [])].map(attrs)).toEqual([
      {
        indicator: 'villages_total',
        period: '2024-12-31',
        scope: 'district=15.02.01',
        value: '1',
        text: '1 desa/kelurahan',
      },
      { indicator: 'blankspot_villages', period: '2024', scope: 'district=15.02.01', value: '1', text: '1' },
      { indicator: 'sites_in_service', period: '2024-12-31', scope: 'district=15.02.01', value: '1', text: '1' },
    ]);
    expect(region.querySelectorAll('[data-ignored]')).toHaveLength(0);
  });
});
