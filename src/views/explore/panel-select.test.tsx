// @vitest-environment jsdom
// Cross-filter sources: the installations panel turns a bar click into ('regency', code) and a legend click into
// ('year', …) — and a legend click no longer hides the series when the panel takes selections. The panel reads the
// catalog's figures, run by DuckDB-WASM's Node build over the explore fixtures (src/indicators/listings/
// explore-fixtures.test-data.ts): Kerinci has 3 sites installed (2022, 2023, 2024), Merangin 1 (2024).
import 'vitest-canvas-mock';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { stubElementSize } from '../../../tests/helpers/dom.ts';
import { createTestEngine, type TestEngine } from '../../../tests/helpers/duckdb-node.ts';
import { sampleManifest } from '../../../tests/helpers/sample-manifest.ts';
import { type Dimension, NO_FILTERS } from '../../filters/filters.ts';
import '../../i18n/i18n.ts';
import { DataContext } from '../../coordinator/data-context.tsx';
import { loadFixtures } from '../../indicators/listings/explore-fixtures.test-data.ts';
import { InstallationsByRegencyPanel } from '../../panels/installations-by-regency/panel.tsx';
import { echarts } from '../../ui/echarts-setup.ts';

stubElementSize(800, 400);

let engine: TestEngine;
beforeAll(async () => {
  engine = await createTestEngine();
  loadFixtures(engine);
});

async function renderPanel(onSelect?: (d: Dimension, v: string) => void) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <DataContext value={{ engine, manifest: sampleManifest() }}>
        <InstallationsByRegencyPanel filters={NO_FILTERS} onSelect={onSelect} />
      </DataContext>
    </QueryClientProvider>,
  );
  const section = await screen.findByRole('region', { name: 'Titik terpasang (semua program)' });
  await waitFor(() => expect(section.querySelector('[data-chart-state="finished"]')).not.toBeNull(), {
    timeout: 10_000,
  });
  const host = section.querySelector('.chart > div');
  const instance = host ? echarts.getInstanceByDom(host as HTMLElement) : undefined;
  if (!instance) throw new Error('no ECharts instance');
  return instance;
}

const legendSelected = (instance: echarts.ECharts) =>
  ((instance.getOption().legend as { selected?: Record<string, boolean> }[])[0]?.selected ?? {}) as Record<
    string,
    boolean
  >;

describe('installations panel as a cross-filter source', () => {
  it('a bar click selects its regency (bars sorted by total: Kerinci first)', async () => {
    const onSelect = vi.fn();
    const instance = await renderPanel(onSelect);
    instance.trigger('click', { componentType: 'series', seriesName: '2024', dataIndex: 1 } as never);
    instance.trigger('click', { componentType: 'series', seriesName: '2024', dataIndex: 0 } as never);
    expect(onSelect.mock.calls).toEqual([
      ['regency', '15.02', 'replace'],
      ['regency', '15.01', 'replace'],
    ]);
  });

  it('a legend click selects its year and keeps the series shown', async () => {
    const onSelect = vi.fn();
    const instance = await renderPanel(onSelect);
    instance.dispatchAction({ type: 'legendToggleSelect', name: '2024' });
    expect(onSelect).toHaveBeenCalledWith('year', '2024');
    await waitFor(() => expect(legendSelected(instance)['2024']).not.toBe(false));
  });

  it('without onSelect the legend keeps its usual show/hide behaviour', async () => {
    const instance = await renderPanel();
    instance.dispatchAction({ type: 'legendToggleSelect', name: '2024' });
    await waitFor(() => expect(legendSelected(instance)['2024']).toBe(false));
  });
});
