// @vitest-environment jsdom
// Component test: the thin panel with a fake engine, a stubbed fetch for the boundaries (tiny FeatureCollections
// built here), a real ECharts (canvas mocked) and the i18n layer.
import 'vitest-canvas-mock';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { DataEngine, QueryRequest } from '../../data/engine-types.ts';
import type { FeatureCollection } from '../../data/geo.ts';
import type { Row } from '../../data/rows.ts';
import { NO_FILTERS } from '../../filters/filters.ts';
import '../../i18n/i18n.ts';
import { stubElementSize } from '../../../tests/helpers/dom.ts';
import { sampleManifest } from '../../../tests/helpers/sample-manifest.ts';
import { DataContext } from '../../coordinator/data-context.tsx';
import { echarts } from '../../ui/echarts-setup.ts';
import { RegencyMapPanel } from './panel.tsx';

stubElementSize(800, 500);

const square = (x: number, y: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + 0.5, y],
      [x + 0.5, y + 0.5],
      [x, y + 0.5],
      [x, y],
    ],
  ],
});
const collection = (features: [Record<string, unknown>, number, number][]): FeatureCollection => ({
  type: 'FeatureCollection',
  features: features.map(([properties, x, y]) => ({ type: 'Feature', properties, geometry: square(x, y) })),
});
const REGENCIES = collection([
  [{ code: '15.01', bps_code: '1501', name: 'Kerinci', type: 'Kabupaten' }, 101.2, -2.0],
  [{ code: '15.02', bps_code: '1502', name: 'Merangin', type: 'Kabupaten' }, 102.0, -2.0],
]);
const DISTRICTS = collection([
  [{ code: '15.01.01', name: 'Gunung Raya', regency_code: '15.01', regency_name: 'Kerinci' }, 101.2, -2.0],
  [{ code: '15.01.02', name: 'Danau Kerinci', regency_code: '15.01', regency_name: 'Kerinci' }, 101.2, -1.5],
  [{ code: '15.02.01', name: 'Jangkat', regency_code: '15.02', regency_name: 'Merangin' }, 102.0, -2.0],
]);

let geoFails = 0;
const fetchCalls: string[] = [];
beforeEach(() => {
  vi.stubGlobal('fetch', async (input: string | URL) => {
    const url = String(input);
    fetchCalls.push(url);
    if (geoFails > 0) {
      geoFails -= 1;
      return new Response('not found', { status: 404 });
    }
    const body = url.endsWith('/data/jambi-regencies.geojson')
      ? REGENCIES
      : url.endsWith('/data/jambi-districts.geojson')
        ? DISTRICTS
        : null;
    return body ? Response.json(body) : new Response('not found', { status: 404 });
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const row = (code: string, name: string, value: number, coverage_year: number | null = null): Row => ({
  code,
  name,
  value,
  covered: null,
  villages: null,
  coverage_year,
});
const ROWS = {
  sites: {
    province: [row('15.01', 'Kerinci', 3), row('15.02', 'Merangin', 1250)],
    '15.01': [row('15.01.01', 'Gunung Raya', 2), row('15.01.02', 'Danau Kerinci', 1)],
    '15.02': [row('15.02.01', 'Jangkat', 9)],
  },
  blankspot: {
    province: [row('15.01', 'Kerinci', 40, 2026), row('15.02', 'Merangin', 25, 2026)],
    '15.01': [row('15.01.01', 'Gunung Raya', 0, 2026), row('15.01.02', 'Danau Kerinci', 7, 2026)],
    '15.02': [row('15.02.01', 'Jangkat', 25, 2026)],
  },
} as const;

/** A fake engine that answers by metric (the table it reads) and level (the bound regency code). */
function fakeEngine() {
  const calls: QueryRequest[] = [];
  const engine: DataEngine = {
    run: async (request) => {
      calls.push(request);
      const metric = request.tables.includes('sites') ? 'sites' : 'blankspot';
      const scope = request.sql.includes('min(v.district_name)') ? String(request.params[0]) : 'province';
      return [...(ROWS[metric][scope as keyof (typeof ROWS)['sites']] ?? [])];
    },
  };
  return { engine, calls };
}

function renderPanel(engine: DataEngine, onSelect?: (dimension: string, value: string) => void) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <DataContext value={{ engine, manifest: sampleManifest() }}>
        <RegencyMapPanel filters={NO_FILTERS} onSelect={onSelect} />
      </DataContext>
    </QueryClientProvider>,
  );
}

const cells = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));

async function openPanel(engine: DataEngine, onSelect?: (dimension: string, value: string) => void) {
  renderPanel(engine, onSelect);
  const section = await screen.findByRole('region', { name: 'Peta konektivitas per wilayah' });
  await waitFor(() => expect(section.querySelector('[data-chart-state="finished"]')).not.toBeNull());
  return section;
}

describe('RegencyMapPanel', () => {
  it('shows its own error when a boundary file fails, with a retry that loads it again', async () => {
    geoFails = 1;
    const { engine } = fakeEngine();
    renderPanel(engine);
    expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 404');
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    await screen.findByRole('button', { name: 'Lihat tabel' });
  });

  it('is a named section with scope, unit, as-of, the boundary attribution and the table of coloured values', async () => {
    const { engine } = fakeEngine();
    const section = await openPanel(engine);
    expect(within(section).getByText('Provinsi Jambi · satuan: titik terpasang · data per 27 Nov 2026')).toBeVisible();
    expect(within(section).getByText(/^Sumber:.*Batas wilayah: cahyadsn\/wilayah_boundaries \(MIT\)$/)).toBeVisible();
    expect(fetchCalls.some((u) => u.endsWith('/data/jambi-regencies.geojson'))).toBe(true);
    expect(echarts.getMap('jambi-regencies')).toBeTruthy();

    fireEvent.click(within(section).getByRole('button', { name: 'Lihat tabel' }));
    const table = within(section).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Kabupaten/kota', 'Titik terpasang']);
    expect(cells(table)).toEqual([
      ['Merangin', '1.250'],
      ['Kerinci', '3'],
    ]);
  });

  it('reruns the query when the metric changes, keeping the labelled radio group', async () => {
    const { engine, calls } = fakeEngine();
    const section = await openPanel(engine);
    const group = within(section).getByRole('group', { name: 'Ukuran peta' });
    expect(within(group).getByRole('radio', { name: 'Titik terpasang' })).toBeChecked();
    fireEvent.click(within(section).getByRole('button', { name: 'Lihat tabel' }));

    fireEvent.click(within(group).getByRole('radio', { name: 'Desa blankspot' }));
    await waitFor(() => expect(within(section).getByRole('table')).toHaveTextContent('Desa blankspot'));
    expect(calls.at(-1)?.sql).toContain('is_blankspot');
    expect(within(group).getByRole('radio', { name: 'Desa blankspot' })).toBeChecked();
    expect(cells(within(section).getByRole('table'))).toEqual([
      ['Kerinci', '40'],
      ['Merangin', '25'],
    ]);
    expect(
      within(section).getByText(
        'Provinsi Jambi · satuan: desa tanpa sinyal seluler, akhir 2026 · data per 27 Nov 2026',
      ),
    ).toBeVisible();
  });

  it('drills down to the districts of one regency and back to the province', async () => {
    const { engine, calls } = fakeEngine();
    const section = await openPanel(engine);
    expect(within(section).queryByRole('button', { name: '← Kembali ke provinsi' })).toBeNull();
    fireEvent.click(within(section).getByRole('button', { name: 'Lihat tabel' }));

    const drill = within(section).getByRole('combobox', { name: 'Lihat kecamatan di' });
    fireEvent.change(drill, { target: { value: '15.01' } });
    await waitFor(() => expect(within(section).getByRole('table')).toHaveTextContent('Danau Kerinci'));
    expect(calls.at(-1)?.params[0]).toBe('15.01');
    expect(calls.at(-1)?.sql).not.toContain("'15.01'");
    expect(cells(within(section).getByRole('table'))).toEqual([
      ['Gunung Raya', '2'],
      ['Danau Kerinci', '1'],
    ]);
    expect(within(section).getAllByRole('columnheader')[0]).toHaveTextContent('Kecamatan');
    expect(within(section).getByText(/^Provinsi Jambi › Kerinci · /)).toBeVisible();
    // Only the regency's own districts are registered under its map name.
    const registered = echarts.getMap('jambi-districts-15.01') as unknown as { geoJSON: FeatureCollection };
    expect(registered.geoJSON.features.map((f) => f.properties.code)).toEqual(['15.01.01', '15.01.02']);

    // Switching the metric inside the regency keeps the drill-down.
    fireEvent.click(within(section).getByRole('radio', { name: 'Desa blankspot' }));
    await waitFor(() =>
      expect(cells(within(section).getByRole('table'))).toEqual([
        ['Danau Kerinci', '7'],
        ['Gunung Raya', '0'],
      ]),
    );

    fireEvent.click(within(section).getByRole('button', { name: '← Kembali ke provinsi' }));
    await waitFor(() => expect(within(section).getByRole('table')).toHaveTextContent('Merangin'));
    expect(cells(within(section).getByRole('table'))).toEqual([
      ['Kerinci', '40'],
      ['Merangin', '25'],
    ]);
    expect(within(section).queryByRole('button', { name: '← Kembali ke provinsi' })).toBeNull();
    expect(within(section).getByText(/^Provinsi Jambi · /)).toBeVisible();
    expect(drill).toHaveFocus();
    expect(drill).toHaveValue('');
  });

  it('says so when the window has no coverage year, and keeps the controls to switch back', async () => {
    const { engine } = fakeEngine();
    const run = engine.run;
    engine.run = async (request) =>
      request.tables.includes('sites')
        ? run(request)
        : [row('15.01', 'Kerinci', 0), row('15.02', 'Merangin', 0)].map((r) => ({ ...r, value: null }));
    const section = await openPanel(engine);
    fireEvent.click(within(section).getByRole('radio', { name: 'Desa blankspot' }));
    expect(await within(section).findByText('Belum ada data cakupan sinyal untuk periode ini.')).toBeVisible();
    expect(within(section).queryByRole('button', { name: 'Lihat tabel' })).toBeNull();
    fireEvent.click(within(section).getByRole('radio', { name: 'Titik terpasang' }));
    expect(await within(section).findByRole('button', { name: 'Lihat tabel' })).toBeVisible();
  });

  it('opens the districts of the regency clicked on the map and reports the click', async () => {
    const { engine } = fakeEngine();
    const onSelect = vi.fn();
    const section = await openPanel(engine, onSelect);
    const dom = section.querySelector<HTMLElement>('[_echarts_instance_]');
    if (!dom) throw new Error('no chart');
    const chart = echarts.getInstanceByDom(dom);
    if (!chart) throw new Error('no ECharts instance');
    // A real mouse click in the middle of the Merangin square: ECharts hit-tests the region and reports a click
    // whose name is the feature's code (nameProperty 'code'), which the panel gets through the Chart's onClick.
    const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [102.25, -1.75]) as number[];
    const root = dom.firstElementChild as HTMLElement;
    const at = { clientX: x, clientY: y, button: 0 };
    fireEvent.mouseDown(root, at);
    fireEvent.mouseUp(root, at);
    fireEvent.click(root, at);
    expect(onSelect).toHaveBeenCalledWith('regency', '15.02');
    expect(await within(section).findByRole('button', { name: '← Kembali ke provinsi' })).toBeVisible();
    await waitFor(() => expect(within(section).getByText(/^Provinsi Jambi › Merangin · /)).toBeVisible());
  });
});
