// @vitest-environment jsdom
// A wall page's figures in the DOM: every figure of its panels' default requests, with its data-* attributes, run
// by DuckDB-WASM's Node build over the explore fixtures (src/indicators/listings/explore-fixtures.test-data.ts: the
// only GSM repeater is S-R2, planned, in Merangin).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, waitFor } from '@testing-library/react';
import { createTestEngine, type TestEngine } from '../../../tests/helpers/duckdb-node.ts';
import { sampleManifest } from '../../../tests/helpers/sample-manifest.ts';
import { DataContext } from '../../coordinator/data-context.tsx';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import '../../i18n/i18n.ts';
import { loadFixtures } from '../../indicators/listings/explore-fixtures.test-data.ts';
import { PANEL_IDS, type PanelId } from '../../panels/define-panel.ts';
import { PANELS } from '../../panels/registry.ts';
import { WallFigures } from './wall-figures.tsx';

let engine: TestEngine;
beforeAll(async () => {
  engine = await createTestEngine();
  loadFixtures(engine);
  engine.load('programmes', [
    { programme: 'Dumisake GSM Repeater', kind: 'cellular_coverage', in_plan: true, owner: 'x', label_en: 'x' },
  ]);
});

function renderFigures(panels: PanelId[], filters: Filters) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <DataContext value={{ engine, manifest: sampleManifest('2024-12-31') }}>
        <WallFigures panels={panels} filters={filters} />
      </DataContext>
    </QueryClientProvider>,
  );
}

describe('WallFigures', () => {
  it("lists each figure of the page's panels with its indicator, period, scope and raw value", async () => {
    const panel: PanelId = 'repeater-plan';
    const expected = PANELS[panel].requests(NO_FILTERS, { manifest: sampleManifest('2024-12-31') }).length;
    const { container } = renderFigures([panel], NO_FILTERS);
    const list = container.querySelector('[data-wall-figures]') as HTMLElement;
    await waitFor(() => expect(Number(list.dataset.wallFigures)).toBeGreaterThanOrEqual(expected), {
      timeout: 10_000,
    });
    const figures = [...list.querySelectorAll('[data-indicator]')];
    for (const el of figures) {
      expect(PANELS[panel].indicators).toContain(el.getAttribute('data-indicator'));
      expect(el.getAttribute('data-period')).not.toBe('');
    }
    // One GSM repeater unit in the plan (S-R2).
    const planned = figures.filter((el) => el.getAttribute('data-indicator') === 'repeaters_planned');
    if (expected > 0) expect(planned.map((el) => el.getAttribute('data-value'))).toContain('1');
  });

  it('a spotlight step lists figures scoped to its regency', async () => {
    const panels = PANEL_IDS.filter(
      (id) => PANELS[id].requests(NO_FILTERS, { manifest: sampleManifest('2024-12-31') }).length > 0,
    ).slice(0, 2);
    const { container } = renderFigures(panels, { ...NO_FILTERS, regencies: ['15.02'] });
    const list = container.querySelector('[data-wall-figures]') as HTMLElement;
    if (panels.length === 0) return;
    await waitFor(() => expect(Number(list.dataset.wallFigures)).toBeGreaterThan(0), { timeout: 10_000 });
    for (const el of list.querySelectorAll('[data-indicator]'))
      expect(el.getAttribute('data-scope')).toMatch(/(^|;)regency=15\.02(;|$)/);
  });
});
