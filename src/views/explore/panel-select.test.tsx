// @vitest-environment jsdom
// Cross-filter sources: the installations panel turns a bar click into ('regency', code) and a legend click into
// ('year', …) — and a legend click no longer hides the series when the panel takes selections.
import 'vitest-canvas-mock';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { stubElementSize } from '../../../tests/helpers/dom.ts';
import { sampleManifest } from '../../../tests/helpers/sample-manifest.ts';
import type { DataEngine } from '../../data/engine-types.ts';
import { type Dimension, NO_FILTERS } from '../../filters/filters.ts';
import '../../i18n/i18n.ts';
import { DataContext } from '../../coordinator/data-context.tsx';
import { InstallationsByRegencyPanel } from '../../panels/installations-by-regency/panel.tsx';
import { echarts } from '../../ui/echarts-setup.ts';

stubElementSize(800, 400);

const engine: DataEngine = {
  run: async () => [
    { regency_code: '15.01', regency_name: 'Kerinci', year: 2023, sites: 12 },
    { regency_code: '15.02', regency_name: 'Merangin', year: 2023, sites: 30 },
    { regency_code: '15.02', regency_name: 'Merangin', year: 2024, sites: 25 },
  ],
};

async function renderPanel(onSelect?: (d: Dimension, v: string) => void) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <DataContext value={{ engine, manifest: sampleManifest() }}>
        <InstallationsByRegencyPanel filters={NO_FILTERS} onSelect={onSelect} />
      </DataContext>
    </QueryClientProvider>,
  );
  const section = await screen.findByRole('region', { name: 'Titik terpasang per kabupaten/kota' });
  await waitFor(() => expect(section.querySelector('[data-chart-state="finished"]')).not.toBeNull());
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
  it('a bar click selects its regency (bars sorted by total: Merangin first)', async () => {
    const onSelect = vi.fn();
    const instance = await renderPanel(onSelect);
    instance.trigger('click', { componentType: 'series', seriesName: 'Tahun 2023', dataIndex: 1 } as never);
    instance.trigger('click', { componentType: 'series', seriesName: 'Tahun 2023', dataIndex: 0 } as never);
    expect(onSelect.mock.calls).toEqual([
      ['regency', '15.01'],
      ['regency', '15.02'],
    ]);
  });

  it('a legend click selects its year and keeps the series shown', async () => {
    const onSelect = vi.fn();
    const instance = await renderPanel(onSelect);
    instance.dispatchAction({ type: 'legendToggleSelect', name: 'Tahun 2024' });
    expect(onSelect).toHaveBeenCalledWith('year', '2024');
    await waitFor(() => expect(legendSelected(instance)['Tahun 2024']).not.toBe(false));
  });

  it('without onSelect the legend keeps its usual show/hide behaviour', async () => {
    const instance = await renderPanel();
    instance.dispatchAction({ type: 'legendToggleSelect', name: 'Tahun 2024' });
    await waitFor(() => expect(legendSelected(instance)['Tahun 2024']).toBe(false));
  });
});
