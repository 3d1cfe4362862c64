// @vitest-environment jsdom
// Component test: the thin panel with a fake engine that answers the panel's own requests (mapRequests for each
// measure and level) with hand-written rows, a stubbed fetch for the boundaries (tiny FeatureCollections built here),
// a real ECharts (canvas mocked) and the i18n layer.
import 'vitest-canvas-mock';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { type DataEngine, type QueryRequest, withRunEach } from '../../data/engine-types.ts';
import type { FeatureCollection } from '../../data/geo.ts';
import type { Row } from '../../data/rows.ts';
import { type Filters, NO_FILTERS } from '../../filters/filters.ts';
import '../../i18n/i18n.ts';
import { stubElementSize } from '../../../tests/helpers/dom.ts';
import { sampleManifest } from '../../../tests/helpers/sample-manifest.ts';
import { DataContext } from '../../coordinator/data-context.tsx';
import { indicatorQuery } from '../../indicators/catalog.ts';
import { districtsListing, regenciesListing } from '../../indicators/listings/regencies.ts';
import { echarts } from '../../ui/echarts-setup.ts';
import { regencyMapPanel } from './definition.ts';
import { MAP_MEASURES, type MapMeasure, mapRequests } from './requests.ts';

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

// Rows per (measure, level), in request order: measure, blankspot_villages, villages_total, sites_in_service.
const Y = 2026;
const ROWS: Record<string, Row[][]> = {
  'blankspot_share|province': [
    [
      { year: Y, regency: '15.01', value: 25, numerator: 40, denominator: 160 },
      { year: Y, regency: '15.02', value: 12.5, numerator: 25, denominator: 200 },
    ],
    [
      { year: Y, regency: '15.01', value: 40 },
      { year: Y, regency: '15.02', value: 25 },
    ],
    [
      { regency: '15.01', value: 160 },
      { regency: '15.02', value: 200 },
    ],
    [
      { regency: '15.01', value: 3 },
      { regency: '15.02', value: 1250 },
    ],
  ],
  'sites_per_100_villages|province': [
    [
      { regency: '15.01', value: 1.875, numerator: 3, denominator: 160 },
      { regency: '15.02', value: 625, numerator: 1250, denominator: 200 },
    ],
  ],
  'blankspot_share|15.01': [
    [
      { year: Y, district: '15.01.01', value: 0, numerator: 0, denominator: 90 },
      { year: Y, district: '15.01.02', value: 10, numerator: 7, denominator: 70 },
    ],
    [
      { year: Y, district: '15.01.01', value: 0 },
      { year: Y, district: '15.01.02', value: 7 },
    ],
    [
      { district: '15.01.01', value: 90 },
      { district: '15.01.02', value: 70 },
    ],
    [
      { district: '15.01.01', value: 2 },
      { district: '15.01.02', value: 1 },
    ],
  ],
  'sites_per_100_villages|15.01': [
    [
      { district: '15.01.01', value: 2.2, numerator: 2, denominator: 90 },
      { district: '15.01.02', value: 1.4, numerator: 1, denominator: 70 },
    ],
  ],
  'blankspot_share|15.02': [
    [{ year: Y, district: '15.02.01', value: 12.5, numerator: 25, denominator: 200 }],
    [{ year: Y, district: '15.02.01', value: 25 }],
    [{ district: '15.02.01', value: 200 }],
    [{ district: '15.02.01', value: 1250 }],
  ],
};

const same = (a: QueryRequest, b: QueryRequest) =>
  a.sql === b.sql && JSON.stringify(a.params) === JSON.stringify(b.params);

/** A fake engine that answers exactly the panel's requests for `filters` (counts are shared across measures). */
function fakeEngine(filters: Filters = NO_FILTERS, rows = ROWS) {
  const calls: QueryRequest[] = [];
  const engine: DataEngine = withRunEach({
    run: async (request) => {
      calls.push(request);
      if (same(request, regenciesListing()))
        return [
          { code: '15.01', name: 'Kerinci' },
          { code: '15.02', name: 'Merangin' },
        ];
      // The data's district names (the boundary file may spell them otherwise).
      if (same(request, districtsListing('15.01')))
        return [
          { code: '15.01.01', name: 'Gunung Raya' },
          { code: '15.01.02', name: 'Danau Kerinci' },
        ];
      if (same(request, districtsListing('15.02'))) return [{ code: '15.02.01', name: 'Jangkat' }];
      for (const measure of MAP_MEASURES)
        for (const level of [null, '15.01', '15.02']) {
          const i = mapRequests(filters, measure, level).findIndex((r) => same(request, indicatorQuery(r)));
          if (i < 0) continue;
          const key = (m: MapMeasure) => `${m}|${level ?? 'province'}`;
          return (i === 0 ? rows[key(measure)] : rows[key('blankspot_share')])?.[i] ?? [];
        }
      throw new Error(`unexpected query: ${request.sql}`);
    },
  });
  return { engine, calls };
}

function renderPanel(
  engine: DataEngine,
  onSelect?: (dimension: string, value: string) => void,
  filters: Filters = NO_FILTERS,
) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const Panel = regencyMapPanel.Component;
  return render(
    <QueryClientProvider client={client}>
      <DataContext value={{ engine, manifest: sampleManifest() }}>
        <Panel filters={filters} onSelect={onSelect} />
      </DataContext>
    </QueryClientProvider>,
  );
}

const cells = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));

async function openPanel(engine: DataEngine, onSelect?: (dimension: string, value: string) => void, filters?: Filters) {
  renderPanel(engine, onSelect, filters);
  const section = await screen.findByRole('region', { name: 'Peta konektivitas per wilayah' });
  await waitFor(() => expect(section.querySelector('[data-chart-state="finished"]')).not.toBeNull());
  return section;
}

describe('RegencyMapPanel', () => {
  it('shows its own error when a boundary file fails, with a retry that loads it again', async () => {
    geoFails = 1;
    renderPanel(fakeEngine().engine);
    expect(await screen.findByRole('alert')).toHaveTextContent('HTTP 404');
    fireEvent.click(screen.getByRole('button', { name: 'Coba lagi' }));
    await screen.findByRole('button', { name: 'Lihat tabel' });
  });

  it('colours the share of blankspot villages by default, with the counts in the table and their attributes', async () => {
    const section = await openPanel(fakeEngine().engine);
    expect(
      within(section).getByText(
        'Provinsi Jambi · satuan: % desa/kelurahan yang disurvei tanpa sinyal seluler, 2026 s.d. 27 Nov · data per 27 Nov 2026',
      ),
    ).toBeVisible();
    expect(within(section).getByText(/^Sumber:.*Batas wilayah: cahyadsn\/wilayah_boundaries \(MIT\)$/)).toBeVisible();
    expect(within(section).getByRole('group', { name: 'Warna peta' })).toBeVisible();
    expect(within(section).getByRole('radio', { name: '% desa blankspot' })).toBeChecked();
    expect(within(section).getByText('Definisi')).toBeInTheDocument();
    expect(echarts.getMap('jambi-regencies')).toBeTruthy();

    fireEvent.click(within(section).getByRole('button', { name: 'Lihat tabel' }));
    const table = within(section).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Kabupaten/kota', '% desa blankspot', 'Desa blankspot', 'Desa', 'Titik dalam layanan']);
    expect(cells(table)).toEqual([
      ['Kerinci', '25', '40', '160', '3'],
      ['Merangin', '12,5', '25', '200', '1.250'],
    ]);
    const share = table.querySelector('td[data-indicator="blankspot_share"]') as HTMLElement;
    expect({ ...share.dataset }).toEqual({
      indicator: 'blankspot_share',
      period: '2026-01-01..2026-11-27',
      scope: 'regency=15.01',
      value: '25',
    });
  });

  it('switches to sites per 100 villages, a rate, keeping the counts', async () => {
    const section = await openPanel(fakeEngine().engine);
    fireEvent.click(within(section).getByRole('button', { name: 'Lihat tabel' }));
    fireEvent.click(within(section).getByRole('radio', { name: 'Titik per 100 desa' }));
    await waitFor(() => expect(within(section).getByRole('table')).toHaveTextContent('Titik per 100 desa'));
    expect(within(section).getByRole('radio', { name: 'Titik per 100 desa' })).toBeChecked();
    expect(cells(within(section).getByRole('table'))).toEqual([
      ['Merangin', '625', '25', '200', '1.250'],
      ['Kerinci', '1,9', '40', '160', '3'],
    ]);
    expect(
      within(section).getByText(
        'Provinsi Jambi · satuan: titik dalam layanan per 100 desa/kelurahan, 27 Nov 2026 · data per 27 Nov 2026',
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
    // The drilled regency is a bound parameter, never spliced into the SQL.
    expect(calls.at(-1)?.params).toContain('15.01');
    expect(calls.at(-1)?.sql).not.toContain("'15.01'");
    expect(cells(within(section).getByRole('table'))).toEqual([
      ['Danau Kerinci', '10', '7', '70', '1'],
      ['Gunung Raya', '0', '0', '90', '2'],
    ]);
    expect(within(section).getAllByRole('columnheader')[0]).toHaveTextContent('Kecamatan');
    expect(within(section).getByText(/^Provinsi Jambi › Kerinci · /)).toBeVisible();
    expect((section.querySelector('td[data-indicator]') as HTMLElement).dataset.scope).toBe(
      'regency=15.01;district=15.01.02',
    );
    // Only the regency's own districts are registered under its map name.
    const registered = echarts.getMap('jambi-districts-15.01') as unknown as { geoJSON: FeatureCollection };
    expect(registered.geoJSON.features.map((f) => f.properties.code)).toEqual(['15.01.01', '15.01.02']);

    // Switching the measure inside the regency keeps the drill-down.
    fireEvent.click(within(section).getByRole('radio', { name: 'Titik per 100 desa' }));
    await waitFor(() =>
      expect(cells(within(section).getByRole('table'))).toEqual([
        ['Gunung Raya', '2,2', '0', '90', '2'],
        ['Danau Kerinci', '1,4', '7', '70', '1'],
      ]),
    );

    fireEvent.click(within(section).getByRole('button', { name: '← Kembali ke provinsi' }));
    await waitFor(() => expect(within(section).getByRole('table')).toHaveTextContent('Merangin'));
    expect(within(section).queryByRole('button', { name: '← Kembali ke provinsi' })).toBeNull();
    expect(within(section).getByText(/^Provinsi Jambi · /)).toBeVisible();
    expect(drill).toHaveFocus();
    expect(drill).toHaveValue('');
  });

  it('says which filters the coloured rate ignores', async () => {
    const filters = { ...NO_FILTERS, programmes: ['Dumisake Internet Desa'] };
    const section = await openPanel(fakeEngine(filters).engine, undefined, filters);
    expect(section.querySelector('.panel-ignored')?.textContent).toBe(
      '% desa blankspot, Desa blankspot, Desa: Filter program tidak berlaku untuk angka ini.',
    );
  });

  it('says so when no area has a value, and keeps the controls to switch', async () => {
    const rows = { ...ROWS, 'blankspot_share|province': [[], [], [], []] };
    renderPanel(fakeEngine(NO_FILTERS, rows).engine);
    const section = await screen.findByRole('region', { name: 'Peta konektivitas per wilayah' });
    expect(await within(section).findByText('Belum ada data cakupan sinyal untuk periode ini.')).toBeVisible();
    expect(within(section).queryByRole('button', { name: 'Lihat tabel' })).toBeNull();
    fireEvent.click(within(section).getByRole('radio', { name: 'Titik per 100 desa' }));
    expect(await within(section).findByRole('button', { name: 'Lihat tabel' })).toBeVisible();
  });

  /** A real mouse click in the middle of the Merangin square (ECharts hit-tests the region: name = its code). */
  function clickMerangin(section: HTMLElement, modifiers: { shiftKey?: boolean } = {}) {
    const dom = section.querySelector<HTMLElement>('[_echarts_instance_]');
    if (!dom) throw new Error('no chart');
    const chart = echarts.getInstanceByDom(dom);
    if (!chart) throw new Error('no ECharts instance');
    const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [102.25, -1.75]) as number[];
    const root = dom.firstElementChild as HTMLElement;
    const at = { clientX: x, clientY: y, button: 0, ...modifiers };
    fireEvent.mouseDown(root, at);
    fireEvent.mouseUp(root, at);
    fireEvent.click(root, at);
    return chart;
  }

  it('without cross-filtering, a click on a regency opens its districts', async () => {
    const section = await openPanel(fakeEngine().engine);
    clickMerangin(section);
    expect(await within(section).findByRole('button', { name: '← Kembali ke provinsi' })).toBeVisible();
    await waitFor(() => expect(within(section).getByText(/^Provinsi Jambi › Merangin · /)).toBeVisible());
  });

  it('cross-filtering, a click reports the regency (shift-click: added) and the map stays on the province', async () => {
    const onSelect = vi.fn();
    const section = await openPanel(fakeEngine().engine, onSelect);
    clickMerangin(section);
    clickMerangin(section, { shiftKey: true });
    expect(onSelect.mock.calls).toEqual([
      ['regency', '15.02', 'replace'],
      ['regency', '15.02', 'add'],
    ]);
    expect(within(section).queryByRole('button', { name: '← Kembali ke provinsi' })).toBeNull();
  });

  it('cross-filtering with Merangin selected: both regencies drawn, Kerinci dimmed, the figures unfiltered by regency', async () => {
    const filters = { ...NO_FILTERS, regencies: ['15.02'] };
    // The map asks without its own selection: the answers are those of the unfiltered requests.
    const section = await openPanel(fakeEngine(NO_FILTERS).engine, vi.fn(), filters);
    const dom = section.querySelector<HTMLElement>('[_echarts_instance_]') as HTMLElement;
    const chart = echarts.getInstanceByDom(dom);
    if (!chart) throw new Error('no ECharts instance');
    type Area = { name: string; itemStyle?: { opacity?: number } };
    const data = (chart.getOption().series as { data: Area[] }[])[0]?.data;
    expect(data?.map((d) => [d.name, d.itemStyle?.opacity ?? 1])).toEqual([
      ['15.01', 0.3],
      ['15.02', 1],
    ]);
    fireEvent.click(within(section).getByRole('button', { name: 'Lihat tabel' }));
    const rows = cells(within(section).getByRole('table'));
    expect(rows.map((r) => r[0])).toEqual(['Kerinci', 'Merangin']);
  });
});
